import type * as Layout from './layout.js';
import type { WorldTopology } from './world.js';

// What the map loads on first need, each a chunk of its own fetched side by
// side, so a page (or the CDN file) that shows no map downloads neither. Kept
// apart from world.ts, whose type the element's public API names: the
// geographic code's types (d3-geo's) stay out of the published typings.

/** The map's geographic code: layout.ts with d3-geo and topojson-client, as geo.ts provides it. */
export type MapGeo = Pick<typeof Layout, 'countriesOf' | 'frameMap' | 'layoutMap'>;

/**
 * Where the outlines chunk leaves its topology as it is evaluated (see
 * scripts/build-geometry.mjs, which writes the same key). A global rather than
 * an import of this module: that import would split this module into a chunk
 * of its own, one more file for every page that loads a map.
 */
const LOADED = Symbol.for('dealboard.world-110m');

let evaluatedGeo: MapGeo | null = null;

/**
 * The outlines if their chunk has already been evaluated (an earlier map, or
 * a page that imported the chunk up front), else null. A map that gets them
 * here draws in its first update: `import()` resolves a task later at the
 * earliest, even for a module that is already loaded, which costs a frame.
 */
export function loadedWorld(): WorldTopology | null {
  return ((globalThis as Record<symbol, unknown>)[LOADED] as WorldTopology | undefined) ?? null;
}

/** The geographic code if geo.ts has been evaluated, else null (see {@link loadedWorld}). */
export function loadedGeo(): MapGeo | null {
  return evaluatedGeo;
}

/** Called by geo.ts as it is evaluated. */
export function provideGeo(geo: MapGeo): void {
  evaluatedGeo = geo;
}

/**
 * `load` run once per page, shared by every map; a failed load is
 * forgotten, so a later map retries.
 */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const loading = load();
      loading.catch(() => {
        if (pending === loading) pending = null;
      });
      pending = loading;
    }
    return pending;
  };
}

/** The outlines, from a chunk of their own: a page that never shows a map never downloads them. */
export const loadWorld = loadOnce(() =>
  import('./geometry/world-110m.js').then((module) => module.default),
);

/** The geographic code, from its chunk: the map fetches it beside the outlines. */
export const loadGeo = loadOnce<MapGeo>(() => import('./geo.js'));
