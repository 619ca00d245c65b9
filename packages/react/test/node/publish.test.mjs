// Publishing checks for @dealboard/react (issue #7): publint, attw on the
// packed tarball (ESM-only profile), and the distribution checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attw, distributionProblems, publint } from '../../../../scripts/package-checks.mjs';

const dir = 'packages/react';

test('@dealboard/react: publint --strict is clean', () => {
  const { ok, output } = publint(dir);
  assert.ok(ok, output);
});

test('@dealboard/react: attw --pack --profile esm-only is clean', () => {
  const { ok, output } = attw(dir);
  assert.ok(ok, output);
});

test('@dealboard/react: ESM only, typed exports, no side effects, React as a peer', () => {
  const { pkg, problems } = distributionProblems(dir);
  assert.deepEqual(problems, []);
  assert.equal(pkg.sideEffects, false);
  assert.ok(pkg.peerDependencies?.react, 'react is a peer dependency');
  assert.ok(!pkg.dependencies?.react, 'react is not a dependency');
  assert.ok(pkg.dependencies?.['@lit/react'], '@lit/react is a dependency');
  for (const element of [
    'deal-value-chart',
    'delivery-tracker',
    'country-stance-map',
    'timeline-slider',
  ]) {
    assert.ok(pkg.exports[`./${element}.js`], `an entry per element: ./${element}.js`);
  }
});
