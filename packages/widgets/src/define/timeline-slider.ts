import { defineElement } from '../core/define.js';
import { DealboardTimelineSlider } from '../timeline-slider/timeline-slider.js';

defineElement('dealboard-timeline-slider', DealboardTimelineSlider);

export { DealboardTimelineSlider };
