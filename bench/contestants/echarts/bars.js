// ECharts bar chart through echarts/core (tree-shaken); the renderer is chosen by the entry.
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { BAR_COLOR, LABEL_GAP, LABEL_MARGIN } from '../shared.js';

/** Labels skipped between two shown, so they are LABEL_GAP px apart like the others'. */
const skip = (count, height) => Math.max(0, Math.ceil(LABEL_GAP / ((height - 32) / count)) - 1);

use([BarChart, GridComponent, TooltipComponent]);

export function bars(renderer) {
  return {
    mount(container, rows, { width, height }) {
      const div = document.createElement('div');
      div.style.cssText = `width:${width}px;height:${height}px`;
      container.append(div);
      const chart = init(div, null, { renderer, width, height });
      chart.setOption({
        animation: false,
        tooltip: {},
        grid: { left: LABEL_MARGIN, right: 16, top: 8, bottom: 24, containLabel: false },
        xAxis: { type: 'value' },
        yAxis: {
          type: 'category',
          inverse: true,
          data: rows.map((r) => r.label),
          axisLabel: { interval: skip(rows.length, height) },
        },
        // progressive: 0 draws every bar now, not over later frames.
        series: [
          {
            type: 'bar',
            data: rows.map((r) => r.value),
            itemStyle: { color: BAR_COLOR },
            progressive: 0,
          },
        ],
      });
      return chart;
    },
    update(chart, rows) {
      chart.setOption({
        yAxis: { data: rows.map((r) => r.label) },
        series: [{ data: rows.map((r) => r.value) }],
      });
    },
  };
}
