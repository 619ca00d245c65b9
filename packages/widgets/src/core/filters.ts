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

/** The deals that pass the `buyer` and `supplier` filters (attribute strings), and their ids. */
export function filterDeals(
  deals: readonly Deal[],
  buyer: string | null,
  supplier: string | null,
): { deals: Deal[]; ids: Set<string> } {
  const buyers = parseCodes(buyer);
  const suppliers = parseCodes(supplier);
  const passing = deals.filter((d) => dealPasses(d, buyers, suppliers));
  return { deals: passing, ids: new Set(passing.map((d) => d.id)) };
}
