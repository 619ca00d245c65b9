import { expect } from '@open-wc/testing';
import {
  COUNTRY_TABLE,
  alpha3ToAlpha2,
  alpha3ToNumeric,
  isCountryCode,
  numericToAlpha3,
} from './countries.js';

describe('countries', () => {
  const codes = Object.keys(COUNTRY_TABLE);

  it('lists every officially assigned ISO 3166-1 country once', () => {
    expect(codes).to.have.length(249);
    expect(new Set(codes.map((c) => COUNTRY_TABLE[c][0])).size).to.equal(249);
    expect(new Set(codes.map((c) => COUNTRY_TABLE[c][1])).size).to.equal(249);
    for (const code of codes) {
      expect(code).to.match(/^[A-Z]{3}$/);
      expect(COUNTRY_TABLE[code][0]).to.match(/^[A-Z]{2}$/);
      expect(COUNTRY_TABLE[code][1]).to.match(/^[0-9]{3}$/);
    }
  });

  it('knows the countries in the story', () => {
    const expected: Record<string, [string, string]> = {
      IND: ['IN', '356'],
      RUS: ['RU', '643'],
      CHN: ['CN', '156'],
      TUR: ['TR', '792'],
      USA: ['US', '840'],
      JPN: ['JP', '392'],
      AUS: ['AU', '036'],
      PAK: ['PK', '586'],
      AFG: ['AF', '004'],
    };
    for (const [alpha3, [alpha2, numeric]] of Object.entries(expected)) {
      expect(isCountryCode(alpha3), alpha3).to.equal(true);
      expect(alpha3ToAlpha2(alpha3)).to.equal(alpha2);
      expect(alpha3ToNumeric(alpha3)).to.equal(numeric);
      expect(numericToAlpha3(numeric)).to.equal(alpha3);
    }
  });

  it('rejects codes that are not assigned, lower case, or inherited names', () => {
    for (const code of [
      'XXX',
      'XKK',
      'ind',
      'IN',
      'INDIA',
      '',
      '__proto__',
      'constructor',
      'toString',
    ]) {
      expect(isCountryCode(code), code).to.equal(false);
      expect(alpha3ToAlpha2(code)).to.equal(undefined);
      expect(alpha3ToNumeric(code)).to.equal(undefined);
    }
    expect(isCountryCode(356)).to.equal(false);
    expect(isCountryCode(null)).to.equal(false);
  });

  it('reads world-atlas ids as strings or numbers, padded or not', () => {
    expect(numericToAlpha3('004')).to.equal('AFG');
    expect(numericToAlpha3('4')).to.equal('AFG');
    expect(numericToAlpha3(4)).to.equal('AFG');
    expect(numericToAlpha3(356)).to.equal('IND');
  });

  it('returns undefined for ids it does not know', () => {
    for (const id of [undefined, null, '-99', '999', '3560', 4.5, -4, 'abc', '']) {
      expect(numericToAlpha3(id), String(id)).to.equal(undefined);
    }
  });

  it('round-trips every code', () => {
    for (const code of codes) expect(numericToAlpha3(alpha3ToNumeric(code))).to.equal(code);
  });
});
