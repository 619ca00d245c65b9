import { parsePartialDate, spanOf, startTime } from '@dealboard/dataset/core';
import type { DateSpan, Deal, Milestone, PartialDate } from '@dealboard/dataset';
import { laneProgress, laneStatus, milestoneState } from './deal-progress.js';
import type { LaneProgress, LaneStatus, MilestoneState } from './deal-progress.js';
import { linearScale } from '../core/linear-scale.js';
import { VIEWPORT_HEIGHT } from '../core/scrolling-window.js';

export interface TrackerOptions {
  /** The date the story is told as of: what is overdue, and where the marker line goes. */
  asOf: PartialDate | null;
}

export interface MilestoneMark {
  milestone: Milestone;
  deal: Deal;
  state: MilestoneState;
  /** Rival claims about the same event (same `conflictGroup`), in date order. */
  conflictsWith: Milestone[];
  /** The whole time the date names: a year, a month, a day, or a window to `until`. */
  span: DateSpan;
  /** Ends of the span, px. */
  x0: number;
  x1: number;
  /** Centre of the symbol: the middle of the span, never a false first day. */
  cx: number;
  cy: number;
  /** The "+N" cluster it is drawn in, where its lane had no track left for it; else null. */
  cluster: MarkCluster | null;
}

/**
 * Milestones a lane has no track left for, drawn as one "+N" mark on the
 * row below its tracks: a lane of thousands of milestones stays a few rows
 * tall and draws a few hundred marks at most. The keyboard stops at it, its
 * detail names them, and the table and the CSV list each one.
 */
export interface MarkCluster {
  /** Not a milestone's id: the keyboard and the detail know the cluster by it. */
  id: string;
  deal: Deal;
  /** In date order. */
  marks: MilestoneMark[];
  /** From the left of the first to the right of the last, px. */
  x0: number;
  x1: number;
  cx: number;
  cy: number;
}

export interface Lane {
  deal: Deal;
  status: LaneStatus;
  progress: LaneProgress;
  /** In date order: the order of the keyboard, the list and the table. */
  marks: MilestoneMark[];
  /**
   * Of `marks`, those drawn one by one: the others are in `clusters`. In the
   * compact list, the first {@link LIST_ROWS} - 1 at most, the rest in one
   * "+N more" cluster listed after them.
   */
  drawn: MilestoneMark[];
  clusters: MarkCluster[];
  /** Top of the lane, where its header starts. */
  y: number;
  /** In the compact list, one {@link TRACK_HEIGHT} per item listed. */
  height: number;
}

/** A bracket under two rival claims, from one symbol to the other. */
export interface ConflictLink {
  from: MilestoneMark;
  to: MilestoneMark;
  d: string;
}

/** A year on the axis: grid lines at its ends, its label in the middle. */
export interface YearBand {
  /** The year, as a partial date. */
  date: PartialDate;
  x0: number;
  x1: number;
  /** False where labels would crowd: every second (or nth) year keeps one. */
  labelled: boolean;
}

export interface TrackerLayout {
  width: number;
  height: number;
  /** Too narrow for a time axis: lanes become a list. */
  compact: boolean;
  lanes: Lane[];
  /** Every mark, lane by lane. */
  marks: MilestoneMark[];
  links: ConflictLink[];
  years: YearBand[];
  /** The as-of marker line; null without an as-of date. */
  asOf: { date: PartialDate; x: number } | null;
  /** Top of the first lane (below the as-of label). */
  plotTop: number;
  /** Bottom of the last lane, where the axis sits. */
  plotBottom: number;
}

/** Plot width below which lanes collapse to a list (an element of about 480 px). */
export const COMPACT_WIDTH = 456;
/** Half the width of a symbol, with room for its outline. */
export const SYMBOL_RADIUS = 6;
export const TRACK_HEIGHT = 20;
/** Two text lines above a lane's tracks: its name, then its status and progress. */
export const LANE_HEAD = 36;
const LANE_GAP = 12;
const AS_OF_LABEL = 18;
const AXIS_HEIGHT = 24;
/** Room at the sides for a symbol centred on the first or last day. */
const EDGE = SYMBOL_RADIUS + 2;
const MARK_GAP = 2;
/**
 * Tracks a lane stacks marks in before the rest go into "+N" clusters: the
 * bundled data needs 8 at most (India's S-400 lane), and finding a track
 * for each mark stays linear.
 */
export const MAX_TRACKS = 8;
/**
 * Items a lane of the compact list shows at most: a lane of more milestones
 * lists its first `LIST_ROWS - 1` in date order, then one "+N more" item (a
 * cluster) for the rest, as a calendar's month view shows a day's first
 * events and "+N more". The first ones, not the latest: the list stays in
 * date order, the rest are one stretch of time the item can name ("between
 * … and …"), and the lane's head already states where the deal stands as of
 * the date. 16 rows keep the bundled data whole (India's S-400 lane has 14)
 * and a phone draws a few dozen options, however many milestones there are.
 */
export const LIST_ROWS = 16;
/** Prefix of a cluster's id, which no milestone id has in the bundled data or the examples. */
const CLUSTER_ID = 'cluster:';
const MIN_LABEL_GAP = 44;

function yearStart(year: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d;
}

function isYearStart(d: Date): boolean {
  return d.getTime() === yearStart(d.getUTCFullYear()).getTime();
}

/** Whole years around every instant, so ticks fall on 1 January at both ends. */
function yearBounds(instants: readonly Date[]): [number, number] | null {
  if (!instants.length) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const d of instants) {
    const t = d.getTime();
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const first = new Date(min).getUTCFullYear();
  const lastInstant = new Date(max);
  const last = lastInstant.getUTCFullYear() + (isYearStart(lastInstant) ? 0 : 1);
  return [first, Math.max(last, first + 1)];
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Date order of spans: by start, then the shorter first. */
export function bySpan(a: { span: DateSpan }, b: { span: DateSpan }): number {
  return (
    a.span.start.getTime() - b.span.start.getTime() || a.span.end.getTime() - b.span.end.getTime()
  );
}

/** Deals in signing order; undated deals last, in data order. */
function sortDeals(deals: readonly Deal[]): Deal[] {
  // Each date parsed once, not once per comparison; undated deals go last.
  const start = new Map(deals.map((d) => [d, startTime(d.date)]));
  return [...deals].sort((a, b) => {
    const [sa, sb] = [start.get(a)!, start.get(b)!];
    return sa === sb ? 0 : sa < sb ? -1 : 1;
  });
}

type LaneFacts = Omit<Lane, 'y' | 'height' | 'marks' | 'drawn' | 'clusters'> & {
  marks: Omit<MilestoneMark, 'x0' | 'x1' | 'cx' | 'cy' | 'cluster'>[];
};

function laneFacts(
  deal: Deal,
  milestones: readonly Milestone[],
  rivals: ReadonlyMap<string, Milestone[]>,
  asOfEnd: Date | null,
): LaneFacts {
  const dated: { milestone: Milestone; span: DateSpan }[] = [];
  const spans = new Map<Milestone, DateSpan>();
  for (const milestone of milestones) {
    const span = spanOf(milestone.date, milestone.until);
    if (!span) continue;
    dated.push({ milestone, span });
    spans.set(milestone, span);
  }
  dated.sort(bySpan);
  const reports = dated.map((d) => d.milestone).filter((m) => m.status === 'reported');
  const progress = laneProgress(deal, reports);
  const spanOfReport = (m: Milestone) => spans.get(m) ?? null;
  return {
    deal,
    progress,
    status: laneStatus(reports, progress),
    marks: dated.map(({ milestone, span }) => ({
      milestone,
      deal,
      span,
      state: milestoneState(milestone, span, reports, asOfEnd, spanOfReport),
      conflictsWith: milestone.conflictGroup
        ? (rivals.get(milestone.conflictGroup) ?? []).filter((m) => m !== milestone)
        : [],
    })),
  };
}

/** Left edge of a mark as drawn: its span's start, or its symbol's edge where a short span is narrower. */
function leftOf(mark: MilestoneMark): number {
  return Math.min(mark.x0, mark.cx - SYMBOL_RADIUS);
}

/** Right edge of a mark as drawn (see {@link leftOf}). */
function rightOf(mark: MilestoneMark): number {
  return Math.max(mark.x1, mark.cx + SYMBOL_RADIUS);
}

interface Extent {
  left: number;
  right: number;
  conflictGroup: string | undefined;
}

/**
 * Gives each mark the first track (row within its lane) where it does not
 * overlap the mark before it: dense months stack instead of hiding each
 * other. Rival claims share a track where they fit, so the bracket joining
 * them crosses no other mark. A mark that fits in none of `MAX_TRACKS`
 * tracks gets -1: it goes into a cluster.
 */
function packTracks(extents: readonly Extent[]): number[] {
  const trackEnds: number[] = [];
  const groupTracks = new Map<string, number>();
  const fits = (track: number, left: number) => trackEnds[track]! <= left;
  return extents.map(({ left, right, conflictGroup }) => {
    const rivalTrack = groupTracks.get(conflictGroup ?? '');
    let track =
      rivalTrack !== undefined && fits(rivalTrack, left)
        ? rivalTrack
        : trackEnds.findIndex((_, t) => fits(t, left));
    if (track < 0) track = trackEnds.length;
    if (track >= MAX_TRACKS) return -1;
    trackEnds[track] = right + MARK_GAP;
    if (conflictGroup) groupTracks.set(conflictGroup, track);
    return track;
  });
}

/** Clusters of the marks without a track, each over those that overlap the one before, on row `cy`. */
function clusterMarks(marks: readonly MilestoneMark[], cy: number): MarkCluster[] {
  const clusters: MarkCluster[] = [];
  let last: MarkCluster | undefined;
  for (const mark of marks) {
    const left = leftOf(mark);
    const right = rightOf(mark);
    if (last && left < last.x1 + MARK_GAP) {
      last.x1 = Math.max(last.x1, right);
      last.marks.push(mark);
    } else {
      const id = `${CLUSTER_ID}${mark.deal.id}:${clusters.length}`;
      last = { id, deal: mark.deal, marks: [mark], x0: left, x1: right, cx: 0, cy };
      clusters.push(last);
    }
    mark.cluster = last;
    mark.cy = cy;
  }
  for (const c of clusters) c.cx = (c.x0 + c.x1) / 2;
  return clusters;
}

/**
 * A lane of the compact list: its first marks listed one by one, a row each
 * from `top`, and, where there are more than {@link LIST_ROWS}, the rest in
 * one "+N more" cluster on the row after them. One item would take the row
 * a "+1 more" would: a lane of `LIST_ROWS` marks lists them all.
 */
export function listMarks(
  marks: readonly MilestoneMark[],
  top: number,
): { drawn: MilestoneMark[]; clusters: MarkCluster[] } {
  const rowY = (row: number) => top + row * TRACK_HEIGHT + TRACK_HEIGHT / 2;
  const shown = marks.length > LIST_ROWS ? LIST_ROWS - 1 : marks.length;
  const drawn = marks.slice(0, shown);
  drawn.forEach((mark, row) => {
    mark.cluster = null;
    mark.cy = rowY(row);
  });
  const rest = marks.slice(shown);
  if (!rest.length) return { drawn, clusters: [] };
  const cy = rowY(shown);
  const { deal } = rest[0]!;
  const cluster: MarkCluster = {
    id: `${CLUSTER_ID}${deal.id}:more`,
    deal,
    marks: rest,
    x0: Infinity,
    x1: -Infinity,
    cx: 0,
    cy,
  };
  // A loop, not Math.min(...rest): thousands of arguments would overflow the stack.
  for (const mark of rest) {
    cluster.x0 = Math.min(cluster.x0, leftOf(mark));
    cluster.x1 = Math.max(cluster.x1, rightOf(mark));
    mark.cluster = cluster;
    mark.cy = cy;
  }
  cluster.cx = (cluster.x0 + cluster.x1) / 2;
  return { drawn, clusters: [cluster] };
}

function conflictLinks(marks: readonly MilestoneMark[]): ConflictLink[] {
  const groups = new Map<string, MilestoneMark[]>();
  for (const mark of marks) {
    // A rival inside a cluster has no symbol to bracket: the detail names it.
    if (mark.milestone.conflictGroup && !mark.cluster) {
      append(groups, mark.milestone.conflictGroup, mark);
    }
  }
  return [...groups.values()].flatMap((rivals) =>
    rivals
      .sort(bySpan)
      .slice(1)
      .map((to, i) => {
        const from = rivals[i]!;
        if (Math.abs(to.cx - from.cx) < 2 * SYMBOL_RADIUS) {
          // Stacked (rival claims about one period): a "[" at their left,
          // as a bracket below them would have no width.
          const left = Math.min(leftOf(from), leftOf(to));
          const d = `M${left - 1} ${from.cy}H${left - 5}V${to.cy}H${left - 1}`;
          return { from, to, d };
        }
        // Below both symbols, between tracks, so it crosses no other mark.
        const low = Math.max(from.cy, to.cy) + TRACK_HEIGHT / 2;
        const d = `M${from.cx} ${from.cy + SYMBOL_RADIUS}V${low}H${to.cx}V${to.cy + SYMBOL_RADIUS}`;
        return { from, to, d };
      }),
  );
}

/**
 * Lays out one lane per deal, its milestones on a shared time axis: each
 * date as the span it names, stacked in tracks where they would overlap,
 * with the deal's status and progress as of `options.asOf`. Pure: the
 * template turns this into SVG or a list, and tests check it without a DOM.
 */
export function layoutTracker(
  deals: readonly Deal[],
  milestones: readonly Milestone[],
  width: number,
  options: TrackerOptions,
): TrackerLayout {
  const asOfPeriod = options.asOf ? parsePartialDate(options.asOf) : null;
  const byDeal = new Map<string, Milestone[]>();
  const rivals = new Map<string, Milestone[]>();
  for (const m of milestones) {
    append(byDeal, m.dealId, m);
    if (m.conflictGroup) append(rivals, m.conflictGroup, m);
  }
  const facts = sortDeals(deals).map((deal) =>
    laneFacts(deal, byDeal.get(deal.id) ?? [], rivals, asOfPeriod?.end ?? null),
  );

  const bounds = yearBounds([
    ...facts.flatMap((lane) => lane.marks.flatMap((m) => [m.span.start, m.span.end])),
    ...deals.flatMap((d) => (d.date ? (parsePartialDate(d.date)?.start ?? []) : [])),
    ...(asOfPeriod ? [asOfPeriod.end] : []),
  ]);
  // With nothing dated any year will do: no mark and no tick is drawn.
  const [firstYear, lastYear] = bounds ?? [2000, 2001];
  const range: [number, number] = [EDGE, Math.max(width - EDGE, EDGE + 1)];
  const toX = linearScale([+yearStart(firstYear), +yearStart(lastYear)], range, 0);
  const x = (date: Date) => toX(+date);

  const compact = width < COMPACT_WIDTH;
  let y = AS_OF_LABEL;
  const lanes = facts.map((lane): Lane => {
    const placed = lane.marks.map((mark): MilestoneMark => {
      const x0 = x(mark.span.start);
      const x1 = x(mark.span.end);
      return { ...mark, x0, x1, cx: (x0 + x1) / 2, cy: 0, cluster: null };
    });
    const top = y;
    if (compact) {
      // A list: a row per item, its first marks and a "+N more" for the rest.
      const { drawn, clusters } = listMarks(placed, top + LANE_HEAD);
      const rows = Math.max(drawn.length + clusters.length, 1);
      const height = LANE_HEAD + rows * TRACK_HEIGHT + LANE_GAP;
      y += height;
      return { ...lane, y: top, height, marks: placed, drawn, clusters };
    }
    const tracks = packTracks(
      placed.map((m) => ({
        left: leftOf(m),
        right: rightOf(m),
        conflictGroup: m.milestone.conflictGroup,
      })),
    );
    const trackY = (track: number) => top + LANE_HEAD + track * TRACK_HEIGHT + TRACK_HEIGHT / 2;
    const drawn = placed.filter((_, i) => tracks[i]! >= 0);
    // The cluster row, below the tracks, is there only when a mark is left over.
    const clusters = clusterMarks(
      placed.filter((_, i) => tracks[i]! < 0),
      trackY(MAX_TRACKS),
    );
    // A loop, not Math.max(...tracks): thousands of arguments would overflow the stack.
    let rows = clusters.length ? MAX_TRACKS + 1 : 1;
    for (const t of tracks) rows = Math.max(rows, t + 1);
    const height = LANE_HEAD + rows * TRACK_HEIGHT + LANE_GAP;
    y += height;
    placed.forEach((m, i) => {
      if (tracks[i]! >= 0) m.cy = trackY(tracks[i]!);
    });
    return { ...lane, y: top, height, marks: placed, drawn, clusters };
  });

  const years: YearBand[] = [];
  const yearWidth = (range[1] - range[0]) / (lastYear - firstYear);
  const step = Math.ceil(MIN_LABEL_GAP / yearWidth);
  for (let year = firstYear; bounds && year < lastYear; year++) {
    const [x0, x1] = [x(yearStart(year)), x(yearStart(year + 1))];
    years.push({
      date: String(year).padStart(4, '0'),
      x0,
      x1,
      labelled: (year - firstYear) % step === 0,
    });
  }

  const marks = lanes.flatMap((lane) => lane.marks);
  return {
    width,
    height: y + AXIS_HEIGHT,
    compact,
    lanes,
    marks,
    links: conflictLinks(marks),
    years,
    // At the end of the as-of period: whatever began within it counts as known.
    asOf: asOfPeriod ? { date: options.asOf!, x: x(asOfPeriod.end) } : null,
    plotTop: AS_OF_LABEL,
    plotBottom: y,
  };
}

/**
 * Above this many lanes the timeline scrolls inside its frame and draws only
 * the lanes in view. A lane is at least 68 px tall (its two header lines, one
 * track and the gap), so 13 lanes or more are always taller than the
 * viewport; a dashboard with a handful of deals (the bundled data has four)
 * is drawn whole, as before. Below it, a few more lanes cost little to draw
 * and the page's own scrolling serves the reader better than a frame that
 * scrolls inside it.
 */
export const VIRTUAL_LANES = 12;
/** Drawn beyond each edge of the viewport, in px, so fast scrolling does not show gaps. */
export const LANE_OVERSCAN = 280;

/** Whether a layout scrolls inside a viewport and draws only the lanes in view. */
export function isVirtual(
  layout: Pick<TrackerLayout, 'lanes' | 'plotTop' | 'plotBottom'>,
): boolean {
  return (
    layout.lanes.length > VIRTUAL_LANES && layout.plotBottom - layout.plotTop > VIEWPORT_HEIGHT
  );
}

/**
 * The slice `[first, last)` of lanes to draw for a viewport from `top` to
 * `top + viewport` (layout px): every lane that overlaps it, widened by
 * `overscan` px on each side. Lanes are stacked top to bottom with heights
 * of their own, so the ends are found by binary search on `y` and `height`.
 */
export function visibleLanes(
  lanes: readonly Pick<Lane, 'y' | 'height'>[],
  top: number,
  viewport: number,
  overscan = LANE_OVERSCAN,
): [number, number] {
  const from = top - overscan;
  const to = top + viewport + overscan;
  /** Index of the first lane for which `past` holds (lanes.length if none). */
  const search = (past: (lane: Pick<Lane, 'y' | 'height'>) => boolean) => {
    let lo = 0;
    let hi = lanes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (past(lanes[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // The first lane whose bottom is below the top edge, the first whose top is at or past the bottom edge.
  const first = search((lane) => lane.y + lane.height > from);
  const last = search((lane) => lane.y >= to);
  return [first, Math.max(first, last)];
}
