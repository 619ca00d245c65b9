// Everything but the validator: what the widgets import statically. They load
// the validator on first use of host data (`@dealboard/dataset/validate`), and
// a bundler cannot split it out of a module graph that re-exports it.
export type * from './types.js';
export { dataset } from './data.js';
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
export {
  alpha3ToAlpha2,
  alpha3ToNumeric,
  COUNTRY_TABLE,
  isCountryCode,
  numericToAlpha3,
} from './countries.js';
