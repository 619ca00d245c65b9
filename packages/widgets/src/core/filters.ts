import type { Deal } from '@dealboard/dataset';

/** Parses a comma-separated list of ISO alpha-3 codes ("IND, chn") into a set, or null for "all". */
export function parseCodes(list: string | null | undefined): Set<string> | null {
  if (!list) return null;
  const codes = list
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return codes.length ? new Set(codes) : null;
}

/** Whether a deal passes the `buyer` and `supplier` filters. */
export function dealPasses(
  deal: Deal,
  buyers: Set<string> | null,
  suppliers: Set<string> | null,
): boolean {
  return (!buyers || buyers.has(deal.buyer)) && (!suppliers || suppliers.has(deal.supplier));
}

const EVERY_DEAL = { has: () => true };

/**
 * The deals that pass the `buyer` and `supplier` filters (attribute strings),
 * and a test for their ids. Unfiltered, the input list itself and no id set:
 * with thousands of deals, copies would be kept for nothing.
 */
export function filterDeals(
  deals: readonly Deal[],
  buyer: string | null,
  supplier: string | null,
): { deals: readonly Deal[]; ids: Pick<ReadonlySet<string>, 'has'> } {
  const buyers = parseCodes(buyer);
  const suppliers = parseCodes(supplier);
  if (!buyers && !suppliers) return { deals, ids: EVERY_DEAL };
  const passing = deals.filter((d) => dealPasses(d, buyers, suppliers));
  return { deals: passing, ids: new Set(passing.map((d) => d.id)) };
}

/**
 * Why a chart of deals is empty, in words that do not blame a filter nobody
 * set: the `buyer`/`supplier` filters, the `as-of` date, or the data itself.
 */
export function noDealsText(
  buyer: string | null,
  supplier: string | null,
  asOf: string | null,
): string {
  if (parseCodes(buyer) || parseCodes(supplier)) {
    return `No deals match the current filters${asOf ? ' and date' : ''}.`;
  }
  return asOf ? 'No deals had been reported by this date.' : 'No deals to show.';
}
