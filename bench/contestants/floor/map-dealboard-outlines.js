// Control, not a target: the d3-geo floor drawing Dealboard's own simplified
// outlines (the lazily loaded chunk's data), to separate geometry from framework.
// They come projected into Equal Earth's plane, so, as Dealboard does, it only
// scales and moves them (d3-geo's geoIdentity).
import { geoIdentity } from 'd3-geo';
import topology from '../../../packages/widgets/dist/country-stance-map/geometry/world-110m.js';
import { drawMap } from './map.js';

export function mount(container, stances, size) {
  return drawMap(container, topology, stances, size, geoIdentity());
}
