// ECharts timeline with the canvas renderer.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { timeline } from './timeline.js';

use([CanvasRenderer]);

export const { mount, update } = timeline('canvas');
