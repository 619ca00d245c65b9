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
  return { ordered, delivered: unitsReported(shipments, unit) };
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

function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.start < b.end && b.start < a.end;
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
  const sameKind = reports.filter((r) => r.kind === expected.kind);
  const spans = sameKind.map((r) => ({ report: r, span: spanOfReport(r) }));
  if (expected.units) {
    const byEnd = spans.filter(({ span }) => span && span.start < window.end);
    const done = unitsReported(
      byEnd.map(({ report }) => report),
      expected.units.unit,
    );
    return done !== null && done.count >= expected.units.count;
  }
  return spans.some(({ span }) => span !== null && overlaps(span, window));
}

/**
 * Reported, expected, or overdue: expected, its window over by `asOfEnd`
 * (the first instant after the as-of date), and not borne out by `reports`.
 * Without an as-of date nothing is overdue. `spanOfReport` gives a report's
 * span where the caller has it already.
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
