// Seeded synthetic data for the bench: valid Dealboard datasets (checked with
// validateDataset) plus the same records as plain rows for the other
// contestants, which have no dataset format of their own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  COUNTRY_TABLE,
  MILESTONE_KINDS,
  STANCE_CATEGORIES,
  numericToAlpha3,
  validateDataset,
} from '@dealboard/dataset';

const require = createRequire(import.meta.url);

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same data everywhere. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

const CODES = Object.keys(COUNTRY_TABLE);
const names = new Intl.DisplayNames('en', { type: 'region' });
const countryName = (code) => names.of(COUNTRY_TABLE[code][0]) ?? code;

const SYSTEMS = [
  'S-400 Triumf',
  'Su-30MKI',
  'T-90S',
  'Rafale',
  'Patriot PAC-3',
  'HIMARS',
  'K9 Thunder',
  'Leopard 2A7',
  'F-16 Block 70',
  'BrahMos',
  'Type 054A',
  'NASAMS',
];
const KINDS = MILESTONE_KINDS;
const STANCES = STANCE_CATEGORIES;

function sources(rand, count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `src-${pad(i + 1, 3)}`,
    publisher: rand.pick(['Bench Wire', 'Defence Weekly', 'The Daily Ledger', 'Policy Review']),
    title: `Synthetic report ${i + 1}`,
    date: `2024-${pad(rand.int(1, 12), 2)}-${pad(rand.int(1, 28), 2)}`,
    kind: rand.pick(['news', 'opinion', 'analysis']),
  }));
}

/** A date of random precision (day, month or year) between 2012 and 2025. */
function partialDate(rand) {
  const year = rand.int(2012, 2025);
  const r = rand.next();
  if (r < 0.1) return String(year);
  if (r < 0.4) return `${year}-${pad(rand.int(1, 12), 2)}`;
  return `${year}-${pad(rand.int(1, 12), 2)}-${pad(rand.int(1, 28), 2)}`;
}

/** Midpoint of a partial date in ms: where a plain chart puts the point. */
function dateMs(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d, 12);
  if (m) return (Date.UTC(y, m - 1, 1) + Date.UTC(y, m, 1)) / 2;
  return (Date.UTC(y, 0, 1) + Date.UTC(y + 1, 0, 1)) / 2;
}

const dealLabel = (deal) =>
  `${countryName(deal.buyer)} ← ${countryName(deal.supplier)}, ${deal.system}`;

function deal(rand, i, srcs) {
  const id = `deal-${pad(i + 1, 5)}`;
  const cite = [rand.pick(srcs).id];
  const amount = () => Math.round(10 ** (6 + rand.next() * 4.3) / 1e5) * 1e5;
  const claims = [{ id: `${id}-v1`, amountUsd: amount(), relation: 'exact', sources: cite }];
  // About one deal in six has sources that disagree: drawn as a range by Dealboard.
  if (rand.next() < 0.17) {
    claims.push({ id: `${id}-v2`, amountUsd: amount(), relation: 'approximate', sources: cite });
  }
  let buyer = rand.pick(CODES);
  let supplier = rand.pick(CODES);
  if (supplier === buyer) supplier = CODES[(CODES.indexOf(buyer) + 1) % CODES.length];
  return {
    id,
    buyer,
    supplier,
    system: `${rand.pick(SYSTEMS)} lot ${i + 1}`,
    date: partialDate(rand),
    valueClaims: claims,
    sources: cite,
  };
}

function emptyDataset(title, srcs) {
  return {
    version: '1.0.0',
    title,
    sources: srcs,
    deals: [],
    contextFigures: [],
    milestones: [],
    stances: [],
  };
}

/** Fails loudly unless Dealboard's own validator accepts every record. */
export function assertValid(dataset, what) {
  const { ok, errors, data } = validateDataset(dataset);
  const records = (d) => d.deals.length + d.milestones.length + d.stances.length;
  if (!ok || !data || records(data) !== records(dataset)) {
    const first = errors.slice(0, 5).map((e) => `${e.path} ${e.message}`);
    throw new Error(`generator made an invalid dataset (${what}): ${first.join('; ')}`);
  }
  return dataset;
}

/** Highest claim of a deal: the one number a plain bar chart shows. */
const valueOf = (d) => Math.max(...d.valueClaims.map((c) => c.amountUsd));

/** Plain rows for the other contestants, largest first like Dealboard's default sort. */
export function barRows(dataset) {
  return dataset.deals
    .map((d) => ({ id: d.id, label: dealLabel(d), value: valueOf(d) }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** `n` deals for the bar chart. */
export function dealsData(n, seed) {
  const rand = seeded(seed);
  const srcs = sources(rand, 40);
  const dataset = emptyDataset(`Bench: ${n} deals`, srcs);
  dataset.deals = Array.from({ length: n }, (_, i) => deal(rand, i, srcs));
  assertValid(dataset, `${n} deals`);
  return { dataset, plain: barRows(dataset) };
}

/** The same deals with every value changed (same ids, same structure): the update test. */
export function changedValues(dataset, seed) {
  const rand = seeded(seed);
  const next = structuredClone(dataset);
  for (const d of next.deals) {
    for (const c of d.valueClaims) {
      c.amountUsd = Math.max(
        1e5,
        Math.round((c.amountUsd * (0.4 + rand.next() * 1.2)) / 1e5) * 1e5,
      );
    }
  }
  assertValid(next, 'changed values');
  return { dataset: next, plain: barRows(next) };
}

/** `lanes` deals with `perLane` milestones each, for the delivery timeline. */
export function milestonesData(lanes, perLane, seed) {
  const rand = seeded(seed);
  const srcs = sources(rand, 40);
  const dataset = emptyDataset(`Bench: ${lanes * perLane} milestones`, srcs);
  dataset.deals = Array.from({ length: lanes }, (_, i) => deal(rand, i, srcs));
  for (const d of dataset.deals) {
    d.quantity = { count: rand.int(2, 40), unit: 'units', sources: d.sources };
    for (let j = 0; j < perLane; j++) {
      const kind = rand.pick(KINDS);
      const date = partialDate(rand);
      const milestone = {
        id: `${d.id}-m${pad(j + 1, 2)}`,
        dealId: d.id,
        kind,
        status: rand.next() < 0.8 ? 'reported' : 'expected',
        date,
        label: `${kind[0].toUpperCase()}${kind.slice(1)} ${j + 1}`,
        sources: [rand.pick(srcs).id],
      };
      if (kind === 'shipment') milestone.units = { count: 1, unit: 'units', sources: d.sources };
      // A few pairs of rival claims about one event.
      if (j < 2) milestone.conflictGroup = `${d.id}-first`;
      dataset.milestones.push(milestone);
    }
  }
  assertValid(dataset, 'milestones');
  const laneIndex = new Map(dataset.deals.map((d, i) => [d.id, i]));
  const plain = {
    lanes: dataset.deals.map((d) => ({ id: d.id, label: dealLabel(d) })),
    points: dataset.milestones.map((m) => ({
      id: m.id,
      lane: laneIndex.get(m.dealId),
      t: dateMs(m.date),
      kind: m.kind,
      status: m.status,
    })),
  };
  return { dataset, plain };
}

/** The 110m world of world-atlas (TopoJSON), as every map contestant draws it. */
export function worldAtlas() {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
}

/** One stance for every country of the world map that has an ISO code. */
export function stancesData(seed) {
  const rand = seeded(seed);
  const srcs = sources(rand, 20);
  const dataset = emptyDataset('Bench: world stances', srcs);
  const plain = [];
  const seen = new Set();
  for (const geometry of worldAtlas().objects.countries.geometries) {
    const code = numericToAlpha3(geometry.id);
    if (!code || seen.has(code)) continue;
    seen.add(code);
    const category = rand.pick(STANCES);
    dataset.stances.push({
      id: `stance-${code}`,
      country: code,
      category,
      summary: `${countryName(code)} is a ${category.replace('-', ' ')} in this synthetic story.`,
      since: partialDate(rand),
      sources: [rand.pick(srcs).id],
    });
    plain.push({ id: geometry.id, code, name: geometry.properties.name, category });
  }
  assertValid(dataset, 'stances');
  return { dataset, plain };
}

/** Writes every scenario's data, as `<name>.dataset.json` and `<name>.plain.json`. */
export function writeAllData(dir) {
  mkdirSync(dir, { recursive: true });
  const write = (name, { dataset, plain }) => {
    writeFileSync(join(dir, `${name}.dataset.json`), JSON.stringify(dataset));
    writeFileSync(join(dir, `${name}.plain.json`), JSON.stringify(plain));
  };
  for (const n of [10, 1_000, 10_000]) {
    const data = dealsData(n, 9_000 + n);
    write(`bars-${n}`, data);
    if (n === 1_000) write('bars-1000-changed', changedValues(data.dataset, 77));
  }
  write('timeline', milestonesData(50, 20, 5_050));
  write('map', stancesData(177));
}
