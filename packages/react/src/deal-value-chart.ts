import * as React from 'react';
import { createComponent } from '@lit/react';
import { DealValueChart as DealValueChartElement } from '@dealboard/widgets/deal-value-chart.js';
import { dealboardEvents } from './events.js';

/**
 * `<deal-value-chart>` as a React component. Element properties (`data`,
 * `src`, `locale`, `theme`, `asOf`, …) are props; `onDealboardSelect` and
 * `onDealboardError` are the element's events.
 */
export const DealValueChart = createComponent({
  react: React,
  tagName: 'deal-value-chart',
  elementClass: DealValueChartElement,
  events: dealboardEvents,
  displayName: 'DealValueChart',
});

export type DealValueChartProps = React.ComponentProps<typeof DealValueChart>;
export { DealValueChartElement };
