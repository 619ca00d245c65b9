import * as React from 'react';
import { createComponent } from '@lit/react';
import { DeliveryTracker as DeliveryTrackerElement } from '@dealboard/widgets/delivery-tracker.js';
import { dealboardEvents } from './events.js';

/**
 * `<delivery-tracker>` as a React component. Element properties are props;
 * `onDealboardSelect` and `onDealboardError` are the element's events.
 */
export const DeliveryTracker = createComponent({
  react: React,
  tagName: 'delivery-tracker',
  elementClass: DeliveryTrackerElement,
  events: dealboardEvents,
  displayName: 'DeliveryTracker',
});

export type DeliveryTrackerProps = React.ComponentProps<typeof DeliveryTracker>;
export { DeliveryTrackerElement };
