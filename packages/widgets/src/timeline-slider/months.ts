/** Month arithmetic on `YYYY-MM` strings, in UTC, for the timeline slider. */

export function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return year! * 12 + ((m ?? 1) - 1);
}

export function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) falls in; a year counts as its January. */
export function toMonth(date: string): string {
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
}

/** Every month from `first` to `last`, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const from = monthIndex(first);
  const to = monthIndex(last);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthAt(from + i));
}
