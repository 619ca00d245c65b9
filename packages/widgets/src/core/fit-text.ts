/**
 * Fitting SVG text into its room without measuring it: layouts are pure
 * functions with no DOM to measure text in, and SVG text does not wrap or
 * shorten itself, so a long name would run past the picture's edge.
 */

/**
 * A character's advance in em, on the wide side, so that text fitted with it
 * does not overrun its room in common UI fonts, bold included.
 */
const EM_PER_CHARACTER = 0.6;

/** Estimated width of `text` drawn at `fontSize` px. */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * EM_PER_CHARACTER;
}

/** `text` shortened with "…" to fit `room` px by {@link textWidth}; unchanged when it fits. */
export function fitText(text: string, room: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= room) return text;
  const keep = Math.floor(room / (fontSize * EM_PER_CHARACTER)) - 1;
  return `${text.slice(0, Math.max(keep, 0)).trimEnd()}…`;
}
