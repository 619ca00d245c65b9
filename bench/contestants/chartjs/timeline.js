// Chart.js scatter: one point per milestone, lanes on a linear y scale.
import { Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import { KIND_COLORS, LABEL_MARGIN } from '../shared.js';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

export function mount(container, { lanes, points }, { width, height }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  container.append(canvas);
  const colors = points.map((p) => KIND_COLORS[p.kind]);
  return new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {
          data: points.map((p) => ({ x: p.t, y: p.lane })),
          pointRadius: 4,
          borderColor: colors,
          backgroundColor: points.map((p, i) => (p.status === 'reported' ? colors[i] : '#fff')),
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      scales: {
        x: { ticks: { callback: (t) => new Date(t).getUTCFullYear() } },
        y: {
          reverse: true,
          min: -0.5,
          max: lanes.length - 0.5,
          afterFit: (scale) => (scale.width = LABEL_MARGIN),
          ticks: { stepSize: 1, autoSkip: false, callback: (v) => lanes[v]?.label ?? '' },
        },
      },
      plugins: { legend: { display: false } },
    },
  });
}
