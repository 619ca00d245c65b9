// Highcharts (SVG): the core ES module, which has bar charts built in.
import Highcharts from 'highcharts/esm/highcharts.js';
import { BAR_COLOR, LABEL_MARGIN } from '../shared.js';

export function mount(container, rows, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  return Highcharts.chart(div, {
    chart: { type: 'bar', width, height, animation: false, marginLeft: LABEL_MARGIN },
    title: { text: undefined },
    credits: { enabled: false },
    legend: { enabled: false },
    accessibility: { enabled: false },
    xAxis: { categories: rows.map((r) => r.label) },
    yAxis: { title: { text: undefined } },
    plotOptions: { series: { animation: false, color: BAR_COLOR } },
    series: [{ type: 'bar', data: rows.map((r) => r.value) }],
  });
}

export function update(chart, rows) {
  chart.xAxis[0].setCategories(
    rows.map((r) => r.label),
    false,
  );
  chart.series[0].setData(
    rows.map((r) => r.value),
    true,
    false,
    false,
  );
}
