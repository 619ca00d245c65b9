import type { PartialDate } from './types.js';

/**
 * When the bundled dataset's sources were published: the earliest and the
 * latest source date. A time slider's default range, kept as a constant so
 * that code needing only the range does not load the whole dataset (it is a
 * lazily loaded chunk of the widgets). `test/node/dataset.test.mjs` checks it
 * against `data.ts`.
 */
export const BUNDLED_REPORTING_PERIOD: { readonly first: PartialDate; readonly last: PartialDate } =
  { first: '2021-01', last: '2021-12-06' };
