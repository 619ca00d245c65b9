import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { NASTY_VALUES, mutatedDataset } from '../test/mutations.mjs';
import { dataset } from './data.js';
import { validateDataset, validateDatasetInSlices } from './validate.js';
import type { Dataset, ValidationResult } from './types.js';

// Loose access for building broken inputs.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function copy(): Loose {
  return structuredClone(dataset) as Loose;
}

function indexOf(collection: { id: string }[], id: string): number {
  const i = collection.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no ${id}`);
  return i;
}

const CHN = indexOf(dataset.deals, 'chn-rus-s400');
const CONTRACT = indexOf(dataset.milestones, 'ind-s400-contract');
const BATTERIES = indexOf(dataset.milestones, 'ind-s400-first-batteries');
const TRAINING = indexOf(dataset.milestones, 'ind-s400-training-sent');
const RUS = indexOf(dataset.stances, 'rus-supplier');

function pathsOf(result: ValidationResult): string[] {
  return result.errors.map((e) => e.path);
}

function prototypeIsClean(): boolean {
  return Object.keys(Object.prototype).length === 0 && !('polluted' in {});
}

interface Row {
  name: string;
  input: () => unknown;
  path: string;
  message: RegExp;
}

const rows: Row[] = [
  {
    name: 'word for one unit that is not text',
    input: () => {
      const d = copy();
      d.milestones[TRAINING].units.unitOne = 1;
      return d;
    },
    path: `/milestones/${TRAINING}/units/unitOne`,
    message: /must be a string, got 1/,
  },
  {
    name: 'negative amount',
    input: () => {
      const d = copy();
      d.deals[0].valueClaims[0].amountUsd = -5;
      return d;
    },
    path: '/deals/0/valueClaims/0/amountUsd',
    message: /must be a positive number of US dollars, got -5/,
  },
  {
    name: 'zero amount',
    input: () => {
      const d = copy();
      d.deals[0].valueClaims[1].amountUsd = 0;
      return d;
    },
    path: '/deals/0/valueClaims/1/amountUsd',
    message: /positive number of US dollars, got 0/,
  },
  {
    name: 'NaN amount',
    input: () => {
      const d = copy();
      d.deals[0].valueClaims[0].amountUsd = NaN;
      return d;
    },
    path: '/deals/0/valueClaims/0/amountUsd',
    message: /finite number of US dollars, got NaN/,
  },
  {
    name: 'Infinity amount',
    input: () => {
      const d = copy();
      d.contextFigures[0].amountUsd = Infinity;
      return d;
    },
    path: '/contextFigures/0/amountUsd',
    message: /finite number of US dollars, got Infinity/,
  },
  {
    name: '1e20 amount',
    input: () => {
      const d = copy();
      d.deals[0].valueClaims[2].amountUsd = 1e20;
      return d;
    },
    path: '/deals/0/valueClaims/2/amountUsd',
    message: /less than 1e13 .* got 100000000000000000000$/,
  },
  {
    name: 'amount given as text',
    input: () => {
      const d = copy();
      d.deals[0].valueClaims[0].amountUsd = '5.4e9';
      return d;
    },
    path: '/deals/0/valueClaims/0/amountUsd',
    message: /must be a number of US dollars, got "5.4e9"/,
  },
  {
    name: 'month 13, day 45',
    input: () => {
      const d = copy();
      d.deals[0].date = '2021-13-45';
      return d;
    },
    path: '/deals/0/date',
    message: /real calendar date .* got "2021-13-45"/,
  },
  {
    name: '30 February',
    input: () => {
      const d = copy();
      d.milestones[CONTRACT].date = '2021-02-30';
      return d;
    },
    path: `/milestones/${CONTRACT}/date`,
    message: /real calendar date/,
  },
  {
    name: 'date given as a number',
    input: () => {
      const d = copy();
      d.sources[0].date = 20210101;
      return d;
    },
    path: '/sources/0/date',
    message: /got 20210101/,
  },
  {
    name: 'unknown ISO code',
    input: () => {
      const d = copy();
      d.deals[0].buyer = 'XXX';
      return d;
    },
    path: '/deals/0/buyer',
    message: /ISO 3166-1 alpha-3 .* got "XXX"/,
  },
  {
    name: 'lower-case ISO code',
    input: () => {
      const d = copy();
      d.stances[RUS].country = 'rus';
      return d;
    },
    path: `/stances/${RUS}/country`,
    message: /upper case.*did you mean RUS\?/,
  },
  {
    name: 'buyer is the supplier',
    input: () => {
      const d = copy();
      d.deals[0].buyer = 'RUS';
      return d;
    },
    path: '/deals/0/supplier',
    message: /must differ from buyer/,
  },
  {
    name: 'duplicate deal id',
    input: () => {
      const d = copy();
      d.deals[1].id = d.deals[0].id;
      return d;
    },
    path: '/deals/1/id',
    message: /repeats the id "ind-rus-s400" of \/deals\/0/,
  },
  {
    name: 'duplicate value claim id across deals',
    input: () => {
      const d = copy();
      d.deals[3].valueClaims[0].id = d.deals[0].valueClaims[0].id;
      return d;
    },
    path: '/deals/3/valueClaims/0/id',
    message: /repeats the id/,
  },
  {
    name: 'missing source',
    input: () => {
      const d = copy();
      d.milestones[CONTRACT].sources = ['nope-2030'];
      return d;
    },
    path: `/milestones/${CONTRACT}/sources/0`,
    message: /cites source "nope-2030", which is not among the valid entries of \/sources/,
  },
  {
    name: 'source cited twice',
    input: () => {
      const d = copy();
      d.deals[CHN].sources = ['nationalinterest-2021-02-07', 'nationalinterest-2021-02-07'];
      return d;
    },
    path: `/deals/${CHN}/sources/1`,
    message: /twice/,
  },
  {
    name: 'empty sources',
    input: () => {
      const d = copy();
      d.stances[RUS].sources = [];
      return d;
    },
    path: `/stances/${RUS}/sources`,
    message: /at least one source/,
  },
  {
    name: 'sources not a list',
    input: () => {
      const d = copy();
      d.stances[RUS].sources = 'nikkei-2021-01';
      return d;
    },
    path: `/stances/${RUS}/sources`,
    message: /must be an array of source ids, got "nikkei-2021-01"/,
  },
  {
    name: 'bad milestone kind',
    input: () => {
      const d = copy();
      d.milestones[CONTRACT].kind = 'delivery';
      return d;
    },
    path: `/milestones/${CONTRACT}/kind`,
    message: /must be one of contract, payment, .*; got "delivery"/,
  },
  {
    name: 'bad relation',
    input: () => {
      const d = copy();
      d.contextFigures[0].relation = 'roughly';
      return d;
    },
    path: '/contextFigures/0/relation',
    message: /one of exact, approximate, at-least, at-most; got "roughly"/,
  },
  {
    name: 'bad source kind',
    input: () => {
      const d = copy();
      d.sources[0].kind = 'blog';
      return d;
    },
    path: '/sources/0/kind',
    message: /one of news, opinion, analysis/,
  },
  {
    name: 'until before date',
    input: () => {
      const d = copy();
      d.milestones[BATTERIES].until = '2021-08';
      return d;
    },
    path: `/milestones/${BATTERIES}/until`,
    message: /must not be before date \(2021-09\)/,
  },
  {
    name: 'milestone of an unknown deal',
    input: () => {
      const d = copy();
      d.milestones[CONTRACT].dealId = 'ind-rus-mig29';
      return d;
    },
    path: `/milestones/${CONTRACT}/dealId`,
    message: /refers to deal "ind-rus-mig29"/,
  },
  {
    name: 'missing required field',
    input: () => {
      const d = copy();
      delete d.deals[0].supplier;
      return d;
    },
    path: '/deals/0/supplier',
    message: /is required/,
  },
  {
    name: 'missing valueClaims',
    input: () => {
      const d = copy();
      delete d.deals[CHN].valueClaims;
      return d;
    },
    path: `/deals/${CHN}/valueClaims`,
    message: /is required: .*\[\] when no source gives a value/,
  },
  {
    name: 'empty text',
    input: () => {
      const d = copy();
      d.deals[0].system = '   ';
      return d;
    },
    path: '/deals/0/system',
    message: /must not be empty/,
  },
  {
    name: 'text over 10,000 characters',
    input: () => {
      const d = copy();
      d.stances[RUS].summary = 'x'.repeat(10_001);
      return d;
    },
    path: `/stances/${RUS}/summary`,
    message: /at most 10000 characters long, got 10001/,
  },
  {
    name: 'id with spaces around it',
    input: () => {
      const d = copy();
      d.stances[RUS].id = ' rus ';
      return d;
    },
    path: `/stances/${RUS}/id`,
    message: /must not start or end with spaces/,
  },
  {
    name: 'wrong type for a text field',
    input: () => {
      const d = copy();
      d.sources[1].title = 42;
      return d;
    },
    path: '/sources/1/title',
    message: /must be a string, got 42/,
  },
  {
    name: 'quote without text',
    input: () => {
      const d = copy();
      d.stances[RUS].quote = { speaker: 'Someone' };
      return d;
    },
    path: `/stances/${RUS}/quote/text`,
    message: /is required/,
  },
  {
    name: "a quote's source that the stance does not cite",
    input: () => {
      const d = copy();
      d.stances[RUS].quote.source = 'nyt-2021-12-06-typo';
      return d;
    },
    path: `/stances/${RUS}/quote`,
    message: /source must be one of the record's sources, got "nyt-2021-12-06-typo"/,
  },
  {
    name: "a milestone's quoteSource that it does not cite",
    input: () => {
      const d = copy();
      d.milestones[CONTRACT].quoteSource = 'nyt-2021-12-06';
      return d;
    },
    path: `/milestones/${CONTRACT}/quoteSource`,
    message: /must be one of the record's sources, got "nyt-2021-12-06"/,
  },
  {
    name: 'a quoteSource without a quote',
    input: () => {
      const d = copy();
      delete d.milestones[BATTERIES].quote;
      return d;
    },
    path: `/milestones/${BATTERIES}/quoteSource`,
    message: /is only meaningful with a quote/,
  },
  {
    name: 'fractional count',
    input: () => {
      const d = copy();
      d.milestones[TRAINING].units.count = 99.5;
      return d;
    },
    path: `/milestones/${TRAINING}/units/count`,
    message: /whole number .* got 99.5/,
  },
  {
    name: 'non-http url',
    input: () => {
      const d = copy();
      d.sources[0].url = 'javascript:alert(1)';
      return d;
    },
    path: '/sources/0/url',
    message: /http\(s\) address/,
  },
  {
    name: 'collection that is not a list',
    input: () => {
      const d = copy();
      d.deals = { 0: d.deals[0] };
      return d;
    },
    path: '/deals',
    message: /must be an array of deals, got an object/,
  },
  {
    name: 'record that is not an object',
    input: () => {
      const d = copy();
      d.stances.push('neutral');
      return d;
    },
    path: `/stances/${dataset.stances.length}`,
    message: /must be an object \(a stance\), got "neutral"/,
  },
  {
    name: 'missing version',
    input: () => {
      const d = copy();
      delete d.version;
      return d;
    },
    path: '/version',
    message: /is required/,
  },
  {
    name: 'unknown field, with a slash in its name',
    input: () => {
      const d = copy();
      d.deals[0]['price/usd'] = 1;
      return d;
    },
    path: '/deals/0/price~1usd',
    message: /is not a field of a deal/,
  },
  { name: 'null root', input: () => null, path: '', message: /must be an object .*got null/ },
  { name: 'string root', input: () => 'dataset', path: '', message: /got "dataset"/ },
  { name: 'number root', input: () => 42, path: '', message: /got 42/ },
  { name: 'array root', input: () => [dataset], path: '', message: /got an array/ },
  { name: 'undefined root', input: () => undefined, path: '', message: /got nothing/ },
  {
    name: 'cyclic object',
    input: () => {
      const d = copy();
      d.deals[0].quantity = d.deals[0];
      d.self = d;
      return d;
    },
    path: '/deals/0/quantity/count',
    message: /is required/,
  },
  {
    name: '__proto__ key from JSON.parse merged into a deal',
    input: () => {
      const d = copy();
      d.deals[0] = { ...d.deals[0], ...JSON.parse('{"__proto__": {"polluted": 1}}') };
      return d;
    },
    path: '/deals/0/__proto__',
    message: /is not a field of a deal/,
  },
  {
    name: 'getter that throws',
    input: () => {
      const d = copy();
      Object.defineProperty(d.deals[0], 'system', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      return d;
    },
    path: '/deals/0/system',
    message: /could not be read/,
  },
  {
    name: 'revoked Proxy as a record',
    input: () => {
      const d = copy();
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      d.stances[0] = proxy;
      return d;
    },
    path: '/stances/0',
    message: /could not list its fields/,
  },
];

describe('validateDataset: bad inputs', () => {
  for (const row of rows) {
    it(`reports ${row.name} at ${row.path || "''"}`, () => {
      const result = validateDataset(row.input());
      expect(result.ok).to.equal(false);
      const error = result.errors.find((e) => e.path === row.path);
      expect(error, `errors: ${JSON.stringify(result.errors)}`).to.not.equal(undefined);
      expect(error!.message).to.match(row.message);
      expect(prototypeIsClean()).to.equal(true);
    });
  }

  it('returns no data when the root is not an object, with one error', () => {
    for (const input of [null, 'x', 1, true, [], undefined, () => dataset]) {
      const result = validateDataset(input);
      expect(result.data).to.equal(null);
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]!.path).to.equal('');
    }
  });
});

describe('validateDataset: what it keeps', () => {
  it('drops only the invalid records of a mixed input', () => {
    const d = copy();
    d.deals[0].valueClaims[1].amountUsd = -1; // one claim
    d.deals[CHN].buyer = 'XXX'; // a deal, and so the milestones of that deal
    d.stances[RUS].category = 'friend'; // one stance
    const result = validateDataset(d);
    const data = result.data!;
    expect(data.deals.map((x) => x.id)).to.deep.equal(
      dataset.deals.filter((x) => x.id !== 'chn-rus-s400').map((x) => x.id),
    );
    expect(data.deals[0]!.valueClaims).to.have.length(3);
    const chinaMilestones = dataset.milestones.filter((m) => m.dealId === 'chn-rus-s400').length;
    expect(chinaMilestones).to.equal(5);
    expect(data.milestones).to.have.length(dataset.milestones.length - chinaMilestones);
    expect(data.stances).to.have.length(dataset.stances.length - 1);
    expect(data.sources).to.deep.equal(dataset.sources);
    expect(data.contextFigures).to.deep.equal(dataset.contextFigures);
    // One error per dropped record, plus the deal's own.
    expect(result.errors).to.have.length(1 + 1 + chinaMilestones + 1);
    expect(validateDataset(data).ok).to.equal(true);
  });

  it('drops every record citing a dropped source', () => {
    const d = copy();
    d.sources[1].kind = 'rumour'; // nyt
    const data = validateDataset(d).data!;
    expect(data.sources.map((s) => s.id)).to.not.include('nyt-2021-12-06');
    // The AK-203 deal has only the nyt as a source.
    expect(data.deals.map((x) => x.id)).to.not.include('ind-rus-ak203');
    // India's deal cites nyt among others: a bad citation drops the record.
    expect(data.deals.map((x) => x.id)).to.not.include('ind-rus-s400');
    expect(validateDataset(data).ok).to.equal(true);
  });

  it('keeps the first of two records with one id', () => {
    const d = copy();
    d.stances.push({ ...d.stances[0], summary: 'A second opinion.' });
    const result = validateDataset(d);
    expect(result.data!.stances).to.deep.equal(dataset.stances);
    expect(pathsOf(result)).to.deep.equal([`/stances/${dataset.stances.length}/id`]);
  });

  // An invalid record must not claim its id: the valid one after it is kept,
  // and so is everything citing it (here the source).
  const invalidCopies: [string, (d: Loose) => Loose, string][] = [
    ['source', (d) => ({ ...d.sources[0], date: 'garbage' }), '/sources/0/date'],
    ['deal', (d) => ({ ...d.deals[0], buyer: 'ZZZ' }), '/deals/0/buyer'],
    ['milestone', (d) => ({ ...d.milestones[0], date: '2021-02-30' }), '/milestones/0/date'],
    ['stance', (d) => ({ ...d.stances[0], category: 'evil' }), '/stances/0/category'],
  ];
  for (const [what, invalid, path] of invalidCopies) {
    it(`keeps a valid ${what} whose id an invalid one before it used`, async () => {
      const d = copy();
      const collection = path.split('/')[1]!;
      d[collection].unshift(invalid(d));
      const result = validateDataset(d);
      expect(pathsOf(result)).to.deep.equal([path]);
      expect(result.data).to.deep.equal(dataset);
      expect(result.skipped).to.equal(1);
      expect(await validateDatasetInSlices(d, { sliceMs: 0 })).to.deep.equal(result);
    });
  }

  it('keeps a valid value claim whose id an invalid one before it used', () => {
    const d = copy();
    d.deals[0].valueClaims.unshift({ ...d.deals[0].valueClaims[0], amountUsd: -1 });
    const result = validateDataset(d);
    expect(pathsOf(result)).to.deep.equal(['/deals/0/valueClaims/0/amountUsd']);
    expect(result.data).to.deep.equal(dataset);
  });

  it('still drops a later valid record reusing the id of the first valid one', () => {
    const d = copy();
    const claim = d.deals[0].valueClaims[0];
    const stance = d.stances[0];
    // invalid, kept, valid duplicate: the duplicate names the kept one.
    d.deals[0].valueClaims.unshift({ ...claim, amountUsd: -1 });
    d.deals[0].valueClaims.push({ ...claim });
    d.stances.unshift({ ...stance, category: 'evil' });
    d.stances.push({ ...stance });
    const result = validateDataset(d);
    const lastClaim = dataset.deals[0]!.valueClaims.length + 1;
    const lastStance = dataset.stances.length + 1;
    expect(result.errors.map((e) => [e.path, e.message])).to.deep.equal([
      ['/deals/0/valueClaims/0/amountUsd', 'must be a positive number of US dollars, got -1'],
      [
        `/deals/0/valueClaims/${lastClaim}/id`,
        `repeats the id "${claim.id}" of /deals/0/valueClaims/1; ids must be unique`,
      ],
      ['/stances/0/category', result.errors[2]!.message],
      [
        `/stances/${lastStance}/id`,
        `repeats the id "${stance.id}" of /stances/1; ids must be unique`,
      ],
    ]);
    expect(result.data).to.deep.equal(dataset);
    expect(result.skipped).to.equal(4);
  });

  it('does not let the value claims of a dropped deal claim their ids', () => {
    const d = copy();
    // A later deal takes over the claims of the first, which is dropped.
    const ak203 = d.deals[3];
    d.deals[0].buyer = 'ZZZ';
    for (const claim of d.deals[0].valueClaims) {
      ak203.valueClaims.push({ ...claim, sources: ['nyt-2021-12-06'], quoteSource: undefined });
    }
    const result = validateDataset(d);
    expect(pathsOf(result).filter((p) => p.startsWith('/deals/'))).to.deep.equal([
      '/deals/0/buyer',
    ]);
    expect(result.data!.deals.find((x) => x.id === 'ind-rus-ak203')!.valueClaims).to.have.length(
      1 + dataset.deals[0]!.valueClaims.length,
    );
  });

  it('keeps a source with an unsafe or malformed url, leaving out only the url', () => {
    for (const url of ['javascript:alert(1)', 'http://example.com/a b']) {
      const d = copy();
      d.sources[0].url = url;
      const result = validateDataset(d);
      expect(result.errors).to.deep.equal([
        {
          path: '/sources/0/url',
          message: `must be an http(s) address without spaces, got ${JSON.stringify(url)}`,
        },
      ]);
      expect(result.ok).to.equal(false);
      expect(result.data).to.deep.equal(dataset);
      expect(result.skipped).to.equal(0);
    }
    const d = copy();
    d.sources[0].url = 'https://example.com/a';
    expect(validateDataset(d).data!.sources[0]!.url).to.equal('https://example.com/a');
  });

  it('reports unknown fields but keeps the record without them', () => {
    const d = copy();
    d.deals[0].notes = 'internal';
    d.extra = true;
    const result = validateDataset(d);
    expect(pathsOf(result)).to.deep.equal(['/extra', '/deals/0/notes']);
    expect(result.data).to.deep.equal(dataset);
  });

  it('treats missing collections as empty, and a missing version as unknown', () => {
    const result = validateDataset({ sources: structuredClone(dataset.sources) });
    expect(result.data).to.deep.equal({
      version: 'unknown',
      sources: dataset.sources,
      deals: [],
      contextFigures: [],
      milestones: [],
      stances: [],
    });
    expect(pathsOf(result)).to.deep.equal([
      '/version',
      '/deals',
      '/contextFigures',
      '/milestones',
      '/stances',
    ]);
  });

  it('builds fresh plain objects and copies nothing it does not know', () => {
    const d = copy();
    d.deals[0] = Object.assign(Object.create({ inherited: true }), d.deals[0]);
    const data = validateDataset(d).data!;
    expect(Object.getPrototypeOf(data.deals[0])).to.equal(Object.prototype);
    expect('inherited' in data.deals[0]!).to.equal(false);
    expect(data.deals[0]).to.not.equal(d.deals[0]);
    expect(data.deals[0]!.valueClaims).to.not.equal(d.deals[0].valueClaims);
  });

  it('ignores inherited fields: only own fields count', () => {
    const d = copy();
    const { summary, ...rest } = d.stances[RUS];
    d.stances[RUS] = Object.assign(Object.create({ summary }), rest);
    const result = validateDataset(d);
    expect(pathsOf(result)).to.deep.equal([`/stances/${RUS}/summary`]);
    expect(result.data!.stances.map((s) => s.id)).to.not.include('rus-supplier');
  });

  it('caps huge lists instead of walking them', () => {
    const d = copy();
    d.stances = new Array(5_000_000);
    const started = performance.now();
    const result = validateDataset(d);
    expect(performance.now() - started).to.be.below(5_000);
    expect(result.errors[0]).to.deep.equal({
      path: '/stances',
      message: 'has 5000000 entries; only the first 10000 are read',
    });
    expect(result.data!.stances).to.deep.equal([]);
    // The error list itself is capped too.
    expect(result.errors).to.have.length(1001);
    expect(result.errors[1000]!.message).to.match(/more than 1000 problems/);
  });

  it('does not walk the elements of a huge typed array or String object', () => {
    const d = copy();
    d.deals[0] = new Uint8Array(50_000_000);
    d.stances[0] = new String('x'.repeat(50_000_000));
    const started = performance.now();
    const result = validateDataset(d);
    expect(performance.now() - started).to.be.below(2_000);
    const messages = result.errors.slice(0, 2).map((e) => [e.path, e.message]);
    expect(messages).to.deep.include([
      '/deals/0',
      'must be an object (a deal), got a typed array or String object',
    ]);
  });

  it('survives a Proxy whose every trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        getOwnPropertyDescriptor() {
          throw new Error('descriptor');
        },
        ownKeys() {
          throw new Error('keys');
        },
        has() {
          throw new Error('has');
        },
      },
    );
    for (const input of [
      hostile,
      { ...copy(), deals: [hostile] },
      { ...copy(), sources: hostile },
    ]) {
      const result = validateDataset(input);
      expect(result.ok).to.equal(false);
      if (result.data) expect(validateDataset(result.data).ok).to.equal(true);
    }
  });
});

describe('validateDataset: skipped', () => {
  it('is 0 when every record is kept, however many warnings', () => {
    const d = copy();
    d.deals[0].notes = 'internal';
    d.deals[1] = JSON.parse(
      `{"__proto__": {"polluted": 1}, ${JSON.stringify(d.deals[1]).slice(1)}`,
    );
    Object.defineProperty(d.stances[0], 'constructor', { value: 1, enumerable: true });
    d.extra = true;
    const result = validateDataset(d);
    expect(result.errors).to.have.length(4);
    expect(result.data).to.deep.equal(dataset);
    expect(result.skipped).to.equal(0);
    expect(validateDataset(dataset).skipped).to.equal(0);
  });

  it('counts each value claim dropped from a kept deal', () => {
    const d = copy();
    const claim = d.deals[0].valueClaims[0];
    d.deals[0].valueClaims = Array.from({ length: 8 }, (_, i) => ({
      ...claim,
      id: `bad-${i}`,
      amountUsd: -1,
    }));
    const result = validateDataset(d);
    expect(result.data!.deals[0]!.valueClaims).to.deep.equal([]);
    expect(result.skipped).to.equal(8);
  });

  it('counts a dropped deal once, with the records citing it, not its claims', () => {
    const d = copy();
    d.deals[0].buyer = 'ZZZ';
    d.deals[0].valueClaims[0].amountUsd = -1;
    const citing =
      dataset.milestones.filter((m) => m.dealId === 'ind-rus-s400').length +
      dataset.contextFigures.filter((f) => f.dealId === 'ind-rus-s400').length;
    expect(citing).to.be.greaterThan(1);
    expect(validateDataset(d).skipped).to.equal(1 + citing);
  });

  it('counts the entries past a limit, which are never read', () => {
    const d = copy();
    const m = d.milestones[0];
    d.milestones = Array.from({ length: 50_000 }, (_, i) => ({ ...m, id: `m-${i}` }));
    const claim = d.deals[0].valueClaims[0];
    d.deals[0].valueClaims = Array.from({ length: 10_003 }, (_, i) => ({ ...claim, id: `c-${i}` }));
    const result = validateDataset(d);
    expect(result.data!.milestones).to.have.length(10_000);
    expect(result.data!.deals[0]!.valueClaims).to.have.length(10_000);
    expect(result.skipped).to.equal(40_000 + 3);
  });

  it('counts every dropped record past the cap on listed errors', () => {
    const d = copy();
    d.stances = Array.from({ length: 2_000 }, (_, i) => ({
      ...d.stances[0],
      id: `s-${i}`,
      category: 'evil',
    }));
    const result = validateDataset(d);
    expect(result.errors).to.have.length(1001);
    expect(result.errors[1000]!.path).to.equal('');
    expect(result.skipped).to.equal(2_000);
  });
});

describe('validateDataset: properties', () => {
  it('never throws on anything, and what it keeps re-validates clean', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (input) => {
          const result = validateDataset(input);
          expect(result.ok).to.equal(result.errors.length === 0);
          if (result.data) expect(validateDataset(result.data).errors).to.deep.equal([]);
        },
      ),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).to.equal(true);
  });

  it('never throws on mutations of the real dataset, keeps only valid records, and pollutes nothing', () => {
    fc.assert(
      fc.property(mutatedDataset(dataset), (input) => {
        const result = validateDataset(input);
        expect(result.ok).to.equal(result.errors.length === 0);
        const data = result.data as Dataset;
        expect(data).to.not.equal(null);
        expect(validateDataset(data).errors).to.deep.equal([]);
        expect(prototypeIsClean()).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('checks records made of real field names and random values', () => {
    const value = fc.oneof(fc.constantFrom(...NASTY_VALUES), fc.anything());
    const record = (fields: string[]) =>
      fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: fields.length });
    const input = fc.record({
      version: value,
      sources: fc.array(
        fc.oneof(
          record(['id', 'publisher', 'title', 'date', 'kind']),
          fc.constantFrom(...dataset.sources),
        ),
      ),
      deals: fc.array(
        fc.oneof(
          record(['id', 'buyer', 'supplier', 'system', 'valueClaims', 'sources', 'quantity']),
          fc.constantFrom(...dataset.deals),
        ),
      ),
      milestones: fc.array(
        fc.oneof(
          record(['id', 'dealId', 'kind', 'status', 'date', 'until', 'label', 'sources']),
          fc.constantFrom(...dataset.milestones),
        ),
      ),
      stances: fc.array(record(['id', 'country', 'category', 'summary', 'quote', 'sources'])),
      contextFigures: fc.array(record(['id', 'label', 'amountUsd', 'relation', 'kind', 'sources'])),
    });
    fc.assert(
      fc.property(input, (data) => {
        const result = validateDataset(data);
        expect(validateDataset(result.data).errors).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).to.equal(true);
  });

  it('finds no fault in the real dataset after a JSON round trip', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok).to.equal(true);
    expect(result.data).to.deep.equal(dataset);
  });
});

describe('validateDatasetInSlices', () => {
  it('gives the same result as validateDataset on mutations of the real dataset', async () => {
    const inputs = fc.sample(mutatedDataset(dataset), { numRuns: 60, seed: 9 });
    for (const input of inputs) {
      expect(await validateDatasetInSlices(input, { sliceMs: 0 })).to.deep.equal(
        validateDataset(input),
      );
    }
  });

  it('gives the page turns between slices while checking many records', async () => {
    const deal = dataset.deals[0]!;
    const input = {
      ...dataset,
      deals: Array.from({ length: 3000 }, (_, i) => ({
        ...deal,
        id: `deal-${i}`,
        valueClaims: deal.valueClaims.map((c) => ({ ...c, id: `${c.id}-${i}` })),
      })),
      milestones: [],
      contextFigures: [],
    };
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const result = await validateDatasetInSlices(input, { sliceMs: 5 });
    clearInterval(ticker);
    expect(result.data!.deals).to.have.length(3000);
    expect(result.errors).to.deep.equal(validateDataset(input).errors);
    // Timers ran while it checked: it did not hold the thread to the end.
    expect(turns).to.be.greaterThan(1);
  });

  it('never rejects, even on a hostile input', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    const result = await validateDatasetInSlices(hostile);
    expect(result.ok).to.equal(false);
    expect(result.errors.length).to.be.greaterThan(0);
  });
});
