import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Country outlines as TopoJSON: one geometry per country in `countries`, its
 * `id` the ISO 3166-1 numeric code where it has one. The coordinates are
 * already projected: points of the map's plane, Equal Earth at d3's
 * reference scale (150), not translated, cut at the antimeridian.
 */
export type WorldTopology = Topology<{ countries: GeometryCollection }> & {
  /**
   * The indices of `countries` from west to east by the longitude of each
   * country's main part (ties in their order), when worked out ahead: the
   * keyboard's order, without every country's centre at run time.
   */
  westToEast?: number[];
};
