/**
 * What the chart and the tracker share when they have too many rows (or
 * lanes) to draw: they scroll inside a viewport of fixed height and draw only
 * what is in view, while the keyboard, the table and the CSV reach it all.
 */

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
