// `npm run release:dry`: what the next release would do, changing nothing.
//   1. `changeset status --verbose`: the pending changesets and the bumps;
//   2. `changeset version` in a scratch copy of the manifests and changesets
//      (never in the work tree): the new versions, internal dependency ranges
//      and CHANGELOG entries;
//   3. `npm publish --dry-run` of each public package, in dependency order,
//      from the current build (built first when a dist/ is missing).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root, run } from './setup.mjs';

const packages = ['packages/dataset', 'packages/widgets', 'packages/react'];
const changeset = join(root, 'node_modules', '.bin', 'changeset');
const failures = [];

function stage(name, code) {
  if (code !== 0) failures.push(name);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

console.log('▶ changeset status');
stage('changeset status', run(changeset, ['status', '--verbose']));

console.log('\n▶ changeset version (in a scratch copy)');
const scratch = mkdtempSync(join(tmpdir(), 'dealboard-release-'));
try {
  const workspaces = readJson(join(root, 'package.json')).workspaces ?? [];
  const copy = (relative) => {
    const from = join(root, relative);
    if (!existsSync(from)) return;
    mkdirSync(dirname(join(scratch, relative)), { recursive: true });
    cpSync(from, join(scratch, relative), { recursive: true });
  };
  copy('package.json');
  copy('.changeset');
  for (const workspace of workspaces) {
    copy(join(workspace, 'package.json'));
    copy(join(workspace, 'CHANGELOG.md'));
  }
  const code = run(changeset, ['version'], { cwd: scratch });
  stage('changeset version', code);
  if (code === 0) {
    for (const workspace of workspaces) {
      const before = readJson(join(root, workspace, 'package.json'));
      const after = readJson(join(scratch, workspace, 'package.json'));
      if (before.private) continue;
      const deps = Object.entries(after.dependencies ?? {})
        .filter(([name]) => name.startsWith('@dealboard/'))
        .map(([name, range]) => `${name}@${range}`);
      console.log(
        `  ${after.name}: ${before.version} → ${after.version}` +
          (deps.length ? ` (depends on ${deps.join(', ')})` : ''),
      );
      const changelog = join(scratch, workspace, 'CHANGELOG.md');
      if (existsSync(changelog)) {
        const entry = readFileSync(changelog, 'utf8').split('\n## ')[1]?.split('\n').slice(0, 8);
        if (entry) console.log(`    CHANGELOG: ## ${entry.join('\n    ')}`.trimEnd());
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log('\n▶ npm publish --dry-run');
if (packages.some((dir) => !existsSync(join(root, dir, 'dist', 'index.js')))) {
  stage('build', run('npm', ['run', 'build', '--silent']));
}
for (const dir of packages) {
  stage(`publish ${dir}`, run('npm', ['publish', '--dry-run', '--ignore-scripts', '-w', dir]));
}

if (failures.length) {
  console.error(`\nrelease:dry failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nrelease:dry: ok (nothing was changed or published)');
