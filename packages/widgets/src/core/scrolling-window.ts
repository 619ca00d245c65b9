/**
 * What the chart and the tracker share when they have too many rows (or
 * lanes) to draw: they scroll inside a viewport of fixed height and draw only
 * what is in view, while the keyboard, the table and the CSV reach it all.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Height of the scrolling viewport, in px (the `.scroller` styles say the same). */
export const VIEWPORT_HEIGHT = 560;

/**
 * The items to draw: those from `first` to `last` (exclusive), plus those at
 * the `keep` indices outside that range (the keyboard's tab stop, the focused
 * mark), in document order: moving a focused node in the DOM, as a keyed list
 * does when its place changes, blurs it.
 */
export function windowed<T>(
  items: readonly T[],
  [first, last]: readonly [number, number],
  keep: readonly (number | undefined)[],
): T[] {
  const outside = [...new Set(keep)]
    .filter((i): i is number => i !== undefined && i >= 0 && i < items.length)
    .filter((i) => i < first || i >= last)
    .sort((a, b) => a - b);
  const pick = (i: number) => items[i]!;
  return [
    ...outside.filter((i) => i < first).map(pick),
    ...items.slice(first, last),
    ...outside.filter((i) => i >= last).map(pick),
  ];
}

/**
 * Scrolls `scroller` so that its content from `top` to `bottom` (px) is in
 * view, centred, unless it already is. Returns the new scroll offset, or
 * `null` when it did not move.
 */
export function scrollIntoWindow(
  scroller: HTMLElement,
  top: number,
  bottom: number,
): number | null {
  const viewport = scroller.clientHeight || VIEWPORT_HEIGHT;
  if (top >= scroller.scrollTop && bottom <= scroller.scrollTop + viewport) return null;
  scroller.scrollTop = Math.max(0, (top + bottom) / 2 - viewport / 2);
  return scroller.scrollTop;
}

/**
 * The scroll offset of a widget's `.scroller`, which decides what it draws.
 * It follows the reader's scrolling (one render a frame), brings marks into
 * view for the keyboard, and puts a new scroller (back from the table view,
 * after printing) where the reader left the old one.
 */
export class ScrollingWindow implements ReactiveController {
  /** Scroll offset of the scroller's content, in px. */
  offset = 0;
  private frame = 0;
  private scroller: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  /**
   * The offset for content `height` px tall: no further than its end, when
   * there is less of it than when it was scrolled (a filter, new data).
   */
  offsetWithin(height: number): number {
    this.offset = Math.min(this.offset, Math.max(0, height - VIEWPORT_HEIGHT));
    return this.offset;
  }

  /** The `.scroller`'s `@scroll` listener. */
  readonly onScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (scroller.scrollTop === this.offset) return;
      this.offset = scroller.scrollTop;
      this.host.requestUpdate();
    });
  };

  /** Brings the content from `top` to `bottom` (px) into view, drawing it if it moved. */
  reveal(top: number, bottom: number): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    const offset = scroller && scrollIntoWindow(scroller, top, bottom);
    if (offset === null || offset === undefined) return;
    this.offset = offset;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Only a new scroller is touched: reading or setting the offset of one
    // drawn before would make the browser lay the page out before its time.
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller === this.scroller) return;
    this.scroller = scroller;
    if (scroller && this.offset) scroller.scrollTop = this.offset;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }
}
