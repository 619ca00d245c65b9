import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parseCodes } from '../core/filters.js';
import type { Country } from './layout.js';

/** Named views for the `focus` attribute: [west, south, east, north] in degrees. */
export const REGIONS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  africa: [-18, -35, 52, 38],
  americas: [-168, -56, -34, 72],
  asia: [26, -11, 146, 60],
  'east-asia': [95, 18, 146, 54],
  europe: [-25, 34, 45, 71],
  'middle-east': [25, 12, 63, 42],
  'north-america': [-168, 7, -52, 72],
  oceania: [110, -48, 180, 0],
  'south-america': [-82, -56, -34, 13],
  'south-asia': [60, 5, 98, 38],
};

/**
 * `from`, `from + step`… below `to` (less a hair), then `to`: d3-geo's
 * graticule steps, with d3-array's `range` arithmetic, so the same numbers.
 */
function stepsTo(from: number, to: number, step: number): number[] {
  const n = Math.max(0, Math.ceil((to - 1e-6 - from) / step));
  return Array.from({ length: n }, (_, i) => from + i * step).concat(to);
}

/**
 * A region's box as points along its meridians and parallels, which curve in
 * most projections: the ring of d3-geo's `geoGraticule().extent(box).outline()`
 * (meridians in 90° steps, parallels in 2.5° steps), without its module.
 */
function regionOutline([west, south, east, north]: readonly number[]): Feature {
  const meridian = (lon: number) => stepsTo(south!, north!, 90).map((lat): Position => [lon, lat]);
  const parallel = (lat: number) => stepsTo(west!, east!, 2.5).map((lon): Position => [lon, lat]);
  return {
    type: 'Feature',
    properties: null,
    geometry: {
      type: 'MultiPoint',
      coordinates: meridian(west!).concat(
        parallel(north!).slice(1),
        meridian(east!).reverse().slice(1),
        parallel(south!).reverse().slice(1),
      ),
    },
  };
}

/**
 * What a `focus` value asks to see: region keywords and ISO alpha-3 codes,
 * comma-separated, in any case (`asia`, `IND, pak`, `europe, TUR`). Unknown
 * words are ignored; null when nothing is left, for the whole world.
 */
export function focusShape(
  value: string | null,
  countries: readonly Country[],
): FeatureCollection<Geometry | null> | null {
  const features: Feature<Geometry | null>[] = [];
  for (const token of parseCodes(value) ?? []) {
    // Own keys only: `focus="constructor"` must not find Object.prototype's.
    const key = token.toLowerCase();
    const region = Object.hasOwn(REGIONS, key) ? REGIONS[key] : undefined;
    const country = region ? null : countries.find((c) => c.code === token);
    if (region) features.push(regionOutline(region));
    else if (country) features.push(country.feature);
  }
  return features.length ? { type: 'FeatureCollection', features } : null;
}
