// Checks of a publishable package, shared by packages/*/test/node/publish.test.mjs:
// publint, Are The Types Wrong (attw) on the packed tarball, and the
// distribution checklist of issue #7. Run against the BUILT packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './setup.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

function runTool(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
  };
}

export function readManifest(dir) {
  return JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
}

/** publint, strict: warnings fail too. */
export function publint(dir) {
  return runTool(bin('publint'), [dir, '--strict']);
}

/**
 * attw on the tarball `npm pack` makes, with the `esm-only` profile: these
 * packages are ESM only on purpose (`"type": "module"`, no `require`
 * condition), so the CommonJS-from-Node16 and node10 resolutions, which
 * cannot load them by design, are not checked. Everything else must be green.
 */
export function attw(dir) {
  return runTool(bin('attw'), ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii']);
}

/** The files `npm pack` would put in the tarball. */
export function packedFiles(dir) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(root, dir),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout)[0].files.map((f) => f.path);
}

/**
 * The checklist every package meets: ESM only, an `exports` map whose
 * JavaScript entries all have `types`, files that exist, `sideEffects`, a
 * README and a LICENSE in the tarball, public access. Returns the problems.
 */
export function distributionProblems(dir) {
  const pkg = readManifest(dir);
  const problems = [];
  if (pkg.type !== 'module') problems.push('"type" is not "module"');
  if (!pkg.exports || typeof pkg.exports !== 'object') problems.push('no "exports" map');
  if (pkg.sideEffects === undefined) problems.push('no "sideEffects" field');
  if (pkg.publishConfig?.access !== 'public') problems.push('publishConfig.access is not "public"');
  if (pkg.private) problems.push('"private": true');
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (typeof path !== 'string') problems.push(`${entry}: nested conditions not expected`);
      else if (!existsSync(join(root, dir, path)))
        problems.push(`${entry}: ${path} does not exist`);
    }
    const js = typeof target === 'string' ? target : target.default;
    if (/\.js$/.test(js) && (typeof target === 'string' || !target.types)) {
      problems.push(`${entry}: a JavaScript entry without "types"`);
    }
    if (typeof target === 'object' && Object.keys(target)[0] !== 'types') {
      problems.push(`${entry}: "types" must be the first condition`);
    }
    if (typeof target === 'object' && 'require' in target) {
      problems.push(`${entry}: has a "require" condition, but the package is ESM only`);
    }
  }
  const files = packedFiles(dir);
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`${required} is not in the tarball`);
  }
  if (files.some((f) => /\.test\.(ts|js|mjs)$/.test(f) || f.startsWith('test/'))) {
    problems.push('tests are in the tarball');
  }
  return { pkg, files, problems };
}
