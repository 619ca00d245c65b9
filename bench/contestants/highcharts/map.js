// Highcharts with its map module (Highmaps as a plugin): world-atlas 110m TopoJSON, Equal Earth.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/map.js';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

export function mount(container, stances, { width, height }) {
  const div = document.createElement('div');
  container.append(div);
  return Highcharts.mapChart(div, {
    chart: { map: world, width, height, animation: false },
    title: { text: undefined },
    credits: { enabled: false },
    legend: { enabled: false },
    accessibility: { enabled: false },
    mapNavigation: { enabled: false },
    mapView: { projection: { name: 'EqualEarth' } },
    plotOptions: { series: { animation: false } },
    series: [
      {
        type: 'map',
        joinBy: 'name',
        nullColor: NO_STANCE,
        borderColor: '#fff',
        borderWidth: 0.5,
        data: stances.map((s) => ({ name: s.name, color: STANCE_COLORS[s.category] })),
      },
    ],
  });
}
