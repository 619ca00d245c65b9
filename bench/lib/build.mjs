// Bundles every contestant's entries the same way (esbuild: bundle, tree-shake,
// minify, ES modules, lazy imports split into chunks) and measures them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { CONTESTANTS } from './contestants.mjs';

export const benchDir = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const buildDir = join(benchDir, '.build');
export const wwwDir = join(buildDir, 'www');
const widgetsDist = join(benchDir, '..', 'packages', 'widgets', 'dist');

/** Bytes of a file as shipped: minified, and gzipped at level 9. */
export function sizeOf(file) {
  const raw = readFileSync(file);
  return { min: raw.length, gzip: gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length };
}

const sum = (sizes) =>
  sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });

const options = {
  // Metafile paths are relative to this, whatever the current directory.
  absWorkingDir: benchDir,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // As a user gets the packages: their published dist, never the repo's
  // tsconfig "paths" to sources.
  tsconfigRaw: {},
  metafile: true,
  logLevel: 'silent',
  entryNames: '[name]',
  chunkNames: 'chunk-[name]-[hash]',
};

/**
 * Splits a build's outputs into what loads with the entry (static imports)
 * and what loads later (dynamic imports: Dealboard's map outlines).
 */
function closure(metafile, entryOut) {
  const outputs = metafile.outputs;
  const staticFiles = new Set();
  const visit = (file) => {
    if (staticFiles.has(file)) return;
    staticFiles.add(file);
    for (const imp of outputs[file].imports) {
      if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
    }
  };
  visit(entryOut);
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !staticFiles.has(f));
  return { staticFiles: [...staticFiles], lazy };
}

/** A bundle input, grouped: a package, or a part of Dealboard's own packages. */
function groupOf(input) {
  const path = input.replace(/\\/g, '/');
  const own = path.match(/packages\/(dataset|widgets)\/dist\/(.*)$/);
  if (own) {
    const [, pkg, file] = own;
    if (pkg === 'dataset') {
      if (/^data\.js$/.test(file)) return '@dealboard/dataset: the bundled dataset (data.js)';
      if (/^validate\.js$/.test(file)) return '@dealboard/dataset: validateDataset';
      if (/^countries/.test(file)) return '@dealboard/dataset: ISO country table';
      return '@dealboard/dataset: dates, queries';
    }
    const dir = file.split('/')[0];
    if (dir === 'core' || dir === 'define')
      return '@dealboard/widgets: core (element base, table, export, format)';
    if (/geometry/.test(file)) return '@dealboard/widgets: map outlines';
    return `@dealboard/widgets: ${dir}`;
  }
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(pkg) ? 'lit' : pkg;
  return 'bench glue';
}

async function bundle(entry, outdir, stdin) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    ...options,
    ...(stdin
      ? { stdin: { contents: stdin, resolveDir: benchDir, loader: 'js', sourcefile: 'entry.js' } }
      : { entryPoints: [entry] }),
    outdir,
    ...(stdin ? { entryNames: 'entry' } : {}),
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entryOut = stdin
    ? outputs.find(([file]) => basename(file) === 'entry.js')[0]
    : outputs.find(([, o]) => o.entryPoint)[0];
  const { staticFiles, lazy } = closure(result.metafile, entryOut);
  const abs = (f) => join(benchDir, f);
  // Minified bytes by where they come from, for what loads with the entry.
  const composition = {};
  for (const f of staticFiles) {
    for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[f].inputs)) {
      const group = groupOf(input);
      composition[group] = (composition[group] ?? 0) + bytesInOutput;
    }
  }
  return {
    entry: abs(entryOut),
    composition,
    weight: sum(staticFiles.map((f) => sizeOf(abs(f)))),
    lazy: lazy.map((f) => ({ file: abs(f), ...sizeOf(abs(f)) })),
    inputs: Object.keys(result.metafile.inputs),
  };
}

/** The CDN bundle as `npm run build` makes it, with its lazily loaded chunks. */
export function cdnWeight() {
  const main = join(widgetsDist, 'dealboard.min.js');
  const chunks = readdirSync(widgetsDist)
    .filter((f) => /^dealboard-.*\.min\.js$/.test(f))
    .map((f) => ({ file: join(widgetsDist, f), ...sizeOf(join(widgetsDist, f)) }));
  return { file: main, ...sizeOf(main), chunks };
}

/**
 * Builds every entry into .build/www/b/<contestant>/<task>/. A contestant that
 * fails to build is dropped with the reason, not the whole bench.
 */
export async function buildAll({ log = console.log } = {}) {
  const manifest = {};
  const dropped = [];
  for (const c of CONTESTANTS) {
    const tasks = {};
    try {
      for (const [task, file] of Object.entries(c.entries)) {
        const outdir = join(wwwDir, 'b', c.id, task);
        const built = await bundle(join(benchDir, 'contestants', file), outdir);
        tasks[task] = {
          url: `/${relative(wwwDir, built.entry)}`,
          // Chunks loaded later (the map outlines): fetched before timing starts.
          preload: built.lazy.map((l) => `/${relative(wwwDir, l.file)}`),
          weight: built.weight,
          lazy: built.lazy.map((l) => ({ file: basename(l.file), min: l.min, gzip: l.gzip })),
        };
        if (c.userEntries?.[task]) {
          const user = await bundle(
            null,
            join(buildDir, 'weight', c.id, task),
            `import '${c.userEntries[task]}';\n`,
          );
          tasks[task].userEntry = {
            module: c.userEntries[task],
            weight: user.weight,
            composition: user.composition,
            lazy: user.lazy.map((l) => ({ file: basename(l.file), min: l.min, gzip: l.gzip })),
          };
        }
      }
      manifest[c.id] = tasks;
      log(`  built ${c.id}: ${Object.keys(tasks).join(', ')}`);
    } catch (error) {
      const reason = (error.errors?.[0]?.text ?? error.message).split('\n')[0];
      dropped.push({ id: c.id, name: c.name, reason: `build failed: ${reason}` });
      log(`  dropped ${c.id}: build failed: ${reason}`);
    }
  }
  return { manifest, dropped };
}

export function cleanBuild() {
  if (existsSync(wwwDir)) rmSync(wwwDir, { recursive: true, force: true });
  mkdirSync(wwwDir, { recursive: true });
}
