import { compareStart, valueRange } from '@dealboard/dataset/core';
import type { ClaimRelation, ContextFigure, Deal } from '@dealboard/dataset';
import { linearScale } from '../core/linear-scale.js';

export type SortOrder = 'value' | 'date' | 'name';

export interface ChartOptions {
  sort: SortOrder;
  /** Draw context figures (payments, targets) as reference lines. */
  showContext: boolean;
  /** The row label of a deal, used for sorting by name. */
  labelOf: (deal: Deal) => string;
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

export interface BarRow {
  deal: Deal;
  kind: RowKind;
  /** Top of the row. */
  y: number;
  /** Solid bar from zero to the lowest point claim (or the only value). */
  barEnd: number;
  /** Where sources disagree: the span from the lowest to the highest point claim. */
  range: [number, number] | null;
  /** Every point claim (exact or approximate), for the dots. */
  claims: ClaimMark[];
  /** "More than"/"up to" claims, drawn as open-ended markers, not as range ends. */
  bounds: ClaimMark[];
  min: number | null;
  max: number | null;
}

export interface ReferenceLine {
  figure: ContextFigure;
  x: number;
}

export interface Tick {
  value: number;
  x: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  rows: BarRow[];
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

function sortRows(rows: BarRow[], options: ChartOptions): BarRow[] {
  // A label at most once per row, and only for rows that are compared by name
  // (sorting by value, only ties are); one collator for all comparisons.
  const labels = new Map<BarRow, string>();
  const label = (row: BarRow) => {
    let text = labels.get(row);
    if (text === undefined) labels.set(row, (text = options.labelOf(row.deal)));
    return text;
  };
  const collator = new Intl.Collator();
  const byName = (a: BarRow, b: BarRow) => collator.compare(label(a), label(b));
  const compare: Record<SortOrder, (a: BarRow, b: BarRow) => number> = {
    // Largest first; rows without a value go last, never sorted as zero.
    value: (a, b) => (a.max === b.max ? byName(a, b) : (b.max ?? -1) - (a.max ?? -1)),
    date: (a, b) =>
      (a.deal.date && b.deal.date
        ? compareStart(a.deal.date, b.deal.date)
        : a.deal.date
          ? -1
          : b.deal.date
            ? 1
            : 0) || byName(a, b),
    name: byName,
  };
  return rows.sort(compare[options.sort] ?? compare.value);
}

/** A claim as drawn: its own fields plus its position, set once the scale is known. */
function toMark(claim: Omit<ClaimMark, 'x'>): ClaimMark {
  return {
    id: claim.id,
    x: 0,
    amountUsd: claim.amountUsd,
    relation: claim.relation,
    sources: claim.sources,
  };
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
  const rows: BarRow[] = deals.map((deal) => {
    const range = valueRange(deal);
    const claims = range ? range.claims.map(toMark) : [];
    const bounds = range ? range.bounds.map(toMark) : [];
    const min = range?.min ?? null;
    const max = range?.max ?? null;
    const kind: RowKind =
      min === null ? (bounds.length ? 'bound' : 'undisclosed') : min === max ? 'point' : 'range';
    return { deal, kind, y: 0, barEnd: 0, range: null, claims, bounds, min, max };
  });

  // A loop, not Math.max(...all): thousands of rows would be thousands of arguments.
  let largest = 0;
  for (const row of rows) {
    for (const mark of row.claims) largest = Math.max(largest, mark.amountUsd);
    for (const mark of row.bounds) largest = Math.max(largest, mark.amountUsd);
  }
  for (const figure of references) largest = Math.max(largest, figure.amountUsd);
  const x = linearScale([0, largest || 1], [0, Math.max(width - RIGHT_PAD, 1)]);

  sortRows(rows, options).forEach((row, i) => {
    row.y = plotTop + i * ROW_HEIGHT;
    for (const mark of row.claims) mark.x = x(mark.amountUsd);
    for (const mark of row.bounds) mark.x = x(mark.amountUsd);
    row.barEnd = row.min === null ? 0 : x(row.min);
    row.range = row.kind === 'range' ? [x(row.min!), x(row.max!)] : null;
  });

  const plotBottom = plotTop + rows.length * ROW_HEIGHT;
  const tickCount = Math.max(2, Math.floor(width / 90));
  return {
    width,
    height: plotBottom + AXIS_HEIGHT,
    rows,
    ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })),
    references: references.map((figure) => ({ figure, x: x(figure.amountUsd) })),
    plotTop,
    plotBottom,
  };
}

/** Above this many rows the chart scrolls inside its frame and draws only what is in view. */
export const VIRTUAL_ROWS = 60;
/** Height of the scrolling viewport, in px, when the chart is virtualised. */
export const VIEWPORT_HEIGHT = 560;
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
