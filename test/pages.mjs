// Helpers for the suites that drive real pages in headless Chromium
// (puppeteer-core): the install proof and the demo page.
/* global document -- code that runs in the page, via puppeteer */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** A tiny static server on 127.0.0.1; `mounts` maps URL prefixes to folders. */
export async function serve(mounts) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.css': 'text/css',
    '.map': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    const base = prefix && mounts[prefix];
    let file = base && normalize(join(base, path.slice(prefix.length)));
    if (file && path.endsWith('/')) file = join(file, 'index.html');
    if (!file || !file.startsWith(base + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections(); // the browser keeps connections alive
    });
  return { url, requests, close };
}

/** Opens a page and collects what went wrong on it (errors, failed requests, HTTP errors). */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || message.location()?.url?.endsWith('/favicon.ico')) return;
    problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until `<tag>`'s shadow root has marks (`.mark`); returns how many. */
export async function waitForMarks(page, tag) {
  await page.waitForFunction(
    (name) => (document.querySelector(name)?.shadowRoot?.querySelectorAll('.mark').length ?? 0) > 0,
    { timeout: 30_000 },
    tag,
  );
  return page.evaluate(
    (name) => document.querySelector(name).shadowRoot.querySelectorAll('.mark').length,
    tag,
  );
}
