// Chart.js with chartjs-chart-geo: a choropleth of world-atlas 110m, Equal Earth.
import { Chart, Tooltip } from 'chart.js';
import {
  ChoroplethController,
  ColorScale,
  GeoFeature,
  ProjectionScale,
  topojson,
} from 'chartjs-chart-geo';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

Chart.register(ChoroplethController, GeoFeature, ProjectionScale, ColorScale, Tooltip);

export function mount(container, stances, { width, height }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  container.append(canvas);
  const countries = topojson.feature(world, world.objects.countries).features;
  const byId = new Map(stances.map((s) => [s.id, s.category]));
  const fills = countries.map((c) => STANCE_COLORS[byId.get(c.id)] ?? NO_STANCE);
  return new Chart(canvas, {
    type: 'choropleth',
    data: {
      labels: countries.map((c) => c.properties.name),
      datasets: [
        {
          data: countries.map((feature, i) => ({ feature, value: i })),
          backgroundColor: fills,
          borderColor: '#fff',
          borderWidth: 0.5,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      plugins: { legend: { display: false } },
      scales: {
        projection: { axis: 'x', projection: 'equalEarth' },
        color: { axis: 'x', display: false },
      },
    },
  });
}
