// Random mutations of a dataset for property tests, shared by the browser
// tests (TypeScript) and the Node test of the built package.
import * as fc from 'fast-check';

/** Values that have broken validators before: wrong types, edge numbers, bad dates. */
export const NASTY_VALUES = [
  null,
  undefined,
  Number.NaN,
  Infinity,
  -Infinity,
  -5,
  0,
  -0,
  2.5,
  1e20,
  '',
  '   ',
  ' padded ',
  'XXX',
  'ind',
  '2021-13-45',
  '2021-02-30',
  '2021',
  [],
  {},
  [null],
  true,
  'x'.repeat(10_001),
  '__proto__',
  'constructor',
  'nikkei-2021-01',
];

const BAD_DATES = ['2021-13-45', '2021-02-30', '2021-00', '21', '2021-1', 2021, '', '0000'];
const BAD_CODES = ['XXX', 'ind', 'IN', '', 'XKK', 356];
const BAD_REFS = ['', ' padded ', 'x'.repeat(201), 1, 'ind-rus-s400', 'chn-rus-s400'];
const BAD_ENUMS = ['roughly', '', 'EXACT', null];
const BAD_TEXT = ['', '   ', 'x'.repeat(10_001), 5];

/** Wrong values aimed at one field each, so that rare fields get hit too. */
const BAD_BY_FIELD = {
  amountUsd: [-5, 0, -0, NaN, Infinity, -Infinity, 1e13, 1e20, '5.4e9', null],
  count: [0, -1, 2.5, 1e10, NaN, '5'],
  date: BAD_DATES,
  until: [...BAD_DATES, '2014', '2018-09'],
  since: BAD_DATES,
  buyer: BAD_CODES,
  supplier: [...BAD_CODES, 'IND'],
  country: BAD_CODES,
  id: BAD_REFS,
  dealId: BAD_REFS,
  conflictGroup: BAD_REFS,
  quoteSource: [...BAD_REFS, 'nyt-2021-12-06'],
  sources: [[], ['nope'], ['nikkei-2021-01', 'nikkei-2021-01'], 'nikkei-2021-01', [1]],
  relation: BAD_ENUMS,
  kind: BAD_ENUMS,
  status: BAD_ENUMS,
  category: BAD_ENUMS,
  summary: BAD_TEXT,
  label: BAD_TEXT,
  title: BAD_TEXT,
  quote: [...BAD_TEXT, { speaker: 'x' }],
  text: BAD_TEXT,
  unit: BAD_TEXT,
  publisher: BAD_TEXT,
  url: ['ftp://x', 'https://a b', ''],
  valueClaims: [null, {}, [{}], 'none'],
  version: [undefined, '', 1],
};
const TARGETED = Object.keys(BAD_BY_FIELD);

/** Every [container, key] slot below the root of a JSON-like tree. */
function slots(root) {
  const out = [];
  const walk = (node) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      out.push([node, Array.isArray(node) ? Number(key) : key]);
      walk(node[key]);
    }
  };
  walk(root);
  return out;
}

const operation = fc.record({
  at: fc.nat(),
  pick: fc.nat(),
  kind: fc.constantFrom('targeted', 'targeted', 'set', 'set', 'delete', 'duplicate', 'pollute'),
  value: fc.oneof(fc.constantFrom(...NASTY_VALUES), fc.anything()),
});

/**
 * A copy of `base` (plain JSON data) with one to five random changes: a field
 * given a wrong value aimed at it, any value replaced by a random one, a field
 * or entry deleted, an entry duplicated (repeating its id) or a `__proto__`
 * own key merged in.
 */
export function mutatedDataset(base) {
  return fc.array(operation, { minLength: 1, maxLength: 5 }).map((ops) => {
    const copy = structuredClone(base);
    for (const op of ops) {
      let all = slots(copy);
      if (op.kind === 'targeted') {
        // Choose the field name first, then one of its slots.
        const names = TARGETED.filter((name) => all.some(([, key]) => key === name));
        const name = names[op.pick % names.length];
        all = all.filter(([, key]) => key === name);
      }
      if (all.length === 0) break;
      const [container, key] = all[op.at % all.length];
      if (op.kind === 'targeted') {
        const pool = BAD_BY_FIELD[key];
        container[key] = structuredClone(pool[op.pick % pool.length]);
      } else if (op.kind === 'set') {
        container[key] = op.value;
      } else if (op.kind === 'delete') {
        if (Array.isArray(container)) container.splice(key, 1);
        else delete container[key];
      } else if (op.kind === 'duplicate' && Array.isArray(container)) {
        container.push(structuredClone(container[key]));
      } else if (op.kind === 'pollute' && typeof container[key] === 'object' && container[key]) {
        // Spread keeps `__proto__` as an own key, as JSON.parse makes it.
        container[key] = { ...container[key], ...JSON.parse('{"__proto__": {"polluted": 1}}') };
      }
    }
    return copy;
  });
}
