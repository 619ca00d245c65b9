import { expect } from '@open-wc/testing';
import { geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { dataset } from '@dealboard/dataset';
import type { Deal, Stance } from '@dealboard/dataset';
import topology from './geometry/world-110m.js';
import { countriesOf, frameMap, layoutMap, westToEastOf } from './layout.js';
import type { MapFrame } from './layout.js';
import { focusShape, REGIONS } from './focus.js';
import { stancesInForce } from './stances.js';

const countries = countriesOf(topology);
const outlineOf = (frame: MapFrame, code: string) =>
  frame.outlines[countries.findIndex((c) => c.code === code)]!;

/** The points of each subpath of SVG path data (M/L/Z only, as d3-geo writes polygons). */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/Z/g, '')
        .split('L')
        .map((xy) => xy.split(',').map(Number) as [number, number]),
    );
}

function boundsOf(d: string) {
  const points = subpaths(d).flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

function stance(country: string, category: Stance['category']): Stance {
  return { id: `${country}-${category}`, country, category, summary: '', sources: ['s'] };
}

describe('countriesOf', () => {
  it('matches the outlines to ISO codes, centred on their main part', () => {
    expect(countries).to.have.length(topology.objects.countries.geometries.length);
    expect(countries.filter((c) => c.code === null)).to.have.length(3);
    const centroid = (code: string) => countries.find((c) => c.code === code)!.centroid;
    const [lon, lat] = centroid('IND');
    expect(lon).to.be.within(75, 85);
    expect(lat).to.be.within(18, 28);
    // France, not the Atlantic between it and French Guiana.
    expect(centroid('FRA')[0]).to.be.within(-2, 6);
    expect(centroid('FRA')[1]).to.be.within(44, 49);
    // Fiji, cut in two at the antimeridian, on its main island, not mid-map.
    expect(Math.abs(centroid('FJI')[0])).to.be.greaterThan(175);
    // Antarctica is left out of the geometry: not a country, and a fifth of the height.
    expect(countries.some((c) => c.code === 'ATA')).to.be.false;
  });

  it('ranks the countries west to east by centroid, as shipped with the outlines', () => {
    // The order the outlines carry is the order of the centroids, worked out here.
    expect(topology.westToEast).to.deep.equal(westToEastOf(countries));
    const rank = (list: typeof countries, code: string) => list.find((c) => c.code === code)!.rank;
    expect(rank(countries, 'USA')).to.be.lessThan(rank(countries, 'IND'));
    expect(rank(countries, 'IND')).to.be.lessThan(rank(countries, 'JPN'));
    // Outlines without it get the same ranks from their centroids.
    const computed = countriesOf({ ...topology, westToEast: undefined });
    expect(computed).not.to.equal(countries);
    expect(computed.map((c) => c.rank)).to.deep.equal(countries.map((c) => c.rank));
  });
});

describe('frameMap (pure)', () => {
  it('fits the world to the width, with a height in proportion', () => {
    const wide = frameMap(countries, 1000, null);
    const narrow = frameMap(countries, 300, null);
    expect(wide.height / wide.width).to.be.closeTo(narrow.height / narrow.width, 1e-9);
    expect(wide.height / wide.width).to.be.within(0.4, 0.5);
    for (const d of wide.outlines.filter(Boolean)) {
      const { x0, x1, y0, y1 } = boundsOf(d);
      expect(x0).to.be.at.least(0);
      expect(x1).to.be.at.most(1000);
      expect(y0).to.be.at.least(0);
      expect(y1).to.be.at.most(wide.height);
    }
  });

  it('clips at the antimeridian: no line crosses the map', () => {
    const frame = frameMap(countries, 1000, null);
    for (const code of ['RUS', 'FJI', 'USA']) {
      for (const points of subpaths(outlineOf(frame, code))) {
        for (let i = 1; i < points.length; i++) {
          expect(Math.abs(points[i]![0] - points[i - 1]![0]), code).to.be.lessThan(500);
        }
      }
    }
    // Fiji straddles the antimeridian: it is drawn at both edges.
    const fiji = subpaths(outlineOf(frame, 'FJI')).map((points) => points[0]![0]);
    expect(Math.min(...fiji)).to.be.lessThan(100);
    expect(Math.max(...fiji)).to.be.greaterThan(900);
  });

  it('fits the outlines to the view from their bounds, shipped with them', () => {
    const world = feature(topology, topology.objects.countries);
    // The bounds shipped with the outlines are what d3-geo measures of them.
    const [[x0, y0], [x1, y1]] = geoPath().bounds(world);
    expect(topology.bbox).to.deep.equal([x0, y0, x1, y1]);
    for (const [width, focus, codes] of [
      [1000, null, null],
      [360, null, null],
      [800, 'IND,PAK', ['IND', 'PAK']],
      [700, 'JPN', ['JPN']],
    ] as const) {
      const frame = frameMap(countries, width, focus);
      const drawn = (codes ?? countries.map((c) => c.code))
        .map((code) => outlineOf(frame, code as string))
        .filter(Boolean)
        .map(boundsOf);
      const left = Math.min(...drawn.map((b) => b.x0));
      const right = Math.max(...drawn.map((b) => b.x1));
      const top = Math.min(...drawn.map((b) => b.y0));
      const bottom = Math.max(...drawn.map((b) => b.y1));
      // Fitted as d3's fitExtent does: filling the view, less its 4 px padding,
      // across or down, and centred the other way.
      const across = Math.abs(left - 4) < 0.1 && Math.abs(right - (width - 4)) < 0.1;
      const down = Math.abs(top - 4) < 0.1 && Math.abs(bottom - (frame.height - 4)) < 0.1;
      expect(across || down, `${width} ${focus}`).to.be.true;
      expect((left + right) / 2, `${width} ${focus}`).to.be.closeTo(width / 2, 0.1);
      expect((top + bottom) / 2, `${width} ${focus}`).to.be.closeTo(frame.height / 2, 0.1);
    }
    // The same aspect as the whole world's bounds, at every width.
    expect(frameMap(countries, 640, null).height).to.be.closeTo(
      (640 * (y1 - y0)) / (x1 - x0),
      1e-9,
    );
  });

  it('places points given in degrees where the outlines are drawn', () => {
    const reference = geoEqualEarth().scale(150).translate([0, 0]);
    for (const [width, focus] of [
      [1000, null],
      [800, 'south-asia'],
    ] as const) {
      const frame = frameMap(countries, width, focus);
      for (const code of ['IND', 'BRA', 'NZL']) {
        const country = countries.find((c) => c.code === code)!;
        const geometry = country.feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
        const first =
          geometry.type === 'Polygon'
            ? geometry.coordinates[0]![0]!
            : geometry.coordinates[0]![0]![0]!;
        // The outline's first point, drawn (rounded to a tenth), and the same
        // point in degrees through the frame's projection.
        const drawn = subpaths(outlineOf(frame, code))[0]![0]!;
        const placed = frame.projection(reference.invert!(first as [number, number])!)!;
        expect(placed[0], `${code} x`).to.be.closeTo(drawn[0], 0.06);
        expect(placed[1], `${code} y`).to.be.closeTo(drawn[1], 0.06);
      }
    }
  });

  it('draws the outlines once per size and focus, for every map on the page', () => {
    const frame = frameMap(countries, 640, 'asia');
    expect(frameMap(countries, 640, 'asia')).to.equal(frame);
    expect(frameMap(countries, 640, null)).not.to.equal(frame);
    expect(frameMap(countries, 641, 'asia')).not.to.equal(frame);
    // Only the last few are kept: resizing through many widths does not pile them up.
    for (let width = 300; width < 310; width++) frameMap(countries, width, null);
    const redrawn = frameMap(countries, 640, 'asia');
    expect(redrawn).not.to.equal(frame);
    expect(redrawn.outlines).to.deep.equal(frame.outlines);
  });

  it('fits the view to the focused countries or region, keeping the size', () => {
    const world = frameMap(countries, 800, null);
    const focused = frameMap(countries, 800, 'IND,PAK');
    expect(focused.height).to.equal(world.height);
    const india = boundsOf(outlineOf(focused, 'IND'));
    const pakistan = boundsOf(outlineOf(focused, 'PAK'));
    // Together they fill the view's height (less its 4 px padding).
    const top = Math.min(india.y0, pakistan.y0);
    const bottom = Math.max(india.y1, pakistan.y1);
    expect(bottom - top).to.be.closeTo(world.height - 8, 2);
    const europe = frameMap(countries, 800, 'europe');
    const france = boundsOf(outlineOf(europe, 'FRA'));
    expect(france.x1 - france.x0).to.be.greaterThan(100);
  });
});

describe('focusShape', () => {
  it("outlines a region with the points of d3-geo's graticule outline", () => {
    for (const [name, [west, south, east, north]] of Object.entries(REGIONS)) {
      const outline = geoGraticule()
        .extent([
          [west, south],
          [east, north],
        ])
        .outline();
      const shape = focusShape(name, countries)!;
      expect(shape.features[0]!.geometry, name).to.deep.equal({
        type: 'MultiPoint',
        coordinates: outline.coordinates[0],
      });
    }
  });

  it('reads region keywords and ISO codes in any case, and ignores the rest', () => {
    expect(focusShape(null, countries)).to.be.null;
    expect(focusShape(' , nowhere, XXX', countries)).to.be.null;
    // Names of Object.prototype's members are no region.
    expect(focusShape('constructor, __proto__, toString', countries)).to.be.null;
    const shape = focusShape('Asia, ind, nowhere', countries)!;
    expect(shape.features).to.have.length(2);
    expect(shape.features[0]!.geometry!.type).to.equal('MultiPoint');
    expect(shape.features[1]).to.equal(countries.find((c) => c.code === 'IND')!.feature);
  });
});

describe('layoutMap (pure)', () => {
  const frame = frameMap(countries, 800, null);

  it('joins stances to outlines, west to east, and counts them', () => {
    const layout = layoutMap(countries, frame, stancesInForce(dataset), []);
    expect(layout.marks.map((m) => m.code)).to.deep.equal([
      'USA',
      'TUR',
      'AFG',
      'PAK',
      'IND',
      'RUS',
      'CHN',
      'AUS',
      'JPN',
    ]);
    expect(layout.marks.find((m) => m.code === 'CHN')!.stance.category).to.equal('buyer-suspended');
    expect(layout.others).to.have.length(countries.length - 9);
    expect(layout.others.some((o) => o.code === 'IND')).to.be.false;
    expect(Object.fromEntries(layout.counts)).to.deep.equal({
      supplier: 1,
      buyer: 1,
      'buyer-suspended': 1,
      'buyer-sanctioned': 1,
      opposing: 1,
      partner: 2,
      neutral: 2,
    });
    // The anchor is on the country: inside its outline's box.
    const india = layout.marks.find((m) => m.code === 'IND')!;
    const box = boundsOf(india.d);
    expect(india.anchor[0]).to.be.within(box.x0, box.x1);
    expect(india.anchor[1]).to.be.within(box.y0, box.y1);
  });

  it('lists stance countries too small to have an outline at this scale', () => {
    const stances = new Map([
      ['SGP', stance('SGP', 'partner')],
      ['IND', stance('IND', 'buyer')],
    ]);
    const layout = layoutMap(countries, frame, stances, []);
    expect(layout.unplaced).to.deep.equal(['SGP']);
    expect(layout.marks.map((m) => m.code)).to.deep.equal(['IND']);
    expect(layout.counts.get('partner')).to.equal(1);
  });

  it('draws one arc per supplier–buyer pair on the map', () => {
    const deal = (id: string, supplier: string, buyer: string): Deal => ({
      id,
      supplier,
      buyer,
      system: id,
      valueClaims: [],
      sources: ['s'],
    });
    const layout = layoutMap(countries, frame, new Map(), [
      deal('a', 'RUS', 'IND'),
      deal('b', 'RUS', 'IND'),
      deal('c', 'RUS', 'CHN'),
      deal('d', 'SGP', 'IND'),
    ]);
    expect(layout.flows.map((f) => `${f.supplier}>${f.buyer}`)).to.deep.equal([
      'RUS>IND',
      'RUS>CHN',
    ]);
    // A great circle, resampled: more than a straight segment.
    expect(subpaths(layout.flows[0]!.d)[0]!.length).to.be.greaterThan(2);
    expect(layoutMap(countries, frame, new Map(), dataset.deals).flows).to.have.length(3);
  });
});
