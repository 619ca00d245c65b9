/**
 * Helpers for {@link PartialDate}: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial
 * date is a period (a year, a month, a day), never widened to a false 1 January.
 * All instants are UTC.
 */
import type { PartialDate } from './types.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface DatePeriod {
  /** First instant of the period. */
  start: Date;
  /** First instant after the period (exclusive end). */
  end: Date;
  precision: DatePrecision;
}

export interface DateSpan {
  start: Date;
  end: Date;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const PARTIAL_DATE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

// Date.UTC maps years 0–99 to 1900–1999: for those, set the full year explicitly.
function utc(year: number, monthIndex: number, day: number): Date {
  if (year >= 100) return new Date(Date.UTC(year, monthIndex, day));
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

/** Year, month (1–12) and day of a partial date, as far as it names them; `null` if it is not a real one. */
function partsOf(s: unknown): [year: number, month?: number, day?: number] | null {
  if (typeof s !== 'string') return null;
  const m = PARTIAL_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) return [year];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return [year, month];
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day < 1 || day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return [year, month, day];
}

/**
 * Parses a partial date into the period it names, or `null` when the text is
 * not one or names no real calendar date (`2021-13`, `2021-02-30`, `0000`).
 */
export function parsePartialDate(s: unknown): DatePeriod | null {
  const parts = partsOf(s);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (month === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }
  if (day === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1), precision: 'month' };
  }
  return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1), precision: 'day' };
}

/** Whether `s` is a partial date naming a real period; cheaper than parsing it. */
export function isPartialDate(s: unknown): s is PartialDate {
  return partsOf(s) !== null;
}

/**
 * The first instant of a partial date's period in ms, as a sort key: one
 * parse per record instead of one per comparison. No date, or text that is
 * not a date, gives `Infinity`, so it sorts after every real one.
 */
export function startTime(date: PartialDate | undefined): number {
  return (date === undefined ? null : parsePartialDate(date))?.start.getTime() ?? Infinity;
}

/**
 * Orders partial dates by the start of their period, for `Array#sort`. Text
 * that is not a partial date sorts after every real one. Sorting many
 * records, compare their {@link startTime}s instead: this parses both dates.
 */
export function compareStart(a: PartialDate, b: PartialDate): number {
  const [ta, tb] = [startTime(a), startTime(b)];
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}

/**
 * The whole time a fact may fall in: from the start of `date` to the end of
 * `until` (or of `date`, whichever is later). `null` if either is invalid.
 */
export function spanOf(date: PartialDate, until?: PartialDate): DateSpan | null {
  const from = parsePartialDate(date);
  if (!from) return null;
  if (until === undefined) return { start: from.start, end: from.end };
  const to = parsePartialDate(until);
  if (!to) return null;
  return { start: from.start, end: to.end > from.end ? to.end : from.end };
}

/**
 * True when a fact dated `date` had begun by `asOf`: its period starts before
 * the end of the `asOf` period. With a full-day `asOf` that is "starts on or
 * before that day"; with `asOf` = `2021-02`, anything starting in February 2021
 * or earlier counts. False if either is invalid.
 */
export function isKnownBy(date: PartialDate, asOf: PartialDate): boolean {
  const fact = parsePartialDate(date);
  const at = parsePartialDate(asOf);
  return fact !== null && at !== null && fact.start < at.end;
}
