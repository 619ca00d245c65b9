/**
 * ISO 3166-1 look-ups over the generated codes in `countries-table.ts`.
 * The map widget matches world-atlas features by their numeric ids.
 */
import { ALPHA_CODES, NUMERIC_CODES } from './countries-table.js';

// Built on first use so that importing the module stays free of side effects.
let byAlpha3: Map<string, number> | undefined;
let byNumeric: Map<string, string> | undefined;

/** Each alpha-3 code's place in the generated lists. */
function places(): Map<string, number> {
  if (!byAlpha3) {
    byAlpha3 = new Map();
    for (let i = 0; i < ALPHA_CODES.length / 5; i++)
      byAlpha3.set(ALPHA_CODES.slice(5 * i, 5 * i + 3), i);
  }
  return byAlpha3;
}

const alpha2At = (i: number) => ALPHA_CODES.slice(5 * i + 3, 5 * i + 5);
const numericAt = (i: number) => NUMERIC_CODES.slice(3 * i, 3 * i + 3);

function tableOf(): Readonly<Record<string, readonly [alpha2: string, numeric: string]>> {
  const table: Record<string, readonly [string, string]> = {};
  for (const [alpha3, i] of places()) table[alpha3] = [alpha2At(i), numericAt(i)];
  return table;
}

/**
 * Every officially assigned alpha-3 code (249) → `[alpha-2, numeric]`. Made
 * only in a bundle that uses it: the look-ups below do not need it.
 */
export const COUNTRY_TABLE = /* @__PURE__ */ tableOf();

/** True when `code` is an officially assigned ISO 3166-1 alpha-3 code, upper case. */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && places().has(code);
}

/** `IND` → `IN`; `undefined` for an unknown code. */
export function alpha3ToAlpha2(code: string): string | undefined {
  const i = places().get(code);
  return i === undefined ? undefined : alpha2At(i);
}

/** `IND` → `356` (three digits, zero-padded); `undefined` for an unknown code. */
export function alpha3ToNumeric(code: string): string | undefined {
  const i = places().get(code);
  return i === undefined ? undefined : numericAt(i);
}

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
    for (const [alpha3, i] of places()) byNumeric.set(numericAt(i), alpha3);
  }
  return byNumeric.get(key);
}
