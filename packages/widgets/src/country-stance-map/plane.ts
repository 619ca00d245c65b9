import { geoEqualEarth, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Polygon } from 'geojson';

// The generated outlines come projected (scripts/build-geometry.mjs): their
// coordinates are points of this plane, so a map only scales and moves them,
// instead of projecting every point of the world on each first draw.

/** d3's reference scale, at which the plane is Equal Earth. */
export const REFERENCE_SCALE = 150;

/** The plane of the outlines: Equal Earth at the reference scale, not translated. */
export function referenceProjection(): GeoProjection {
  return geoEqualEarth().scale(REFERENCE_SCALE).translate([0, 0]);
}

/** A path in the plane as it is: the outlines need no projection. */
export const planePath = geoPath();

/**
 * Where a country's largest part is centred, in the plane: where a flow ends
 * and what the keyboard brings into view. Its largest part, not the whole:
 * France's centre is in France, not in the Atlantic between it and French
 * Guiana, and Fiji, drawn at both edges of the map, has its centre on one.
 */
export function mainPartCenter(feature: Feature<Geometry | null>): [number, number] {
  const geometry = feature.geometry;
  if (geometry?.type !== 'MultiPolygon') return planePath.centroid(feature);
  let largest: Polygon | null = null;
  let largestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Polygon = { type: 'Polygon', coordinates };
    const area = planePath.area(part);
    if (area > largestArea) [largest, largestArea] = [part, area];
  }
  return largest ? planePath.centroid(largest) : planePath.centroid(feature);
}
