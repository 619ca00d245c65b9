// Vega-Lite points on a time axis, one row per lane, Vega SVG renderer.
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

export async function mount(container, { lanes, points }, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  const values = points.map((p) => ({
    t: p.t,
    lane: lanes[p.lane].label,
    stroke: KIND_COLORS[p.kind],
    fill: p.status === 'reported' ? KIND_COLORS[p.kind] : '#fff',
  }));
  const spec = {
    width: width - LABEL_MARGIN - 16,
    height: height - 28,
    padding: { left: LABEL_MARGIN, top: 4, right: 8, bottom: 24 },
    autosize: { type: 'none' },
    data: { name: 'points' },
    mark: { type: 'point', filled: false, size: 50, strokeWidth: 1.5, tooltip: true },
    encoding: {
      x: { field: 't', type: 'temporal', axis: { title: null } },
      y: {
        field: 'lane',
        type: 'nominal',
        sort: lanes.map((l) => l.label),
        axis: { title: null, labelLimit: LABEL_MARGIN - 10 },
      },
      stroke: { field: 'stroke', type: 'nominal', scale: null },
      fill: { field: 'fill', type: 'nominal', scale: null },
    },
    config: { view: { stroke: null } },
  };
  const view = new View(parse(compile(spec).spec), { renderer: 'svg', container: div });
  view.data('points', values);
  await view.runAsync();
  return view;
}
