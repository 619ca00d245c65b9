import { STANCE_CATEGORIES, stanceAt } from '@dealboard/dataset/core';
import type { Dataset, Stance, StanceCategory } from '@dealboard/dataset';

/** Legend and table order: the two sides of the deals first, then the countries around them. */
export const STANCE_ORDER: readonly StanceCategory[] = STANCE_CATEGORIES;

export const STANCE_LABEL: Readonly<Record<StanceCategory, string>> = {
  supplier: 'Supplier',
  buyer: 'Buyer',
  'buyer-suspended': 'Buyer, deliveries suspended',
  'buyer-sanctioned': 'Buyer, sanctioned',
  opposing: 'Opposing',
  partner: 'Partner',
  neutral: 'Neutral',
};

export type Hatch = 'diagonal' | 'cross';

/** Categories drawn with a pattern over their colour, so colour is not the only cue. */
export const STANCE_HATCH: Readonly<Partial<Record<StanceCategory, Hatch>>> = {
  'buyer-suspended': 'diagonal',
  'buyer-sanctioned': 'cross',
};

/**
 * Each country's stance in force in `view`, a dataset already cut to the
 * `as-of` date: later stances there are gone, so the latest left is the one.
 */
export function stancesInForce(view: Dataset): Map<string, Stance> {
  const stances = new Map<string, Stance>();
  for (const { country } of view.stances) {
    if (!stances.has(country)) stances.set(country, stanceAt(view, country)!);
  }
  return stances;
}
