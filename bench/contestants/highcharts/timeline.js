// Highcharts scatter on a datetime axis, one category per lane.
import Highcharts from 'highcharts/esm/highcharts.js';
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

export function mount(container, { lanes, points }, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  return Highcharts.chart(div, {
    chart: { type: 'scatter', width, height, animation: false, marginLeft: LABEL_MARGIN },
    title: { text: undefined },
    credits: { enabled: false },
    legend: { enabled: false },
    accessibility: { enabled: false },
    xAxis: { type: 'datetime' },
    yAxis: {
      categories: lanes.map((l) => l.label),
      reversed: true,
      title: { text: undefined },
      min: 0,
      max: lanes.length - 1,
    },
    plotOptions: { series: { animation: false, turboThreshold: 0 } },
    series: [
      {
        type: 'scatter',
        data: points.map((p) => ({
          x: p.t,
          y: p.lane,
          marker: {
            radius: 4,
            lineWidth: 1.5,
            lineColor: KIND_COLORS[p.kind],
            fillColor: p.status === 'reported' ? KIND_COLORS[p.kind] : '#fff',
          },
        })),
      },
    ],
  });
}
