/**
 * Pure keyboard movement through marks laid out in rows (lanes, bars): Left
 * and Right move within a row, Up and Down between rows (to the nearest
 * position), Home and End to the ends. A single row behaves like a list in
 * which Up and Down also move.
 */
export function moveInGrid(
  rows: readonly (readonly string[])[],
  current: string | null,
  key: string,
): string | null {
  const filled = rows.filter((row) => row.length > 0);
  if (filled.length === 0) return null;
  let r = filled.findIndex((row) => current !== null && row.includes(current));
  if (r < 0) return filled[0]![0]!;
  let c = filled[r]!.indexOf(current!);
  const single = filled.length === 1;
  switch (key) {
    case 'ArrowRight':
      c = Math.min(c + 1, filled[r]!.length - 1);
      break;
    case 'ArrowLeft':
      c = Math.max(c - 1, 0);
      break;
    case 'ArrowDown':
      if (single) c = Math.min(c + 1, filled[r]!.length - 1);
      else if (r < filled.length - 1) [r, c] = [r + 1, Math.min(c, filled[r + 1]!.length - 1)];
      break;
    case 'ArrowUp':
      if (single) c = Math.max(c - 1, 0);
      else if (r > 0) [r, c] = [r - 1, Math.min(c, filled[r - 1]!.length - 1)];
      break;
    case 'Home':
      [r, c] = single ? [r, 0] : [0, 0];
      break;
    case 'End': {
      const last = single ? r : filled.length - 1;
      [r, c] = [last, filled[last]!.length - 1];
      break;
    }
    default:
      return current;
  }
  return filled[r]![c]!;
}

/**
 * The mark that takes Tab (roving tab stop): the active one while it is
 * still among the marks, else the first. A deal that left the data (a new
 * input, an earlier `as-of` date) must not leave the picture with no tab stop.
 */
export function tabStop(
  rows: readonly (readonly string[])[],
  active: string | null,
): string | null {
  if (active !== null && rows.some((row) => row.includes(active))) return active;
  return rows.find((row) => row.length > 0)?.[0] ?? null;
}
