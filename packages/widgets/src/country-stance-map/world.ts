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
