// The demo page as a visitor gets it: demo-dist/ (built by `npm run build`:
// the page, its script and style, the CDN file and its chunks under lib/, the
// dataset under data/), served as static files and opened in headless
// Chromium under the page's own Content-Security-Policy. Every widget on it
// must draw (or, for the deliberately broken examples, say why not), the
// snippets must show the markup that runs, and the controls and the event log
// must work. Run: `node --test test/demo/demo.test.mjs`.
/* global document, window -- code that runs in the page, via puppeteer */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, root } from '../../scripts/setup.mjs';
import { openPage, serve } from '../pages.mjs';

const demo = join(root, 'demo-dist');
const TAGS = ['deal-value-chart', 'delivery-tracker', 'country-stance-map'];
/** The example that fetches a missing file on purpose. */
const MISSING = '/data/does-not-exist.json';

let browser;
let server;

before(async () => {
  assert.ok(
    existsSync(join(demo, 'index.html')),
    'demo-dist is missing: run `npm run build` first',
  );
  const executablePath = findChrome();
  assert.ok(executablePath, 'no Chromium found (npm test installs one)');
  browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
  // axe-core from the workspace, served from the page's own origin so the CSP lets it run.
  server = await serve({ '/': demo, '/axe/': join(root, 'node_modules', 'axe-core') });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The demo, with CSP violations recorded from the first script on. */
async function openDemo() {
  const { page, problems } = await openPage(browser, 'about:blank');
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
  return { page, problems };
}

/** What each widget on the page shows once it has settled: marks, an error, or a slider. */
function widgetStates(page) {
  return page.evaluate((tags) => {
    const states = [];
    for (const el of document.querySelectorAll([...tags, 'dealboard-timeline-slider'].join(','))) {
      const root = el.shadowRoot;
      states.push({
        tag: el.localName,
        heading: el.getAttribute('heading') ?? el.id ?? '',
        marks: root?.querySelectorAll('.mark').length ?? 0,
        error: root?.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        notice: Boolean(root?.querySelector('[part~="notice"]')),
        slider: Boolean(root?.querySelector('input[type="range"]')),
      });
    }
    return states;
  }, TAGS);
}

test('every widget on the demo page draws, under its CSP, with no errors', async () => {
  const { page, problems } = await openDemo();
  // Settled: every widget shows marks, an error panel, or (the slider) its range.
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll([...tags, 'dealboard-timeline-slider'].join(','))].every(
        (el) =>
          el.shadowRoot?.querySelector('.mark, [role="alert"], input[type="range"]') &&
          !el.shadowRoot.querySelector('.loading'),
      ),
    { timeout: 30_000 },
    TAGS,
  );
  const states = await widgetStates(page);
  for (const tag of [...TAGS, 'dealboard-timeline-slider']) {
    assert.ok(
      states.some((s) => s.tag === tag),
      `the demo shows a <${tag}>`,
    );
  }
  for (const state of states) {
    if (state.heading === 'A URL that fails') {
      assert.match(state.error, /does-not-exist\.json/, 'the failing URL is named in its error');
    } else if (state.tag === 'dealboard-timeline-slider') {
      assert.ok(state.slider, 'the timeline slider shows its range');
    } else {
      assert.equal(state.error, '', `${state.tag} "${state.heading}" shows no error`);
      assert.ok(state.marks > 0, `${state.tag} "${state.heading}" draws marks`);
    }
  }
  const invalid = states.find((s) => s.heading.startsWith('Invalid records'));
  assert.deepEqual(
    [invalid.marks, invalid.notice],
    [1, true],
    'the invalid example shows its one good deal and a notice',
  );
  // The broken examples report here too: in a line, with the count and the first problem.
  const log = await page.$eval('#event-log', (el) => el.textContent);
  assert.match(log, /^dealboard-error from <[a-z-]+>( “[^”]+”)?: \d+ problems?, first: \//);
  assert.ok(log.length <= 200, `${log.length} characters`);
  // The only request that may fail is the one the demo makes fail.
  assert.deepEqual(
    problems.filter((p) => !p.includes(MISSING)),
    [],
  );
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  // Each snippet shows the markup of the example it sits under.
  const snippets = await page.evaluate(() =>
    [...document.querySelectorAll('.example[data-snippet]')].map((example) => ({
      id: example.dataset.snippet,
      tags: [...example.children].map((child) => child.localName),
      code: document.getElementById(example.dataset.snippet)?.textContent ?? '',
    })),
  );
  assert.ok(snippets.length >= 6, `${snippets.length} snippets`);
  for (const { id, tags, code } of snippets) {
    assert.match(code, /dealboard\.min\.js/, `${id} shows the script tag`);
    for (const tag of tags.filter((t) => t.includes('-'))) {
      assert.ok(code.includes(`<${tag}`), `${id} shows <${tag}>`);
    }
  }
  await page.close();
});

test('the demo page is axe-clean, with the page light and dark', async () => {
  const { page } = await openDemo();
  await page.setViewport({ width: 1280, height: 900 });
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every(
        (el) =>
          el.shadowRoot?.querySelector('.mark, [role="alert"]') &&
          !el.shadowRoot.querySelector('.loading'),
      ),
    { timeout: 30_000 },
    TAGS,
  );
  await page.addScriptTag({ url: '/axe/axe.min.js' });
  const violations = () =>
    page.evaluate(async () =>
      (await window.axe.run(document)).violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`,
      ),
    );
  assert.deepEqual(await violations(), [], 'light page');
  // The page's dark switch: the page and the dashboard's widgets turn dark.
  await page.click('#dark-page');
  await page.waitForFunction(
    () => document.querySelector('#dashboard deal-value-chart').getAttribute('theme') === 'dark',
  );
  assert.deepEqual(await violations(), [], 'dark page');
  await page.close();
});

test('the demo controls set attributes and snippets, and the event log shows a selection', async () => {
  const { page } = await openDemo();
  await page.waitForFunction(
    () => document.querySelector('#chart-demo')?.shadowRoot?.querySelector('.mark .focus-ring'),
    { timeout: 30_000 },
  );
  // The chart's locale control: attribute, snippet, and the chart's own numbers.
  await page.select('form[data-target="chart-demo"] select[name="locale"]', 'de');
  await page.waitForFunction(
    () =>
      [...document.querySelector('#chart-demo').shadowRoot.querySelectorAll('.value')].some(
        (text) => /Mrd\./.test(text.textContent),
      ),
    { timeout: 10_000 },
  );
  const chart = await page.evaluate(() => ({
    locale: document.querySelector('#chart-demo').getAttribute('locale'),
    snippet: document.getElementById('chart-snippet').textContent,
  }));
  assert.equal(chart.locale, 'de');
  assert.match(chart.snippet, /locale="de"/);

  // A real click on a deal in the linked dashboard: the event log says so,
  // and the dashboard's map highlights the buyer.
  const box = await page.evaluate(() => {
    const mark = document
      .querySelector('#dashboard deal-value-chart')
      .shadowRoot.querySelector('.mark .focus-ring');
    mark.scrollIntoView({ block: 'center' });
    const r = mark.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.waitForFunction(
    () => document.getElementById('event-log').textContent.startsWith('dealboard-select'),
    { timeout: 10_000 },
  );
  const log = await page.$eval('#event-log', (el) => el.textContent);
  assert.match(
    log,
    /^dealboard-select from <deal-value-chart> “Value of arms deals”: \{"kind":"deal"/,
  );
  const [, buyer] = log.match(/"country":"([A-Z]{3})"/);
  await page.waitForFunction(
    (code) =>
      document
        .querySelector('#dashboard country-stance-map')
        .shadowRoot.querySelector(`path.mark.linked[data-id="${code}"]`),
    { timeout: 10_000 },
    buyer,
  );
  await page.close();
});

test('the built widgets keep the spaces their templates write (the tracker’s lane headings)', async () => {
  const { page } = await openDemo();
  await page.waitForFunction(
    () => document.querySelector('#dashboard delivery-tracker')?.shadowRoot?.querySelector('.lane'),
    { timeout: 30_000 },
  );
  // The build minifies the templates; the element tests run the sources. The
  // heading is two <tspan>s, the second starting with " · ".
  const headings = await page.evaluate(() =>
    [
      ...document
        .querySelector('#dashboard delivery-tracker')
        .shadowRoot.querySelectorAll('.lane-text text:first-of-type'),
    ].map((text) => text.textContent),
  );
  assert.ok(
    headings.includes('China ← Russia, S-400 Triumf · deliveries suspended'),
    headings.join(' | '),
  );
  await page.close();
});
