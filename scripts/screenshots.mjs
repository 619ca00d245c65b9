// `npm run screenshots`: builds the demo, opens it in headless Chromium at a
// desktop and a phone width, light and dark, and writes full-page PNGs to
// screenshots/ (git-ignored), so anyone can look at what users see.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChrome, ensureDependencies, root, run } from './setup.mjs';
import { serveStatic } from './serve.mjs';

ensureDependencies();
const executablePath = ensureChrome();
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);

const server = await serveStatic(join(root, 'demo-dist'), 0);
const { port } = server.address();
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle0' });
      if (scheme === 'dark') await page.click('#dark-page');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const file = join(out, `demo-${width}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
