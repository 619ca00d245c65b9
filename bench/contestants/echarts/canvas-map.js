// ECharts map with the canvas renderer.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { map } from './map.js';

use([CanvasRenderer]);

export const { mount, update } = map('canvas');
