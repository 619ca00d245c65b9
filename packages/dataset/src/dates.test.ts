import { expect } from '@open-wc/testing';
import {
  compareStart,
  isKnownBy,
  isPartialDate,
  parsePartialDate,
  spanOf,
  startTime,
} from './dates.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    const p = parsePartialDate('2021')!;
    expect(p.precision).to.equal('year');
    expect(iso(p.start)).to.equal('2021-01-01');
    expect(iso(p.end)).to.equal('2022-01-01');
  });

  it('reads a month as the whole month, with an exclusive end', () => {
    const p = parsePartialDate('2021-12')!;
    expect(p.precision).to.equal('month');
    expect(iso(p.start)).to.equal('2021-12-01');
    expect(iso(p.end)).to.equal('2022-01-01');
  });

  it('reads a day in UTC', () => {
    const p = parsePartialDate('2021-12-06')!;
    expect(p.precision).to.equal('day');
    expect(p.start.toISOString()).to.equal('2021-12-06T00:00:00.000Z');
    expect(p.end.toISOString()).to.equal('2021-12-07T00:00:00.000Z');
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2020-02-29')).to.not.equal(null);
    expect(parsePartialDate('2000-02-29')).to.not.equal(null);
    expect(parsePartialDate('2021-02-29')).to.equal(null);
    expect(parsePartialDate('1900-02-29')).to.equal(null);
  });

  it('keeps years below 100 as they are', () => {
    expect(parsePartialDate('0050')!.start.getUTCFullYear()).to.equal(50);
  });

  const bad: unknown[] = [
    '2021-13-45',
    '2021-02-30',
    '2021-04-31',
    '2021-13',
    '2021-00',
    '2021-01-00',
    '2021-1',
    '2021-01-1',
    '21',
    '0000',
    ' 2021',
    '2021 ',
    '2021-01-01T00:00:00Z',
    '２０２１',
    '',
    null,
    undefined,
    2021,
    {},
  ];
  for (const value of bad) {
    it(`rejects ${JSON.stringify(value) ?? String(value)}`, () => {
      expect(parsePartialDate(value)).to.equal(null);
      expect(isPartialDate(value)).to.equal(false);
    });
  }
});

describe('startTime', () => {
  it('is the first instant of the period, and Infinity without a date', () => {
    expect(startTime('2021-02')).to.equal(Date.UTC(2021, 1, 1));
    expect(startTime('2021')).to.equal(startTime('2021-01-01'));
    expect(startTime(undefined)).to.equal(Infinity);
    expect(startTime('2021-02-30')).to.equal(Infinity);
  });
});

describe('compareStart', () => {
  it('orders by the start of each period', () => {
    const dates = ['2021-12-06', '2018', '2021-02', '2018-10', '2015'];
    expect([...dates].sort(compareStart)).to.deep.equal([
      '2015',
      '2018',
      '2018-10',
      '2021-02',
      '2021-12-06',
    ]);
  });

  it('puts text that is not a date last', () => {
    expect(['nope', '2020', '2019'].sort(compareStart)).to.deep.equal(['2019', '2020', 'nope']);
    expect(compareStart('2021', '2021-01')).to.equal(0);
  });
});

describe('spanOf', () => {
  it('covers a window from the start of date to the end of until', () => {
    const span = spanOf('2021-09', '2021-10')!;
    expect(iso(span.start)).to.equal('2021-09-01');
    expect(iso(span.end)).to.equal('2021-11-01');
  });

  it('never ends before the end of date', () => {
    const span = spanOf('2021', '2021-06')!;
    expect(iso(span.end)).to.equal('2022-01-01');
  });

  it('is the date itself without until, and null for a bad date', () => {
    expect(iso(spanOf('2019-07')!.end)).to.equal('2019-08-01');
    expect(spanOf('2019-13')).to.equal(null);
    expect(spanOf('2019', 'soon')).to.equal(null);
  });
});

describe('isKnownBy', () => {
  it('counts a fact from the start of its period', () => {
    expect(isKnownBy('2021-02', '2021-02-01')).to.equal(true);
    expect(isKnownBy('2021-02', '2021-01-31')).to.equal(false);
    expect(isKnownBy('2021-12-06', '2021-12-06')).to.equal(true);
    expect(isKnownBy('2021-12-06', '2021-12-05')).to.equal(false);
  });

  it('takes a partial as-of date to its end', () => {
    expect(isKnownBy('2021-02-28', '2021-02')).to.equal(true);
    expect(isKnownBy('2021-03-01', '2021-02')).to.equal(false);
  });

  it('is false for dates that are not dates', () => {
    expect(isKnownBy('2021-02-30', '2022')).to.equal(false);
    expect(isKnownBy('2021', 'today')).to.equal(false);
  });
});
