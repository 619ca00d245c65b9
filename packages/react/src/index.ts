/**
 * `@dealboard/react`: React components for the Dealboard elements, made with
 * `@lit/react`. Import one from `@dealboard/react/<element>.js` to register
 * just that element, or any of them from here (bundlers keep only the ones
 * used: this package has no side effects of its own).
 */
export { DealValueChart, DealValueChartElement } from './deal-value-chart.js';
export type { DealValueChartProps } from './deal-value-chart.js';
export { DeliveryTracker, DeliveryTrackerElement } from './delivery-tracker.js';
export type { DeliveryTrackerProps } from './delivery-tracker.js';
export { CountryStanceMap, CountryStanceMapElement } from './country-stance-map.js';
export type { CountryStanceMapProps } from './country-stance-map.js';
export { TimelineSlider, TimelineSliderElement } from './timeline-slider.js';
export type { TimelineSliderProps } from './timeline-slider.js';
export { dealboardEvents } from './events.js';
export type {
  DealboardErrorEvent,
  DealboardSelectEvent,
  ErrorDetail,
  SelectDetail,
} from '@dealboard/widgets';
