import { expect } from '@open-wc/testing';
import { MAX_SCALE, NO_ZOOM, panBy, reveal, zoomAbout, zoomTransform } from './zoom.js';
import type { Zoom } from './zoom.js';

/** Where a place on the unzoomed map (fractions of the view) shows after zooming. */
const onScreen = (zoom: Zoom, [x, y]: [number, number]) => [
  zoom.x + x * zoom.k,
  zoom.y + y * zoom.k,
];

describe('zoom (pure)', () => {
  it('zooms about a point, which stays where it is', () => {
    const point: [number, number] = [0.3, 0.6];
    const zoomed = zoomAbout(NO_ZOOM, 2, point);
    expect(zoomed.k).to.equal(2);
    expect(onScreen(zoomed, point)).to.deep.equal(point);
    // The centre by default.
    expect(zoomAbout(NO_ZOOM, 2)).to.deep.equal({ k: 2, x: -0.5, y: -0.5 });
  });

  it('keeps the scale within 1–8 and the map covering the view', () => {
    expect(zoomAbout(NO_ZOOM, 100).k).to.equal(MAX_SCALE);
    expect(zoomAbout(NO_ZOOM, 0.5)).to.deep.equal(NO_ZOOM);
    // Zooming about a corner point cannot pull an empty margin in.
    const edge = zoomAbout(zoomAbout(NO_ZOOM, 4, [0.9, 0.9]), 0.5, [0, 0]);
    expect(edge.x).to.be.within(1 - edge.k, 0);
    expect(edge.y).to.be.within(1 - edge.k, 0);
    expect(panBy(NO_ZOOM, 0.3, -0.3)).to.deep.equal(NO_ZOOM);
  });

  it('pans by a fraction of the view, up to the edge of the map', () => {
    const zoomed = zoomAbout(NO_ZOOM, 2);
    expect(panBy(zoomed, 0.25, -0.25)).to.deep.equal({ k: 2, x: -0.25, y: -0.75 });
    expect(panBy(zoomed, 5, -5)).to.deep.equal({ k: 2, x: 0, y: -1 });
  });

  it('reveals a place with the smallest pan, and leaves a visible one alone', () => {
    const zoomed = zoomAbout(NO_ZOOM, 4, [0.5, 0.5]);
    expect(reveal(zoomed, [0.5, 0.5])).to.deep.equal(zoomed);
    const revealed = reveal(zoomed, [0.1, 0.5]);
    const [x, y] = onScreen(revealed, [0.1, 0.5]);
    expect(x).to.be.closeTo(0.1, 1e-12);
    expect(y).to.equal(0.5);
    expect(reveal(NO_ZOOM, [0, 0])).to.deep.equal(NO_ZOOM);
  });

  it('writes the SVG transform in px', () => {
    expect(zoomTransform({ k: 2, x: -0.5, y: -0.25 }, 800, 400)).to.equal(
      'translate(-400 -100) scale(2)',
    );
  });
});
