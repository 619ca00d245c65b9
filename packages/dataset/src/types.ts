/**
 * The shape of a Dealboard dataset. Every fact cites one or more sources by
 * id; where sources disagree, every claim is kept with its own sources.
 */

/**
 * A date of honest precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A year-only
 * fact stays a year: it is never widened to a false 1 January.
 */
export type PartialDate = string;

/** ISO 3166-1 alpha-3 country code, upper case (e.g. `IND`). */
export type CountryCode = string;

/** Id of a {@link Source} in the same dataset. */
export type SourceId = string;

export type SourceKind = 'news' | 'opinion' | 'analysis';

export interface Source {
  id: SourceId;
  publisher: string;
  title: string;
  /** Publication date as precise as the text implies. */
  date: PartialDate;
  /** How the date was read from the text, where it is not printed outright. */
  dateNote?: string;
  author?: string;
  kind: SourceKind;
  /** Where the text was first published, if the publisher re-ran it. */
  firstPublishedBy?: string;
  /** Seed article file the facts were read from. */
  file?: string;
  url?: string;
}

/**
 * How a value claim relates to the true figure: `exact` ("$5.4 billion"),
 * `approximate` ("about", "an estimated"), `at-least` ("more than"),
 * `at-most` ("up to"). Bounds are not range ends.
 */
export type ClaimRelation = 'exact' | 'approximate' | 'at-least' | 'at-most';

export interface ValueClaim {
  id: string;
  /** Value in US dollars. */
  amountUsd: number;
  relation: ClaimRelation;
  /** The words of the source, for the detail view. */
  quote?: string;
  /** Which of `sources` the `quote` is from (absent: not said). */
  quoteSource?: SourceId;
  sources: SourceId[];
}

export interface Quantity {
  count: number;
  /** What is counted, in the plural: "units", "regiments", "rifles"… */
  unit: string;
  /** What one of them is called ("unit"), for a count of one; absent: `unit` whatever the count. */
  unitOne?: string;
  /** How `count` relates to the true number ("about 100": `approximate`). Absent: exact. */
  relation?: ClaimRelation;
  sources: SourceId[];
}

export interface Deal {
  id: string;
  buyer: CountryCode;
  supplier: CountryCode;
  /** Weapon system or goods, e.g. "S-400 Triumf". */
  system: string;
  /** Date the deal was signed or ordered. */
  date?: PartialDate;
  quantity?: Quantity;
  /** Every value a source gives. Empty: no source gives a value (undisclosed). */
  valueClaims: ValueClaim[];
  /** One line of context (who makes it, where). */
  summary?: string;
  sources: SourceId[];
}

/**
 * A figure that gives context to the deals (a payment, a trade target). It is
 * drawn as a reference line, never as a deal.
 */
export interface ContextFigure {
  id: string;
  label: string;
  amountUsd: number;
  relation: ClaimRelation;
  date?: PartialDate;
  /** The deal this figure belongs to, if any. */
  dealId?: string;
  kind: 'payment' | 'target' | 'other';
  sources: SourceId[];
}

export type MilestoneKind =
  | 'contract'
  | 'payment'
  | 'training'
  | 'shipment'
  | 'deployment'
  | 'test-firing'
  | 'suspension'
  | 'sanction'
  | 'diplomatic';

/** `reported`: the source says it happened. `expected`: planned or forecast. */
export type MilestoneStatus = 'reported' | 'expected';

export interface Milestone {
  id: string;
  dealId: string;
  kind: MilestoneKind;
  status: MilestoneStatus;
  /** When it happened (or is expected), at the precision the source gives. */
  date: PartialDate;
  /**
   * End of a window ("between September and October 2021", "by the end of
   * 2021"): the fact falls somewhere from `date` to the end of `until`.
   */
  until?: PartialDate;
  label: string;
  /** Units this milestone concerns (delivered, trained…), where stated. */
  units?: Quantity;
  /** Milestones that make conflicting claims about one event share this key. */
  conflictGroup?: string;
  quote?: string;
  /** Which of `sources` the `quote` is from (absent: not said). */
  quoteSource?: SourceId;
  sources: SourceId[];
}

export type StanceCategory =
  | 'supplier'
  | 'buyer'
  | 'buyer-suspended'
  | 'buyer-sanctioned'
  | 'opposing'
  | 'partner'
  | 'neutral';

export interface Quote {
  text: string;
  speaker?: string;
  /**
   * Which of the stance's `sources` the words are from (absent: not said). A
   * stance often cites several articles and only one of them has the quote.
   */
  source?: SourceId;
}

/**
 * A country's stance from a date on. A country may have several stances over
 * time; the one in force at a date is the latest whose `since` is not after it.
 */
export interface Stance {
  id: string;
  country: CountryCode;
  category: StanceCategory;
  summary: string;
  quote?: Quote;
  /** When this stance began, where the sources say. */
  since?: PartialDate;
  sources: SourceId[];
}

export interface Dataset {
  /** Semantic version of the data, cited in exports. */
  version: string;
  title?: string;
  sources: Source[];
  deals: Deal[];
  contextFigures: ContextFigure[];
  milestones: Milestone[];
  stances: Stance[];
}

/** A problem found in input, at a JSON-pointer-like path (`/deals/3/value`). */
export interface ValidationError {
  path: string;
  message: string;
}

export interface ValidationResult {
  /** True only when the input had no error at all. */
  ok: boolean;
  /** Every valid record of the input; `null` when the input is not a dataset at all. */
  data: Dataset | null;
  errors: ValidationError[];
  /**
   * How many records were left out: top-level records and value claims
   * dropped, and entries past a list's limit (never read). Warnings, such as
   * unknown fields, leave their record in and do not count.
   */
  skipped: number;
}
