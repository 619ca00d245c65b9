// The single-file CDN build of @dealboard/widgets: one ES module with Lit, the
// d3 modules and the bundled dataset inside, for a plain
// <script type="module" src="…/dealboard.min.js">. Lazily imported pieces
// (the map geometry, the validator, the bundled data, the Download menu's
// export helpers) become sibling chunks resolved relative to the module.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

/**
 * d3-array ships as one file whose top level calls `bisector()` for exports
 * we never import (bisectRight, bisectCenter); rollup cannot tell the calls
 * are pure, so 0.7 KB of bisect code stayed in every bundle that uses
 * `ticks`. Shared with scripts/size.mjs, which bundles each element alike.
 */
export const treeshake = { manualPureFunctions: ['bisector'] };

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
    nodeResolve({ exportConditions: ['production'] }),
    json({ compact: true }),
    // Lit's templates are template literals, which terser keeps as they are:
    // the input's are already minified (scripts/minify-templates.mjs, run by
    // `npm run build` before this), as npm users get them.
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ],
};
