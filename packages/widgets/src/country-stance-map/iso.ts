import { numericToAlpha3 } from '@dealboard/dataset/core';

/**
 * The ISO 3166-1 alpha-3 code of a world-atlas feature, read from its numeric
 * id through the dataset's tested ISO table, never from its name (names vary
 * by edition and language). Null for the few areas without an ISO code:
 * Kosovo, Northern Cyprus and Somaliland.
 */
export function featureCode(id: unknown): string | null {
  return numericToAlpha3(id) ?? null;
}
