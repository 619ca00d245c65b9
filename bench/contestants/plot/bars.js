// Observable Plot (SVG): barX on a band scale; Plot has no update, so an update re-plots.
import { barX, plot, ruleX } from '@observablehq/plot';
import { BAR_COLOR, LABEL_MARGIN, thinned, usd } from '../shared.js';

function draw(rows, { width, height }) {
  const labels = rows.map((r) => r.label);
  return plot({
    width,
    height,
    marginLeft: LABEL_MARGIN,
    marginTop: 8,
    x: { grid: true, tickFormat: usd, label: null },
    y: { domain: labels, ticks: thinned(labels, height - 32), label: null },
    marks: [barX(rows, { x: 'value', y: 'label', fill: BAR_COLOR, tip: true }), ruleX([0])],
  });
}

export function mount(container, rows, size) {
  const svg = draw(rows, size);
  container.append(svg);
  return { svg, size };
}

export function update(state, rows) {
  const svg = draw(rows, state.size);
  state.svg.replaceWith(svg);
  state.svg = svg;
}
