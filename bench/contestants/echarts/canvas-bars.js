// ECharts bars with the canvas renderer.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { bars } from './bars.js';

use([CanvasRenderer]);

export const { mount, update } = bars('canvas');
