/**
 * What the milestones of one deal say about its progress, as of a date: the
 * deal's status, units delivered of units ordered, and which expected
 * milestones are overdue. Pure, over milestones already cut to the as-of date.
 */
import { spanOf } from '@dealboard/dataset/core';
import type { DateSpan, Deal, Milestone, MilestoneKind, Quantity } from '@dealboard/dataset';

export type LaneStatus =
  'ordered' | 'delivering' | 'delivered' | 'deployed' | 'suspended' | 'sanctioned';

/**
 * `overdue`: an expected milestone whose window ended by the as-of date with
 * no report of it (see {@link milestoneState}).
 */
export type MilestoneState = 'reported' | 'expected' | 'overdue';

export interface LaneProgress {
  /** The deal's quantity, where a source states it. */
  ordered: Quantity | null;
  /** Units the reported shipments state, in the unit ordered; null where none does. */
  delivered: Quantity | null;
  /** Whether any shipment is reported, with units stated or not. */
  shipped: boolean;
}

/** The status a reported milestone moves its deal to; other kinds leave it as it was. */
const STATUS_AFTER: Partial<Record<MilestoneKind, LaneStatus>> = {
  shipment: 'delivering',
  deployment: 'deployed',
  suspension: 'suspended',
  sanction: 'sanctioned',
};

/**
 * Units stated by reports, added up. Reports in one conflict group are rival
 * accounts of one event, so only the largest of them counts. Reports in
 * another unit than `unit` are left out (regiments and rifles do not add).
 */
function unitsReported(reports: readonly Milestone[], unit: string | undefined): Quantity | null {
  const byEvent = new Map<string, Quantity>();
  for (const report of reports) {
    const units = report.units;
    if (!units || (unit !== undefined && units.unit !== unit)) continue;
    const event = report.conflictGroup ?? report.id;
    const seen = byEvent.get(event);
    if (!seen || units.count > seen.count) byEvent.set(event, units);
  }
  const counted = [...byEvent.values()];
  if (!counted.length) return null;
  const total: Quantity = {
    count: counted.reduce((sum, q) => sum + q.count, 0),
    unit: counted[0]!.unit,
    sources: [...new Set(counted.flatMap((q) => q.sources))],
  };
  // The word for one, should the total be one, from any report that gives it.
  const unitOne = counted.find((q) => q.unitOne)?.unitOne;
  if (unitOne) total.unitOne = unitOne;
  const inexact = counted.find((q) => (q.relation ?? 'exact') !== 'exact');
  // One "about 3" stays "about 3"; "about 3" plus "2" is only "about 5".
  if (inexact) total.relation = counted.length === 1 ? inexact.relation! : 'approximate';
  return total;
}

/** Units delivered of units ordered, from the deal and its reported shipments. */
export function laneProgress(deal: Deal, reports: readonly Milestone[]): LaneProgress {
  const ordered = deal.quantity ?? null;
  const shipments = reports.filter((m) => m.kind === 'shipment');
  const unit = ordered?.unit ?? shipments.find((m) => m.units)?.units!.unit;
  return { ordered, delivered: unitsReported(shipments, unit), shipped: shipments.length > 0 };
}

/**
 * A deal's status: `ordered`, then whatever the latest reported shipment,
 * deployment, suspension or sanction made it (a shipment after a suspension
 * means deliveries resumed). `delivered` once the reported shipments reach
 * the quantity ordered. `reports` must be in date order.
 */
export function laneStatus(reports: readonly Milestone[], progress: LaneProgress): LaneStatus {
  let status: LaneStatus = 'ordered';
  for (const report of reports) status = STATUS_AFTER[report.kind] ?? status;
  const { ordered, delivered } = progress;
  const complete =
    ordered !== null &&
    delivered !== null &&
    delivered.unit === ordered.unit &&
    delivered.count >= ordered.count;
  return complete && (status === 'delivering' || status === 'deployed') ? 'delivered' : status;
}

/** The first index of sorted `values` that is `limit` or more (values.length if none). */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The dated reports of one kind, by start, with what each prefix of them adds up to. */
interface KindEvidence {
  reports: Milestone[];
  /** Start of each report, ms, ascending. */
  starts: number[];
  /** The latest end among the first i + 1 reports, ms. */
  maxEnds: number[];
  /** Per unit: units reported by the first i + 1 reports (as {@link unitsReported} counts them), or -1 for none. */
  totals: Map<string, number[]>;
}

/**
 * Reports indexed by kind, once per reports array: testing every expected
 * milestone against every report took seconds for a lane of thousands of
 * milestones; a binary search per milestone does not.
 */
const evidenceOf = new WeakMap<readonly Milestone[], Map<MilestoneKind, KindEvidence>>();

function evidence(
  reports: readonly Milestone[],
  spanOfReport: (report: Milestone) => DateSpan | null,
): Map<MilestoneKind, KindEvidence> {
  let byKind = evidenceOf.get(reports);
  if (byKind) return byKind;
  const dated = new Map<MilestoneKind, { report: Milestone; span: DateSpan }[]>();
  for (const report of reports) {
    const span = spanOfReport(report);
    if (!span) continue;
    const list = dated.get(report.kind);
    if (list) list.push({ report, span });
    else dated.set(report.kind, [{ report, span }]);
  }
  byKind = new Map();
  for (const [kind, list] of dated) {
    list.sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
    let maxEnd = -Infinity;
    byKind.set(kind, {
      reports: list.map((d) => d.report),
      starts: list.map((d) => d.span.start.getTime()),
      maxEnds: list.map((d) => (maxEnd = Math.max(maxEnd, d.span.end.getTime()))),
      totals: new Map(),
    });
  }
  evidenceOf.set(reports, byKind);
  return byKind;
}

/** Running totals of `unit` over a kind's reports: the largest of rival reports counts, once. */
function totalsIn(kind: KindEvidence, unit: string): number[] {
  let totals = kind.totals.get(unit);
  if (totals) return totals;
  const byEvent = new Map<string, number>();
  let total = -1;
  totals = kind.reports.map((report) => {
    const units = report.units;
    if (!units || units.unit !== unit) return total;
    const event = report.conflictGroup ?? report.id;
    const seen = byEvent.get(event);
    if (seen === undefined || units.count > seen) {
      total = Math.max(total, 0) + units.count - (seen ?? 0);
      byEvent.set(event, units.count);
    }
    return total;
  });
  kind.totals.set(unit, totals);
  return totals;
}

/**
 * Whether the reports of a deal bear out an expected milestone: for one
 * that states units, reports of its kind up to the end of its window add up
 * to them ("all five by the end of 2021"); otherwise a report of its kind
 * falls in its window (a report of shipments in 2020 or December 2021 does not
 * bear out "first batteries in September–October 2021").
 */
function borneOut(
  expected: Milestone,
  window: DateSpan,
  reports: readonly Milestone[],
  spanOfReport: (report: Milestone) => DateSpan | null,
): boolean {
  const kind = evidence(reports, spanOfReport).get(expected.kind);
  // The reports of its kind that began before its window ended.
  const before = kind ? countBelow(kind.starts, window.end.getTime()) : 0;
  if (!kind || before === 0) return false;
  if (expected.units) {
    const done = totalsIn(kind, expected.units.unit)[before - 1]!;
    return done >= 0 && done >= expected.units.count;
  }
  // …and of those, one that ended after it began overlaps it.
  return kind.maxEnds[before - 1]! > window.start.getTime();
}

/**
 * Reported, expected, or overdue: expected, its window over by `asOfEnd`
 * (the first instant after the as-of date), and not borne out by `reports`.
 * Without an as-of date nothing is overdue. `spanOfReport` gives a report's
 * span where the caller has it already. `reports` is indexed once and the
 * index kept with the array: pass the same array for each milestone of a
 * deal, and do not change it afterwards.
 */
export function milestoneState(
  milestone: Milestone,
  window: DateSpan,
  reports: readonly Milestone[],
  asOfEnd: Date | null,
  spanOfReport = (report: Milestone) => spanOf(report.date, report.until),
): MilestoneState {
  if (milestone.status === 'reported') return 'reported';
  if (!asOfEnd || window.end > asOfEnd) return 'expected';
  return borneOut(milestone, window, reports, spanOfReport) ? 'expected' : 'overdue';
}
