// `npm run robustness`: runs the robustness suite (test/robustness) in
// headless Chromium and prints its figures as a table.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChrome, ensureDependencies, root, run } from './setup.mjs';

const figuresFile = join(root, '.test-results', 'robustness.json');

ensureDependencies();
ensureChrome();
if (!existsSync(join(root, 'packages/widgets/dist/dealboard.min.js'))) {
  if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
}
rmSync(figuresFile, { force: true });
const code = run('npx', ['web-test-runner', 'test/robustness/*.test.ts']);

const figures = existsSync(figuresFile) ? JSON.parse(readFileSync(figuresFile, 'utf8')) : {};
const rows = Object.entries(figures).map(([name, value]) => {
  const cells = Object.entries(value)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `| ${name} | ${cells} |`;
});
console.log(['', '| check | figures |', '| --- | --- |', ...rows].join('\n'));
process.exit(code);
