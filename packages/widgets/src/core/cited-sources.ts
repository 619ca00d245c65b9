import type { Source } from '@dealboard/dataset';

/** Adds the ids a record cites (none for a missing optional list). */
export type Cite = (ids?: readonly string[]) => void;

/**
 * The ids of `sources` that what a widget shows cites, in the dataset's
 * order, which is the order the footer numbers them in. `citeAll` hands
 * each shown record's `sources` to `cite`.
 */
export function citedSourceIds(
  sources: readonly Source[],
  citeAll: (cite: Cite) => void,
): string[] {
  const cited = new Set<string>();
  citeAll((ids = []) => {
    for (const id of ids) cited.add(id);
  });
  return sources.map((s) => s.id).filter((id) => cited.has(id));
}
