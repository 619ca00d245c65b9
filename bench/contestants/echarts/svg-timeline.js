// ECharts timeline with the svg renderer.
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { timeline } from './timeline.js';

use([SVGRenderer]);

export const { mount, update } = timeline('svg');
