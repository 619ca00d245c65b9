import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Country outlines as TopoJSON: one geometry per country in `countries`, its
 * `id` the ISO 3166-1 numeric code where it has one.
 */
export type WorldTopology = Topology<{ countries: GeometryCollection }>;

// Shared by every map on the page, so the outlines are fetched once.
let pending: Promise<WorldTopology> | null = null;

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
