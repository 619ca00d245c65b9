// Dealboard's <country-stance-map>. Its outlines are a lazily imported chunk:
// the harness imports that chunk before the clock starts, and mount resolves
// once the countries of the given data (not "Loading map…") are in the DOM.
import '@dealboard/widgets/country-stance-map.js';
import { settled } from './settle.js';

/** Off the clock: any country with a stance that the outlines have (not Antarctica). */
export const expect = (dataset) =>
  `path.mark[data-id="${dataset.stances.find((s) => s.country !== 'ATA').country}"]`;

export async function mount(container, dataset, _size, selector) {
  const map = document.createElement('country-stance-map');
  map.data = dataset;
  container.append(map);
  await settled(map, (root) => root.querySelector(selector) !== null);
  return map;
}
