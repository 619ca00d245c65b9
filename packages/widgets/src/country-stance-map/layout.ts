import { geoEqualEarth, geoIdentity, geoPath } from 'd3-geo';
import type { GeoPath, GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Deal, Stance, StanceCategory } from '@dealboard/dataset';
import { featureCode } from './iso.js';
import { focusShape } from './focus.js';
import { mainPartCenter, planePath, REFERENCE_SCALE, referenceProjection } from './plane.js';
import type { WorldTopology } from './world.js';

export interface Country {
  /** ISO alpha-3 code; null for the few areas without one (Kosovo…). */
  code: string | null;
  /** The outline, in the map's plane (see plane.ts). */
  feature: Feature<Geometry>;
  /**
   * Where the country's main part is centred, [longitude, latitude]: where
   * flows meet. Worked out when first read.
   */
  readonly centroid: [number, number];
  /** Place in the west-to-east order of the centroids: the keyboard's order. */
  rank: number;
}

type Bounds = [[number, number], [number, number]];

/** The outlines' plane, and a path in it for shapes given in degrees (region boxes). */
const reference = referenceProjection();
const sphere = geoPath(reference);

/** The outlines as GeoJSON features matched to ISO codes. Heavy: compute once per topology. */
// The outlines are one shared object: every map on the page reuses its features.
const countriesByTopology = new WeakMap<WorldTopology, Country[]>();
/** The whole world's bounds in the outlines' plane, per outlines. */
const worldBounds = new WeakMap<readonly Country[], Bounds>();

export function countriesOf(topology: WorldTopology): Country[] {
  let countries = countriesByTopology.get(topology);
  if (!countries) {
    const list = feature(topology, topology.objects.countries).features.map(countryOf);
    const { westToEast } = topology;
    const order = westToEast?.length === list.length ? westToEast : westToEastOf(list);
    order.forEach((index, rank) => (list[index]!.rank = rank));
    countries = list;
    countriesByTopology.set(topology, countries);
    const box = topology.bbox;
    if (box?.length === 4)
      worldBounds.set(countries, [
        [box[0], box[1]],
        [box[2], box[3]],
      ]);
  }
  return countries;
}

function countryOf(feature: Feature<Geometry>): Country {
  let centroid: [number, number] | undefined;
  return {
    code: featureCode(feature.id),
    feature,
    // A pass over the outline: only the few needed are worked out.
    get centroid() {
      return (centroid ??= reference.invert!(mainPartCenter(feature))!);
    },
    rank: 0,
  };
}

/**
 * Indices of `countries` from west to east by centroid longitude, ties in
 * their order. The generated outlines carry this order (`westToEast`).
 */
export function westToEastOf(countries: readonly Pick<Country, 'centroid'>[]): number[] {
  const longitudes = countries.map((c) => c.centroid[0]);
  return longitudes.map((_, i) => i).sort((a, b) => longitudes[a]! - longitudes[b]!);
}

/** The map at one size and focus, with each country's outline drawn. */
export interface MapFrame {
  width: number;
  height: number;
  /** Equal Earth as the outlines are drawn at this size and focus: for places given in degrees. */
  projection: GeoProjection;
  /** Draws lines given in degrees (great circles) with `projection`. */
  path: GeoPath;
  /** SVG path data per country, in the order of the countries. */
  outlines: string[];
}

/** Room around the fitted area, so the focus ring of a country at the edge shows. */
const PAD = 4;

/**
 * Bounds of `object` in the outlines' plane. Outlines are in the plane
 * already; a region's box (a MultiPoint, see focusShape) is in degrees.
 */
function planeBounds(object: FeatureCollection<Geometry | null>): Bounds {
  let [[x0, y0], [x1, y1]]: Bounds = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const feature of object.features) {
    const inDegrees = feature.geometry?.type === 'MultiPoint';
    const [[a, b], [c, d]] = (inDegrees ? sphere : planePath).bounds(feature);
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The whole world's bounds in the plane: shipped with the outlines, else measured once. */
function worldBoundsOf(countries: readonly Country[]): Bounds {
  let bounds = worldBounds.get(countries);
  if (!bounds) {
    bounds = planeBounds({
      type: 'FeatureCollection',
      features: countries.map((c) => c.feature),
    });
    worldBounds.set(countries, bounds);
  }
  return bounds;
}

/**
 * How the plane is scaled (`k`) and moved (`x`, `y`) to fit an area whose
 * bounds are `bounds` into `extent`: d3's `fitExtent` arithmetic.
 */
function fit(bounds: Bounds, [[x0, y0], [x1, y1]]: Bounds): { k: number; x: number; y: number } {
  const w = x1 - x0;
  const h = y1 - y0;
  const [[bx0, by0], [bx1, by1]] = bounds;
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  return { k, x: x0 + (w - k * (bx1 + bx0)) / 2, y: y0 + (h - k * (by1 + by0)) / 2 };
}

/** Frames drawn lately, per outlines: maps of one size and focus share their path data. */
const recentFrames = new WeakMap<readonly Country[], Map<string, MapFrame>>();
/** How many sizes and focuses are kept per outlines (the oldest goes first). */
const RECENT_FRAMES = 4;

/**
 * Fits the world, in Equal Earth (equal-area, as a choropleth needs), to
 * `width`. The height is proportional to it, so the CSS can size the SVG
 * before the map is redrawn, and a focused view keeps the element's size;
 * `focus` (see {@link focusShape}) then fits that area. The outlines come
 * projected and cut at the antimeridian (Russia and Fiji draw no stray
 * lines), so a frame only scales and moves their points; it is drawn once
 * per size and focus and shared by the maps on the page, and fitted from the
 * world's bounds, measured once (or shipped with the outlines).
 */
export function frameMap(
  countries: readonly Country[],
  width: number,
  focus: string | null,
): MapFrame {
  let frames = recentFrames.get(countries);
  if (!frames) recentFrames.set(countries, (frames = new Map()));
  const key = `${width} ${focus ?? ''}`;
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(countries, width, focus);
    frames.set(key, frame);
    if (frames.size > RECENT_FRAMES) frames.delete(frames.keys().next().value!);
  }
  return frame;
}

function drawFrame(countries: readonly Country[], width: number, focus: string | null): MapFrame {
  const world = worldBoundsOf(countries);
  const [[x0, y0], [x1, y1]] = world;
  const height = (width * (y1 - y0)) / (x1 - x0);
  const shape = focusShape(focus, countries);
  const { k, x, y } = fit(shape ? planeBounds(shape) : world, [
    [PAD, PAD],
    [width - PAD, height - PAD],
  ]);
  const outline = geoPath(geoIdentity().scale(k).translate([x, y])).digits(1);
  const projection = geoEqualEarth()
    .scale(REFERENCE_SCALE * k)
    .translate([x, y]);
  return {
    width,
    height,
    projection,
    path: geoPath(projection).digits(1),
    outlines: countries.map((c) => outline(c.feature) ?? ''),
  };
}

export interface CountryShape {
  code: string | null;
  d: string;
}

export interface StanceShape extends CountryShape {
  code: string;
  stance: Stance;
  /** Where the centroid lands, in px: what to bring into view when it gets focus. */
  readonly anchor: [number, number];
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
    if (code && stance)
      marks.push({
        code,
        d,
        stance,
        // Read only for a country the keyboard visits. Equal Earth projects every point: never null.
        get anchor() {
          return frame.projection(country.centroid)!;
        },
      });
    else others.push({ code, d });
  });
  const rank = (mark: StanceShape) => byCode.get(mark.code)!.rank;
  marks.sort((a, b) => rank(a) - rank(b));

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
