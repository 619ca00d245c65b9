import type { ViewPoint } from './zoom.js';

/** What the gestures do to the view; points and distances are fractions of the view. */
export interface GestureHandlers {
  zoomAbout(factor: number, point: ViewPoint): void;
  panBy(dx: number, dy: number): void;
}

/** How far (px) a mouse or pen must move before a press becomes a drag, not a click. */
const DRAG_THRESHOLD = 4;

/**
 * Pointer gestures on the map's SVG: a two-finger pinch zooms (and pans with
 * the fingers' midpoint); a mouse or pen drag pans. A single finger is left
 * to the page (CSS `touch-action`), so a reader scrolling past is never
 * trapped. Once a press has moved, the pointer is captured by the SVG, so the
 * click that ends a drag lands on no country and selects nothing.
 */
export class MapGestures {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragging = false;

  constructor(private readonly handlers: GestureHandlers) {}

  readonly down = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.dragging = false;
  };

  readonly move = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    if (event.pointerType !== 'touch' && event.buttons === 0) {
      // Released outside the map before the drag began: this is a plain hover.
      this.pointers.delete(event.pointerId);
      return;
    }
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const now = { x: event.clientX, y: event.clientY };
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      const before = pinchOf(a!, b!);
      this.pointers.set(event.pointerId, now);
      const [c, d] = [...this.pointers.values()];
      const after = pinchOf(c!, d!);
      this.handlers.panBy((after.x - before.x) / box.width, (after.y - before.y) / box.height);
      if (before.span > 0) {
        const point: ViewPoint = [
          (after.x - box.left) / box.width,
          (after.y - box.top) / box.height,
        ];
        this.handlers.zoomAbout(after.span / before.span, point);
      }
    } else if (event.pointerType !== 'touch') {
      if (!this.dragging && Math.hypot(now.x - last.x, now.y - last.y) < DRAG_THRESHOLD) return;
      if (!this.dragging) svg.setPointerCapture(event.pointerId);
      this.dragging = true;
      this.pointers.set(event.pointerId, now);
      this.handlers.panBy((now.x - last.x) / box.width, (now.y - last.y) / box.height);
    }
  };

  readonly up = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
  };
}

/** Midpoint and distance of two fingers. */
function pinchOf(a: { x: number; y: number }, b: { x: number; y: number }) {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, span: Math.hypot(a.x - b.x, a.y - b.y) };
}
