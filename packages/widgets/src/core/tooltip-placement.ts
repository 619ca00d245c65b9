/** Where the hover tooltip goes by its mark: pure geometry, from measured boxes. */

/** Space between the hover tooltip and its mark, and between it and the frame's edge. */
const TIP_GAP = 8;
const TIP_MARGIN = 4;

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/**
 * Where the hover tooltip (`tip`'s size) goes, in the coordinates of `mark`
 * and `bounds`: above the mark, else below, right or left of it, whichever
 * first has room inside `bounds`; failing all, over the mark. Then kept
 * inside `bounds`, as the frame clips what sticks out.
 */
export function placeTooltip(
  mark: Box,
  tip: { width: number; height: number },
  bounds: Box,
): { left: number; top: number } {
  const { width: w, height: h } = tip;
  const [midX, midY] = [mark.left + mark.width / 2 - w / 2, mark.top + mark.height / 2 - h / 2];
  const [minX, maxX] = [bounds.left + TIP_MARGIN, bounds.right - TIP_MARGIN - w];
  const [minY, maxY] = [bounds.top + TIP_MARGIN, bounds.bottom - TIP_MARGIN - h];
  const above = mark.top - TIP_GAP - h;
  const below = mark.bottom + TIP_GAP;
  const right = mark.right + TIP_GAP;
  const left = mark.left - TIP_GAP - w;
  const at =
    above >= minY
      ? { left: midX, top: above }
      : below <= maxY
        ? { left: midX, top: below }
        : right <= maxX
          ? { left: right, top: midY }
          : left >= minX
            ? { left, top: midY }
            : { left: midX, top: midY };
  return {
    left: Math.max(minX, Math.min(at.left, maxX)),
    top: Math.max(minY, Math.min(at.top, maxY)),
  };
}
