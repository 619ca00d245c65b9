import * as React from 'react';
import { createComponent } from '@lit/react';
import { CountryStanceMap as CountryStanceMapElement } from '@dealboard/widgets/country-stance-map.js';
import { dealboardEvents } from './events.js';

/**
 * `<country-stance-map>` as a React component. Element properties are
 * props; `onDealboardSelect` and `onDealboardError` are the element's events.
 */
export const CountryStanceMap = createComponent({
  react: React,
  tagName: 'country-stance-map',
  elementClass: CountryStanceMapElement,
  events: dealboardEvents,
  displayName: 'CountryStanceMap',
});

export type CountryStanceMapProps = React.ComponentProps<typeof CountryStanceMap>;
export { CountryStanceMapElement };
