// `npm run profile -w @dealboard/bench -- --scenario bars-10000,map`: where
// Dealboard's time goes in one scenario. Records a Chromium trace (main-thread
// time by kind: script, style, layout, paint, GC) and a V8 CPU profile (script
// time by source file and function, through source maps of an unminified
// build) of the timed mount, a few times, and prints medians as markdown.
//
// Options: --scenario id,id (default bars-10000), --runs N (default 3),
// --contestant id (default dealboard), --out file (default results/profile.md).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromeArgs, ensureChrome, ensureDependencies, root, run } from '../scripts/setup.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { CONTESTANTS } from './lib/contestants.mjs';
import { scenarios } from './lib/measure.mjs';
import { summarize } from './lib/report.mjs';

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'bars-10000' },
    contestant: { type: 'string', default: 'dealboard' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: fileURLToPath(new URL('results/profile.md', import.meta.url)) },
  },
});
const contestant = CONTESTANTS.find((c) => c.id === args.contestant);
const wanted = args.scenario.split(',').map((id) => scenarios().find((s) => s.id === id));
if (!contestant || wanted.some((s) => !s || !contestant.entries[s.task])) {
  console.error(`Unknown scenario or contestant: ${args.scenario}, ${args.contestant}`);
  process.exit(1);
}
ensureDependencies();
if (!existsSync(join(root, 'packages/widgets/dist/dealboard.min.js'))) {
  if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
}
const { build } = await import('esbuild');
const { default: puppeteer } = await import('puppeteer-core');
const prettier = await import('prettier');
const { benchDir, wwwDir } = await import('./lib/build.mjs');
const { writeAllData } = await import('./lib/generate.mjs');
if (!existsSync(join(wwwDir, 'data', 'map.dataset.json'))) writeAllData(join(wwwDir, 'data'));
mkdirSync(wwwDir, { recursive: true });
for (const file of ['index.html', 'harness.js']) {
  copyFileSync(join(benchDir, 'www', file), join(wwwDir, file));
}

// Unminified builds with source maps, so the profile names the real functions.
const url = (file) => `/${relative(wwwDir, join(benchDir, file))}`;
const maps = new Map();
const bundles = new Map();
for (const task of new Set(wanted.map((s) => s.task))) {
  const outdir = join(wwwDir, 'profile', contestant.id, task);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: benchDir,
    entryPoints: [join(benchDir, 'contestants', contestant.entries[task])],
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfigRaw: {},
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[name]-[hash]',
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
  const entry = outputs.find(([, o]) => o.entryPoint)[0];
  bundles.set(task, {
    entry: url(entry),
    preload: outputs.filter(([f]) => f !== entry).map(([f]) => url(f)),
  });
  for (const [f] of outputs) {
    maps.set(url(f), new SourceMap(JSON.parse(readFileSync(join(benchDir, `${f}.map`), 'utf8'))));
  }
}

const server = await serveStatic(wwwDir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: chromeArgs,
});

// Main-thread trace events by kind (self time: an event's duration less its
// children's). Script time comes from the CPU profile instead: the trace does
// not break V8's work down, it shows up as the self time of RunTask.
const KINDS = [
  ['Garbage collection', /GC|Garbage|Scavenge|Sweep|Marking/],
  [
    'Style recalculation',
    /UpdateLayoutTree|[Rr]ecalcStyle|StyleRecalc|ParseAuthorStyleSheet|Style/,
  ],
  ['Layout (with text shaping)', /Layout|ShapeText|SvgText|InlineNode|LayoutShift/],
  ['Paint and compositing', /Paint|Layerize|Composit|Commit|Raster|Decode/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'Other';

function traceSummary(trace) {
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'bench:start');
  const end = events.find((e) => e.name === 'bench:end');
  if (!start || !end) return null;
  const t0 = start.ts;
  const t1 = end.ts;
  const main = events.filter(
    (e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= t0 && e.ts < t1,
  );
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const nodes = [];
  const stack = [];
  for (const e of main) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) {
      stack.pop();
    }
    const node = { name: e.name, ts: e.ts, dur: e.dur ?? 0, children: 0 };
    if (stack.length) stack[stack.length - 1].children += node.dur;
    stack.push(node);
    nodes.push(node);
  }
  const byKind = new Map();
  const byName = new Map();
  for (const e of nodes) {
    const own = Math.max(0, e.dur - e.children) / 1000;
    byKind.set(kindOf(e.name), (byKind.get(kindOf(e.name)) ?? 0) + own);
    byName.set(e.name, (byName.get(e.name) ?? 0) + own);
  }
  return { wall: (t1 - t0) / 1000, byKind, byName };
}

/** Where a profile frame comes from: the original source file, via the source map. */
function sourceOf(frame) {
  const path = new URL(frame.url || 'about:blank', origin).pathname;
  const map = maps.get(path);
  if (!map) return frame.url ? 'harness / other' : frame.functionName || '(native)';
  const hit = map.findEntry(frame.lineNumber, frame.columnNumber);
  const source = hit?.originalSource ?? 'unknown';
  return source
    .replace(/^.*node_modules\//, '')
    .replace(/^.*packages\//, 'packages/')
    .replace(/^.*bench\//, 'bench/');
}

function profileSummary(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]));
  for (const n of nodes.values()) for (const c of n.children ?? []) nodes.get(c).parent = n;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    nodes.get(id).self += dt;
  });
  const byFile = new Map();
  const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'} — ${sourceOf(n.callFrame)}`;
  const total = (n) => {
    if (n.total !== undefined) return n.total;
    n.total = n.self + (n.children ?? []).reduce((s, c) => s + total(nodes.get(c)), 0);
    return n.total;
  };
  const inclusive = new Map();
  for (const n of nodes.values()) {
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') continue;
    const file = name.startsWith('(') ? name : sourceOf(n.callFrame);
    byFile.set(file, (byFile.get(file) ?? 0) + n.self);
    // Inclusive time by function, counting a recursive function once.
    const key = fnKey(n);
    let ancestor = n.parent;
    let nested = false;
    while (ancestor) {
      if (fnKey(ancestor) === key) nested = true;
      ancestor = ancestor.parent;
    }
    if (!nested) inclusive.set(key, (inclusive.get(key) ?? 0) + total(n));
  }
  const script = [...byFile.entries()]
    .filter(([k]) => !k.startsWith('('))
    .reduce((sum, [, v]) => sum + v, 0);
  return { byFile, inclusive, script, gc: byFile.get('(garbage collector)') ?? 0 };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'blink',
];
const runs = Math.max(1, Number(args.runs) || 3);

/** Records `runs` traces and CPU profiles of one scenario's timed mount (or update). */
async function record(scenario) {
  const traces = [];
  const profiles = [];
  const walls = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const { entry, preload } = bundles.get(scenario.task);
    const query = new URLSearchParams({ bundle: entry });
    for (const p of preload) query.append('preload', p);
    await page.goto(`${origin}/index.html?${query}`);
    await page.evaluate(() => globalThis.bench.ready());
    if (scenario.intlWarm) await page.evaluate(() => globalThis.bench.warmIntl());
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const input = contestant.input === 'dataset' ? 'dataset' : 'plain';
    const call = (method, arg) => page.evaluate((m, a) => globalThis.bench[m](a), method, arg);
    await call('prepare', { data: `/data/${scenario.data}.${input}.json` });
    if (scenario.update) {
      await call('mount', { size: scenario.size });
      await call('prepare', { data: `/data/${scenario.update}.${input}.json` });
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await page.tracing.start({ categories: CATEGORIES });
    await cdp.send('Profiler.start');
    const measured = scenario.update
      ? await call('update')
      : await call('mount', { size: scenario.size });
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    walls.push(measured.ms);
    traces.push(traceSummary(trace));
    profiles.push(profileSummary(profile));
    await context.close();
  }
  return { traces: traces.filter(Boolean), profiles, walls };
}

const median = (list, key) => summarize(list.map((m) => m.get(key) ?? 0))?.median ?? 0;
const keys = (list, field) => [...new Set(list.flatMap((x) => [...x[field].keys()]))];
const ms = (x) => `${x.toFixed(1)}`;

function section(scenario, { traces, profiles, walls }) {
  const lines = [
    `## ${contestant.name}: ${scenario.label}${scenario.intlWarm ? ', on a page already using Intl' : ''}${scenario.update ? ' (the update only)' : ''}`,
    '',
    `Timed ${scenario.update ? 'update' : 'mount'} (to the second frame after it): median ${ms(summarize(walls).median)} ms ` +
      `(${walls.map(ms).join(', ')}), with the recorders running.`,
    '',
    '| Main thread | ms |',
    '| --- | ---: |',
    `| Script (V8 CPU profile) | ${ms(summarize(profiles.map((p) => p.script)).median)} |`,
    `| Garbage collection (V8 CPU profile) | ${ms(summarize(profiles.map((p) => p.gc)).median)} |`,
  ];
  for (const [kind] of KINDS.slice(1)) {
    lines.push(
      `| ${kind} (trace) | ${ms(
        median(
          traces.map((t) => t.byKind),
          kind,
        ),
      )} |`,
    );
  }
  lines.push('', '| Script by source file (self time) | ms |', '| --- | ---: |');
  for (const [k, v] of keys(profiles, 'byFile')
    .filter((k) => !k.startsWith('('))
    .map((k) => [
      k,
      median(
        profiles.map((p) => p.byFile),
        k,
      ),
    ])
    .filter(([, v]) => v >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)) {
    lines.push(`| ${k} | ${ms(v)} |`);
  }
  lines.push('', '| Function — source (inclusive time) | ms |', '| --- | ---: |');
  for (const [k, v] of keys(profiles, 'inclusive')
    .filter((k) => !/harness|bench\/|^\(/.test(k))
    .map((k) => [
      k,
      median(
        profiles.map((p) => p.inclusive),
        k,
      ),
    ])
    .filter(([, v]) => v >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)) {
    lines.push(`| ${k.replace(/\|/g, '\\|')} | ${ms(v)} |`);
  }
  return lines.join('\n');
}

const sections = [
  `# Where ${contestant.name}'s time goes`,
  '',
  `Written by \`bench/profile.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${runs} runs per scenario, medians; ` +
    'an unminified build with source maps, so the CPU profile names the original functions. ' +
    'Inclusive times nest (a caller includes its callees).',
];
for (const scenario of wanted) {
  console.log(`Profiling ${scenario.id}…`);
  sections.push('', section(scenario, await record(scenario)));
}
await browser.close();
server.close();
const markdown = await prettier.format(sections.join('\n'), { parser: 'markdown' });
console.log(markdown);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, markdown);
