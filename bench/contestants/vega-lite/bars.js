// Vega-Lite compiled at run time, rendered by Vega's SVG renderer.
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { BAR_COLOR, LABEL_MARGIN, thinned } from '../shared.js';

function spec(rows, { width, height }) {
  const labels = rows.map((r) => r.label);
  return {
    width: width - LABEL_MARGIN - 24,
    height: height - 28,
    padding: { left: LABEL_MARGIN, top: 4, right: 8, bottom: 24 },
    autosize: { type: 'none' },
    data: { name: 'rows' },
    mark: { type: 'bar', color: BAR_COLOR, tooltip: true },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: null,
        axis: { title: null, values: thinned(labels, height - 32), labelLimit: LABEL_MARGIN - 10 },
      },
      x: { field: 'value', type: 'quantitative', axis: { title: null, format: '$.2s' } },
    },
    config: { view: { stroke: null } },
  };
}

export async function mount(container, rows, size) {
  const div = document.createElement('div');
  container.append(div);
  const view = new View(parse(compile(spec(rows, size)).spec), {
    renderer: 'svg',
    container: div,
    hover: true,
  });
  view.data('rows', rows);
  await view.runAsync();
  return view;
}

export async function update(view, rows) {
  view.data('rows', rows);
  await view.runAsync();
}
