// `npm test`: the whole check on a fresh machine. Installs what is missing,
// builds, lints, type-checks, runs the Node and browser suites, and ends with
// one line "N passed, N failed" counting every test (and every failed step).
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureChrome, ensureDependencies, root, run } from './setup.mjs';

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const code = run(command, args);
  if (code !== 0) {
    failedSteps.push(name);
    totals.failed += 1;
  }
  return code === 0;
}

function nodeTestFiles() {
  const dirs = readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'test', 'node'));
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => join(dir, f)),
    );
}

function nodeTests() {
  // The install proof (npm pack → fresh folders → plain page, Vite, React, TS, Node) and the
  // built demo page in Chromium run with them.
  const files = [...nodeTestFiles(), 'test/install/install.test.mjs', 'test/demo/demo.test.mjs'];
  if (files.length === 0) return;
  console.log('\n▶ node tests');
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const read = (label) =>
    Number(result.stdout.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  const passed = read('pass');
  let failed = read('fail') + read('cancelled');
  if (result.status !== 0 && failed === 0) failed = 1; // crashed before reporting
  console.log(`node: ${passed} passed, ${failed} failed`);
  totals.passed += passed;
  totals.failed += failed;
}

function browserTests() {
  const out = join(root, '.test-results', 'browser.json');
  rmSync(out, { force: true });
  const ok = step('browser tests (web-test-runner)', 'npx', ['web-test-runner']);
  if (!existsSync(out)) return;
  const counts = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += counts.passed;
  // A failing run is already counted once as a failed step; count its tests instead.
  if (!ok) totals.failed -= 1;
  totals.failed += counts.failed;
  if (!ok && counts.failed === 0) totals.failed += 1;
}

try {
  ensureDependencies();
  ensureChrome();
  if (step('build', 'npm', ['run', 'build', '--silent'])) {
    step('lint', 'npm', ['run', 'lint', '--silent']);
    step('type-check', 'npm', ['run', 'typecheck', '--silent']);
    nodeTests();
    browserTests();
  }
} catch (error) {
  console.error(error.message);
  totals.failed += 1;
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
