import type { EventName } from '@lit/react';
import type { DealboardErrorEvent, DealboardSelectEvent } from '@dealboard/widgets';

/**
 * The React callbacks of the data elements and the DOM events they listen
 * to: `onDealboardSelect` receives a `CustomEvent<SelectDetail>`,
 * `onDealboardError` a `CustomEvent<ErrorDetail>`.
 */
export const dealboardEvents = {
  onDealboardSelect: 'dealboard-select' as EventName<DealboardSelectEvent>,
  onDealboardError: 'dealboard-error' as EventName<DealboardErrorEvent>,
};
