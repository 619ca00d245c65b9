// ECharts scatter on a time axis, one category per lane.
import { init, use } from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

use([ScatterChart, GridComponent, TooltipComponent]);

export function timeline(renderer) {
  return {
    mount(container, { lanes, points }, { width, height }) {
      const div = document.createElement('div');
      div.style.cssText = `width:${width}px;height:${height}px`;
      container.append(div);
      const chart = init(div, null, { renderer, width, height });
      chart.setOption({
        animation: false,
        tooltip: {},
        grid: { left: LABEL_MARGIN, right: 8, top: 8, bottom: 24, containLabel: false },
        xAxis: { type: 'time' },
        yAxis: {
          type: 'category',
          inverse: true,
          data: lanes.map((l) => l.label),
          axisLabel: { interval: 0 },
        },
        series: [
          {
            type: 'scatter',
            symbolSize: 8,
            progressive: 0,
            data: points.map((p) => ({
              value: [p.t, p.lane],
              itemStyle: {
                color: p.status === 'reported' ? KIND_COLORS[p.kind] : '#fff',
                borderColor: KIND_COLORS[p.kind],
                borderWidth: 1.5,
              },
            })),
          },
        ],
      });
      return chart;
    },
  };
}
