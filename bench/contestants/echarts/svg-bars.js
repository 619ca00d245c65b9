// ECharts bars with the svg renderer.
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { bars } from './bars.js';

use([SVGRenderer]);

export const { mount, update } = bars('svg');
