// Chart.js (canvas), tree-shaken: only the bar controller, its scales and tooltips.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { BAR_COLOR, LABEL_MARGIN } from '../shared.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export function mount(container, rows, { width, height }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  container.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [{ data: rows.map((r) => r.value), backgroundColor: BAR_COLOR }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      layout: { padding: { left: 0 } },
      scales: { y: { afterFit: (scale) => (scale.width = LABEL_MARGIN) } },
      plugins: { legend: { display: false } },
    },
  });
}

export function update(chart, rows) {
  chart.data.labels = rows.map((r) => r.label);
  chart.data.datasets[0].data = rows.map((r) => r.value);
  chart.update('none');
}
