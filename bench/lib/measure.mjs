// Drives headless Chromium: one fresh incognito context and page per sample
// of each contestant and scenario; times in the page, reads the heap over CDP.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

/** Width of the stage every contestant draws into, px. */
export const WIDTH = 640;
/** Rows of 40 px up to a 560 px viewport (Dealboard's), plus an axis. */
export const barsHeight = (n) => Math.min(40 * n, 560) + 40;

/**
 * The scenarios, in the order they run. `task` names the entry module. The
 * `intlWarm` ones repeat a first render on a page that has already formatted a
 * number and a date: a cross-check of what the first use of `Intl` costs, not a target.
 */
export function scenarios() {
  const bars = (n) => ({
    id: `bars-${n}`,
    task: 'bars',
    label: `Bars, N = ${n.toLocaleString('en')}`,
    data: `bars-${n}`,
    size: { width: WIDTH, height: barsHeight(n) },
    memory: n === 10_000,
  });
  const warm = (scenario) => ({
    ...scenario,
    id: `${scenario.id}-intl-warm`,
    memory: false,
    intlWarm: true,
  });
  const map = {
    id: 'map',
    task: 'map',
    label: 'Map, 177 countries',
    data: 'map',
    size: { width: WIDTH, height: 320 },
  };
  const timeline = {
    id: 'timeline',
    task: 'timeline',
    label: 'Timeline, 1,000 milestones × 50 lanes',
    data: 'timeline',
    size: { width: WIDTH, height: 50 * 24 + 40 },
  };
  return [
    bars(10),
    bars(1_000),
    bars(10_000),
    {
      id: 'update-1000',
      task: 'bars',
      label: 'Update, N = 1,000',
      data: 'bars-1000',
      update: 'bars-1000-changed',
      size: { width: WIDTH, height: barsHeight(1_000) },
    },
    map,
    timeline,
    warm(bars(10)),
    warm(bars(1_000)),
    warm(map),
    warm(timeline),
  ];
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Main-thread CPU time (s) of the renderer, from CDP Performance metrics. */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
}

/**
 * Runs a timed step after a garbage collection and adds the main thread's CPU
 * time over it: unlike the wall clock, it does not grow when other processes
 * take the CPU (the step's frame waits and pause are idle, so cost ~nothing).
 */
async function measured(cdp, step) {
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await threadTime(cdp);
  const result = await step();
  const after = await threadTime(cdp);
  return { ...result, cpuMs: (after - before) * 1000 };
}

/**
 * One sample: a fresh incognito context, one page, the contestant's bundle,
 * then the timed mount (and update). Returns the figures or `{ error }`.
 */
export async function runSample(
  browser,
  { origin, contestant, built, scenario, shotsDir, timeoutMs },
) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewport({ width: 1000, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const query = new URLSearchParams({ bundle: built.url });
    for (const url of built.preload) query.append('preload', url);
    await page.goto(`${origin}/index.html?${query}`, { waitUntil: 'load' });
    await withTimeout(
      page.evaluate(() => globalThis.bench.ready()),
      timeoutMs,
      'loading the bundle',
    );
    const input = contestant.input === 'dataset' ? 'dataset' : 'plain';
    const bench = (method, arg) =>
      withTimeout(
        page.evaluate((m, a) => globalThis.bench[m](a), method, arg),
        timeoutMs,
        `bench.${method}`,
      );
    if (scenario.intlWarm) await bench('warmIntl');
    // Before the data arrives: the growth is then what the contestant keeps, its input included.
    const heapBefore = scenario.memory ? await heapAfterGc(cdp) : null;
    await bench('prepare', { data: `/data/${scenario.data}.${input}.json` });
    // The input alone, parsed and held by the harness: what it weighs in this contestant's format.
    const heapWithInput = scenario.memory ? await heapAfterGc(cdp) : null;
    let result = await measured(cdp, () => bench('mount', { size: scenario.size }));
    if (scenario.update) {
      await bench('prepare', { data: `/data/${scenario.update}.${input}.json` });
      result = await measured(cdp, () => bench('update'));
    }
    const sample = {
      ms: result.ms,
      cpuMs: result.cpuMs,
      longTasks: result.longTasks,
      drawn: await bench('drawn'),
    };
    if (scenario.memory) {
      sample.heap = await heapAfterGc(cdp);
      sample.heapBefore = heapBefore;
      sample.inputHeap = heapWithInput - heapBefore;
      sample.elements = await bench('elements');
    }
    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({
        path: join(shotsDir, `${scenario.id}--${contestant.id}.png`),
        fullPage: scenario.task !== 'timeline',
      });
    }
    if (errors.length) sample.pageErrors = errors.slice(0, 3);
    return sample;
  } catch (error) {
    return { error: `${error.message.split('\n')[0]}${errors.length ? ` (${errors[0]})` : ''}` };
  } finally {
    await context.close().catch(() => {});
  }
}
