import { defineElement } from '../core/define.js';
import { DealValueChart } from '../deal-value-chart/deal-value-chart.js';

defineElement('deal-value-chart', DealValueChart);

export { DealValueChart };
