/**
 * `@dealboard/widgets`: importing this module registers every Dealboard
 * element. Import `@dealboard/widgets/<element>.js` to register just one.
 */
export * from './define/deal-value-chart.js';
export * from './define/delivery-tracker.js';
export * from './define/country-stance-map.js';
export * from './define/timeline-slider.js';
export { DealboardElement } from './core/dealboard-element.js';
export type { Theme } from './core/dealboard-element.js';
export type {
  SelectDetail,
  ErrorDetail,
  DealboardSelectEvent,
  DealboardErrorEvent,
} from './core/events.js';
export { defineElement } from './core/define.js';
export type { GroupState } from './core/group.js';
