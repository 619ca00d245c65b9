// The timeline floor: lanes and milestone dots in plain SVG, no library.
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

const NS = 'http://www.w3.org/2000/svg';
const AXIS = 24;

function node(name, attributes, text) {
  const el = document.createElementNS(NS, name);
  for (const key in attributes) el.setAttribute(key, attributes[key]);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function mount(container, { lanes, points }, { width, height }) {
  const plotWidth = width - LABEL_MARGIN - 8;
  const lane = (height - AXIS) / lanes.length;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    if (p.t < min) min = p.t;
    if (p.t > max) max = p.t;
  }
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear() + 1;
  const t0 = Date.UTC(first, 0, 1);
  const t1 = Date.UTC(last, 0, 1);
  const x = (t) => LABEL_MARGIN + ((t - t0) / (t1 - t0)) * plotWidth;
  const svg = node('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const grid = node('g', { stroke: '#d8dee4' });
  const axis = node('g', { 'font-size': 11, fill: '#59636e', 'text-anchor': 'middle' });
  for (let year = first; year <= last; year++) {
    const at = x(Date.UTC(year, 0, 1));
    grid.append(node('line', { x1: at, x2: at, y1: 0, y2: height - AXIS }));
    if (year < last && (year - first) % 2 === 0) {
      axis.append(node('text', { x: at + 12, y: height - 8 }, String(year)));
    }
  }
  const labels = node('g', { 'font-size': 11, 'text-anchor': 'end', fill: '#1b1f24' });
  const rules = node('g', { stroke: '#eaeef2' });
  lanes.forEach((l, i) => {
    const y = i * lane + lane / 2;
    rules.append(node('line', { x1: LABEL_MARGIN, x2: width, y1: y, y2: y }));
    labels.append(node('text', { x: LABEL_MARGIN - 6, y: y + 4 }, l.label));
  });
  const dots = node('g', { 'stroke-width': 1.5 });
  for (const p of points) {
    const color = KIND_COLORS[p.kind];
    dots.append(
      node('circle', {
        cx: x(p.t),
        cy: p.lane * lane + lane / 2,
        r: 4,
        fill: p.status === 'reported' ? color : '#fff',
        stroke: color,
      }),
    );
  }
  svg.append(grid, rules, axis, labels, dots);
  container.append(svg);
  return svg;
}
