// Everything but the validator and the data: what the widgets import
// statically. They load the validator (`@dealboard/dataset/validate`) or the
// bundled data (`@dealboard/dataset/data`) on first need, and a bundler cannot
// split a module out of a graph that also re-exports it.
export type * from './types.js';
export { BUNDLED_REPORTING_PERIOD } from './reporting-period.js';
export {
  CLAIM_RELATIONS,
  CONTEXT_FIGURE_KINDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  SOURCE_KIND_VALUES,
  STANCE_CATEGORIES,
} from './vocabulary.js';
export {
  compareStart,
  isKnownBy,
  isPartialDate,
  parsePartialDate,
  spanOf,
  startTime,
  type DatePeriod,
  type DatePrecision,
  type DateSpan,
} from './dates.js';
export {
  asOf,
  latestSourceDate,
  sourcesOf,
  stanceAt,
  valueRange,
  type ValueRange,
} from './query.js';
export { loadedValidator, type Validator } from './validator-slot.js';
export {
  alpha3ToAlpha2,
  alpha3ToNumeric,
  COUNTRY_TABLE,
  isCountryCode,
  numericToAlpha3,
} from './countries.js';
