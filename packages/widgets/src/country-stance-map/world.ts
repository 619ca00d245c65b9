import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Country outlines as TopoJSON: one geometry per country in `countries`, its
 * `id` the ISO 3166-1 numeric code where it has one.
 */
export type WorldTopology = Topology<{ countries: GeometryCollection }> & {
  /**
   * The outlines' bounds under Equal Earth at scale 150, not translated (as
   * d3's `fitExtent` measures them), when worked out ahead: the generated
   * outlines carry them, so the map skips that pass over them at run time.
   */
  equalEarthBounds?: [[number, number], [number, number]];
  /**
   * The indices of `countries` from west to east by spherical centroid (ties
   * in their order), when worked out ahead: the keyboard's order, without
   * every country's centroid at run time.
   */
  westToEast?: number[];
};

/**
 * Where the outlines chunk leaves its topology as it is evaluated (see
 * scripts/build-geometry.mjs, which writes the same key). A global rather than
 * an import of this module: that import would split this module into a chunk
 * of its own, one more file for every page that loads a map.
 */
const LOADED = Symbol.for('dealboard.world-110m');

// Shared by every map on the page, so the outlines are fetched once.
let pending: Promise<WorldTopology> | null = null;

/**
 * The outlines if their chunk has already been evaluated (an earlier map, or
 * a page that imported the chunk up front), else null. A map that gets them
 * here draws in its first update: `import()` resolves a task later at the
 * earliest, even for a module that is already loaded, which costs a frame.
 */
export function loadedWorld(): WorldTopology | null {
  return ((globalThis as Record<symbol, unknown>)[LOADED] as WorldTopology | undefined) ?? null;
}

/**
 * The outlines, from a chunk of their own: a page that never shows a map
 * never downloads them. A failed load is forgotten, so a later map retries.
 */
export function loadWorld(): Promise<WorldTopology> {
  if (!pending) {
    const loading = import('./geometry/world-110m.js').then((module) => module.default);
    loading.catch(() => {
      if (pending === loading) pending = null;
    });
    pending = loading;
  }
  return pending;
}
