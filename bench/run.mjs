// `npm run bench`: builds every contestant's bundles into .build/, generates
// seeded data, times each scenario in one headless Chromium session and writes
// results/latest.json and results/latest.md. Figures are printed, never asserted.
//
// Options: --samples N (default 5), --only id,id (contestants), --scenarios id,id,
// --screenshots (PNG of sample 1 into .build/shots), --out path (default results/latest),
// --from file.json (no measuring: writes the tables again from an earlier run's JSON).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromeArgs, ensureChrome, ensureDependencies, root, run } from '../scripts/setup.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { CONTESTANTS } from './lib/contestants.mjs';
import { runSample, scenarios as allScenarios } from './lib/measure.mjs';
import { analyse, toMarkdown } from './lib/report.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '5' },
    only: { type: 'string' },
    scenarios: { type: 'string' },
    screenshots: { type: 'boolean', default: false },
    out: { type: 'string', default: join(benchDir, 'results', 'latest') },
    timeout: { type: 'string', default: '60' },
    from: { type: 'string' },
  },
});

const format = async (text, parser) =>
  (await import('prettier')).format(text, { parser, singleQuote: true, printWidth: 100 });

if (args.from) {
  // The tables again from the samples of an earlier run, e.g. after the report changed.
  const result = JSON.parse(readFileSync(args.from, 'utf8'));
  const contestants = result.contestants.map((c) => CONTESTANTS.find((k) => k.id === c.id) ?? c);
  result.analysis = analyse({ ...result, contestants });
  const markdown = await format(toMarkdown({ ...result, contestants }), 'markdown');
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(`${args.out}.json`, await format(JSON.stringify(result), 'json'));
  writeFileSync(`${args.out}.md`, markdown);
  console.log(`${markdown}\nWrote ${args.out}.json and ${args.out}.md from ${args.from}.`);
  process.exit(0);
}
const samples = Math.max(1, Number(args.samples) || 5);
const loadAtStart = loadavg()[0];
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const log = (...parts) => console.log(...parts);

// 1. On a fresh clone: the dependencies (as `npm test` does), then Dealboard
// as users get it, the built dist (built here if missing). Modules that need
// either are imported only after this.
ensureDependencies();
const cdnFile = join(root, 'packages/widgets/dist/dealboard.min.js');
if (!existsSync(cdnFile)) {
  log('Dealboard is not built yet: running npm run build…');
  if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
}
const chrome = ensureChrome();
const { default: puppeteer } = await import('puppeteer-core');
const { buildAll, buildDir, cdnWeight, cleanBuild, wwwDir } = await import('./lib/build.mjs');
const { writeAllData } = await import('./lib/generate.mjs');

// 2. Every contestant's bundles, built the same way.
log('Building the contestants’ bundles (esbuild)…');
cleanBuild();
const { manifest, dropped } = await buildAll({ log });
if (!manifest.dealboard) {
  console.error('The Dealboard entries could not be built: nothing to compare (see above).');
  process.exit(1);
}
for (const file of ['index.html', 'harness.js']) {
  copyFileSync(join(benchDir, 'www', file), join(wwwDir, file));
}
const cdn = existsSync(cdnFile) ? cdnWeight() : null;
if (cdn) {
  cdn.file = relative(root, cdn.file);
  for (const chunk of cdn.chunks) chunk.file = relative(root, chunk.file);
}

// 3. Seeded data: Dealboard datasets (validated) and the same rows, plain.
log('Generating data…');
writeAllData(join(wwwDir, 'data'));

// 4. Who runs what.
const only = args.only?.split(',');
const contestants = CONTESTANTS.filter((c) => (!only || only.includes(c.id)) && manifest[c.id]);
const wanted = args.scenarios?.split(',');
const scenarios = allScenarios().filter((s) => !wanted || wanted.includes(s.id));

// 5. One Chromium; a fresh incognito context per sample.
const server = await serveStatic(wwwDir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: [...chromeArgs, '--enable-precise-memory-info'],
});
const chromium = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');
log(`${chromium}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})`);

const raw = {};
const broken = new Set();
const timeoutMs = Number(args.timeout) * 1000;
for (let sample = 0; sample < samples; sample++) {
  for (const scenario of scenarios) {
    // Rotate the order every sample, so no contestant always runs first.
    const order = contestants.filter((c) => manifest[c.id][scenario.task]);
    const shift = sample % Math.max(order.length, 1);
    const rotated = [...order.slice(shift), ...order.slice(0, shift)];
    const line = [];
    for (const contestant of rotated) {
      const key = `${scenario.id}/${contestant.id}`;
      if (broken.has(key)) continue;
      const result = await runSample(browser, {
        origin,
        contestant,
        built: manifest[contestant.id][scenario.task],
        scenario,
        shotsDir: args.screenshots && sample === 0 ? join(buildDir, 'shots') : null,
        timeoutMs,
      });
      ((raw[scenario.id] ??= {})[contestant.id] ??= []).push(result);
      if (result.error) {
        // A contestant that cannot do a scenario once is not retried: note it and go on.
        broken.add(key);
        line.push(`${contestant.id} FAILED (${result.error})`);
      } else {
        line.push(`${contestant.id} ${result.ms.toFixed(1)}`);
      }
    }
    log(`[${elapsed()}] sample ${sample + 1}/${samples} ${scenario.id}: ${line.join(', ')}`);
  }
}
await browser.close();
server.close();

// 6. Results.
const versionOf = (pkg) => {
  for (const base of [join(benchDir, 'node_modules'), join(root, 'node_modules')]) {
    const file = join(base, pkg, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return 'not installed';
};
const packages = [
  ...new Set([...CONTESTANTS.flatMap((c) => c.packages), 'esbuild', 'puppeteer-core']),
].sort();
const weights = Object.fromEntries(
  Object.entries(manifest).map(([id, tasks]) => [
    id,
    Object.fromEntries(
      Object.entries(tasks).map(([task, t]) => [
        task,
        { weight: t.weight, lazy: t.lazy, ...(t.userEntry ? { userEntry: t.userEntry } : {}) },
      ]),
    ),
  ]),
);
const meta = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    // Other work on the machine skews timings: the 1-minute load average.
    loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0].toFixed(2)) },
  },
  chromium,
  node: process.version,
  samples,
  versions: Object.fromEntries(packages.map((p) => [p, versionOf(p)])),
  notes: [
    'Stage: 640 px wide; bars 40 px per row up to a 560 px plot, then all bars share 560 px (rows labelled at least 14 px apart, as the libraries thin their axis labels). Dealboard draws the rows in view of its 560 px scrolling viewport (it virtualises beyond 60 rows) and lays out all of them.',
    'Dealboard is given the whole dataset and validates it (`validateDataset`) inside the timed mount; the other contestants get ready-made rows (label, value) derived from the same seeded dataset.',
    'Animations are off: every library’s animation option, and `prefers-reduced-motion: reduce` emulated for Dealboard. ECharts runs with `progressive: 0`, so it draws every mark before the clock stops.',
    'The Dealboard map’s lazily loaded chunks (outlines and d3-geo code) are imported before the clock starts; its time ends when the countries are in the DOM. Peers draw world-atlas 110m; Dealboard draws its own simplified 110m outlines (the control row draws those with d3-geo).',
    'Peers’ maps use Equal Earth except ECharts (its own lon/lat projection).',
    'KB = 1,024 bytes.',
  ],
};
const analysis = analyse({ raw, contestants, scenarios, weights, cdn });
const result = {
  meta,
  contestants: contestants.map(({ id, name, kind, renderer }) => ({ id, name, kind, renderer })),
  scenarios,
  weights,
  cdn,
  dropped,
  analysis,
  raw,
};
const markdown = toMarkdown({ ...result, contestants, scenarios });
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(`${args.out}.json`, await format(JSON.stringify(result), 'json'));
writeFileSync(`${args.out}.md`, await format(markdown, 'markdown'));
log(`\n${await format(markdown, 'markdown')}`);
log(`Wrote ${args.out}.json and ${args.out}.md in ${elapsed()}.`);
