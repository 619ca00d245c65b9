// Vega-Lite geoshape of world-atlas 110m (TopoJSON read by Vega), Equal Earth.
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

export async function mount(container, stances, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  const spec = {
    width,
    height,
    padding: 0,
    autosize: { type: 'none' },
    data: { values: world, format: { type: 'topojson', feature: 'countries' } },
    transform: [
      { lookup: 'id', from: { data: { values: stances }, key: 'id', fields: ['category'] } },
      {
        calculate: `${JSON.stringify(STANCE_COLORS)}[datum.category] || '${NO_STANCE}'`,
        as: 'fill',
      },
    ],
    projection: { type: 'equalEarth' },
    mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.5, tooltip: true },
    encoding: { fill: { field: 'fill', type: 'nominal', scale: null } },
    config: { view: { stroke: null } },
  };
  const view = new View(parse(compile(spec).spec), { renderer: 'svg', container: div });
  await view.runAsync();
  return view;
}
