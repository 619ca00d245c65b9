// Observable Plot: one dot per milestone, lanes on a band scale, time on x.
import { dot, plot } from '@observablehq/plot';
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

export function mount(container, { lanes, points }, { width, height }) {
  const label = (p) => lanes[p.lane].label;
  const svg = plot({
    width,
    height,
    marginLeft: LABEL_MARGIN,
    marginTop: 8,
    x: { type: 'utc', grid: true, label: null },
    y: { domain: lanes.map((l) => l.label), label: null },
    color: { type: 'identity' },
    marks: [
      dot(points, {
        x: (p) => new Date(p.t),
        y: label,
        r: 4,
        stroke: (p) => KIND_COLORS[p.kind],
        fill: (p) => (p.status === 'reported' ? KIND_COLORS[p.kind] : '#fff'),
        tip: true,
      }),
    ],
  });
  container.append(svg);
  return svg;
}
