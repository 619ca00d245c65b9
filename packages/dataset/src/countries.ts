/**
 * ISO 3166-1 look-ups over the generated table in `countries-table.ts`.
 * The map widget matches world-atlas features by their numeric ids.
 */
import { COUNTRY_TABLE } from './countries-table.js';

export { COUNTRY_TABLE };

/** True when `code` is an officially assigned ISO 3166-1 alpha-3 code, upper case. */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(COUNTRY_TABLE, code);
}

/** `IND` → `IN`; `undefined` for an unknown code. */
export function alpha3ToAlpha2(code: string): string | undefined {
  return isCountryCode(code) ? COUNTRY_TABLE[code][0] : undefined;
}

/** `IND` → `356` (three digits, zero-padded); `undefined` for an unknown code. */
export function alpha3ToNumeric(code: string): string | undefined {
  return isCountryCode(code) ? COUNTRY_TABLE[code][1] : undefined;
}

// Built on first use so that importing the module stays free of side effects.
let byNumeric: Map<string, string> | undefined;

/**
 * `356`, `'356'` or `'4'`/`4` (padded to `004`) → alpha-3; `undefined` for
 * anything else, including the id-less world-atlas features (Kosovo…).
 */
export function numericToAlpha3(numeric: unknown): string | undefined {
  let key: string;
  if (typeof numeric === 'number' && Number.isInteger(numeric) && numeric >= 0 && numeric < 1000) {
    key = String(numeric).padStart(3, '0');
  } else if (typeof numeric === 'string' && /^[0-9]{1,3}$/.test(numeric)) {
    key = numeric.padStart(3, '0');
  } else {
    return undefined;
  }
  if (!byNumeric) {
    byNumeric = new Map();
    for (const [alpha3, [, num]] of Object.entries(COUNTRY_TABLE)) byNumeric.set(num, alpha3);
  }
  return byNumeric.get(key);
}
