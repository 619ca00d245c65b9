// Publishing checks for @dealboard/widgets (issue #7): publint, attw on the
// packed tarball (ESM-only profile), and the distribution checklist: typed
// per-element entries, sideEffects limited to the modules that register
// elements, the custom-elements manifest, HTMLElementTagNameMap, the CDN file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../../scripts/setup.mjs';
import { attw, distributionProblems, publint } from '../../../../scripts/package-checks.mjs';

const dir = 'packages/widgets';
const tags = {
  'deal-value-chart': 'deal-value-chart',
  'delivery-tracker': 'delivery-tracker',
  'country-stance-map': 'country-stance-map',
  'timeline-slider': 'dealboard-timeline-slider',
};

test('@dealboard/widgets: publint --strict is clean', () => {
  const { ok, output } = publint(dir);
  assert.ok(ok, output);
});

test('@dealboard/widgets: attw --pack --profile esm-only is clean', () => {
  const { ok, output } = attw(dir);
  assert.ok(ok, output);
});

test('@dealboard/widgets: ESM only, typed entry per element, CDN file and manifest in the tarball', () => {
  const { pkg, files, problems } = distributionProblems(dir);
  assert.deepEqual(problems, []);
  for (const entry of Object.keys(tags)) {
    assert.ok(pkg.exports[`./${entry}.js`]?.types, `typed entry ./${entry}.js`);
  }
  assert.ok(files.includes('dist/dealboard.min.js'), 'the CDN file is in the tarball');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(files.includes('custom-elements.json'), 'custom-elements.json is in the tarball');
});

test('@dealboard/widgets: sideEffects keeps only the modules that register elements', () => {
  const { sideEffects } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  assert.ok(Array.isArray(sideEffects), 'sideEffects is a list, so bundlers can drop the rest');
  assert.ok(sideEffects.includes('./dist/define/*.js'));
  assert.ok(!sideEffects.some((glob) => /dist\/\*\*|^\*|dist\/\*\.js$/.test(glob)), 'no catch-all');
});

test('@dealboard/widgets: custom-elements.json and HTMLElementTagNameMap cover every element', () => {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'custom-elements.json'), 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
  for (const [entry, tag] of Object.entries(tags)) {
    assert.ok(declared.includes(tag), `custom-elements.json declares <${tag}>`);
    const typesFile = join(
      root,
      dir,
      JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).exports[`./${entry}.js`]
        .types,
    );
    const types = readFileSync(typesFile, 'utf8');
    const from = types.match(/from '(\.\.\/[^']+)'/)?.[1];
    assert.ok(from, `${typesFile} re-exports the element class`);
    const classTypes = readFileSync(join(typesFile, '..', from.replace(/\.js$/, '.d.ts')), 'utf8');
    assert.match(
      classTypes,
      new RegExp(`interface HTMLElementTagNameMap\\s*{[^}]*'${tag}'`),
      `<${tag}> is in HTMLElementTagNameMap`,
    );
  }
});

test('@dealboard/widgets: custom-elements.json lists the public attributes, each documented, and no internal state', () => {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'custom-elements.json'), 'utf8'));
  const shared = [
    'as-of',
    'group',
    'heading',
    'heading-level',
    'locale',
    'selected',
    'src',
    'src-timeout',
    'theme',
    'view',
  ];
  const expected = {
    'deal-value-chart': [...shared, 'buyer', 'show-context', 'sort', 'supplier'],
    'delivery-tracker': [...shared, 'buyer', 'supplier'],
    'country-stance-map': [...shared, 'focus', 'highlight', 'show-flows'],
    'dealboard-timeline-slider': [
      'autoplay',
      'group',
      'label',
      'locale',
      'max',
      'min',
      'sync-url',
      'theme',
      'value',
    ],
  };
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const attributes = declaration.attributes ?? [];
    assert.deepEqual(
      attributes.map((a) => a.name).sort(),
      expected[declaration.tagName].sort(),
      `<${declaration.tagName}>'s attributes`,
    );
    for (const a of attributes)
      assert.ok(a.description, `<${declaration.tagName} ${a.name}> is documented`);
  }
});
