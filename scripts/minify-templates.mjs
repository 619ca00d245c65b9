// Minifies the HTML and CSS inside Lit's `html`/`css`/`svg` template literals
// of a compiled package (tsc output), in place. Bundlers minify JavaScript but
// leave template strings as they are, so without this every app that bundles
// @dealboard/widgets would ship the templates' indentation and comments.
// Only template contents change; the rest of the code stays readable, and each
// file's source map is rebased so it still points at the TypeScript sources.
//
//   node scripts/minify-templates.mjs packages/widgets/dist
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    // The CDN files are already minified whole by rollup.
    else if (name.endsWith('.js') && !name.endsWith('.min.js')) yield path;
  }
}

/**
 * html-minifier's options over the plugin's defaults. `conservativeCollapse`
 * shortens a run of whitespace to one space but never removes it: the
 * minifier only knows HTML's inline elements, so by default it dropped the
 * space that begins an SVG `<tspan>` (the tracker's lane heading read
 * "S-400 Triumf· deliveries suspended").
 */
const minifyOptions = { conservativeCollapse: true };

/** Minifies one file's templates; returns the bytes saved. */
export async function minifyFile(file) {
  const code = readFileSync(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file, minifyOptions });
  if (!result) return 0;
  writeFileSync(file, result.code);
  const mapFile = `${file}.map`;
  if (existsSync(mapFile) && result.map) {
    // minified → compiled (result.map), then compiled → TypeScript (tsc's map).
    const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
    const rebased = remapping([result.map, tscMap], () => null);
    rebased.file = tscMap.file;
    writeFileSync(mapFile, JSON.stringify(rebased));
  }
  return code.length - result.code.length;
}

export async function minifyDir(dir) {
  let saved = 0;
  for (const file of jsFiles(dir)) saved += await minifyFile(file);
  return saved;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const dir of process.argv.slice(2)) {
    const saved = await minifyDir(dir);
    console.log(
      `minify-templates: ${dir}: ${(saved / 1024).toFixed(1)} KB of template whitespace removed`,
    );
  }
}
