// The single-file CDN build of @dealboard/widgets: one ES module with Lit, the
// d3 modules and the bundled dataset inside, for a plain
// <script type="module" src="…/dealboard.min.js">. Lazily imported pieces
// (the map geometry, the validator, the bundled data, the Download menu's
// export helpers) become sibling chunks resolved relative to the module.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { readFile } from 'node:fs/promises';

/**
 * d3-array ships as one file whose top level calls `bisector()` for exports
 * we never import (bisectRight, bisectCenter); rollup cannot tell the calls
 * are pure, so 0.7 KB of bisect code stayed in every bundle that uses
 * `ticks`. Shared with scripts/size.mjs, which bundles each element alike.
 */
export const treeshake = { manualPureFunctions: ['bisector'] };

/**
 * d3-geo (in the map's lazily loaded chunk) also imports d3-array, which is
 * one module: rollup would put what either side uses in the chunk both load,
 * the entry, so every page paid for d3-geo's Adder and merge (0.2 KB gzip).
 * Giving d3-geo its own copy of the module keeps those in the map's chunk;
 * the core's `ticks` and `nice` stay in the entry. Shared with scripts/size.mjs.
 */
export function ownD3ArrayForGeo() {
  const SUFFIX = '?d3-geo';
  return {
    name: 'own-d3-array-for-geo',
    async resolveId(source, importer, options) {
      if (source !== 'd3-array' || !/[\\/]d3-geo[\\/]/.test(importer ?? '')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: resolved.id + SUFFIX };
    },
    load(id) {
      return id.endsWith(SUFFIX) ? readFile(id.slice(0, -SUFFIX.length), 'utf8') : null;
    },
  };
}

export default {
  input: 'packages/widgets/dist/index.js',
  // Let rollup put shared code in the entry itself instead of a facade that imports a chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    entryFileNames: 'dealboard.min.js',
    chunkFileNames: 'dealboard-[name]-[hash].min.js',
    sourcemap: true,
  },
  treeshake,
  plugins: [
    ownD3ArrayForGeo(),
    nodeResolve({ exportConditions: ['production'] }),
    json({ compact: true }),
    // Lit's templates are template literals, which terser keeps as they are:
    // the input's are already minified (scripts/minify-templates.mjs, run by
    // `npm run build` before this), as npm users get them.
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ],
};
