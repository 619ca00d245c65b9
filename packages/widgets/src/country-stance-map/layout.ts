import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { GeoPath, GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Deal, Stance, StanceCategory } from '@dealboard/dataset';
import { featureCode } from './iso.js';
import { focusShape } from './focus.js';
import type { WorldTopology } from './world.js';

export interface Country {
  /** ISO alpha-3 code; null for the few areas without one (Kosovo…). */
  code: string | null;
  feature: Feature<Geometry>;
  /** Spherical centroid, [longitude, latitude]: where flows meet, and the west-to-east order. */
  centroid: [number, number];
}

/** The outlines as GeoJSON features matched to ISO codes. Heavy: compute once per topology. */
// The outlines are one shared object: every map on the page reuses its features.
const countriesByTopology = new WeakMap<WorldTopology, Country[]>();

export function countriesOf(topology: WorldTopology): Country[] {
  let countries = countriesByTopology.get(topology);
  if (!countries) {
    countries = feature(topology, topology.objects.countries).features.map((f) => ({
      code: featureCode(f.id),
      feature: f,
      centroid: geoCentroid(f),
    }));
    countriesByTopology.set(topology, countries);
  }
  return countries;
}

/** The projection at one size and focus, with each country's outline drawn. */
export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  path: GeoPath;
  /** SVG path data per country, in the order of the countries. */
  outlines: string[];
}

/** Room around the fitted area, so the focus ring of a country at the edge shows. */
const PAD = 4;

const aspects = new WeakMap<readonly Country[], number>();

/** Height over width of the whole map: the same at every size, so it is worked out once. */
function aspectOf(countries: readonly Country[], world: FeatureCollection): number {
  let aspect = aspects.get(countries);
  if (aspect === undefined) {
    const [[x0, y0], [x1, y1]] = geoPath(geoEqualEarth().fitWidth(1000, world)).bounds(world);
    aspect = (y1 - y0) / (x1 - x0);
    aspects.set(countries, aspect);
  }
  return aspect;
}

/**
 * Fits an Equal Earth projection (equal-area, as a choropleth needs) to
 * `width`. The height is proportional to it, so the CSS can size the SVG
 * before the map is redrawn, and a focused view keeps the element's size;
 * `focus` (see {@link focusShape}) then fits that area. Antimeridian
 * clipping is d3-geo's: Russia and Fiji draw no stray lines.
 */
export function frameMap(
  countries: readonly Country[],
  width: number,
  focus: string | null,
): MapFrame {
  const world: FeatureCollection = {
    type: 'FeatureCollection',
    features: countries.map((c) => c.feature),
  };
  const height = width * aspectOf(countries, world);
  const projection = geoEqualEarth().fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD],
    ],
    focusShape(focus, countries) ?? world,
  );
  const path = geoPath(projection).digits(1);
  return { width, height, projection, path, outlines: countries.map((c) => path(c.feature) ?? '') };
}

export interface CountryShape {
  code: string | null;
  d: string;
}

export interface StanceShape extends CountryShape {
  code: string;
  stance: Stance;
  /** Where the centroid lands, in px: what to bring into view when it gets focus. */
  anchor: [number, number];
}

/** A deal drawn as a great-circle arc from supplier to buyer. */
export interface FlowArc {
  supplier: string;
  buyer: string;
  d: string;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The countries with a stance, west to east: the keyboard's order. */
  marks: StanceShape[];
  /** The countries without one, drawn neutral. */
  others: CountryShape[];
  /** Countries with a stance but no outline at this scale (too small), by code. */
  unplaced: string[];
  /** How many countries have each stance (placed or not), for the legend. */
  counts: Map<StanceCategory, number>;
  flows: FlowArc[];
}

/**
 * Joins stances to the framed outlines and draws one arc per supplier–buyer
 * pair among `deals`. Pure: the template turns this into SVG, and tests can
 * check it without a DOM.
 */
export function layoutMap(
  countries: readonly Country[],
  frame: MapFrame,
  stances: ReadonlyMap<string, Stance>,
  deals: readonly Deal[],
): MapLayout {
  const marks: StanceShape[] = [];
  const others: CountryShape[] = [];
  const byCode = new Map<string, Country>();
  countries.forEach((country, i) => {
    const { code } = country;
    const d = frame.outlines[i]!;
    const stance = code ? stances.get(code) : undefined;
    if (code) byCode.set(code, country);
    // Equal Earth projects every point: the anchor is never null.
    if (code && stance)
      marks.push({ code, d, stance, anchor: frame.projection(country.centroid)! });
    else others.push({ code, d });
  });
  const longitude = (mark: StanceShape) => byCode.get(mark.code)!.centroid[0];
  marks.sort((a, b) => longitude(a) - longitude(b));

  const counts = new Map<StanceCategory, number>();
  for (const { category } of stances.values())
    counts.set(category, (counts.get(category) ?? 0) + 1);

  const flows = new Map<string, FlowArc>();
  for (const { supplier, buyer } of deals) {
    const from = byCode.get(supplier);
    const to = byCode.get(buyer);
    const key = `${supplier}>${buyer}`;
    if (!from || !to || flows.has(key)) continue;
    const arc = { type: 'LineString' as const, coordinates: [from.centroid, to.centroid] };
    flows.set(key, { supplier, buyer, d: frame.path(arc) ?? '' });
  }

  return {
    width: frame.width,
    height: frame.height,
    marks,
    others,
    unplaced: [...stances.keys()].filter((code) => !byCode.has(code)).sort(),
    counts,
    flows: [...flows.values()],
  };
}
