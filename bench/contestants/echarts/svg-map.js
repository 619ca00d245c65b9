// ECharts map with the svg renderer.
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { map } from './map.js';

use([SVGRenderer]);

export const { mount, update } = map('svg');
