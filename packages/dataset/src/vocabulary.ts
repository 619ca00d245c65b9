import type {
  ClaimRelation,
  ContextFigure,
  MilestoneKind,
  MilestoneStatus,
  SourceKind,
  StanceCategory,
} from './types.js';

/** The values each enumerated field may take, in a meaningful order (legends, tables). */

export const SOURCE_KIND_VALUES: readonly SourceKind[] = ['news', 'opinion', 'analysis'];

export const CLAIM_RELATIONS: readonly ClaimRelation[] = [
  'exact',
  'approximate',
  'at-least',
  'at-most',
];

export const CONTEXT_FIGURE_KINDS: readonly ContextFigure['kind'][] = [
  'payment',
  'target',
  'other',
];

/** Roughly the order a deal unfolds in. */
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'contract',
  'payment',
  'training',
  'shipment',
  'deployment',
  'test-firing',
  'suspension',
  'sanction',
  'diplomatic',
];

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['reported', 'expected'];

/** The two sides of the deals first, then the countries around them. */
export const STANCE_CATEGORIES: readonly StanceCategory[] = [
  'supplier',
  'buyer',
  'buyer-suspended',
  'buyer-sanctioned',
  'opposing',
  'partner',
  'neutral',
];
