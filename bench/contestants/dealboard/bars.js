// Dealboard's <deal-value-chart>, fed the whole dataset (it validates it itself).
import '@dealboard/widgets/deal-value-chart.js';
import { settled, topDealId } from './settle.js';

/** Off the clock: the id of the row drawn first once the given data is shown. */
export const expect = topDealId;

const showing = (id) => (root) =>
  root.querySelector('.mark[data-id]')?.getAttribute('data-id') === id;

export async function mount(container, dataset, _size, topId) {
  const chart = document.createElement('deal-value-chart');
  chart.data = dataset;
  container.append(chart);
  await settled(chart, showing(topId));
  return chart;
}

export async function update(chart, dataset, topId) {
  chart.data = dataset;
  await settled(chart, showing(topId));
}
