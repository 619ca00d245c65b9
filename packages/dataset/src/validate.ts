/**
 * Hand-written dataset validation (no schema library at run time: bundle size
 * matters). It never throws: every read of the input is guarded, the walk has
 * a fixed depth (so cycles cannot loop), and lists are capped. Output records
 * are fresh object literals holding known fields only, so nothing from the
 * input's prototypes or odd keys (`__proto__`, getters) passes through.
 *
 * Rules, in brief (README.md has the full list):
 * - A record (source, deal, value claim, context figure, milestone, stance)
 *   with any error in its fields is dropped; the others are kept. A bad value
 *   claim drops only itself, not its deal.
 * - Unknown fields, and a source's `url` that is not http(s), are reported
 *   and left out; the record is kept.
 * - A record citing a source that is missing (or was dropped) is dropped.
 * - An id may appear once per collection (value claims: once in the whole
 *   dataset); the first valid record with it is kept, later ones are dropped.
 * - `skipped` counts the records left out, for a host to say so honestly.
 */
import { isCountryCode } from './countries.js';
import { isPartialDate, parsePartialDate } from './dates.js';
import { provideValidator } from './validator-slot.js';
import {
  CLAIM_RELATIONS,
  CONTEXT_FIGURE_KINDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  SOURCE_KIND_VALUES,
  STANCE_CATEGORIES,
} from './vocabulary.js';
import type {
  ContextFigure,
  Dataset,
  Deal,
  Milestone,
  Quantity,
  Quote,
  Source,
  Stance,
  ValidationError,
  ValidationResult,
  ValueClaim,
} from './types.js';

export const VALIDATION_LIMITS = {
  /** Longest text field, in UTF-16 code units. */
  textLength: 10_000,
  /** Longest id. */
  idLength: 200,
  /** Records read per collection (and value claims per deal). */
  records: 10_000,
  /** Source ids per `sources` list. */
  citations: 100,
  /** Amounts must be below this many US dollars. */
  amountUsd: 1e13,
  /** Largest quantity count. */
  count: 1e9,
  /** Errors reported; past this, one last error says the list was cut. */
  errors: 1_000,
} as const;

const SOURCE_KINDS = SOURCE_KIND_VALUES;
const RELATIONS = CLAIM_RELATIONS;
const FIGURE_KINDS = CONTEXT_FIGURE_KINDS;
const STATUSES = MILESTONE_STATUSES;
const CATEGORIES = STANCE_CATEGORIES;

const FIELDS = {
  dataset: ['version', 'title', 'sources', 'deals', 'contextFigures', 'milestones', 'stances'],
  source: [
    'id',
    'publisher',
    'title',
    'date',
    'dateNote',
    'author',
    'kind',
    'firstPublishedBy',
    'file',
    'url',
  ],
  deal: [
    'id',
    'buyer',
    'supplier',
    'system',
    'date',
    'quantity',
    'valueClaims',
    'summary',
    'sources',
  ],
  valueClaim: ['id', 'amountUsd', 'relation', 'quote', 'quoteSource', 'sources'],
  quantity: ['count', 'unit', 'unitOne', 'relation', 'sources'],
  contextFigure: ['id', 'label', 'amountUsd', 'relation', 'date', 'dealId', 'kind', 'sources'],
  milestone: [
    'id',
    'dealId',
    'kind',
    'status',
    'date',
    'until',
    'label',
    'units',
    'conflictGroup',
    'quote',
    'quoteSource',
    'sources',
  ],
  stance: ['id', 'country', 'category', 'summary', 'quote', 'since', 'sources'],
  quote: ['text', 'speaker', 'source'],
} as const;

/** Marks a field whose read threw; the error is already reported. */
const UNREADABLE = Symbol('unreadable');

/** JSON-pointer step (RFC 6901 escaping). Made for every record read: escapes only when needed. */
function child(path: string, key: string | number): string {
  const step = String(key);
  return step.includes('~') || step.includes('/')
    ? `${path}/${step.replace(/~/g, '~0').replace(/\//g, '~1')}`
    : `${path}/${step}`;
}

function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * Typed arrays and String objects: objects with one own key per element,
 * which listing the fields would walk in full.
 */
function isIndexed(value: object): boolean {
  try {
    return ArrayBuffer.isView(value) || value instanceof String;
  } catch {
    return false; // a Proxy whose getPrototypeOf trap threw
  }
}

/** A short, safe description of a value for messages: never calls its methods. */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return value.length > 40
        ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)`
        : JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `the BigInt ${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  return isIndexed(value as object) ? 'a typed array or String object' : 'an object';
}

// The field and vocabulary lists are constants; `oneOf` names its list on every read.
const listed = new WeakMap<readonly string[], string>();

function list(values: readonly string[]): string {
  let text = listed.get(values);
  if (text === undefined) listed.set(values, (text = values.join(', ')));
  return text;
}

class Context {
  readonly errors: ValidationError[] = [];
  /** Records left out (see `ValidationResult.skipped`). */
  skipped = 0;
  private cut = false;

  add(path: string, message: string): void {
    if (this.errors.length < VALIDATION_LIMITS.errors) {
      this.errors.push({ path, message });
    } else if (!this.cut) {
      this.cut = true;
      this.errors.push({
        path: '',
        message: `more than ${VALIDATION_LIMITS.errors} problems; the rest are not listed`,
      });
    }
  }
}

/**
 * The JSON pointer of a value: field `key` of record `parent` (none: the
 * input itself), and in a list, entry `index` (-1: not in a list). Spelled
 * out only when a message needs it: every record of the input passes here,
 * and most have nothing to report.
 */
function pointer(parent: RecordReader | null, key: string, index: number): string {
  const base = parent ? child(parent.path, key) : '';
  return index < 0 ? base : `${base}/${index}`;
}

/**
 * How many entries of the array in field `key` of `parent` to read, capped at
 * `max`; `null` if it is not an array. The entries are then read one at a
 * time ({@link entryOf}) straight into the output, not copied first. For a
 * list of `records`, the entries past `max` count as skipped.
 */
function listLength(
  ctx: Context,
  value: unknown,
  parent: RecordReader,
  key: string,
  max: number,
  records = false,
): number | null {
  if (!isArray(value)) return null;
  let length: number;
  try {
    length = value.length;
  } catch {
    ctx.add(pointer(parent, key, -1), 'could not be read (its length threw an error)');
    return 0;
  }
  if (!Number.isSafeInteger(length) || length < 0) length = 0;
  if (length > max) {
    ctx.add(pointer(parent, key, -1), `has ${length} entries; only the first ${max} are read`);
    if (records) ctx.skipped += length - max;
    length = max;
  }
  return length;
}

/** Entry `i` of the list in field `key` of `parent`; `UNREADABLE` (reported) if reading it threw. */
function entryOf(
  ctx: Context,
  list: unknown[],
  parent: RecordReader,
  key: string,
  i: number,
): unknown {
  try {
    return list[i];
  } catch {
    ctx.add(pointer(parent, key, i), 'could not be read (reading it threw an error)');
    return UNREADABLE;
  }
}

/**
 * A list for the output with room for `length` entries, no more: an array
 * grown by `push` keeps spare room (in V8, 17 slots after the first push), and
 * a dataset holds tens of thousands of short lists (citations, value claims),
 * so lists of the right length halve what the validated data weighs. Once
 * filled, {@link kept} cuts it to the entries that passed.
 */
function listOf<T>(length: number): T[] {
  return new Array<T>(length);
}

function kept<T>(list: T[], count: number): T[] {
  if (count < list.length) list.length = count;
  return list;
}

/** The records seen so far in a collection, by id: where an id first came. */
type IdRegistry = Map<string, RecordReader>;

/**
 * Reads the fields of one input object. Each checker reports its own error
 * and clears `ok`; the caller drops the record when `ok` is false.
 */
class RecordReader {
  ok = true;
  private pathText: string | undefined;

  private constructor(
    readonly ctx: Context,
    private readonly obj: object,
    private readonly parent: RecordReader | null,
    private readonly key: string,
    private readonly index: number,
  ) {}

  /** The record's JSON pointer, e.g. `/deals/3/valueClaims/0`. */
  get path(): string {
    return (this.pathText ??= pointer(this.parent, this.key, this.index));
  }

  /**
   * The record in field `key` (entry `index` of it, or -1) of `parent` (null:
   * the input itself); `null` (error reported) when `value` is not an object.
   */
  static open(
    ctx: Context,
    value: unknown,
    parent: RecordReader | null,
    key: string,
    index: number,
    what: string,
    fields: readonly string[],
  ): RecordReader | null {
    if (value === UNREADABLE) return null;
    if (typeof value !== 'object' || value === null || isArray(value) || isIndexed(value)) {
      ctx.add(pointer(parent, key, index), `must be an object (${what}), got ${describe(value)}`);
      return null;
    }
    const reader = new RecordReader(ctx, value, parent, key, index);
    reader.reportUnknownFields(what, fields);
    return reader;
  }

  private reportUnknownFields(what: string, fields: readonly string[]): void {
    let keys: string[];
    try {
      keys = Object.keys(this.obj);
    } catch {
      this.ctx.add(this.path, 'could not list its fields (reading them threw an error)');
      return;
    }
    let reported = 0;
    for (const key of keys) {
      if (fields.includes(key)) continue;
      if (++reported > 5) {
        this.ctx.add(this.path, 'has more unknown fields, not listed');
        break;
      }
      this.ctx.add(
        child(this.path, key),
        `is not a field of ${what}; it is left out (known fields: ${list(fields)})`,
      );
    }
  }

  fail(key: string, message: string): void {
    this.ok = false;
    this.ctx.add(child(this.path, key), message);
  }

  /** Reports a field that is left out while the record is kept. */
  warn(key: string, message: string): void {
    this.ctx.add(child(this.path, key), message);
  }

  /** An own field's value; `undefined` when absent, `UNREADABLE` when reading threw. */
  get(key: string): unknown {
    try {
      if (!Object.prototype.hasOwnProperty.call(this.obj, key)) return undefined;
      return Reflect.get(this.obj, key);
    } catch {
      this.fail(key, 'could not be read (reading it threw an error)');
      return UNREADABLE;
    }
  }

  /**
   * A field's value when it is there and readable, else `undefined` (a missing
   * required one is reported as such, `required` saying what it should be).
   * The checks below run inline rather than as callbacks: every field of
   * every record passes here, mostly before the engine has optimised anything.
   */
  private present(key: string, required: string | false): unknown {
    const value = this.get(key);
    if (value === UNREADABLE) return undefined;
    if (value === undefined && required) this.fail(key, `is required: ${required}`);
    return value;
  }

  private checkText(key: string, value: unknown, max: number): string | undefined {
    if (typeof value !== 'string') {
      this.fail(key, `must be a string, got ${describe(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      this.fail(key, 'must not be empty or only spaces');
      return undefined;
    }
    if (value.length > max) {
      this.fail(key, `must be at most ${max} characters long, got ${value.length}`);
      return undefined;
    }
    return value;
  }

  text(key: string, required: string): string;
  text(key: string, required: false): string | undefined;
  text(key: string, required: string | false): string | undefined {
    const value = this.present(key, required);
    const text =
      value === undefined ? undefined : this.checkText(key, value, VALIDATION_LIMITS.textLength);
    return text ?? (required ? '' : undefined);
  }

  private checkId(key: string, value: unknown): string | undefined {
    const id = this.checkText(key, value, VALIDATION_LIMITS.idLength);
    if (id !== undefined && id !== id.trim()) {
      this.fail(key, `must not start or end with spaces, got ${describe(id)}`);
      return undefined;
    }
    return id;
  }

  /** A reference (deal id, conflict group): same rules as an id. */
  ref(key: string, required: string): string;
  ref(key: string, required: false): string | undefined;
  ref(key: string, required: string | false): string | undefined {
    const value = this.present(key, required);
    const id = value === undefined ? undefined : this.checkId(key, value);
    return id ?? (required ? '' : undefined);
  }

  /**
   * The record's own id, which must not repeat one in `seen`. Only kept
   * records go in `seen`, and the caller adds them once they are known to be
   * valid: an invalid record must not take its id from a valid one after it.
   */
  uniqueId(seen: IdRegistry): string {
    const id = this.ref('id', 'a unique id (text)');
    if (!id) return '';
    const first = seen.get(id);
    if (first !== undefined) {
      this.fail('id', `repeats the id ${describe(id)} of ${first.path}; ids must be unique`);
    }
    return id;
  }

  oneOf<T extends string>(key: string, values: readonly T[], required: true): T;
  oneOf<T extends string>(key: string, values: readonly T[], required: false): T | undefined;
  oneOf<T extends string>(key: string, values: readonly T[], required: boolean): T | undefined {
    const value = this.present(key, required && `one of ${list(values)}`);
    if (value === undefined) return required ? values[0] : undefined;
    // The list's own string, not the input's: a parsed word over ten characters
    // ("approximate") is a string of its own in every record that has it.
    const index = typeof value === 'string' ? (values as readonly string[]).indexOf(value) : -1;
    if (index >= 0) return values[index];
    this.fail(key, `must be one of ${list(values)}; got ${describe(value)}`);
    return required ? values[0] : undefined;
  }

  date(key: string, required: true): string;
  date(key: string, required: false): string | undefined;
  date(key: string, required: boolean): string | undefined {
    const value = this.present(key, required && 'a date (YYYY, YYYY-MM or YYYY-MM-DD)');
    if (value === undefined) return required ? '' : undefined;
    if (isPartialDate(value)) return value;
    this.fail(
      key,
      `must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(value)}`,
    );
    return required ? '' : undefined;
  }

  country(key: string): string {
    const value = this.present(key, 'an ISO 3166-1 alpha-3 country code (e.g. IND)');
    if (value === undefined) return '';
    if (isCountryCode(value)) return value;
    const hint =
      typeof value === 'string' && isCountryCode(value.toUpperCase())
        ? ` (did you mean ${value.toUpperCase()}?)`
        : '';
    this.fail(
      key,
      `must be an ISO 3166-1 alpha-3 country code in upper case, e.g. IND; got ${describe(value)}${hint}`,
    );
    return '';
  }

  amountUsd(key: string): number {
    const v = this.present(key, 'an amount in US dollars');
    if (v === undefined) return 0;
    if (typeof v !== 'number') {
      this.fail(key, `must be a number of US dollars, got ${describe(v)}`);
    } else if (!Number.isFinite(v)) {
      this.fail(key, `must be a finite number of US dollars, got ${describe(v)}`);
    } else if (v <= 0) {
      this.fail(key, `must be a positive number of US dollars, got ${describe(v)}`);
    } else if (v >= VALIDATION_LIMITS.amountUsd) {
      this.fail(key, `must be less than 1e13 (10 trillion) US dollars, got ${describe(v)}`);
    } else {
      return v;
    }
    return 0;
  }

  count(key: string): number {
    const v = this.present(key, 'a whole number');
    if (v === undefined) return 0;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= VALIDATION_LIMITS.count) {
      return v;
    }
    this.fail(
      key,
      `must be a whole number from 1 to ${VALIDATION_LIMITS.count}, got ${describe(v)}`,
    );
    return 0;
  }

  /** A non-empty list of ids of sources in `known`, each cited once. */
  sources(known: ReadonlySet<string>): string[] {
    const value = this.get('sources');
    if (value === UNREADABLE) return [];
    if (value === undefined) {
      this.fail('sources', 'is required: a list of the ids of the sources that support it');
      return [];
    }
    const length = listLength(this.ctx, value, this, 'sources', VALIDATION_LIMITS.citations);
    if (length === null) {
      this.fail('sources', `must be an array of source ids, got ${describe(value)}`);
      return [];
    }
    if (length === 0) {
      this.fail('sources', 'must cite at least one source');
      return [];
    }
    const out = listOf<string>(length);
    let count = 0;
    for (let i = 0; i < length; i++) {
      const item = entryOf(this.ctx, value as unknown[], this, 'sources', i);
      if (item === UNREADABLE) {
        this.ok = false;
      } else if (typeof item !== 'string') {
        this.ok = false;
        this.ctx.add(
          pointer(this, 'sources', i),
          `must be a source id (text), got ${describe(item)}`,
        );
      } else if (!known.has(item)) {
        this.ok = false;
        this.ctx.add(
          pointer(this, 'sources', i),
          `cites source ${describe(item)}, which is not among the valid entries of /sources`,
        );
      } else if (out.includes(item)) {
        this.ok = false;
        this.ctx.add(pointer(this, 'sources', i), `cites source ${describe(item)} twice`);
      } else {
        out[count++] = item;
      }
    }
    return kept(out, count);
  }

  /** A nested object field; its errors make this record invalid too. */
  nested<T>(
    key: string,
    what: string,
    fields: readonly string[],
    read: (r: RecordReader) => T,
  ): T | undefined {
    const value = this.get(key);
    if (value === UNREADABLE || value === undefined) return undefined;
    const r = RecordReader.open(this.ctx, value, this, key, -1, what, fields);
    if (!r) {
      this.ok = false;
      return undefined;
    }
    const result = read(r);
    if (!r.ok) this.ok = false;
    return result;
  }
}

interface Known {
  sources: ReadonlySet<string>;
  deals: ReadonlySet<string>;
}

function readSource(r: RecordReader, seen: IdRegistry): Source {
  const out: Source = {
    id: r.uniqueId(seen),
    publisher: r.text('publisher', 'the name of the publisher'),
    title: r.text('title', 'the title of the article'),
    date: r.date('date', true),
  } as Source;
  const dateNote = r.text('dateNote', false);
  if (dateNote !== undefined) out.dateNote = dateNote;
  const author = r.text('author', false);
  if (author !== undefined) out.author = author;
  out.kind = r.oneOf('kind', SOURCE_KINDS, true);
  const firstPublishedBy = r.text('firstPublishedBy', false);
  if (firstPublishedBy !== undefined) out.firstPublishedBy = firstPublishedBy;
  const file = r.text('file', false);
  if (file !== undefined) out.file = file;
  const url = r.text('url', false);
  if (url !== undefined) {
    // Not fatal: the source (and all that cites it) is still good, and the
    // widgets never make such an address a link anyway.
    if (/^https?:\/\/\S+$/.test(url)) out.url = url;
    else r.warn('url', `must be an http(s) address without spaces, got ${describe(url)}`);
  }
  return out;
}

function readQuantity(r: RecordReader, known: Known): Quantity {
  const out: Quantity = {
    count: r.count('count'),
    unit: r.text('unit', 'what is counted'),
  } as Quantity;
  const unitOne = r.text('unitOne', false);
  if (unitOne !== undefined) out.unitOne = unitOne;
  const relation = r.oneOf('relation', RELATIONS, false);
  if (relation !== undefined) out.relation = relation;
  out.sources = r.sources(known.sources);
  return out;
}

function readValueClaim(r: RecordReader, known: Known, seen: IdRegistry): ValueClaim {
  // Filled from empty: in V8 an empty literal has room for four fields, a
  // literal with three fields for three, and a fourth (sources) would go to a
  // block of its own: 16 bytes more per claim, and datasets hold thousands.
  const out = {} as ValueClaim;
  out.id = r.uniqueId(seen);
  out.amountUsd = r.amountUsd('amountUsd');
  out.relation = r.oneOf('relation', RELATIONS, true);
  readQuoteOf(r, out, known);
  return out;
}

function readDeal(r: RecordReader, known: Known, seen: IdRegistry, seenClaims: IdRegistry): Deal {
  const out: Deal = {
    id: r.uniqueId(seen),
    buyer: r.country('buyer'),
    supplier: r.country('supplier'),
    system: r.text('system', 'the weapon system or goods'),
  } as Deal;
  if (out.buyer && out.buyer === out.supplier) r.fail('supplier', 'must differ from buyer');
  const date = r.date('date', false);
  if (date !== undefined) out.date = date;
  const quantity = r.nested('quantity', 'a quantity', FIELDS.quantity, (q) =>
    readQuantity(q, known),
  );
  if (quantity !== undefined) out.quantity = quantity;

  // Each value claim is a record: a bad one is dropped, the deal is kept.
  out.valueClaims = [];
  const rawClaims = r.get('valueClaims');
  if (rawClaims === undefined) {
    r.fail('valueClaims', 'is required: a list of value claims ([] when no source gives a value)');
  } else if (rawClaims !== UNREADABLE) {
    const length = listLength(r.ctx, rawClaims, r, 'valueClaims', VALIDATION_LIMITS.records, true);
    if (length === null) {
      r.fail('valueClaims', `must be an array of value claims, got ${describe(rawClaims)}`);
    } else {
      const claims = listOf<ValueClaim>(length);
      let count = 0;
      for (let i = 0; i < length; i++) {
        const item = entryOf(r.ctx, rawClaims as unknown[], r, 'valueClaims', i);
        const c = RecordReader.open(
          r.ctx,
          item,
          r,
          'valueClaims',
          i,
          'a value claim',
          FIELDS.valueClaim,
        );
        if (!c) {
          r.ctx.skipped++;
          continue;
        }
        const claim = readValueClaim(c, known, seenClaims);
        if (c.ok) {
          claims[count++] = claim;
          seenClaims.set(claim.id, c);
        } else {
          r.ctx.skipped++;
        }
      }
      out.valueClaims = kept(claims, count);
    }
  }

  const summary = r.text('summary', false);
  if (summary !== undefined) out.summary = summary;
  out.sources = r.sources(known.sources);
  // A dropped deal takes its claims with it: their ids are free again.
  if (!r.ok) for (const claim of out.valueClaims) seenClaims.delete(claim.id);
  return out;
}

function readContextFigure(r: RecordReader, known: Known, seen: IdRegistry): ContextFigure {
  const out: ContextFigure = {
    id: r.uniqueId(seen),
    label: r.text('label', 'a short label'),
    amountUsd: r.amountUsd('amountUsd'),
    relation: r.oneOf('relation', RELATIONS, true),
  } as ContextFigure;
  const date = r.date('date', false);
  if (date !== undefined) out.date = date;
  const dealId = r.ref('dealId', false);
  if (dealId !== undefined) {
    if (known.deals.has(dealId)) out.dealId = dealId;
    else r.fail('dealId', `refers to deal ${describe(dealId)}, which is not among the valid deals`);
  }
  out.kind = r.oneOf('kind', FIGURE_KINDS, true);
  out.sources = r.sources(known.sources);
  return out;
}

function readMilestone(r: RecordReader, known: Known, seen: IdRegistry): Milestone {
  const out: Milestone = { id: r.uniqueId(seen) } as Milestone;
  out.dealId = r.ref('dealId', 'the id of the deal it belongs to');
  if (out.dealId && !known.deals.has(out.dealId)) {
    r.fail('dealId', `refers to deal ${describe(out.dealId)}, which is not among the valid deals`);
  }
  out.kind = r.oneOf('kind', MILESTONE_KINDS, true);
  out.status = r.oneOf('status', STATUSES, true);
  out.date = r.date('date', true);
  const until = r.date('until', false);
  if (until !== undefined) {
    const from = parsePartialDate(out.date);
    const to = parsePartialDate(until);
    // "Before" means the until period is over before the date period begins.
    if (from && to && to.end <= from.start) {
      r.fail('until', `must not be before date (${out.date}), got ${describe(until)}`);
    }
    out.until = until;
  }
  out.label = r.text('label', 'a short label');
  const units = r.nested('units', 'a quantity', FIELDS.quantity, (q) => readQuantity(q, known));
  if (units !== undefined) out.units = units;
  const conflictGroup = r.ref('conflictGroup', false);
  if (conflictGroup !== undefined) out.conflictGroup = conflictGroup;
  readQuoteOf(r, out, known);
  return out;
}

/**
 * A claim's or milestone's `quote`, `quoteSource` and `sources`. The quote's
 * source must be one of the record's own: a citation the record does not make
 * would not be listed with it, and `asOf` could not tell when to drop it.
 */
function readQuoteOf(
  r: RecordReader,
  out: { quote?: string; quoteSource?: string; sources: string[] },
  known: Known,
): void {
  const quote = r.text('quote', false);
  if (quote !== undefined) out.quote = quote;
  const quoteSource = r.ref('quoteSource', false);
  out.sources = r.sources(known.sources);
  if (quoteSource === undefined) return;
  if (quote === undefined) r.fail('quoteSource', 'is only meaningful with a quote');
  else if (!out.sources.includes(quoteSource)) r.fail('quoteSource', notCited(quoteSource));
  else out.quoteSource = quoteSource;
}

const notCited = (id: string) => `must be one of the record's sources, got ${describe(id)}`;

function readQuote(r: RecordReader): Quote {
  const out: Quote = { text: r.text('text', 'the quoted words') };
  const speaker = r.text('speaker', false);
  if (speaker !== undefined) out.speaker = speaker;
  const source = r.ref('source', false);
  if (source !== undefined) out.source = source;
  return out;
}

function readStance(r: RecordReader, known: Known, seen: IdRegistry): Stance {
  const out: Stance = {
    id: r.uniqueId(seen),
    country: r.country('country'),
    category: r.oneOf('category', CATEGORIES, true),
    summary: r.text('summary', 'one line on the stance'),
  } as Stance;
  const quote = r.nested('quote', 'a quote', FIELDS.quote, readQuote);
  if (quote !== undefined) out.quote = quote;
  const since = r.date('since', false);
  if (since !== undefined) out.since = since;
  out.sources = r.sources(known.sources);
  const source = out.quote?.source;
  if (source !== undefined && !out.sources.includes(source)) {
    r.fail('quote', `source ${notCited(source)}`);
  }
  return out;
}

/** Reads one top-level collection, keeping the valid records; yields after each record. */
function* readCollection<T extends { id: string }>(
  root: RecordReader,
  key: string,
  what: string,
  fields: readonly string[],
  read: (r: RecordReader, seen: IdRegistry) => T,
): Generator<void, T[]> {
  const value = root.get(key);
  if (value === UNREADABLE) return [];
  if (value === undefined) {
    root.fail(key, `is required: a list of ${what}s ([] for none)`);
    return [];
  }
  const length = listLength(root.ctx, value, root, key, VALIDATION_LIMITS.records, true);
  if (length === null) {
    root.fail(key, `must be an array of ${what}s, got ${describe(value)}`);
    return [];
  }
  const seen: IdRegistry = new Map();
  const out: T[] = [];
  const ctx = root.ctx;
  for (let i = 0; i < length; i++) {
    // A dropped record counts once, whatever was dropped inside it (value claims).
    const skipped = ctx.skipped;
    const item = entryOf(ctx, value as unknown[], root, key, i);
    const r = RecordReader.open(ctx, item, root, key, i, `a ${what}`, fields);
    const record = r && read(r, seen);
    if (r?.ok) {
      out.push(record!);
      seen.set(record!.id, r); // only now: see uniqueId
    } else {
      ctx.skipped = skipped + 1;
    }
    yield;
  }
  return out;
}

/**
 * The whole check, as steps: it yields after each record, so that a caller
 * can spread a large input over several tasks ({@link validateDatasetInSlices}).
 */
function* readDataset(ctx: Context, input: unknown): Generator<void, Dataset | null> {
  if (typeof input !== 'object' || input === null || isArray(input)) {
    ctx.add('', `must be an object (the dataset), got ${describe(input)}`);
    return null;
  }
  const root = RecordReader.open(ctx, input, null, '', -1, 'a dataset', FIELDS.dataset);
  if (!root) return null;

  // A missing or bad version is reported; the data still carries one.
  const version = root.ref('version', 'the version of the data, e.g. "1.0.0"');
  const data: Dataset = { version: version || 'unknown' } as Dataset;
  const title = root.text('title', false);
  if (title !== undefined) data.title = title;

  data.sources = yield* readCollection(root, 'sources', 'source', FIELDS.source, readSource);
  const known: { sources: Set<string>; deals: Set<string> } = {
    sources: new Set(data.sources.map((s) => s.id)),
    deals: new Set(),
  };
  const seenClaims: IdRegistry = new Map();
  data.deals = yield* readCollection(root, 'deals', 'deal', FIELDS.deal, (r, seen) =>
    readDeal(r, known, seen, seenClaims),
  );
  for (const deal of data.deals) known.deals.add(deal.id);
  data.contextFigures = yield* readCollection(
    root,
    'contextFigures',
    'context figure',
    FIELDS.contextFigure,
    (r, seen) => readContextFigure(r, known, seen),
  );
  data.milestones = yield* readCollection(
    root,
    'milestones',
    'milestone',
    FIELDS.milestone,
    (r, seen) => readMilestone(r, known, seen),
  );
  data.stances = yield* readCollection(root, 'stances', 'stance', FIELDS.stance, (r, seen) =>
    readStance(r, known, seen),
  );
  return data;
}

/** Runs the check's steps until done, or until `pause()` says to stop for now. */
function runSteps(
  ctx: Context,
  steps: Generator<void, Dataset | null>,
  pause: () => boolean,
): { done: true; data: Dataset | null } | { done: false } {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return { done: true, data: step.value };
      if (pause()) return { done: false };
    }
  } catch {
    // Not expected: every read is guarded. Kept so the promise "never throws" holds.
    ctx.add('', 'could not be validated: reading it threw an unexpected error');
    return { done: true, data: null };
  }
}

function resultOf(ctx: Context, data: Dataset | null): ValidationResult {
  return { ok: ctx.errors.length === 0, data, errors: ctx.errors, skipped: ctx.skipped };
}

/**
 * Checks any input against the Dataset model. Never throws. `data` keeps every
 * valid record (or is `null` when the input is not an object at all); `errors`
 * says what was wrong where, as JSON-pointer paths.
 */
export function validateDataset(input: unknown): ValidationResult {
  const ctx = new Context();
  const result = runSteps(ctx, readDataset(ctx, input), () => false) as { data: Dataset | null };
  return resultOf(ctx, result.data);
}

/** Gives the page a turn: input, rendering and other tasks run before the check goes on. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * {@link validateDataset} spread over tasks of at most about `sliceMs`
 * milliseconds each, so that checking thousands of records does not block the
 * page (no long task). Same result; never rejects.
 */
export async function validateDatasetInSlices(
  input: unknown,
  { sliceMs = 25 }: { sliceMs?: number } = {},
): Promise<ValidationResult> {
  const ctx = new Context();
  const steps = readDataset(ctx, input);
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    const result = runSteps(ctx, steps, () => performance.now() >= sliceEnd);
    if (result.done) return resultOf(ctx, result.data);
    await yieldToPage();
  }
}

// Lets the widgets validate at once when this module is already evaluated (see loadedValidator).
provideValidator({ validateDataset, validateDatasetInSlices });
