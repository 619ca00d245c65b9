import * as React from 'react';
import { createComponent } from '@lit/react';
import { DealboardTimelineSlider } from '@dealboard/widgets/timeline-slider.js';

/**
 * `<dealboard-timeline-slider>` as a React component: sets `as-of` for the
 * Dealboard elements of its `group`. It fires no Dealboard events.
 */
export const TimelineSlider = createComponent({
  react: React,
  tagName: 'dealboard-timeline-slider',
  elementClass: DealboardTimelineSlider,
  displayName: 'TimelineSlider',
});

export type TimelineSliderProps = React.ComponentProps<typeof TimelineSlider>;
export { DealboardTimelineSlider as TimelineSliderElement };
