// The build minifies the HTML inside Lit's templates in the published files
// (scripts/minify-templates.mjs). Whitespace that separates words must survive
// it: html-minifier knows HTML's inline elements but not SVG's, and once
// dropped the space that begins a <tspan>, so the tracker's lane heading read
// "S-400 Triumf· deliveries suspended" in the build while the tests, which
// run the TypeScript sources, read it with the space.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyFile } from '../../../../scripts/minify-templates.mjs';

async function minified(source) {
  const dir = mkdtempSync(join(tmpdir(), 'dealboard-minify-'));
  try {
    const file = join(dir, 'templates.js');
    writeFileSync(file, source);
    await minifyFile(file);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('template minification keeps the spaces between words, in HTML and SVG', async () => {
  const out = await minified(`import { html, svg } from 'lit';
export const heading = (name, status) => svg\`<text x="0" y="15">
    <tspan class="lane-name">\${name}</tspan><tspan
      class="muted"> · \${status}</tspan>
  </text>\`;
export const note = (message) => html\`<p>
    <strong>Nothing to show.</strong> \${message}
    <span class="visually-hidden"> zoom</span>
  </p>\`;
`);
  assert.match(out, /<tspan class="muted"> · \$\{status\}<\/tspan>/);
  assert.match(out, /<\/strong> \$\{message\}/);
  assert.match(out, /<span class="visually-hidden"> zoom<\/span>/);
  // Still minified: the indentation is gone.
  assert.doesNotMatch(out, /\n\s{4}<tspan/);
  assert.doesNotMatch(out, /\n\s{4}<strong>/);
});
