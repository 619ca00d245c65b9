// `npm run build`: compiles the packages (tsc, declarations included), emits
// the dataset JSON, minifies the widgets' templates, bundles the CDN file
// with rollup and copies the demo.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './setup.mjs';

function must(code, what) {
  if (code !== 0) {
    console.error(`build: ${what} failed`);
    process.exit(code || 1);
  }
}

must(run('npx', ['tsc', '-b', 'packages/dataset', 'packages/widgets', 'packages/react']), 'tsc');
must(run('node', ['packages/dataset/scripts/emit-json.mjs']), 'dataset JSON');
// What npm users bundle: templates without their indentation.
must(
  run('node', ['scripts/minify-templates.mjs', 'packages/widgets/dist']),
  'template minification',
);
// Chunk names carry content hashes: clear the last build's so none go stale.
const dist = join(root, 'packages/widgets/dist');
for (const file of readdirSync(dist).filter((f) => /^dealboard.*\.min\.js(\.map)?$/.test(f))) {
  rmSync(join(dist, file));
}
must(run('npx', ['rollup', '-c', '--silent']), 'rollup');
must(
  run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: join(root, 'packages/widgets'),
  }),
  'custom-elements manifest',
);

// The demo as a static folder that can be hosted anywhere: the page plus the
// built CDN bundle, exactly as a user would get it.
const out = join(root, 'demo-dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'demo'), out, { recursive: true });
mkdirSync(join(out, 'lib'), { recursive: true });
for (const file of readdirSync(dist).filter((f) => f.startsWith('dealboard'))) {
  cpSync(join(dist, file), join(out, 'lib', file));
}
mkdirSync(join(out, 'data'), { recursive: true });
cpSync(join(root, 'packages/dataset/dist/dataset.json'), join(out, 'data', 'dataset.json'));
console.log('build: ok');
