// Dealboard's <delivery-tracker>, fed the whole dataset.
import '@dealboard/widgets/delivery-tracker.js';
import { settled } from './settle.js';

/** Off the clock: a milestone whose mark shows that the given data is drawn. */
export const expect = (dataset) => `.mark[data-id="${dataset.milestones[0].id}"]`;

export async function mount(container, dataset, _size, selector) {
  const tracker = document.createElement('delivery-tracker');
  tracker.data = dataset;
  container.append(tracker);
  await settled(tracker, (root) => root.querySelector(selector) !== null);
  return tracker;
}
