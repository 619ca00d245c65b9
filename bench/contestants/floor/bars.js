// The floor: a hand-written horizontal bar chart in plain SVG, no library.
// One rect per row, thinned row labels on the left, a value axis with grid lines.
import { BAR_COLOR, LABEL_MARGIN, barLayout, usd } from '../shared.js';

const NS = 'http://www.w3.org/2000/svg';

function node(name, attributes, text) {
  const el = document.createElementNS(NS, name);
  for (const key in attributes) el.setAttribute(key, attributes[key]);
  if (text !== undefined) el.textContent = text;
  return el;
}

function draw(state, rows) {
  const { svg, width, height } = state;
  const { plotHeight, band, every, values, x } = barLayout(rows, width, height);
  const frag = document.createDocumentFragment();
  const grid = node('g', { stroke: '#d8dee4', transform: `translate(${LABEL_MARGIN} 0)` });
  const axis = node('g', { 'font-size': 11, fill: '#59636e', 'text-anchor': 'middle' });
  for (const v of values) {
    grid.append(node('line', { x1: x(v), x2: x(v), y1: 0, y2: plotHeight }));
    axis.append(node('text', { x: LABEL_MARGIN + x(v), y: plotHeight + 16 }, usd(v)));
  }
  frag.append(grid, axis);
  const bars = node('g', { fill: BAR_COLOR, transform: `translate(${LABEL_MARGIN} 0)` });
  const labels = node('g', { 'font-size': 11, 'text-anchor': 'end', fill: '#1b1f24' });
  state.rects = [];
  state.labels = [];
  rows.forEach((row, i) => {
    const rect = node('rect', {
      x: 0,
      y: i * band + band * 0.1,
      width: x(row.value),
      height: Math.max(band * 0.8, 0.5),
    });
    state.rects.push(rect);
    bars.append(rect);
    if (i % every === 0) {
      const label = node('text', { x: LABEL_MARGIN - 6, y: i * band + band / 2 + 4 }, row.label);
      state.labels.push(label);
      labels.append(label);
    }
  });
  frag.append(bars, labels);
  state.every = every;
  state.axis = { grid, axis, x, values };
  svg.replaceChildren(frag);
}

export function mount(container, rows, { width, height }) {
  const svg = node('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const state = { svg, width, height };
  draw(state, rows);
  container.append(svg);
  return state;
}

/** New values for the same rows: the marks are updated in place. */
export function update(state, rows) {
  if (rows.length !== state.rects.length) return draw(state, rows);
  const { plotHeight, values, x } = barLayout(rows, state.width, state.height);
  rows.forEach((row, i) => state.rects[i].setAttribute('width', x(row.value)));
  state.labels.forEach((label, j) => (label.textContent = rows[j * state.every].label));
  const grid = document.createDocumentFragment();
  const axis = document.createDocumentFragment();
  for (const v of values) {
    grid.append(node('line', { x1: x(v), x2: x(v), y1: 0, y2: plotHeight }));
    axis.append(node('text', { x: LABEL_MARGIN + x(v), y: plotHeight + 16 }, usd(v)));
  }
  state.axis.grid.replaceChildren(grid);
  state.axis.axis.replaceChildren(axis);
}
