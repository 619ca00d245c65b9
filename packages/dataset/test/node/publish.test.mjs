// Publishing checks for @dealboard/dataset (issue #7): publint, attw on the
// packed tarball (ESM-only profile), and the distribution checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attw, distributionProblems, publint } from '../../../../scripts/package-checks.mjs';

const dir = 'packages/dataset';

test('@dealboard/dataset: publint --strict is clean', () => {
  const { ok, output } = publint(dir);
  assert.ok(ok, output);
});

test('@dealboard/dataset: attw --pack --profile esm-only is clean', () => {
  const { ok, output } = attw(dir);
  assert.ok(ok, output);
});

test('@dealboard/dataset: ESM only, typed exports, sideEffects false, README and LICENSE', () => {
  const { pkg, problems } = distributionProblems(dir);
  assert.deepEqual(problems, []);
  assert.equal(pkg.sideEffects, false);
});
