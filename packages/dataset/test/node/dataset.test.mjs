// Tests what ships: the built dist/ (run `npm run build -w @dealboard/dataset`
// first), dist/dataset.json and schema.json, with Node's own test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import * as pkg from '../../dist/index.js';
import { mutatedDataset } from '../mutations.mjs';

const root = new URL('../../', import.meta.url);
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

const schema = await readJson('schema.json');
const json = await readJson('dist/dataset.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const matchesSchema = ajv.compile(schema);

function schemaErrors(data) {
  return matchesSchema(data) ? [] : matchesSchema.errors;
}

test('the package entry exports the dataset, the validator and the helpers', () => {
  for (const name of [
    'dataset',
    'validateDataset',
    'valueRange',
    'asOf',
    'stanceAt',
    'sourcesOf',
    'latestSourceDate',
    'parsePartialDate',
    'isPartialDate',
    'compareStart',
    'spanOf',
    'isKnownBy',
    'isCountryCode',
    'alpha3ToAlpha2',
    'alpha3ToNumeric',
    'numericToAlpha3',
  ]) {
    assert.ok(name in pkg, `missing export ${name}`);
  }
});

test('dist/dataset.json is the TypeScript dataset', () => {
  assert.deepEqual(json, pkg.dataset);
});

test('the dataset validates clean with both the validator and the JSON schema', () => {
  assert.deepEqual(pkg.validateDataset(json).errors, []);
  assert.deepEqual(schemaErrors(json), []);
});

test('the schema rejects what it can see is wrong', () => {
  const broken = structuredClone(json);
  broken.deals[0].valueClaims[0].amountUsd = -5;
  broken.deals[0].buyer = 'ind';
  broken.milestones[0].kind = 'delivery';
  broken.stances[0].sources = [];
  broken.extra = true;
  const paths = schemaErrors(broken).map((e) => e.instancePath);
  for (const path of [
    '/deals/0/valueClaims/0/amountUsd',
    '/deals/0/buyer',
    '/milestones/0/kind',
    '/stances/0/sources',
    '',
  ]) {
    assert.ok(paths.includes(path), `no schema error at ${path}: ${paths.join(', ')}`);
  }
});

test('package.json exports match the files that ship', async () => {
  const manifest = await readJson('package.json');
  assert.equal(manifest.name, '@dealboard/dataset');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(manifest.exports['.'], {
    types: './dist/index.d.ts',
    default: './dist/index.js',
  });
  for (const target of [
    manifest.exports['.'].types,
    manifest.exports['./core'].default,
    manifest.exports['./data'].default,
    manifest.exports['./validate'].default,
    manifest.exports['./dataset.json'],
    manifest.exports['./schema.json'],
    manifest.exports['./package.json'],
  ]) {
    await readFile(new URL(target, root)); // throws if missing
  }
});

test('whatever the validator keeps from a broken dataset also passes the JSON schema', () => {
  fc.assert(
    fc.property(mutatedDataset(json), (input) => {
      const { data } = pkg.validateDataset(input);
      assert.notEqual(data, null);
      assert.deepEqual(schemaErrors(data), []);
    }),
    { numRuns: 300 },
  );
});

test('BUNDLED_REPORTING_PERIOD spans the bundled sources, earliest to latest', () => {
  const { dataset, latestSourceDate, parsePartialDate, BUNDLED_REPORTING_PERIOD } = pkg;
  const starts = dataset.sources.map((s) => parsePartialDate(s.date).start.getTime());
  const earliest = dataset.sources[starts.indexOf(Math.min(...starts))].date;
  assert.deepEqual(BUNDLED_REPORTING_PERIOD, {
    first: earliest,
    last: latestSourceDate(dataset),
  });
});
