import { alpha3ToAlpha2, parsePartialDate } from '@dealboard/dataset/core';
import type { ClaimRelation, Deal, PartialDate, Quantity } from '@dealboard/dataset';

// Intl formatters are costly to build and used per mark: cache them per locale.
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

const supported = new Map<string, string>();

/** A locale the browser supports, else the browser's own (checked once per tag: the check is slow). */
export function safeLocale(locale: string | undefined): string {
  const fallback = navigator.language || 'en';
  if (!locale) return fallback;
  let known = supported.get(locale);
  if (known === undefined) {
    try {
      known = Intl.NumberFormat.supportedLocalesOf(locale).length ? locale : fallback;
    } catch {
      known = fallback;
    }
    supported.set(locale, known);
  }
  return known;
}

/** Compact US-dollar amount in the reader's locale ("$5.4B", "5,4 Mrd. $"). */
export function formatUsd(amount: number, locale: string): string {
  return cached(
    `usd-compact:${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

/** Full US-dollar amount for tables and CSV readers ("$5,430,000,000"; cents only where given: "$0.4"). */
export function formatUsdLong(amount: number, locale: string): string {
  return cached(
    `usd-long:${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

const precisionOptions: Record<string, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** A partial date at its own precision: "2021", "October 2018", "6 December 2021". */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  const options = precisionOptions[parsed.precision]!;
  return cached(
    `date-${parsed.precision}:${locale}`,
    () => new Intl.DateTimeFormat(locale, options),
  ).format(parsed.start);
}

/** A date window ("September 2021 – October 2021") or a single partial date. */
export function formatDateSpan(
  date: PartialDate,
  until: PartialDate | undefined,
  locale: string,
): string {
  return until
    ? `${formatPartialDate(date, locale)} – ${formatPartialDate(until, locale)}`
    : formatPartialDate(date, locale);
}

/** Words for a claim's relation to the true value, for names and details. */
export function relationWord(relation: ClaimRelation): string {
  switch (relation) {
    case 'approximate':
      return 'about ';
    case 'at-least':
      return 'more than ';
    case 'at-most':
      return 'up to ';
    default:
      return '';
  }
}

/** "about 100 personnel", "1 unit" (the quantity's word for one, where it gives one). */
export function quantityText(quantity: Quantity, locale: string): string {
  const relation = relationWord(quantity.relation ?? 'exact');
  const unit = quantity.count === 1 ? (quantity.unitOne ?? quantity.unit) : quantity.unit;
  return `${relation}${formatNumber(quantity.count, locale)} ${unit}`;
}

/**
 * Compares names in the alphabetical order of `locale` ("Ö" after "Z" in
 * Swedish, beside "O" in English). One collator per locale: making one loads
 * collation data.
 */
export function nameOrder(locale: string): (a: string, b: string) => number {
  return cached(`collator:${locale}`, () => new Intl.Collator(locale)).compare;
}

/** Country name in the reader's language, from its alpha-2 code; the code itself as a fallback. */
export function countryName(alpha2: string | undefined, fallback: string, locale: string): string {
  if (!alpha2) return fallback;
  // Names are asked for per row and per comparison when sorting: remember them.
  const names = cached(`region-names:${locale}`, () => new Map<string, string>());
  let name = names.get(alpha2);
  if (name === undefined) {
    try {
      name =
        cached(`region:${locale}`, () => new Intl.DisplayNames(locale, { type: 'region' })).of(
          alpha2,
        ) ?? fallback;
    } catch {
      name = fallback;
    }
    names.set(alpha2, name);
  }
  return name;
}

/** Amount in words for accessible names: "5.4 billion US dollars". */
export function formatUsdWords(amount: number, locale: string): string {
  const number = cached(
    `compact-long:${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 2,
      }),
  ).format(amount);
  return `${number} US dollars`;
}

/** A country's name from its ISO alpha-3 code ("IND" → "India"); the code as a fallback. */
export function countryLabel(code: string, locale: string): string {
  return countryName(alpha3ToAlpha2(code), code, locale);
}

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A name as a run of its own (Unicode first-strong isolate) when it is written
 * right to left: between two such names the arrow would otherwise join their
 * run, and "India ← Russia" in Arabic would show Russia on the arrow's
 * buyer side. Latin-script names are left as they are.
 */
function isolated(name: string): string {
  return RTL_LETTER.test(name) ? `\u2068${name}\u2069` : name;
}

/** A deal's label: "India ← Russia, S-400 Triumf" (buyer ← supplier). */
export function dealLabel(deal: Deal, locale: string): string {
  return `${isolated(countryLabel(deal.buyer, locale))} ← ${isolated(countryLabel(deal.supplier, locale))}, ${isolated(deal.system)}`;
}
