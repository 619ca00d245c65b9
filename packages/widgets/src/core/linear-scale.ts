import { nice, ticks } from 'd3-array';

/** A linear mapping from data to pixels, with d3's nice domain and ticks. */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  ticks(count: number): number[];
}

/**
 * d3-scale's scaleLinear brings d3-interpolate, d3-color and d3-format along
 * (about 10 KB gzip) for colour interpolation and tick formats we do not use:
 * our ticks are formatted with Intl. This keeps d3-array's tick and nice
 * algorithms, which are what the charts need. Dates map as their timestamps.
 */
export function linearScale(
  domain: [number, number],
  range: [number, number],
  niceTicks = 10,
): LinearScale {
  const [d0, d1] = nice(domain[0], domain[1], niceTicks);
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}
