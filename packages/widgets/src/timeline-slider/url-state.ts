import type { GroupState } from '../core/group.js';

/**
 * A group's state in the page's URL hash (`#news.asOf=2021-02&news.country=IND`),
 * next to whatever else the hash holds, so a reader can share exactly what
 * they see and the back button walks back through it.
 */
export function readUrlState(hash: string, group: string): GroupState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const asOf = params.get(`${group}.asOf`);
  const country = params.get(`${group}.country`);
  return {
    asOf: asOf && /^\d{4}(-\d{2}){0,2}$/.test(asOf) ? asOf : null,
    country: country && /^[A-Z]{3}$/.test(country) ? country : null,
  };
}

export function writeUrlState(hash: string, group: string, state: GroupState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, value] of [
    [`${group}.asOf`, state.asOf],
    [`${group}.country`, state.country],
  ] as const) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
