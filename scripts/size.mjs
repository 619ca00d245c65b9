// Size budget of @dealboard/widgets, measured on the BUILT package (run
// `npm run build` first): gzip -9 bytes of
//   - the CDN file dist/dealboard.min.js and each of its lazily loaded sibling
//     chunks (dist/dealboard-<name>-<hash>.min.js, named without the hash);
//   - each single-element entry `@dealboard/widgets/<element>.js`, bundled on
//     its own with its dependencies (Lit, d3, the dataset) and minified the way
//     the CDN file is (rollup.config.mjs): what a page importing only that
//     element downloads first;
//   - the chunks those element bundles load lazily (the map geometry, the
//     validator, the bundled data, the Download menu's export helpers):
//     counted once each, by name.
// The budgets live in size-budget.json at the repo root.
//
//   npm run size               prints the table; exits 1 when over budget
//   npm run size -- --update   rewrites the budgets at today's sizes + headroom
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { root } from './setup.mjs';
import { ownD3ArrayForGeo, treeshake } from '../rollup.config.mjs';

export const budgetFile = join(root, 'size-budget.json');
const dist = join(root, 'packages/widgets/dist');

/** The element entries of @dealboard/widgets, as a user imports them. */
export const elements = [
  'deal-value-chart',
  'delivery-tracker',
  'country-stance-map',
  'timeline-slider',
];

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** `dealboard-world-110m-Ab12Cd.min.js` → `world-110m`. */
function chunkName(file) {
  return file.replace(/^dealboard-/, '').replace(/-[\w-]{8}\.min\.js$|\.min\.js$/, '');
}

/**
 * The CDN file and the sibling chunks it imports (statically or lazily), as
 * built by rollup.config.mjs. Found by following the imports, so chunks left
 * over from earlier builds in dist/ are not counted.
 */
function measureCdn() {
  const main = join(dist, 'dealboard.min.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first.`);
  const files = ['dealboard.min.js'];
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, chunk] of code.matchAll(/["'`]\.\/(dealboard-[\w-]+\.min\.js)["'`]/g)) {
      if (!files.includes(chunk) && existsSync(join(dist, chunk))) files.push(chunk);
    }
  }
  return files.map((file) => {
    const code = readFileSync(join(dist, file));
    return {
      key: file === 'dealboard.min.js' ? 'cdn: dealboard.min.js' : `cdn chunk: ${chunkName(file)}`,
      file: `dist/${file}`,
      raw: code.length,
      gzip: gzip(code),
    };
  });
}

/** One element entry bundled alone: its initial chunk, and the lazy chunks it may load. */
async function bundleElement(element) {
  const bundle = await rollup({
    input: `@dealboard/widgets/${element}.js`,
    treeshake,
    plugins: [
      ownD3ArrayForGeo(),
      nodeResolve({ exportConditions: ['production'], rootDir: root }),
      json({ compact: true }),
      minifyHTML(),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
    return output.filter((item) => item.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

/** Every measured row: `{ key, file, raw, gzip }`, gzip -9 bytes. */
export async function measure() {
  const rows = measureCdn();
  const lazy = new Map();
  for (const element of elements) {
    const chunks = await bundleElement(element);
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const entry = chunks.find((c) => c.isEntry);
    // What loads with the entry: it and every chunk it imports statically
    // (rollup may split shared code off the entry; the page still needs it).
    const initial = new Set([entry]);
    for (const chunk of initial) for (const file of chunk.imports) initial.add(byFile.get(file));
    rows.push({
      key: `entry: ${element}.js`,
      file: `@dealboard/widgets/${element}.js (bundled)`,
      raw: [...initial].reduce((sum, c) => sum + Buffer.byteLength(c.code), 0),
      gzip: [...initial].reduce((sum, c) => sum + gzip(c.code), 0),
    });
    for (const chunk of chunks.filter((c) => !initial.has(c))) {
      const key = `lazy chunk: ${chunk.name}`;
      if (!lazy.has(key)) {
        lazy.set(key, {
          key,
          file: `${chunk.fileName} (from ${element}.js)`,
          raw: Buffer.byteLength(chunk.code),
          gzip: gzip(chunk.code),
        });
      }
    }
  }
  return [...rows, ...[...lazy.values()].sort((a, b) => a.key.localeCompare(b.key))];
}

export function readBudget() {
  return existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : null;
}

/**
 * Compares rows with the budget. A row without a budget fails too (a new
 * chunk is growth): record it with `npm run size -- --update`.
 */
export function check(rows, budget) {
  const limits = budget?.budgets ?? {};
  const results = rows.map((row) => {
    const limit = limits[row.key];
    const ok = limit !== undefined && row.gzip <= limit;
    return { ...row, limit, ok };
  });
  const gone = Object.keys(limits).filter((key) => !rows.some((row) => row.key === key));
  return { results, gone, ok: results.every((r) => r.ok) };
}

const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

/** The figures as a plain-text table, one string per line. */
export function table({ results, gone }) {
  const head = ['what', 'min', 'gzip -9', 'budget', 'used', ''];
  const body = results.map((r) => [
    r.key,
    kb(r.raw),
    kb(r.gzip),
    kb(r.limit),
    r.limit ? `${Math.round((100 * r.gzip) / r.limit)}%` : '—',
    r.ok ? 'ok' : r.limit === undefined ? 'NO BUDGET' : 'OVER',
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const lines = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  for (const key of gone) lines.push(`(budget for "${key}" matches nothing any more)`);
  return lines;
}

/**
 * Issue #9's weight targets, in gzip bytes: a budget never goes above them,
 * so growth past a target fails `npm test` however much headroom is left.
 */
export const TARGETS = {
  'cdn: dealboard.min.js': 40 * 1024,
  'cdn chunk: world-110m': 20 * 1024,
  'lazy chunk: world-110m': 20 * 1024,
};

/**
 * Budgets at today's sizes plus `headroom` (3%), rounded up to 10 bytes, and
 * no more than the {@link TARGETS}.
 */
export function budgetFor(rows, headroom = 0.03) {
  return {
    $comment:
      'Largest gzip -9 size in bytes of each file of @dealboard/widgets (see scripts/size.mjs). ' +
      'Checked by packages/widgets/test/node/size.test.mjs in `npm test`. ' +
      'After a deliberate change: `npm run build && npm run size -- --update`, and say why in the commit.',
    headroom,
    budgets: Object.fromEntries(
      rows.map((row) => [
        row.key,
        Math.min(Math.ceil((row.gzip * (1 + headroom)) / 10) * 10, TARGETS[row.key] ?? Infinity),
      ]),
    ),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const rows = await measure();
  if (process.argv.includes('--update')) {
    const previous = readBudget();
    writeFileSync(budgetFile, JSON.stringify(budgetFor(rows, previous?.headroom), null, 2) + '\n');
    console.log(`size: wrote ${budgetFile}`);
  }
  const result = check(rows, readBudget());
  for (const line of table(result)) console.log(line);
  console.log(`size: measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!result.ok) {
    console.error(
      'size: over budget (or no budget). If the growth is deliberate: npm run size -- --update',
    );
    process.exit(1);
  }
}
