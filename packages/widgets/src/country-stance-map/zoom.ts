/**
 * Zoom and pan of the map in units of the view: `k` is the scale, `x` and `y`
 * the offset as fractions of the view's width and height. In those units a
 * zoomed view stays on the same place when the element is resized.
 */
export interface Zoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A point as fractions of the view's width and height. */
export type ViewPoint = readonly [x: number, y: number];

export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };
export const MIN_SCALE = 1;
export const MAX_SCALE = 8;

const scaleInRange = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/** Keeps the scale in range and the map covering the whole view: no empty margin pans in. */
function clamped(k: number, x: number, y: number): Zoom {
  const scale = scaleInRange(k);
  const inView = (offset: number) => Math.min(0, Math.max(1 - scale, offset));
  return { k: scale, x: inView(x), y: inView(y) };
}

/** Scales by `factor` about `point` (default: the centre), which stays where it is. */
export function zoomAbout(zoom: Zoom, factor: number, [px, py]: ViewPoint = [0.5, 0.5]): Zoom {
  const k = scaleInRange(zoom.k * factor);
  const ratio = k / zoom.k;
  return clamped(k, px - (px - zoom.x) * ratio, py - (py - zoom.y) * ratio);
}

/** Moves the map by a fraction of the view. */
export function panBy(zoom: Zoom, dx: number, dy: number): Zoom {
  return clamped(zoom.k, zoom.x + dx, zoom.y + dy);
}

/**
 * The smallest pan that shows `point` (a place on the unzoomed map, as a
 * fraction of the view) at least `margin` inside the view.
 */
export function reveal(zoom: Zoom, [px, py]: ViewPoint, margin = 0.1): Zoom {
  const shift = (offset: number, p: number) => {
    const at = offset + p * zoom.k;
    if (at < margin) return offset + margin - at;
    if (at > 1 - margin) return offset - (at - (1 - margin));
    return offset;
  };
  return clamped(zoom.k, shift(zoom.x, px), shift(zoom.y, py));
}

/** The SVG `transform` of the zoomed group at a size in px. */
export function zoomTransform(zoom: Zoom, width: number, height: number): string {
  return `translate(${zoom.x * width} ${zoom.y * height}) scale(${zoom.k})`;
}
