// Dealboard's <delivery-tracker>, fed the whole dataset.
import '@dealboard/widgets/delivery-tracker.js';
import { settled } from './settle.js';

// A partial date's first day as sortable text: 2019 → 2019-01-01, 2019-03 → 2019-03-01.
const startOf = (deal) => (deal.date ?? '9999').padEnd(10, '-01');

/**
 * Off the clock: a milestone whose mark shows that the given data is drawn. The
 * tracker draws only the lanes in view, so one of the top lane's: the deal
 * signed first (the first such in the data on a tie; its lanes sort stably).
 */
export const expect = (dataset) => {
  const first = dataset.deals.reduce((a, b) => (startOf(b) < startOf(a) ? b : a));
  const milestone = dataset.milestones.find((m) => m.dealId === first.id);
  return `.mark[data-id="${milestone.id}"]`;
};

export async function mount(container, dataset, _size, selector) {
  const tracker = document.createElement('delivery-tracker');
  tracker.data = dataset;
  container.append(tracker);
  await settled(tracker, (root) => root.querySelector(selector) !== null);
  return tracker;
}
