// Size budget (issue #7): gzip -9 sizes of the built CDN file and its chunks,
// of each single-element entry bundled alone, and of the lazily loaded map
// geometry and export helpers, against size-budget.json. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGETS, check, measure, readBudget, table } from '../../../../scripts/size.mjs';

test('bundle sizes are within size-budget.json', async (t) => {
  const budget = readBudget();
  assert.ok(budget, 'size-budget.json is missing: npm run build && npm run size -- --update');
  const result = check(await measure(), budget);
  for (const line of table(result)) t.diagnostic(line);
  const bad = result.results.filter((r) => !r.ok);
  assert.deepEqual(
    bad.map((r) => `${r.key}: ${r.gzip} B gzip, budget ${r.limit ?? 'none'}`),
    [],
    'over budget: if the growth is deliberate, `npm run size -- --update` and say why',
  );
});

test('the size budget covers the lazy chunks and every element entry', () => {
  const keys = Object.keys(readBudget()?.budgets ?? {});
  for (const key of [
    'cdn: dealboard.min.js',
    'entry: deal-value-chart.js',
    'entry: delivery-tracker.js',
    'entry: country-stance-map.js',
    'entry: timeline-slider.js',
    'lazy chunk: world-110m',
    // The map's d3-geo code: loaded beside the outlines, in the CDN build too.
    'cdn chunk: geo',
    'lazy chunk: geo',
    // The Download menu's helpers: a chunk of their own, in the CDN build too.
    'cdn chunk: export',
    'lazy chunk: export',
  ]) {
    assert.ok(keys.includes(key), `size-budget.json has no budget for "${key}"`);
  }
});

test("no budget is above issue #9's weight targets (CDN file 40 KB, outlines 20 KB)", () => {
  const { budgets } = readBudget();
  for (const [key, target] of Object.entries(TARGETS)) {
    assert.ok(
      budgets[key] <= target,
      `${key}: budget ${budgets[key]} B over the target ${target} B`,
    );
  }
});
