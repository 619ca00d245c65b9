// Dealboard's <delivery-tracker>, fed the whole dataset.
import '@dealboard/widgets/delivery-tracker.js';
import { startTime } from '@dealboard/dataset/core';
import { settled } from './settle.js';

/**
 * Off the clock: a milestone whose mark shows that the given data is drawn. The
 * tracker draws only the lanes in view, so one of the top lane's: the deal
 * signed first (the first such in the data on a tie; its lanes sort stably).
 */
export const expect = (dataset) => {
  const first = dataset.deals.reduce((a, b) => (startTime(b.date) < startTime(a.date) ? b : a));
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
