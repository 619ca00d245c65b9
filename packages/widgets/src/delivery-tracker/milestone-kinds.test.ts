import { expect } from '@open-wc/testing';
import type { MilestoneKind } from '@dealboard/dataset';
import { SYMBOL_RADIUS, TRACK_HEIGHT } from './layout.js';
import { KIND_ORDER, KINDS, SYMBOL_AREA, symbolPath } from './milestone-kinds.js';

/**
 * The symbols as d3-shape drew them before the paths were written out
 * (`d3.symbol(type, 90)()`, then the kind's rotation): the fixed paths must
 * keep these shapes and sizes.
 */
const D3_SYMBOLS: Record<MilestoneKind, [string, number]> = {
  contract: ['M-4.743,-4.743h9.487v9.487h-9.487Z', 0],
  payment: ['M0,-8.828L5.097,0L0,8.828L-5.097,0Z', 0],
  training: ['M0,-8.324L7.208,4.162L-7.208,4.162Z', 0],
  shipment: ['M5.352,0A5.352,5.352,0,1,1,-5.352,0A5.352,5.352,0,1,1,5.352,0', 0],
  deployment: [
    'M0,-8.954L2.01,-2.767L8.516,-2.767L3.253,1.057L5.263,7.244L0,3.42L-5.263,7.244L-3.253,1.057L-8.516,-2.767L-2.01,-2.767Z',
    0,
  ],
  'test-firing': [
    'M-6.364,-2.121L-2.121,-2.121L-2.121,-6.364L2.121,-6.364L2.121,-2.121L6.364,-2.121L6.364,2.121L2.121,2.121L2.121,6.364L-2.121,6.364L-2.121,2.121L-6.364,2.121Z',
    0,
  ],
  suspension: ['M0,-8.324L7.208,4.162L-7.208,4.162Z', 180],
  sanction: [
    'M-6.364,-2.121L-2.121,-2.121L-2.121,-6.364L2.121,-6.364L2.121,-2.121L6.364,-2.121L6.364,2.121L2.121,2.121L2.121,6.364L-2.121,6.364L-2.121,2.121L-6.364,2.121Z',
    45,
  ],
  diplomatic: [
    'M2.56,1.478L2.56,6.598L-2.56,6.598L-2.56,1.478L-6.994,-1.082L-4.434,-5.516L0,-2.956L4.434,-5.516L6.994,-1.082Z',
    0,
  ],
};

const SVG_NS = 'http://www.w3.org/2000/svg';

function drawn(d: string, transform = ''): SVGPathElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  if (transform) path.setAttribute('transform', transform);
  svg.append(path);
  document.body.append(svg);
  return path;
}

/** Which of a grid of points around 0,0 a path fills (in its own coordinates, after `turn`). */
function fillMap(path: SVGPathElement, turn = 0, step = 0.25): boolean[] {
  const svg = path.ownerSVGElement!;
  const point = svg.createSVGPoint();
  const r = (-turn * Math.PI) / 180;
  const inside: boolean[] = [];
  for (let y = -10; y <= 10; y += step) {
    for (let x = -10; x <= 10; x += step) {
      // The point in the path's own (unturned) coordinates.
      point.x = x * Math.cos(r) - y * Math.sin(r);
      point.y = x * Math.sin(r) + y * Math.cos(r);
      inside.push(path.isPointInFill(point));
    }
  }
  return inside;
}

describe('milestone symbols', () => {
  afterEach(() => {
    for (const svg of document.body.querySelectorAll(':scope > svg')) svg.remove();
  });

  it('has a path centred on 0,0 for every kind, each shape distinct', () => {
    for (const kind of KIND_ORDER) {
      const d = symbolPath(kind);
      expect(d, kind).to.match(/^M0,0m[-\d.,]+[lhva][-\d.,lhvaz]*$/);
    }
    expect(new Set(KIND_ORDER.map((kind) => symbolPath(kind))).size).to.equal(KIND_ORDER.length);
    expect(new Set(KIND_ORDER.map((kind) => KINDS[kind].shape)).size).to.equal(KIND_ORDER.length);
  });

  it('keeps the size and bounds d3-shape gave each kind, inside its track', () => {
    for (const kind of KIND_ORDER) {
      const [reference, turn] = D3_SYMBOLS[kind];
      const box = drawn(symbolPath(kind)).getBBox();
      const old = drawn(reference).getBBox();
      // d3's box, turned as the kind was (the turned cross is checked point by point below).
      if (turn === 0 || turn === 180) {
        const flip = turn === 180 ? -1 : 1;
        const x = flip > 0 ? old.x : -(old.x + old.width);
        const y = flip > 0 ? old.y : -(old.y + old.height);
        expect(box.x, kind).to.be.closeTo(x, 0.001);
        expect(box.y, kind).to.be.closeTo(y, 0.001);
        expect(box.width, kind).to.be.closeTo(old.width, 0.001);
        expect(box.height, kind).to.be.closeTo(old.height, 0.001);
      }
      // Centred across, about 10 px wide, within the ring and the track.
      expect(box.x + box.width / 2, kind).to.be.closeTo(0, 0.01);
      expect(box.width, kind).to.be.within(9, 2 * (SYMBOL_RADIUS + 3));
      expect(box.y, kind).to.be.at.least(-TRACK_HEIGHT / 2);
      expect(box.y + box.height, kind).to.be.at.most(TRACK_HEIGHT / 2);
    }
  });

  it('fills the same points as the d3-shape symbol it replaces, of the same area', () => {
    const step = 0.25;
    for (const kind of KIND_ORDER) {
      const [reference, turn] = D3_SYMBOLS[kind];
      const now = fillMap(drawn(symbolPath(kind)), 0, step);
      const before = fillMap(drawn(reference), turn, step);
      const differ = now.filter((inside, i) => inside !== before[i]).length;
      // Only points on the very edge may differ (the turned cross is rounded to 0.0001 px).
      expect(differ, kind).to.be.at.most(4);
      const area = now.filter(Boolean).length * step * step;
      expect(area, kind).to.be.closeTo(SYMBOL_AREA, SYMBOL_AREA * 0.06);
    }
  });

  it('is drawn where it is placed, without a transform', () => {
    for (const kind of KIND_ORDER) {
      const centred = drawn(symbolPath(kind)).getBBox();
      const placed = drawn(symbolPath(kind, 123.5, 45.25)).getBBox();
      expect(placed.x - centred.x, kind).to.be.closeTo(123.5, 0.001);
      expect(placed.y - centred.y, kind).to.be.closeTo(45.25, 0.001);
      expect(placed.width, kind).to.be.closeTo(centred.width, 0.001);
      expect(placed.height, kind).to.be.closeTo(centred.height, 0.001);
    }
  });
});
