/** The words of the tracker: lane names, states and progress, in the reader's locale. */
import { parsePartialDate } from '@dealboard/dataset/core';
import type { Deal, Milestone } from '@dealboard/dataset';
import {
  dealLabel,
  formatDateSpan,
  formatNumber,
  quantityText,
  relationWord,
} from '../core/format.js';
import type { LaneProgress, LaneStatus, MilestoneState } from './deal-progress.js';
import type { Lane, MarkCluster, MilestoneMark } from './layout.js';
import { KINDS } from './milestone-kinds.js';

export const STATUS_WORDS: Record<LaneStatus, string> = {
  ordered: 'ordered',
  delivering: 'delivering',
  delivered: 'delivered',
  deployed: 'deployed',
  suspended: 'deliveries suspended',
  sanctioned: 'sanctioned',
};

/**
 * "3 of 5 units delivered"; "5 units ordered; deliveries not reported", or,
 * where shipments are reported without a count, "number delivered not
 * reported" (not to contradict the lane's "delivering").
 */
export function progressText(
  { ordered, delivered, shipped }: LaneProgress,
  locale: string,
): string {
  if (ordered && delivered) {
    const done = `${relationWord(delivered.relation ?? 'exact')}${formatNumber(delivered.count, locale)}`;
    return `${done} of ${quantityText(ordered, locale)} delivered`;
  }
  if (ordered) {
    const deliveries = shipped ? 'number delivered not reported' : 'deliveries not reported';
    return `${quantityText(ordered, locale)} ordered; ${deliveries}`;
  }
  if (delivered)
    return `${quantityText(delivered, locale)} delivered; quantity ordered not reported`;
  return 'units ordered and delivered not reported';
}

/** Accessible name of a lane: "India ← Russia, S-400 Triumf: delivering; 5 units ordered; …" */
export function laneName(lane: Lane, locale: string): string {
  const { deal, status, progress } = lane;
  return `${dealLabel(deal, locale)}: ${STATUS_WORDS[status]}; ${progressText(progress, locale)}`;
}

/** A milestone's date at its own precision: "2020", "September 2021 – October 2021". */
export function dateText(milestone: Milestone, locale: string): string {
  return formatDateSpan(milestone.date, milestone.until, locale);
}

/** Why a date is drawn as a span, for the detail; empty for a single day. */
export function precisionNote(milestone: Milestone): string {
  if (milestone.until) return 'a window: it falls somewhere in this period';
  const precision = parsePartialDate(milestone.date)?.precision;
  return precision === 'day' ? '' : `the source gives only the ${precision}`;
}

export function stateWord(state: MilestoneState): string {
  return state === 'reported' ? 'reported' : 'expected';
}

/**
 * The fact a mark stands for: "shipment, expected September 2021 – October
 * 2021, First batteries expected… (overdue); conflicts with “…” (December 2021)".
 */
export function markText(
  mark: MilestoneMark,
  locale: string,
  date = (milestone: Milestone) => dateText(milestone, locale),
): string {
  const { milestone, state } = mark;
  const fact = `${KINDS[milestone.kind].word}, ${stateWord(state)} ${date(milestone)}, ${milestone.label}`;
  const overdue = state === 'overdue' ? ' (overdue)' : '';
  const rivals = mark.conflictsWith
    .map((rival) => `; conflicts with “${rival.label}” (${date(rival)})`)
    .join('');
  return `${fact}${overdue}${rivals}`;
}

/** Accessible name of a mark: its lane, then the fact. */
export function markName(mark: MilestoneMark, locale: string): string {
  return `${dealLabel(mark.deal, locale)}: ${markText(mark, locale)}`;
}

/**
 * {@link markName} for many marks: remembers the words for each deal and
 * each date, which many marks share and which are the slow part of a name.
 */
export function markNamer(locale: string): (mark: MilestoneMark) => string {
  const deals = new Map<Deal, string>();
  const dates = new Map<string, string>();
  const date = (milestone: Milestone) => {
    const key = milestone.until ? `${milestone.date}/${milestone.until}` : milestone.date;
    let text = dates.get(key);
    if (text === undefined) {
      text = dateText(milestone, locale);
      dates.set(key, text);
    }
    return text;
  };
  return (mark) => {
    let deal = deals.get(mark.deal);
    if (deal === undefined) {
      deal = dealLabel(mark.deal, locale);
      deals.set(mark.deal, deal);
    }
    return `${deal}: ${markText(mark, locale, date)}`;
  };
}

/** When a cluster's milestones fall: "between 2018 and December 2021", or one date. */
export function clusterDates({ marks }: MarkCluster, locale: string): string {
  const [first, last] = [
    dateText(marks[0]!.milestone, locale),
    dateText(marks.at(-1)!.milestone, locale),
  ];
  return first === last ? first : `between ${first} and ${last}`;
}

/** What a cluster's pill shows: "+1,234" in the reader's digits. */
export function clusterCount(cluster: MarkCluster, locale: string): string {
  return `+${formatNumber(cluster.marks.length, locale)}`;
}

/** Accessible name of a cluster: "India ← Russia, S-400 Triumf: +12 milestones, between …; the table view lists each". */
export function clusterName(cluster: MarkCluster, locale: string): string {
  const n = cluster.marks.length;
  // "+N", as the mark shows it: a name holds the text a mark shows.
  const more = `${clusterCount(cluster, locale)} milestone${n === 1 ? '' : 's'}`;
  return `${dealLabel(cluster.deal, locale)}: ${more}, ${clusterDates(cluster, locale)}; the table view lists each`;
}

/**
 * The text of a compact lane's "+N more" item, which is also its accessible
 * name: "+9,985 more milestones, between 2021 and 2025; the table view lists each".
 */
export function moreText(cluster: MarkCluster, locale: string): string {
  const n = cluster.marks.length;
  const more = `${clusterCount(cluster, locale)} more milestone${n === 1 ? '' : 's'}`;
  return `${more}, ${clusterDates(cluster, locale)}; the table view lists each`;
}
