import { expect } from '@open-wc/testing';
import { dataset } from './data.js';
import { asOf, latestSourceDate, sourcesOf, stanceAt, valueRange } from './query.js';
import { validateDataset } from './validate.js';
import type { Dataset, Deal } from './types.js';

function deal(data: Dataset, id: string): Deal | undefined {
  return data.deals.find((d) => d.id === id);
}

const india = deal(dataset, 'ind-rus-s400')!;

describe('valueRange', () => {
  it("spans India's point claims and keeps the at-least claim as a bound", () => {
    const range = valueRange(india)!;
    expect(range.min).to.equal(5.4e9);
    expect(range.max).to.equal(5.5e9);
    expect(range.claims.map((c) => c.amountUsd)).to.deep.equal([5.4e9, 5.43e9, 5.5e9]);
    expect(range.bounds.map((c) => [c.amountUsd, c.relation])).to.deep.equal([[5e9, 'at-least']]);
  });

  it('is null for an undisclosed value', () => {
    expect(valueRange(deal(dataset, 'chn-rus-s400')!)).to.equal(null);
    expect(valueRange(deal(dataset, 'tur-rus-s400')!)).to.equal(null);
  });

  it('has bounds but no min or max when only bounds exist', () => {
    const onlyBounds: Deal = {
      ...india,
      valueClaims: india.valueClaims.filter((c) => c.relation === 'at-least'),
    };
    const range = valueRange(onlyBounds)!;
    expect(range.min).to.equal(null);
    expect(range.max).to.equal(null);
    expect(range.claims).to.deep.equal([]);
    expect(range.bounds).to.have.length(1);
  });

  it('is a single point for a single claim', () => {
    const range = valueRange(deal(dataset, 'ind-rus-ak203')!)!;
    expect([range.min, range.max]).to.deep.equal([6e8, 6e8]);
  });
});

describe('sourcesOf', () => {
  it('gives the cited sources in cited order', () => {
    const claim = india.valueClaims.find((c) => c.amountUsd === 5.4e9)!;
    expect(sourcesOf(dataset, claim).map((s) => s.publisher)).to.deep.equal([
      'Nikkei Asia',
      'The New York Times',
    ]);
    expect(
      sourcesOf(dataset, { sources: ['envoy-2021-02', 'nikkei-2021-01'] }).map((s) => s.id),
    ).to.deep.equal(['envoy-2021-02', 'nikkei-2021-01']);
  });

  it('skips ids it does not have', () => {
    expect(sourcesOf(dataset, { sources: ['nope', 'nyt-2021-12-06'] })).to.have.length(1);
  });
});

describe('asOf', () => {
  it('on 1 January 2020, keeps the deals signed by then but no claim, since every source is from 2021', () => {
    const then = asOf(dataset, '2020-01-01');
    expect(then.deals.map((d) => d.id)).to.deep.equal([
      'ind-rus-s400',
      'chn-rus-s400',
      'tur-rus-s400',
    ]);
    // All the India value sources are from 2021: as of 2020 no value was published.
    expect(deal(then, 'ind-rus-s400')!.valueClaims).to.deep.equal([]);
    expect(valueRange(deal(then, 'ind-rus-s400')!)).to.equal(null);
    expect(deal(then, 'ind-rus-s400')!.quantity).to.equal(undefined);
    expect(then.milestones).to.deep.equal([]);
    expect(then.stances).to.deep.equal([]);
    expect(then.contextFigures).to.deep.equal([]);
    // Known from articles not out yet: the deal cites them all.
    expect(deal(then, 'ind-rus-s400')!.sources).to.deep.equal(
      deal(dataset, 'ind-rus-s400')!.sources,
    );
  });

  it('cites a deal by the articles out by then', () => {
    const then = asOf(dataset, '2021-01-31');
    expect(deal(then, 'ind-rus-s400')!.sources).to.deep.equal([
      'nikkei-2021-01',
      'globalresearch-2021-01-29',
    ]);
    // The China deal is only in the National Interest article (February): all its sources stay.
    expect(deal(then, 'chn-rus-s400')!.sources).to.deep.equal(['nationalinterest-2021-02-07']);
  });

  it('hides records dated after the date, whatever their sources', () => {
    // Pretend every source was published in 2015, so only the records' dates filter.
    const early: Dataset = {
      ...dataset,
      sources: dataset.sources.map((s) => ({ ...s, date: '2015' })),
    };
    const then = asOf(early, '2020-01-01');
    const stances = then.stances.map((s) => s.id);
    expect(stances).to.include.members(['chn-buyer', 'tur-buyer', 'rus-supplier']);
    expect(stances).to.not.include('chn-buyer-suspended'); // since 2020-06
    expect(stances).to.not.include('afg-neutral'); // since 2021-08
    const reported = then.milestones.filter((m) => m.status === 'reported');
    expect(reported.map((m) => m.id)).to.include('tur-s400-first-deployment');
    expect(reported.filter((m) => m.date.startsWith('2021'))).to.deep.equal([]);
    expect(then.deals.map((d) => d.id)).to.not.include('ind-rus-ak203');
  });

  it('in early February 2021, shows what the January articles said', () => {
    const then = asOf(dataset, '2021-02-01');
    const claims = deal(then, 'ind-rus-s400')!.valueClaims;
    // Published by then: nikkei (January), globalresearch (29 January), envoy (from 1 February).
    expect(claims.map((c) => [c.amountUsd, c.sources])).to.deep.equal([
      [5.4e9, ['nikkei-2021-01']],
      [5.5e9, ['envoy-2021-02']],
      [5e9, ['globalresearch-2021-01-29']],
    ]);
    expect(deal(then, 'ind-rus-ak203')).to.equal(undefined);
    const ids = then.milestones.map((m) => m.id);
    // Forecasts made by then stay, whatever date they forecast.
    expect(ids).to.include('ind-s400-first-batteries');
    expect(ids).to.include('ind-s400-all-five');
    // Neither side of the shipment conflict had been published.
    expect(ids).to.not.include('ind-s400-shipments-began-2020');
    expect(ids).to.not.include('ind-s400-shipments-began-2021-12');
    // Events after the date are gone even if a source then forecast them.
    expect(ids).to.not.include('ind-s400-training-under-way');
    expect(then.contextFigures.map((f) => f.id)).to.deep.equal(['ind-rus-s400-first-payment']);
  });

  it('keeps only the sources published by then on the claims it keeps', () => {
    const then = asOf(dataset, '2021-01-31');
    const contract = then.milestones.find((m) => m.id === 'ind-s400-contract')!;
    expect(contract.sources).to.deep.equal(['globalresearch-2021-01-29']);
    const payment = then.milestones.find((m) => m.id === 'ind-s400-first-payment')!;
    expect(payment.sources).to.deep.equal(['nikkei-2021-01']);
    const value = deal(then, 'ind-rus-s400')!.valueClaims[0]!;
    expect(value.sources).to.deep.equal(['nikkei-2021-01']);
    expect(value).to.include({ quoteSource: 'nikkei-2021-01' });
  });

  it('drops words from a source not published yet, and keeps the record', () => {
    const then = asOf(dataset, '2021-01-31');
    // The envoy article (February) has the amount of the first payment and the stances' quotes.
    const payment = then.milestones.find((m) => m.id === 'ind-s400-first-payment')!;
    expect(payment).to.not.have.any.keys('quote', 'quoteSource');
    expect(payment.label).to.not.contain('800');
    const stances = then.stances.filter((s) =>
      ['rus-supplier', 'ind-buyer', 'usa-opposing'].includes(s.id),
    );
    expect(stances).to.have.length(3);
    for (const s of stances) expect(s.quote, s.id).to.equal(undefined);
    // Once the envoy article is out, the words come back, cited to it.
    const later = asOf(dataset, '2021-02-15');
    expect(later.stances.find((s) => s.id === 'rus-supplier')!.quote).to.include({
      source: 'envoy-2021-02',
    });
    expect(later.milestones.find((m) => m.id === 'ind-s400-first-payment')).to.include({
      quoteSource: 'envoy-2021-02',
    });
    // A host's quote that names no source stays with its record.
    const input = structuredClone(dataset);
    delete input.stances.find((s) => s.id === 'rus-supplier')!.quote!.source;
    expect(
      asOf(input, '2021-01-31').stances.find((s) => s.id === 'rus-supplier')!.quote,
    ).to.not.equal(undefined);
  });

  it('shows everything as of the newest source, and returns a valid dataset', () => {
    expect(asOf(dataset, latestSourceDate(dataset)!)).to.deep.equal(dataset);
    for (const date of ['2010', '2018-10', '2020-01-01', '2021-01', '2021-02-07', '2022']) {
      expect(validateDataset(asOf(dataset, date)).errors, date).to.deep.equal([]);
    }
  });

  it('shows the shipment conflict once both sides are out', () => {
    const group = asOf(dataset, '2021-12-06').milestones.filter(
      (m) => m.conflictGroup === 'ind-s400-first-shipment',
    );
    expect(group.map((m) => m.date)).to.deep.equal(['2020', '2021-12']);
  });

  it('does not change its input', () => {
    const before = structuredClone(dataset);
    asOf(dataset, '2020-01-01');
    asOf(dataset, '2021-02-01');
    expect(dataset).to.deep.equal(before);
  });

  it('refuses a date that is not one', () => {
    expect(() => asOf(dataset, '2021-02-30')).to.throw(RangeError);
  });
});

describe('stanceAt', () => {
  it('follows China from buyer to suspended buyer', () => {
    expect(stanceAt(dataset, 'CHN', '2019')!.category).to.equal('buyer');
    expect(stanceAt(dataset, 'CHN', '2020-05-31')!.category).to.equal('buyer');
    expect(stanceAt(dataset, 'CHN', '2020-06-01')!.category).to.equal('buyer-suspended');
    expect(stanceAt(dataset, 'CHN', '2021')!.category).to.equal('buyer-suspended');
    expect(stanceAt(dataset, 'CHN')!.category).to.equal('buyer-suspended');
  });

  it('follows Turkey from buyer to sanctioned buyer', () => {
    expect(stanceAt(dataset, 'TUR', '2019-07')!.category).to.equal('buyer');
    expect(stanceAt(dataset, 'TUR', '2021')!.category).to.equal('buyer-sanctioned');
  });

  it('has nothing before a country entered the story', () => {
    expect(stanceAt(dataset, 'CHN', '2014')).to.equal(undefined);
    expect(stanceAt(dataset, 'IND', '2018-09')).to.equal(undefined);
    expect(stanceAt(dataset, 'IND', '2018-10')!.category).to.equal('buyer');
    expect(stanceAt(dataset, 'FRA')).to.equal(undefined);
  });

  it('counts a stance without a start date as always in force', () => {
    expect(stanceAt(dataset, 'USA', '1990')!.category).to.equal('opposing');
    expect(stanceAt(dataset, 'RUS')!.category).to.equal('supplier');
  });

  it('lets a later entry win a tie', () => {
    const data: Dataset = {
      ...dataset,
      stances: [
        { id: 'a', country: 'FRA', category: 'neutral', summary: 'a', sources: ['nyt-2021-12-06'] },
        { id: 'b', country: 'FRA', category: 'partner', summary: 'b', sources: ['nyt-2021-12-06'] },
      ],
    };
    expect(stanceAt(data, 'FRA')!.id).to.equal('b');
  });
});

describe('latestSourceDate', () => {
  it('is the date of the newest source', () => {
    expect(latestSourceDate(dataset)).to.equal('2021-12-06');
    expect(latestSourceDate({ ...dataset, sources: [] })).to.equal(null);
  });
});
