// Observable Plot: geo mark on world-atlas 110m, Equal Earth.
import { geo, plot } from '@observablehq/plot';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

export function mount(container, stances, { width }) {
  const countries = feature(world, world.objects.countries);
  const byId = new Map(stances.map((s) => [s.id, s.category]));
  const svg = plot({
    width,
    projection: { type: 'equal-earth', domain: countries },
    color: { type: 'identity' },
    marks: [
      geo(countries, {
        fill: (f) => STANCE_COLORS[byId.get(f.id)] ?? NO_STANCE,
        stroke: '#fff',
        strokeWidth: 0.5,
        tip: true,
        title: (f) => f.properties.name,
      }),
    ],
  });
  container.append(svg);
  return svg;
}
