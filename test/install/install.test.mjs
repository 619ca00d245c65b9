// Proof by installation (issue #7). The three packages are packed with
// `npm pack` and installed from the tarballs into ONE temporary folder outside
// the workspace, with no way back to the workspace's node_modules, together
// with Vite 7, React 19 and TypeScript from the registry. Then:
//   1. a plain HTML page uses the CDN file only, served from the unpacked tarball;
//   2. a Vite host app imports one element: it builds, renders, and its bundle
//      holds neither the other elements nor the map geometry;
//   2b. a Vite host app shows the map: its outlines and d3-geo code are chunks
//      of their own, fetched by the map, which draws;
//   3. a React 19 app on @dealboard/react type-checks, builds, renders, and its
//      onDealboardSelect handler receives a real click;
//   4. a TypeScript consumer type-checks `createElement('deal-value-chart').data`;
//   5. Node without a DOM imports @dealboard/dataset and @dealboard/widgets.
// Pages run in headless Chromium (puppeteer-core, the workspace's browser set-up).
// Needs built packages (`npm run build`). Run: `npm run test:install`.
/* global document, customElements -- code that runs in the page, via puppeteer */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, root } from '../../scripts/setup.mjs';
import { openPage, serve, waitForMarks } from '../pages.mjs';
import { dataset } from '@dealboard/dataset';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const keep = process.env.KEEP_INSTALL_DIR === '1';
const packages = ['dataset', 'widgets', 'react'];
const OTHER_TAGS = ['delivery-tracker', 'country-stance-map', 'dealboard-timeline-slider'];
/** Strings only the map geometry chunk has. */
const GEOMETRY_MARKERS = ['GeometryCollection', 'Topology'];

/** Versions the consumers install. Rollup and esbuild are held to the
 * workspace's (newer ones may lack their per-platform binaries here). */
const registryDeps = {
  '@types/react': '^19.2.0',
  '@types/react-dom': '^19.2.0',
  react: '^19.2.0',
  'react-dom': '^19.2.0',
  typescript: '~5.9.3',
  vite: '^7.3.0',
};
const lockedVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

let work; // the temporary folder
let app; // the consumer project: one node_modules for every consumer
let tarballs; // package name → tarball path
let browser;

/**
 * The environment of a consumer: nothing that points into the workspace (what
 * `npm run` exports about this package and its folder), while the user's npm
 * settings (registry, cache, certificates) stay.
 */
const WORKSPACE_ENV =
  /^(npm_package_|npm_lifecycle_|npm_command$|npm_config_(local_prefix|prefix|workspaces?|include_workspace_root|call)$|INIT_CWD$|NODE_PATH$|NODE_OPTIONS$)/i;
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!WORKSPACE_ENV.test(key)) env[key] = value;
  }
  return { ...env, PUPPETEER_SKIP_DOWNLOAD: '1', NO_COLOR: '1', ...extra };
}

/** Runs a command; throws with its output when it fails. Returns stdout. */
function sh(command, args, { cwd, env = cleanEnv(), timeout = 180_000 } = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}) in ${cwd}:\n${output}`,
    );
  }
  return { stdout: result.stdout, output, seconds };
}

/** Opens a page in this suite's browser and collects what went wrong on it. */
const open = (url) => openPage(browser, url);

/** Every file under `dir`, as paths relative to it. */
function walk(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const vite = (args, cwd) =>
  sh(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), ...args], { cwd });
/** Builds the fixture app in `fixture/` with Vite into out-<fixture>/; returns that folder. */
function viteBuild(t, fixture) {
  const out = join(work, `out-${fixture}`);
  const build = vite(
    ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    join(app, fixture),
  );
  t.diagnostic(`vite build: ${build.seconds} s`);
  return out;
}
const tsc = (args) =>
  sh(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), ...args], { cwd: app });

before(async () => {
  for (const name of packages) {
    assert.ok(
      existsSync(join(root, 'packages', name, 'dist', 'index.js')),
      `packages/${name}/dist is missing: run \`npm run build\` first`,
    );
  }
  work = mkdtempSync(join(tmpdir(), 'dealboard-install-'));
  // Node looks for node_modules in every parent folder: none may exist there.
  for (let dir = dirname(work); ; dir = dirname(dir)) {
    assert.ok(!existsSync(join(dir, 'node_modules')), `${dir}/node_modules would leak in`);
    if (dirname(dir) === dir) break;
  }
  assert.ok(!work.startsWith(root), 'the temporary folder is outside the workspace');

  // The tarballs, exactly as `npm publish` would upload them.
  const packDir = join(work, 'tarballs');
  mkdirSync(packDir);
  const { stdout } = sh(
    'npm',
    [
      'pack',
      '--json',
      '--ignore-scripts',
      '--pack-destination',
      packDir,
      ...packages.flatMap((name) => ['-w', `packages/${name}`]),
    ],
    { cwd: root, env: cleanEnv() },
  );
  tarballs = Object.fromEntries(
    JSON.parse(stdout).map((entry) => [entry.name, join(packDir, entry.filename)]),
  );

  // One consumer project for Vite, React, TypeScript and Node.
  app = join(work, 'app');
  cpSync(fixtures, app, { recursive: true });
  const file = (name) => `file:${tarballs[name]}`;
  const manifest = {
    name: 'dealboard-consumer',
    private: true,
    type: 'module',
    dependencies: {
      '@dealboard/dataset': file('@dealboard/dataset'),
      '@dealboard/react': file('@dealboard/react'),
      '@dealboard/widgets': file('@dealboard/widgets'),
      ...registryDeps,
    },
    // The tarballs' own dependencies on each other resolve to the tarballs,
    // not to the registry.
    overrides: {
      '@dealboard/dataset': '$@dealboard/dataset',
      '@dealboard/widgets': '$@dealboard/widgets',
      esbuild: lockedVersion('esbuild'),
      rollup: lockedVersion('rollup'),
    },
  };
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  const install = sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    { cwd: app, timeout: 240_000 },
  );
  console.log(`npm install in ${app}: ${install.seconds} s`);
  for (const name of Object.keys(tarballs)) {
    const installed = join(app, 'node_modules', name);
    assert.ok(existsSync(join(installed, 'package.json')), `${name} installed`);
  }

  const executablePath = findChrome();
  assert.ok(executablePath, 'no Chromium found: set CHROME_PATH');
  browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  if (work && !keep) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
});

test('1. CDN: one <script type="module"> from the unpacked tarball, no build step', async (t) => {
  const unpacked = join(work, 'cdn');
  mkdirSync(unpacked);
  sh('tar', ['-xzf', tarballs['@dealboard/widgets'], '-C', unpacked], { cwd: work });
  const dist = join(unpacked, 'package', 'dist');
  const server = await serve({ '/lib/': dist, '/': join(fixtures, 'cdn') });
  try {
    const { page, problems } = await open(`${server.url}/index.html`);
    const defined = await page.evaluate(() =>
      ['deal-value-chart', 'delivery-tracker', 'country-stance-map', 'dealboard-timeline-slider']
        .filter((tag) => customElements.get(tag))
        .sort(),
    );
    t.diagnostic(`registered by dealboard.min.js: ${defined.join(', ')}`);
    assert.ok(defined.includes('deal-value-chart'), '<deal-value-chart> is registered');
    const marks = await waitForMarks(page, 'deal-value-chart');
    t.diagnostic(`<deal-value-chart>: ${marks} marks`);
    if (defined.includes('delivery-tracker')) {
      t.diagnostic(`<delivery-tracker>: ${await waitForMarks(page, 'delivery-tracker')} marks`);
    }
    assert.ok(defined.includes('dealboard-timeline-slider'), 'the slider is registered');
    const slider = await page.waitForFunction(
      () =>
        document
          .querySelector('dealboard-timeline-slider')
          ?.shadowRoot?.querySelector('input[type=range]'),
      { timeout: 10_000 },
    );
    assert.ok(slider, 'the slider renders its range input');
    // Only the CDN file and its own chunks were loaded.
    const scripts = server.requests.filter((path) => path.endsWith('.js'));
    assert.ok(
      scripts.every((path) => path.startsWith('/lib/dealboard')),
      scripts.join(', '),
    );
    assert.ok(
      !scripts.some((path) => /world|-geo-/.test(path)),
      `no map on the page: neither the geometry nor the d3-geo chunk is downloaded (${scripts.join(', ')})`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('1b. CDN: the map geometry and d3-geo code are sibling chunks, loaded only by a page with a map', async (t) => {
  const dist = join(work, 'cdn', 'package', 'dist');
  const chunks = readdirSync(dist).filter((f) => /^dealboard-.*\.min\.js$/.test(f));
  const server = await serve({ '/lib/': dist, '/': join(fixtures, 'cdn') });
  try {
    const { page, problems } = await open(`${server.url}/map.html`);
    const hasMap = await page.evaluate(() => Boolean(customElements.get('country-stance-map')));
    assert.ok(hasMap, 'dealboard.min.js registers <country-stance-map>');
    for (const [part, what] of [
      ['world', 'geometry'],
      ['-geo-', 'd3-geo'],
    ]) {
      assert.ok(
        chunks.some((f) => f.includes(part)),
        `a ${what} chunk next to the CDN file (found: ${chunks.join(', ') || 'none'})`,
      );
    }
    const marks = await waitForMarks(page, 'country-stance-map');
    t.diagnostic(`<country-stance-map>: ${marks} marks`);
    for (const part of ['world', '-geo-']) {
      const loaded = server.requests.filter((path) => path.includes(part));
      assert.equal(loaded.length, 1, `the ${part} chunk is fetched once, relative to the CDN file`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('2. Vite host app importing one element: builds, renders, carries nothing else', async (t) => {
  const out = viteBuild(t, 'vite-element');
  const files = walk(out);
  const scripts = files.filter((f) => f.endsWith('.js'));
  t.diagnostic(`output: ${files.join(', ')}`);
  for (const file of scripts) {
    const code = readFileSync(join(out, file), 'utf8');
    for (const tag of OTHER_TAGS) {
      assert.ok(!code.includes(`"${tag}"`) && !code.includes(`'${tag}'`), `${file} has <${tag}>`);
    }
    for (const marker of GEOMETRY_MARKERS) {
      assert.ok(!code.includes(marker), `${file} has the map geometry (${marker})`);
    }
  }
  assert.ok(!files.some((f) => /world|geometry/.test(f)), 'no geometry chunk in the output');

  const server = await serve({ '/': out });
  try {
    const { page, problems } = await open(`${server.url}/`);
    const marks = await waitForMarks(page, 'deal-value-chart');
    t.diagnostic(`<deal-value-chart>: ${marks} marks`);
    const defined = await page.evaluate(() =>
      ['delivery-tracker', 'country-stance-map', 'dealboard-timeline-slider'].filter((tag) =>
        customElements.get(tag),
      ),
    );
    assert.deepEqual(defined, [], 'only <deal-value-chart> is registered');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('2b. Vite host app showing the map: outlines and d3-geo are chunks the map fetches, and it draws', async (t) => {
  const out = viteBuild(t, 'vite-map');
  const scripts = walk(out).filter((f) => f.endsWith('.js'));
  t.diagnostic(`output: ${scripts.join(', ')}`);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const entry = scripts.find((f) => html.includes(f));
  assert.ok(entry, 'index.html loads an entry chunk');
  const code = (file) => readFileSync(join(out, file), 'utf8');
  // `Sphere` is a GeoJSON type only d3-geo's streams name; the outlines carry their markers.
  const holding = (marker) => scripts.filter((f) => code(f).includes(marker));
  assert.ok(!code(entry).includes('Sphere'), 'd3-geo is not in the entry');
  assert.equal(holding('Sphere').length, 1, 'd3-geo is in a chunk of its own');
  for (const marker of GEOMETRY_MARKERS) {
    assert.ok(!code(entry).includes(marker), `the entry has no geometry (${marker})`);
  }

  const server = await serve({ '/': out });
  try {
    const { page, problems } = await open(`${server.url}/`);
    const marks = await waitForMarks(page, 'country-stance-map');
    t.diagnostic(`<country-stance-map>: ${marks} marks`);
    const fetched = server.requests.filter((path) => path.endsWith('.js'));
    for (const chunk of [...holding('Sphere'), ...holding(GEOMETRY_MARKERS[0])]) {
      assert.ok(fetched.includes(`/${chunk}`), `the map fetched ${chunk} (${fetched.join(', ')})`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('3. React 19 app on @dealboard/react: tsc --noEmit, vite build, renders its data, onDealboardSelect', async (t) => {
  const check = tsc(['--noEmit', '-p', 'react/tsconfig.json']);
  t.diagnostic(`tsc --noEmit: ${check.seconds} s`);
  const out = viteBuild(t, 'react');
  const code = walk(out)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, f), 'utf8'))
    .join('\n');
  const carried = OTHER_TAGS.filter(
    (tag) => code.includes(`"${tag}"`) || code.includes(`'${tag}'`),
  );
  t.diagnostic(`other elements in the React bundle: ${carried.join(', ') || 'none'}`);
  assert.deepEqual(carried, [], 'importing one component from the root keeps the others out');

  const server = await serve({ '/': out });
  try {
    const { page, problems } = await open(`${server.url}/`);
    const marks = await waitForMarks(page, 'deal-value-chart');
    t.diagnostic(`<deal-value-chart> in React: ${marks} marks`);
    const mark = await page.evaluateHandle(() =>
      document.querySelector('deal-value-chart').shadowRoot.querySelector('.mark[data-id]'),
    );
    const id = await mark.evaluate((element) => element.getAttribute('data-id'));
    await mark.click(); // a real mouse click at the mark's centre
    await page.waitForFunction(() => document.querySelector('#selected')?.textContent !== '', {
      timeout: 10_000,
    });
    const selected = await page.$eval('#selected', (element) => element.textContent);
    assert.equal(selected, id, 'onDealboardSelect received the clicked deal');
    // The selection re-rendered the app, which set the same data object again.
    assert.equal(
      await page.$eval('#error-events', (element) => element.textContent),
      '1',
      'the skipped deal was reported once, not again on the re-render',
    );
    assert.equal(marks, dataset.deals.length - 1, 'every deal but the skipped one shows');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('4. TypeScript consumer: createElement(…).data is checked against the exported types', (t) => {
  for (const config of ['ts/tsconfig.json', 'ts/tsconfig.bundler.json']) {
    const check = tsc(['--noEmit', '-p', config]);
    t.diagnostic(`tsc -p ${config}: ${check.seconds} s`);
  }
});

test('5. Node without a DOM: @dealboard/dataset works, @dealboard/widgets and @dealboard/react import', (t) => {
  const { stdout } = sh(process.execPath, ['node/ssr.mjs'], { cwd: app });
  const report = JSON.parse(stdout);
  assert.ok(report.dataset.deals > 0, 'the bundled dataset has deals');
  assert.equal(report.datasetJson, report.dataset.deals, 'dataset.json matches');
  for (const [entry, result] of Object.entries(report)) {
    if (!entry.startsWith('@dealboard/')) continue;
    t.diagnostic(`${entry}: ${result.ok ? 'ok' : result.error.split('\n')[0]}`);
  }
  const failed = Object.entries(report).filter(([, result]) => result.ok === false);
  assert.deepEqual(
    failed.map(([entry, result]) => `${entry}: ${result.error}`),
    [],
    'every entry imports in Node',
  );
  assert.equal(
    report.reactSsr,
    '<deal-value-chart></deal-value-chart>',
    'React renders it on a server',
  );
});
