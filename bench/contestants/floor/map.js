// The map floor: d3-geo and topojson-client, one SVG path per country, no framework.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { NO_STANCE, STANCE_COLORS } from '../shared.js';

/** `projection` fitted to the width: Equal Earth for outlines in degrees. */
export function drawMap(container, topology, stances, { width }, projection = geoEqualEarth()) {
  const NS = 'http://www.w3.org/2000/svg';
  const countries = feature(topology, topology.objects.countries);
  projection.fitWidth(width, countries);
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds(countries)[1][1]);
  const byId = new Map(stances.map((s) => [s.id, s.category]));
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const g = document.createElementNS(NS, 'g');
  g.setAttribute('stroke', '#fff');
  g.setAttribute('stroke-width', '0.5');
  for (const country of countries.features) {
    const el = document.createElementNS(NS, 'path');
    el.setAttribute('d', path(country));
    const category = byId.get(country.id);
    el.setAttribute('fill', category ? STANCE_COLORS[category] : NO_STANCE);
    g.append(el);
  }
  svg.append(g);
  container.append(svg);
  return svg;
}

export function mount(container, stances, size) {
  return drawMap(container, world, stances, size);
}
