import { startTime, valueRange } from '@dealboard/dataset/core';
import type { ClaimRelation, ContextFigure, Deal, ValueClaim } from '@dealboard/dataset';
import { fitText, textWidth } from '../core/fit-text.js';
import { formatUsd, nameOrder } from '../core/format.js';
import { linearScale } from '../core/linear-scale.js';
import type { LinearScale } from '../core/linear-scale.js';

export type SortOrder = 'value' | 'date' | 'name';

export interface ChartOptions {
  sort: SortOrder;
  /** Draw context figures (payments, targets) as reference lines. */
  showContext: boolean;
  /** The row label of a deal, used for sorting by name. */
  labelOf: (deal: Deal) => string;
  /** The locale whose alphabetical order sorts names ("Ö" after "Z" in Swedish, beside "O" in English). */
  locale: string;
}

/**
 * How a row is drawn: `point` (all point claims agree), `range` (they
 * disagree: min–max), `bound` (only "more than"/"up to" claims), or
 * `undisclosed` (no source gives a value).
 */
export type RowKind = 'point' | 'range' | 'bound' | 'undisclosed';

export interface ClaimMark {
  id: string;
  x: number;
  amountUsd: number;
  relation: ClaimRelation;
  sources: string[];
}

/**
 * A deal's place in the chart: what it needs for ordering, navigation and
 * the table. Its marks are worked out by {@link rowMarks} only for the rows
 * drawn, so thousands of rows cost one small object each.
 */
export interface BarRow {
  deal: Deal;
  kind: RowKind;
  /** Top of the row. */
  y: number;
  /** Lowest point claim (exact or approximate); `null` when there is none. */
  min: number | null;
  /** Highest point claim; `null` when there is none. */
  max: number | null;
}

/** How one row is drawn, on the layout's dollar scale. */
export interface RowMarks {
  /** Solid bar from zero to the lowest point claim (or the only value). */
  barEnd: number;
  /** Where sources disagree: the span from the lowest to the highest point claim. */
  range: [number, number] | null;
  /** Every point claim (exact or approximate), for the dots. */
  claims: ClaimMark[];
  /** "More than"/"up to" claims, drawn as open-ended markers, not as range ends. */
  bounds: ClaimMark[];
  /** Every point claim is an estimate ("about"): the bar is drawn as one. */
  estimate: boolean;
}

export interface ReferenceLine {
  figure: ContextFigure;
  x: number;
  /**
   * Too far beyond the deals to share their scale (a $30B trade target over
   * $5B deals): drawn as a pointer at the right edge, `x` there.
   */
  offScale: boolean;
}

export interface Tick {
  value: number;
  x: number;
  /** The value as drawn, in the chart's locale ("$5B", "5 Mrd. $"). */
  label: string;
  /** Centred on the tick, unless that would pass an edge of the picture: then flush with it. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
}

/** Which kinds of marks appear in some row: the legend lists only those. */
export interface MarksPresent {
  /** Some row has a value (a point, or a range's low end), so a solid bar is drawn. */
  value: boolean;
  range: boolean;
  estimate: boolean;
  bound: boolean;
  undisclosed: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  rows: BarRow[];
  /** US dollars to x, shared by every row. */
  x: (amountUsd: number) => number;
  present: MarksPresent;
  ticks: Tick[];
  references: ReferenceLine[];
  /** Top of the plotting area (below reference labels). */
  plotTop: number;
  /** Bottom of the rows, where the axis sits. */
  plotBottom: number;
}

export const ROW_HEIGHT = 40;
/** Label line above each bar. */
export const LABEL_LINE = 16;
export const BAR_HEIGHT = 14;
const AXIS_HEIGHT = 24;
const REFERENCE_LABEL = 16;
/** Room at the right for the last tick label and bound arrows. */
const RIGHT_PAD = 16;
/**
 * A context figure more than this many times the largest deal value leaves
 * the scale to the deals: stretched to it, they would shrink to slivers and
 * their ranges vanish under their claim dots.
 */
const OFF_SCALE = 2;
/** Font size of the axis labels, px (svg text in the base styles). */
const AXIS_FONT = 12;
/** Least room between two axis labels, px. */
const TICK_GAP = 8;

/**
 * The most ticks, up to about one per 90 px, whose labels fit side by side:
 * "28 Mrd. $" needs more room than "$28B", so the count depends on the
 * locale's labels, not on the width alone. Widths are estimated (layout has
 * no DOM), on the wide side.
 */
function axisTicks(x: LinearScale, width: number, locale: string): Tick[] {
  let ticks: Tick[] = [];
  for (let count = Math.max(2, Math.floor(width / 90)); count >= 1; count--) {
    let right = -Infinity;
    let fits = true;
    ticks = x.ticks(count).map((value) => {
      const tickX = x(value);
      const label = formatUsd(value, locale);
      const w = textWidth(label, AXIS_FONT);
      // Centred on its tick when there is room, else flush with the edge it would pass.
      const left = Math.min(Math.max(tickX - w / 2, 0), width - w);
      fits &&= left >= right + TICK_GAP;
      right = left + w;
      const anchor = left === 0 ? 'start' : left === width - w ? 'end' : 'middle';
      const labelX = anchor === 'start' ? 0 : anchor === 'end' ? width : tickX;
      return { value, x: tickX, label, anchor, labelX };
    });
    if (fits) break;
  }
  return ticks;
}

/**
 * Rows in the chosen order. Each row's sort key (value or start date) is
 * worked out once, not per comparison; names are compared only on equal keys
 * (all rows when sorting by name), each label made at most once.
 */
function sortRows(rows: BarRow[], options: ChartOptions): BarRow[] {
  const keyOf: Record<SortOrder, (row: BarRow) => number> = {
    // Largest first; rows without a value go last, never sorted as zero.
    value: (row) => (row.max === null ? 1 : -row.max),
    // Oldest first; undated rows last.
    date: (row) => startTime(row.deal.date),
    name: () => 0,
  };
  // Own keys only: `sort="__proto__"` would otherwise find Object.prototype.
  const key = Float64Array.from(
    rows,
    Object.hasOwn(keyOf, options.sort) ? keyOf[options.sort] : keyOf.value,
  );
  const labels: string[] = [];
  const label = (i: number) => (labels[i] ??= options.labelOf(rows[i]!.deal));
  // Asked for at the first tie: rows sorted by value rarely have one, and a collator loads ICU data.
  let compare: ((a: string, b: string) => number) | undefined;
  const byName = (a: number, b: number) =>
    (compare ??= nameOrder(options.locale))(label(a), label(b));
  const order = Array.from(rows, (_, i) => i).sort((a, b) =>
    key[a]! < key[b]! ? -1 : key[a]! > key[b]! ? 1 : byName(a, b),
  );
  return order.map((i) => rows[i]!);
}

/** Font size of the reference lines' labels, px (the chart's styles). */
const REFERENCE_FONT = 11;
/** Gap between a reference line and its label. */
const LABEL_GAP = 4;

/** A reference line's label as drawn: which side of the line, and the text that fits there. */
export interface ReferenceLabel {
  /** Drawn left of the line (`text-anchor: end`) rather than right of it. */
  left: boolean;
  x: number;
  /** What is drawn: `full`, or shortened to fit (then `full` goes in a tooltip). */
  text: string;
  full: string;
}

/**
 * Places a reference line's label "name: amount" beside the line at `x` in a
 * plot `width` px wide: right of it, or left when the line is far right or
 * only the left has room. A label too long for the room keeps its amount and
 * loses the end of its name ("India's first payment…: about $800M"); with no
 * room for a few letters of the name, just the amount.
 */
export function referenceLabel(
  x: number,
  width: number,
  name: string,
  amount: string,
): ReferenceLabel {
  const room = (left: boolean) => (left ? x : width - x) - LABEL_GAP;
  const full = `${name}: ${amount}`;
  const fits = (left: boolean) => textWidth(full, REFERENCE_FONT) <= room(left);
  let left = x > width * 0.6;
  if (!fits(left) && room(!left) > room(left)) left = !left;
  let text = full;
  if (!fits(left)) {
    const short = fitText(
      name,
      room(left) - textWidth(`: ${amount}`, REFERENCE_FONT),
      REFERENCE_FONT,
    );
    text = short.length > 4 ? `${short}: ${amount}` : amount;
  }
  return { left, x: left ? x - LABEL_GAP : x + LABEL_GAP, text, full };
}

/**
 * Lays out one row per deal on a shared dollar scale. Pure: the template
 * turns this into SVG, and tests can check it without a DOM.
 */
export function layoutChart(
  deals: readonly Deal[],
  context: readonly ContextFigure[],
  width: number,
  options: ChartOptions,
): ChartLayout {
  const references = options.showContext ? context : [];
  const plotTop = references.length ? REFERENCE_LABEL * Math.min(references.length, 3) + 4 : 0;
  const present: MarksPresent = {
    value: false,
    range: false,
    estimate: false,
    bound: false,
    undisclosed: false,
  };
  let largest = 0;
  const rows: BarRow[] = deals.map((deal) => {
    const range = valueRange(deal);
    const min = range?.min ?? null;
    const max = range?.max ?? null;
    const bounds = range?.bounds ?? [];
    const kind: RowKind =
      min === null ? (bounds.length ? 'bound' : 'undisclosed') : min === max ? 'point' : 'range';
    present.value ||= min !== null;
    present.range ||= kind === 'range';
    present.undisclosed ||= kind === 'undisclosed';
    present.bound ||= bounds.length > 0;
    present.estimate ||= !!range?.claims.some((c) => c.relation === 'approximate');
    // A loop, not Math.max(...all): thousands of rows would be thousands of arguments.
    largest = Math.max(largest, max ?? 0);
    for (const bound of bounds) largest = Math.max(largest, bound.amountUsd);
    return { deal, kind, y: 0, min, max };
  });
  // Judged against the deals alone, so the verdict does not depend on the figures' order.
  const reach = largest * OFF_SCALE;
  const offScale = (figure: ContextFigure) => reach > 0 && figure.amountUsd > reach;
  for (const figure of references) {
    if (!offScale(figure)) largest = Math.max(largest, figure.amountUsd);
  }
  const right = Math.max(width - RIGHT_PAD, 1);
  const x = linearScale([0, largest || 1], [0, right]);

  const sorted = sortRows(rows, options);
  sorted.forEach((row, i) => (row.y = plotTop + i * ROW_HEIGHT));

  const plotBottom = plotTop + rows.length * ROW_HEIGHT;
  // Nothing disclosed: no axis, rather than a made-up $0–$1 one.
  const anyValue = present.value || present.bound || references.length > 0;
  return {
    width,
    height: plotBottom + AXIS_HEIGHT,
    rows: sorted,
    x,
    present,
    ticks: anyValue ? axisTicks(x, width, options.locale) : [],
    references: references.map((figure) =>
      offScale(figure)
        ? { figure, x: right, offScale: true }
        : { figure, x: x(figure.amountUsd), offScale: false },
    ),
    plotTop,
    plotBottom,
  };
}

/** The marks of one row, placed by the layout's scale `x`. */
export function rowMarks(row: BarRow, x: (amountUsd: number) => number): RowMarks {
  const range = valueRange(row.deal);
  const place = (claim: ValueClaim): ClaimMark => ({
    id: claim.id,
    x: x(claim.amountUsd),
    amountUsd: claim.amountUsd,
    relation: claim.relation,
    sources: claim.sources,
  });
  const claims = range?.claims.map(place) ?? [];
  return {
    barEnd: row.min === null ? 0 : x(row.min),
    range: row.kind === 'range' ? [x(row.min!), x(row.max!)] : null,
    claims,
    bounds: range?.bounds.map(place) ?? [],
    estimate: claims.length > 0 && claims.every((c) => c.relation === 'approximate'),
  };
}

/** A row's place in the order, from its position (rows are ROW_HEIGHT apart from plotTop). */
export function rowIndex(row: BarRow, layout: Pick<ChartLayout, 'plotTop'>): number {
  return Math.round((row.y - layout.plotTop) / ROW_HEIGHT);
}

/** Above this many rows the chart scrolls inside its frame and draws only what is in view. */
export const VIRTUAL_ROWS = 60;
const OVERSCAN = 8;

/**
 * The slice of rows to draw for a scroll position: those in the viewport plus
 * a few on each side, so fast scrolling does not show gaps.
 */
export function visibleRows(
  count: number,
  plotTop: number,
  scrollTop: number,
  viewport: number,
): [number, number] {
  const first = Math.floor((scrollTop - plotTop) / ROW_HEIGHT) - OVERSCAN;
  const last = Math.ceil((scrollTop + viewport - plotTop) / ROW_HEIGHT) + OVERSCAN;
  return [Math.min(count, Math.max(0, first)), Math.min(count, Math.max(0, last))];
}
