/** Read-only helpers the widgets need over a (valid) dataset. */
import { isKnownBy, parsePartialDate } from './dates.js';
import type {
  CountryCode,
  Dataset,
  Deal,
  PartialDate,
  Quantity,
  Quote,
  Source,
  SourceId,
  Stance,
  ValueClaim,
} from './types.js';

export interface ValueRange {
  /** Lowest exact or approximate claim; `null` when the deal has only bounds. */
  min: number | null;
  /** Highest exact or approximate claim; `null` when the deal has only bounds. */
  max: number | null;
  /** The exact and approximate claims (the points `min` and `max` come from). */
  claims: ValueClaim[];
  /** The at-least and at-most claims: bounds, not range ends. */
  bounds: ValueClaim[];
}

/** The spread of a deal's value claims; `null` when no source gives a value. */
export function valueRange(deal: Deal): ValueRange | null {
  if (deal.valueClaims.length === 0) return null;
  // One pass, no intermediate arrays: charts call this for every deal.
  const claims: ValueClaim[] = [];
  const bounds: ValueClaim[] = [];
  let min: number | null = null;
  let max: number | null = null;
  for (const claim of deal.valueClaims) {
    if (claim.relation === 'exact' || claim.relation === 'approximate') {
      claims.push(claim);
      if (min === null || claim.amountUsd < min) min = claim.amountUsd;
      if (max === null || claim.amountUsd > max) max = claim.amountUsd;
    } else if (claim.relation === 'at-least' || claim.relation === 'at-most') {
      bounds.push(claim);
    }
  }
  return { min, max, claims, bounds };
}

/** The sources a record cites, in cited order; unknown ids are skipped. */
export function sourcesOf(dataset: Dataset, record: { sources: readonly SourceId[] }): Source[] {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return record.sources.flatMap((id) => byId.get(id) ?? []);
}

/** A record citing sources, perhaps with words from one of them. */
interface Cited {
  sources: SourceId[];
  quote?: string | Quote;
  quoteSource?: SourceId;
}

function checkDate(date: PartialDate): void {
  if (!parsePartialDate(date)) {
    throw new RangeError(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
}

/**
 * The story as it stood on `date`:
 * - deals, reported milestones, stances and context figures dated after it
 *   are gone (deals by `date`, milestones by the start of `date`, stances by
 *   `since`; undated records stay), with the milestones and figures of gone
 *   deals. Expected milestones are forecasts: they stay while a source that
 *   made the forecast had been published, whatever date they forecast;
 * - every claim (value claim, quantity, milestone, stance, context figure)
 *   keeps only the sources published by then, and is gone if none was; a
 *   quote whose source (`quoteSource`, a stance's `quote.source`) was not
 *   published yet is gone, though its record may stay. A
 *   source counts as published once its period starts (`2021-02` from
 *   1 February 2021).
 * A deal keeps the sources it cites that were published by then, or all of
 * them if none was; `sources` is unchanged, so every citation still
 * resolves. Throws a RangeError if `date` is not a date.
 */
export function asOf(dataset: Dataset, date: PartialDate): Dataset {
  checkDate(date);
  const published = new Set(
    dataset.sources.filter((s) => isKnownBy(s.date, date)).map((s) => s.id),
  );
  const dated = (d: PartialDate | undefined) => d === undefined || isKnownBy(d, date);

  function known<T extends Cited>(claim: T): T | null {
    const sources = claim.sources.filter((id) => published.has(id));
    if (!sources.length) return null;
    const out = { ...claim, sources };
    // Words from a source not published yet go, even when the claim stays.
    const from = typeof out.quote === 'object' ? out.quote.source : out.quoteSource;
    if (from !== undefined && !published.has(from)) {
      delete out.quote;
      delete out.quoteSource;
    }
    return out;
  }
  function withQuantity<T extends { quantity?: Quantity; units?: Quantity }>(
    record: T,
    key: 'quantity' | 'units',
  ): T {
    const quantity = record[key];
    if (quantity === undefined) return record;
    const kept = known(quantity);
    const out: T = { ...record };
    if (kept) out[key] = kept;
    else delete out[key];
    return out;
  }
  const present = <T>(x: T | null): x is T => x !== null;
  const publishedOr = (ids: SourceId[]) => {
    const out = ids.filter((id) => published.has(id));
    return out.length ? out : ids;
  };

  const deals = dataset.deals
    .filter((d) => dated(d.date))
    .map((d) =>
      withQuantity(
        {
          ...d,
          // Cited by the articles out by then; by all of them when none was
          // yet (the deal is known from them, if not by then).
          sources: publishedOr(d.sources),
          valueClaims: d.valueClaims.map(known).filter(present),
        },
        'quantity',
      ),
    );
  const dealIds = new Set(deals.map((d) => d.id));

  const out: Dataset = {
    version: dataset.version,
    sources: dataset.sources,
    deals,
    contextFigures: dataset.contextFigures
      .filter((f) => dated(f.date) && (f.dealId === undefined || dealIds.has(f.dealId)))
      .map(known)
      .filter(present),
    milestones: dataset.milestones
      .filter((m) => (m.status === 'expected' || dated(m.date)) && dealIds.has(m.dealId))
      .map(known)
      .filter(present)
      .map((m) => withQuantity(m, 'units')),
    stances: dataset.stances
      .filter((s) => dated(s.since))
      .map(known)
      .filter(present),
  };
  if (dataset.title !== undefined) out.title = dataset.title;
  return out;
}

/**
 * The stance of `country` in force on `date` (default: the latest): the one
 * with the latest `since` not after it; a stance without `since` counts as
 * always in force. Later entries win ties. Uses every stance, whatever its
 * sources' dates: combine with {@link asOf} for what was known then.
 */
export function stanceAt(
  dataset: Dataset,
  country: CountryCode,
  date?: PartialDate,
): Stance | undefined {
  if (date !== undefined) checkDate(date);
  let best: Stance | undefined;
  let bestStart = -Infinity;
  for (const stance of dataset.stances) {
    if (stance.country !== country) continue;
    let start = -Infinity;
    if (stance.since !== undefined) {
      const since = parsePartialDate(stance.since);
      if (!since || (date !== undefined && !isKnownBy(stance.since, date))) continue;
      start = since.start.getTime();
    }
    if (!best || start >= bestStart) {
      best = stance;
      bestStart = start;
    }
  }
  return best;
}

/** The publication date of the newest source (by period start); `null` with no sources. */
export function latestSourceDate(dataset: Dataset): PartialDate | null {
  let latest: PartialDate | null = null;
  let latestStart = -Infinity;
  for (const source of dataset.sources) {
    const period = parsePartialDate(source.date);
    if (period && period.start.getTime() > latestStart) {
      latest = source.date;
      latestStart = period.start.getTime();
    }
  }
  return latest;
}
