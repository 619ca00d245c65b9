// Turns raw samples into medians, ratios against the peers and the floor,
// pass/fail against issue #9's targets (printed, never asserted), and markdown.

import { basename } from 'node:path';

export const KB = 1024;

export function summarize(values) {
  const xs = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

const round = (x, digits = 1) => Number(x.toFixed(digits));

/** Dealboard map's lazily loaded outlines chunk (esbuild names it after world-110m.js). */
const outlinesChunk = (entry) => entry?.lazy.find((l) => /(^|-)world-110m-/.test(l.file));
/** What Dealboard's map loads before it draws, beside its entry: the outlines and the d3-geo code (geo.js). */
const mapChunks = (entry) => entry?.lazy.filter((l) => /(^|-)(world-110m|geo)-/.test(l.file)) ?? [];
/** `dealboard-geo-Ab12Cd34.min.js`, `chunk-geo-AB12CD34.js` → `geo`. */
const chunkName = (file) =>
  file.replace(/^(dealboard|chunk)-/, '').replace(/-[\w-]{8}(\.min)?\.js$|(\.min)?\.js$/, '');

/** Median of a metric for one contestant and scenario, or null. */
function stat(speed, scenario, id, key = 'ms') {
  return speed[scenario]?.[id]?.[key] ?? null;
}

/** The lowest median among contestants of a kind (and renderer), with who holds it. */
function best(speed, scenario, contestants, filter, key = 'ms') {
  let winner = null;
  for (const c of contestants.filter(filter)) {
    const s = stat(speed, scenario, c.id, key);
    if (s && (!winner || s.median < winner.value))
      winner = { id: c.id, name: c.name, value: s.median };
  }
  return winner;
}

/**
 * Everything the output shows, from the raw samples. `raw[scenario][contestant]`
 * is a list of samples ({ ms, longTasks, heap, elements } or { error }).
 */
export function analyse({ raw, contestants, scenarios, weights, cdn }) {
  const speed = {};
  const failures = [];
  for (const scenario of scenarios) {
    speed[scenario.id] = {};
    for (const c of contestants) {
      const samples = raw[scenario.id]?.[c.id];
      if (!samples) continue;
      const ok = samples.filter((s) => !s.error);
      const errors = samples.filter((s) => s.error).map((s) => s.error);
      if (errors.length) failures.push({ scenario: scenario.id, id: c.id, error: errors[0] });
      if (!ok.length) continue;
      const entry = {
        ms: summarize(ok.map((s) => s.ms)),
        cpuMs: summarize(ok.map((s) => s.cpuMs)),
        samples: ok.map((s) => round(s.ms, 2)),
      };
      const tasks = ok.flatMap((s) => s.longTasks);
      entry.longTasks = {
        count: summarize(ok.map((s) => s.longTasks.length)),
        longestMs: tasks.length ? Math.max(...tasks) : 0,
      };
      if (ok[0].heap !== undefined) {
        entry.heap = summarize(ok.map((s) => s.heap));
        entry.heapGrowth = summarize(ok.map((s) => s.heap - s.heapBefore));
        if (ok[0].inputHeap !== undefined) entry.inputHeap = summarize(ok.map((s) => s.inputHeap));
        entry.elements = summarize(ok.map((s) => s.elements));
      }
      entry.drawn = ok[0].drawn;
      if (!entry.drawn.shapes && !entry.drawn.canvasPixels) {
        failures.push({ scenario: scenario.id, id: c.id, error: 'nothing was drawn' });
      }
      if (errors.length) entry.errors = errors;
      speed[scenario.id][c.id] = entry;
    }
  }

  const isPeer = (c) => c.kind === 'peer';
  const floorFor = (scenario) => (scenario.task === 'map' ? 'd3-geo' : 'floor');
  const ratiosOf = (key) => {
    const out = {};
    for (const scenario of scenarios) {
      const own = stat(speed, scenario.id, 'dealboard', key);
      if (!own) continue;
      const peer = best(speed, scenario.id, contestants, isPeer, key);
      const floor = stat(speed, scenario.id, floorFor(scenario), key);
      out[scenario.id] = {
        bestPeer: peer ? { id: peer.id, name: peer.name, ratio: own.median / peer.value } : null,
        floor: floor ? { id: floorFor(scenario), ratio: own.median / floor.median } : null,
      };
    }
    return out;
  };
  const ratios = ratiosOf('ms');
  const cpuRatios = ratiosOf('cpuMs');

  const memoryScenario = scenarios.find((s) => s.memory)?.id;
  const memoryRatios = {};
  for (const key of ['heap', 'elements']) {
    const own = stat(speed, memoryScenario, 'dealboard', key);
    const lightestSvg = best(
      speed,
      memoryScenario,
      contestants,
      (c) => isPeer(c) && c.renderer === 'svg',
      key,
    );
    const peer = best(speed, memoryScenario, contestants, isPeer, key);
    const floor = stat(speed, memoryScenario, 'floor', key);
    if (own) {
      memoryRatios[key] = {
        lightestSvgPeer: lightestSvg && { ...lightestSvg, ratio: own.median / lightestSvg.value },
        bestPeer: peer && { ...peer, ratio: own.median / peer.value },
        floor: floor && { id: 'floor', ratio: own.median / floor.median },
      };
    }
  }

  // Weight: gzip of what loads with the entry; Dealboard's own element entries.
  const weightRatios = {};
  for (const task of ['bars', 'timeline', 'map']) {
    const entry = weights.dealboard?.[task]?.userEntry;
    if (!entry) continue;
    // The map is compared with its geometry and d3-geo chunks, as the peers ship both.
    const chunks = task === 'map' ? mapChunks(entry).reduce((sum, l) => sum + l.gzip, 0) : 0;
    const own = entry.weight.gzip + chunks;
    let peer = null;
    for (const c of contestants.filter(isPeer)) {
      const w = weights[c.id]?.[task]?.weight.gzip;
      if (w && (!peer || w < peer.value)) peer = { id: c.id, name: c.name, value: w };
    }
    const floorId = task === 'map' ? 'd3-geo' : 'floor';
    const floor = weights[floorId]?.[task]?.weight.gzip;
    weightRatios[task] = {
      bestPeer: peer && { ...peer, ratio: own / peer.value },
      floor: floor ? { id: floorId, ratio: own / floor } : null,
    };
  }

  const targets = [];
  const add = (id, label, value, limit, pass, detail) =>
    targets.push({ id, label, value, limit, pass, detail });

  for (const task of ['bars', 'timeline', 'map']) {
    const entry = weights.dealboard?.[task]?.userEntry;
    if (!entry) continue;
    add(
      `weight-${task}`,
      `Weight: \`${entry.module}\` ≤ 20 KB gzip`,
      `${round(entry.weight.gzip / KB)} KB`,
      '20 KB',
      entry.weight.gzip <= 20 * KB,
      `${round(entry.weight.gzip / (20 * KB), 2)}× the budget`,
    );
  }
  if (cdn) {
    add(
      'weight-cdn',
      'Weight: CDN bundle `dealboard.min.js` ≤ 40 KB gzip',
      `${round(cdn.gzip / KB)} KB`,
      '40 KB',
      cdn.gzip <= 40 * KB,
      `${round(cdn.gzip / (40 * KB), 2)}× the budget${cdn.chunks.length ? `; loaded on first need: ${cdn.chunks.map((ch) => `${chunkName(basename(ch.file))} ${round(ch.gzip / KB)} KB`).join(', ')}` : '; the CDN build has no lazy chunks (the map is not in it)'}`,
    );
  }
  const geometry = outlinesChunk(weights.dealboard?.map?.userEntry);
  if (geometry) {
    add(
      'weight-geometry',
      'Weight: map geometry chunk ≤ 20 KB gzip',
      `${round(geometry.gzip / KB)} KB`,
      '20 KB',
      geometry.gzip <= 20 * KB,
      `${round(geometry.gzip / (20 * KB), 2)}× the budget`,
    );
  }
  for (const scenario of scenarios.filter((s) => s.task === 'bars' && !s.intlWarm)) {
    const r = ratios[scenario.id];
    if (!r) {
      add(
        `speed-${scenario.id}`,
        `Speed: ${scenario.label}`,
        'no result',
        '',
        false,
        'not measured',
      );
      continue;
    }
    const floorOk = r.floor ? r.floor.ratio <= 1.3 : false;
    const peerOk = r.bestPeer ? r.bestPeer.ratio < 1 : false;
    const cpu = cpuRatios[scenario.id];
    add(
      `speed-${scenario.id}`,
      `Speed: ${scenario.label} ≤ 1.3× floor and faster than every peer`,
      `${r.floor ? round(r.floor.ratio, 2) : '?'}× floor; ${r.bestPeer ? round(r.bestPeer.ratio, 2) : '?'}× best peer (${r.bestPeer?.name ?? '—'})`,
      '≤ 1.3× floor, < 1× best peer',
      floorOk && peerOk,
      `floor ${floorOk ? 'met' : 'missed'}, peers ${peerOk ? 'met' : 'missed'}; main-thread CPU: ${cpu?.floor ? round(cpu.floor.ratio, 2) : '?'}× floor, ${cpu?.bestPeer ? round(cpu.bestPeer.ratio, 2) : '?'}× best peer`,
    );
  }
  if (ratios.map?.floor) {
    add(
      'speed-map',
      'Speed: map ≤ 1.2× the plain d3-geo map',
      `${round(ratios.map.floor.ratio, 2)}×`,
      '≤ 1.2×',
      ratios.map.floor.ratio <= 1.2,
      `best peer: ${round(ratios.map.bestPeer?.ratio ?? NaN, 2)}× (${ratios.map.bestPeer?.name ?? '—'}); main-thread CPU: ${round(cpuRatios.map?.floor?.ratio ?? NaN, 2)}× the d3-geo map`,
    );
  }
  const big = stat(speed, memoryScenario, 'dealboard', 'longTasks');
  if (big) {
    add(
      'long-task',
      'N = 10,000 bars without a long task over 100 ms',
      `longest ${big.longestMs} ms`,
      '≤ 100 ms',
      big.longestMs <= 100,
      `median ${big.count.median} long task(s) per render`,
    );
  }
  for (const [key, label] of [
    ['heap', 'Memory: JS heap at N = 10,000 ≤ lightest SVG peer'],
    ['elements', 'Memory: DOM elements at N = 10,000 ≤ lightest SVG peer'],
  ]) {
    const m = memoryRatios[key];
    if (!m?.lightestSvgPeer) continue;
    const own = stat(speed, memoryScenario, 'dealboard', key).median;
    add(
      `memory-${key}`,
      label,
      key === 'heap' ? `${round(own / 1e6)} MB` : String(own),
      `${key === 'heap' ? `${round(m.lightestSvgPeer.value / 1e6)} MB` : m.lightestSvgPeer.value} (${m.lightestSvgPeer.name})`,
      m.lightestSvgPeer.ratio <= 1,
      `${round(m.lightestSvgPeer.ratio, 2)}× the lightest SVG peer`,
    );
  }
  return { speed, ratios, cpuRatios, memoryRatios, weightRatios, targets, failures };
}

const kb = (bytes) => `${round(bytes / KB)}`;
const ms = (s) =>
  s
    ? `${s.median < 10 ? round(s.median, 1) : Math.round(s.median)} (${round(s.min, 1)}–${round(s.max, 1)})`
    : '—';
const times = (r) => (r ? `${round(r.ratio, 2)}×` : '—');

/** The results as markdown: header, targets, speed, weight, memory, versions, notes. */
export function toMarkdown(result) {
  const { meta, contestants, scenarios, analysis, weights, cdn, dropped } = result;
  const { speed, ratios, memoryRatios, weightRatios, targets, failures } = analysis;
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  const name = (c) => (c.kind === 'dealboard' ? `**${c.name}**` : c.name);
  lines.push(
    '# Dealboard bench results',
    '',
    `Run ${meta.date} on ${meta.machine.cores} cores (${meta.machine.cpu}), ${meta.machine.memoryGb} GB RAM, ${meta.machine.os}; ` +
      `${meta.chromium} (headless), Node ${meta.node}; 1-minute load average ${meta.machine.loadAverage.start} at the start, ${meta.machine.loadAverage.end} at the end. ` +
      `${meta.samples} samples per figure, each in a fresh incognito context; medians with min–max. ` +
      'Speed is only meaningful as ratios within one run.',
    '',
    '## Targets (issue #9)',
    '',
  );
  row(['Target', 'Dealboard', 'Limit', 'Result', 'Detail']);
  row(['---', '---', '---', '---', '---']);
  for (const t of targets) row([t.label, t.value, t.limit, t.pass ? 'pass' : '**FAIL**', t.detail]);

  const cold = scenarios.filter((s) => !s.intlWarm);
  const warm = scenarios.filter((s) => s.intlWarm && Object.keys(speed[s.id] ?? {}).length);
  const speedTable = (key, rs, list = cold) => {
    row(['Contestant', ...list.map((s) => s.label)]);
    row(['---', ...list.map(() => '---:')]);
    for (const c of contestants) {
      if (!list.some((s) => c.entries[s.task])) continue;
      row([
        name(c),
        ...list.map((s) => (c.entries[s.task] ? ms(speed[s.id]?.[c.id]?.[key]) : 'n/a')),
      ]);
    }
    row([
      'Dealboard ÷ best peer',
      ...list.map((s) =>
        rs[s.id]?.bestPeer ? `${times(rs[s.id].bestPeer)} (${rs[s.id].bestPeer.name})` : '—',
      ),
    ]);
    row(['Dealboard ÷ floor', ...list.map((s) => (rs[s.id]?.floor ? times(rs[s.id].floor) : '—'))]);
  };
  lines.push('', '## Speed: first render and update (ms)', '');
  lines.push(
    'From the mount call to the second animation frame after it (layout and paint included), wall clock. Lower is better. ' +
      'At small N this is counted in frames (16.7 ms each): two frames is the least any contestant can take.',
    '',
  );
  speedTable('ms', ratios);
  lines.push('', '## Main-thread CPU time over the same steps (ms)', '');
  lines.push(
    'CPU time of the page’s main thread from CDP `Performance.getMetrics` (`ThreadTime`) over the same timed step: ' +
      'script, style, layout and paint, without waiting for frames, and unlike the wall clock not inflated when other processes take the CPU. ' +
      'A cross-check of the ratios above; the targets use the wall clock, as issue #9 defines them.',
    '',
  );
  speedTable('cpuMs', analysis.cpuRatios);
  if (warm.length) {
    lines.push(
      '',
      '## Main-thread CPU time on a page that already uses `Intl` (ms, a cross-check)',
      '',
    );
    lines.push(
      'The same first renders, on a page that has formatted a number and a date with `Intl` before the clock starts, ' +
        'as most pages that show numbers have: the browser’s one-time locale set-up (ICU data) is then already done. ' +
        'Dealboard formats amounts, dates and country names with `Intl` in the reader’s locale; the floor and Plot ' +
        'are given a hand-written number format and Chart.js formats its ticks with `Intl`. ' +
        'Main-thread CPU time, to compare with the table above (the wall clock, less steady, is in the JSON); ' +
        'the targets use the fresh page.',
      '',
    );
    speedTable('cpuMs', analysis.cpuRatios, warm);
  }

  lines.push('', '## Weight (KB, min / gzip)', '');
  lines.push(
    'Each contestant’s smallest realistic bundle per chart, built the same way (esbuild: bundle, tree-shake, minify, ES module; gzip level 9). ' +
      'Maps include the world-atlas 110m geometry. For Dealboard: the element’s own entry (`@dealboard/widgets/<element>.js` bundled with its dependencies), ' +
      'what loads with it; lazily loaded chunks are listed apart.',
    '',
  );
  row(['Contestant', 'Bar chart', 'Timeline', 'Map (with geometry)']);
  row(['---', '---:', '---:', '---:']);
  const weightCell = (w) => (w ? `${kb(w.min)} / ${kb(w.gzip)}` : '—');
  for (const c of contestants) {
    const w = weights[c.id];
    if (!w) continue;
    if (c.kind === 'dealboard') {
      const chunks = mapChunks(w.map?.userEntry).map(
        (l) => ` + ${/world-110m/.test(l.file) ? 'geometry' : 'd3-geo'} chunk ${weightCell(l)}`,
      );
      row([
        `**Dealboard element entry**`,
        weightCell(w.bars?.userEntry?.weight),
        weightCell(w.timeline?.userEntry?.weight),
        `${weightCell(w.map?.userEntry?.weight)}${chunks.join('')}`,
      ]);
      continue;
    }
    row([
      name(c),
      weightCell(w.bars?.weight),
      weightCell(w.timeline?.weight),
      weightCell(w.map?.weight),
    ]);
  }
  if (cdn) {
    row([
      '**Dealboard CDN bundle** (`dealboard.min.js`, all elements)',
      weightCell(cdn),
      '',
      cdn.chunks.length
        ? `chunks: ${cdn.chunks.map((ch) => `${chunkName(basename(ch.file))} ${weightCell(ch)}`).join(', ')}`
        : '',
    ]);
  }
  const wr = (task, key) =>
    weightRatios[task]?.[key]
      ? `${times(weightRatios[task][key])}${key === 'bestPeer' ? ` (${weightRatios[task][key].name})` : ''}`
      : '—';
  row([
    'Dealboard ÷ best peer (gzip; map with its geometry and d3-geo chunks)',
    wr('bars', 'bestPeer'),
    wr('timeline', 'bestPeer'),
    wr('map', 'bestPeer'),
  ]);
  row([
    'Dealboard ÷ floor (gzip)',
    wr('bars', 'floor'),
    wr('timeline', 'floor'),
    wr('map', 'floor'),
  ]);

  const parts = ['bars', 'timeline', 'map'].map(
    (t) => weights.dealboard?.[t]?.userEntry?.composition,
  );
  if (parts.some(Boolean)) {
    lines.push(
      '',
      '### What Dealboard’s element entries are made of (KB minified, before gzip)',
      '',
    );
    row(['From', 'deal-value-chart.js', 'delivery-tracker.js', 'country-stance-map.js']);
    row(['---', '---:', '---:', '---:']);
    const groups = [...new Set(parts.flatMap((p) => Object.keys(p ?? {})))].filter((g) =>
      parts.some((p) => (p?.[g] ?? 0) > 0),
    );
    groups.sort((a, b) => (parts[0]?.[b] ?? 0) - (parts[0]?.[a] ?? 0));
    for (const g of groups) row([g, ...parts.map((p) => (p?.[g] ? kb(p[g]) : '—'))]);
  }

  const memoryScenario = scenarios.find((s) => s.memory);
  if (memoryScenario) {
    lines.push('', `## Memory and long tasks: ${memoryScenario.label}`, '');
    lines.push(
      'JS heap in use after the render and two forced garbage collections (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`; includes the library’s code and the data it keeps); ' +
        'growth: over the page before the data was fetched, so it counts what the contestant keeps, its input included; ' +
        'input: the heap the parsed input alone takes (measured before the mount, while the harness holds it): Dealboard takes a whole dataset (deals with value claims, sources and citations), the peers plain label–value rows, so their inputs differ in weight; ' +
        'DOM elements in the document, shadow roots included; long tasks (> 50 ms) seen by a `PerformanceObserver` during the render.',
      '',
    );
    row([
      'Contestant',
      'Heap (MB)',
      'Heap growth (MB)',
      'Input alone (MB)',
      'DOM elements',
      'Long tasks',
      'Longest (ms)',
    ]);
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
    const mb = (s) =>
      s ? `${round(s.median / 1e6)} (${round(s.min / 1e6)}–${round(s.max / 1e6)})` : '—';
    for (const c of contestants) {
      const m = speed[memoryScenario.id]?.[c.id];
      if (!m) continue;
      row([
        name(c),
        mb(m.heap),
        mb(m.heapGrowth),
        mb(m.inputHeap),
        m.elements ? String(m.elements.median) : '—',
        String(m.longTasks.count.median),
        String(m.longTasks.longestMs),
      ]);
    }
    const mr = (key, which) => {
      const r = memoryRatios[key]?.[which];
      return r ? `${times(r)}${r.name ? ` (${r.name})` : ''}` : '—';
    };
    row([
      'Dealboard ÷ lightest SVG peer',
      mr('heap', 'lightestSvgPeer'),
      '',
      '',
      mr('elements', 'lightestSvgPeer'),
      '',
      '',
    ]);
    row([
      'Dealboard ÷ best peer',
      mr('heap', 'bestPeer'),
      '',
      '',
      mr('elements', 'bestPeer'),
      '',
      '',
    ]);
    row(['Dealboard ÷ floor', mr('heap', 'floor'), '', '', mr('elements', 'floor'), '', '']);
  }

  lines.push('', '## Versions', '');
  row(['Package', 'Version']);
  row(['---', '---']);
  for (const [pkg, version] of Object.entries(meta.versions)) row([`\`${pkg}\``, version]);

  lines.push('', '## Notes', '');
  for (const note of meta.notes) lines.push(`- ${note}`);
  for (const d of dropped) lines.push(`- Dropped **${d.name}**: ${d.reason}.`);
  for (const f of failures) lines.push(`- ${f.id} failed in ${f.scenario}: ${f.error}`);
  lines.push('');
  return lines.join('\n');
}
