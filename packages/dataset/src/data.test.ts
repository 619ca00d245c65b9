import { expect } from '@open-wc/testing';
import { dataset } from './data.js';
import { validateDataset } from './validate.js';
import type { Deal, Milestone, SourceId } from './types.js';

const NIKKEI = 'nikkei-2021-01';
const NYT = 'nyt-2021-12-06';
const GLOBALRESEARCH = 'globalresearch-2021-01-29';
const ENVOY = 'envoy-2021-02';
const NATIONALINTEREST = 'nationalinterest-2021-02-07';

function deal(id: string): Deal {
  const found = dataset.deals.find((d) => d.id === id);
  if (!found) throw new Error(`no deal ${id}`);
  return found;
}

function milestone(id: string): Milestone {
  const found = dataset.milestones.find((m) => m.id === id);
  if (!found) throw new Error(`no milestone ${id}`);
  return found;
}

/** Every `sources` list in the dataset, with where it is. */
function citations(): [string, SourceId[]][] {
  const out: [string, SourceId[]][] = [];
  for (const d of dataset.deals) {
    out.push([d.id, d.sources]);
    if (d.quantity) out.push([`${d.id} quantity`, d.quantity.sources]);
    for (const c of d.valueClaims) out.push([c.id, c.sources]);
  }
  for (const f of dataset.contextFigures) out.push([f.id, f.sources]);
  for (const m of dataset.milestones) {
    out.push([m.id, m.sources]);
    if (m.units) out.push([`${m.id} units`, m.units.sources]);
  }
  for (const s of dataset.stances) out.push([s.id, s.sources]);
  return out;
}

describe('the bundled dataset', () => {
  it('validates clean, and the validator returns it unchanged', () => {
    const result = validateDataset(dataset);
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.data).to.deep.equal(dataset);
    expect(dataset.version).to.equal('1.0.0');
  });

  it('has the five seed articles as sources, with their publication details', () => {
    expect(dataset.sources.map((s) => [s.id, s.file])).to.deep.equal([
      [NIKKEI, '000_6086350007cd1048.txt'],
      [NYT, '001_839769687fb6135b.txt'],
      [GLOBALRESEARCH, '002_51a23f6c0be95269.txt'],
      [ENVOY, '003_b03457842792d85a.txt'],
      [NATIONALINTEREST, '004_6f16325cff5c22c1.txt'],
    ]);
    const byId = new Map(dataset.sources.map((s) => [s.id, s]));
    expect(byId.get(NIKKEI)).to.include({ date: '2021-01', kind: 'news' });
    expect(byId.get(NYT)).to.include({ date: '2021-12-06', kind: 'news' });
    expect(byId.get(GLOBALRESEARCH)).to.include({
      date: '2021-01-29',
      kind: 'opinion',
      author: 'Lucas Leiroz de Almeida',
      firstPublishedBy: 'InfoBrics',
    });
    expect(byId.get(ENVOY)).to.include({ date: '2021-02', kind: 'news' });
    expect(byId.get(NATIONALINTEREST)).to.include({
      date: '2021-02-07',
      kind: 'analysis',
      author: 'Mark Episkopos',
    });
    // Dates the texts do not print say how they were read.
    for (const id of [NIKKEI, NYT, ENVOY]) expect(byId.get(id)!.dateNote, id).to.be.a('string');
    // No author is invented where the text names none.
    for (const id of [NIKKEI, NYT, ENVOY]) expect(byId.get(id)!.author, id).to.equal(undefined);
  });

  it('cites only sources it has, and cites every source', () => {
    const ids = new Set(dataset.sources.map((s) => s.id));
    const cited = new Set<string>();
    for (const [where, sources] of citations()) {
      expect(sources, where).to.not.be.empty;
      for (const id of sources) {
        expect(ids.has(id), `${where} cites ${id}`).to.equal(true);
        cited.add(id);
      }
    }
    expect([...cited].sort()).to.deep.equal([...ids].sort());
  });

  it("keeps all four claims of India's S-400 value, each with its own sources", () => {
    const claims = deal('ind-rus-s400').valueClaims.map((c) => ({
      amountUsd: c.amountUsd,
      relation: c.relation,
      sources: c.sources,
    }));
    expect(claims).to.have.deep.members([
      { amountUsd: 5.4e9, relation: 'exact', sources: [NIKKEI, NYT] },
      { amountUsd: 5.43e9, relation: 'exact', sources: [NATIONALINTEREST] },
      { amountUsd: 5.5e9, relation: 'approximate', sources: [ENVOY] },
      { amountUsd: 5e9, relation: 'at-least', sources: [GLOBALRESEARCH] },
    ]);
    for (const c of deal('ind-rus-s400').valueClaims) expect(c.quote, c.id).to.be.a('string');
  });

  it('describes the India S-400 deal as the sources do', () => {
    const d = deal('ind-rus-s400');
    expect(d).to.include({ buyer: 'IND', supplier: 'RUS', date: '2018-10' });
    expect(d.quantity).to.include({ count: 5 });
  });

  it('keeps the China and Turkey values undisclosed, not zero', () => {
    const china = deal('chn-rus-s400');
    expect(china.valueClaims).to.deep.equal([]);
    expect(china).to.include({ buyer: 'CHN', date: '2015' });
    expect(china.quantity).to.deep.equal({
      count: 2,
      unit: 'regiments',
      sources: [NATIONALINTEREST],
    });
    const turkey = deal('tur-rus-s400');
    expect(turkey.valueClaims).to.deep.equal([]);
    expect(turkey).to.include({ buyer: 'TUR', date: '2017' });
    expect(turkey.quantity).to.equal(undefined);
  });

  it('gives the AK-203 deal its value but no invented quantity', () => {
    const rifles = deal('ind-rus-ak203');
    expect(rifles.valueClaims.map((c) => [c.amountUsd, c.relation, c.sources])).to.deep.equal([
      [6e8, 'exact', [NYT]],
    ]);
    expect(rifles.date).to.equal('2021-12');
    expect(rifles.quantity).to.equal(undefined);
    expect(rifles.summary).to.contain('Hundreds of thousands').and.contain('Uttar Pradesh');
  });

  it('keeps the first payment and the trade target as context, not as deals', () => {
    const [payment, target] = ['ind-rus-s400-first-payment', 'ind-rus-trade-target-2025'].map(
      (id) => dataset.contextFigures.find((f) => f.id === id)!,
    );
    expect(payment).to.deep.include({
      amountUsd: 8e8,
      relation: 'approximate',
      date: '2019',
      dealId: 'ind-rus-s400',
      kind: 'payment',
      sources: [ENVOY],
    });
    expect(target).to.deep.include({ amountUsd: 3e10, kind: 'target', sources: [NYT] });
  });

  it('keeps both claims of when India shipments began, in one conflict group', () => {
    const group = dataset.milestones.filter((m) => m.conflictGroup === 'ind-s400-first-shipment');
    expect(group.map((m) => [m.date, m.status, m.sources])).to.have.deep.members([
      ['2020', 'reported', [NATIONALINTEREST]],
      ['2021-12', 'reported', [NYT]],
    ]);
  });

  it('keeps the expected India deliveries as windows at their own precision', () => {
    expect(milestone('ind-s400-first-batteries')).to.deep.include({
      status: 'expected',
      date: '2021-09',
      until: '2021-10',
      sources: [GLOBALRESEARCH],
    });
    expect(milestone('ind-s400-all-five')).to.deep.include({
      status: 'expected',
      date: '2021',
      until: '2021-12',
      sources: [ENVOY],
    });
    expect(milestone('ind-s400-all-five').units!.count).to.equal(5);
    expect(milestone('ind-s400-one-unit-2021')).to.deep.include({
      status: 'expected',
      date: '2021',
    });
  });

  it('dates the India training and diplomacy as the sources do', () => {
    const sent = milestone('ind-s400-training-sent');
    expect(sent).to.include({ kind: 'training', status: 'reported', date: '2021-01' });
    expect(sent.units).to.include({ count: 100, unit: 'personnel', relation: 'approximate' });
    expect(milestone('ind-s400-training-under-way')).to.include({ date: '2021-02-03' });
    expect(milestone('ind-s400-shringla-moscow')).to.include({
      kind: 'diplomatic',
      status: 'expected',
      date: '2021-02-17',
      until: '2021-02-18',
    });
    expect(milestone('ind-s400-putin-visit')).to.include({
      kind: 'diplomatic',
      date: '2021-12-06',
    });
  });

  it('keeps the China and Turkey milestones at the precision the source gives', () => {
    expect(milestone('chn-s400-shipments-began')).to.include({ date: '2018' });
    expect(milestone('chn-s400-fire-tests')).to.include({ kind: 'test-firing', date: '2018' });
    expect(milestone('chn-s400-suspension')).to.include({ kind: 'suspension', date: '2020-06' });
    expect(milestone('tur-s400-first-deployment')).to.include({ date: '2019-07' });
    expect(milestone('tur-s400-us-sanctions').sources).to.deep.equal([NIKKEI, NYT]);
    expect(milestone('tur-s400-f35-removal').label).to.contain('no date given');
  });

  it('gives each country in the story a stance, over time where it changed', () => {
    const stances = dataset.stances.map((s) => [s.country, s.category, s.since]);
    expect(stances).to.have.deep.members([
      ['RUS', 'supplier', undefined],
      ['IND', 'buyer', '2018-10'],
      ['CHN', 'buyer', '2015'],
      ['CHN', 'buyer-suspended', '2020-06'],
      ['TUR', 'buyer', '2017'],
      ['TUR', 'buyer-sanctioned', '2020'],
      ['USA', 'opposing', undefined],
      ['JPN', 'partner', undefined],
      ['AUS', 'partner', undefined],
      ['PAK', 'neutral', undefined],
      ['AFG', 'neutral', '2021-08'],
    ]);
    const quoted = dataset.stances.filter((s) => s.quote).map((s) => s.quote!.speaker);
    expect(quoted.join(' | ')).to.contain('Kudashev').and.contain('Srivastava');
  });

  it('says which of its sources each quote is from', () => {
    const quoted: [string, string | undefined, SourceId[]][] = [
      ...dataset.deals.flatMap((d) => d.valueClaims),
      ...dataset.milestones,
    ]
      .filter((r) => r.quote !== undefined)
      .map((r) => [r.id, r.quoteSource, r.sources]);
    for (const s of dataset.stances) if (s.quote) quoted.push([s.id, s.quote.source, s.sources]);
    expect(quoted.length).to.be.greaterThan(25);
    for (const [id, from, sources] of quoted) expect(sources, id).to.include(from);
    // The stances' quotes are all from the envoy article, though each stance cites several.
    for (const id of ['rus-supplier', 'ind-buyer', 'usa-opposing']) {
      const stance = dataset.stances.find((s) => s.id === id)!;
      expect(stance.quote!.source, id).to.equal(ENVOY);
      expect(stance.sources.length, id).to.be.greaterThan(1);
    }
  });

  it('counts only reports as reports: a plan to send trainees is not one', () => {
    // Nikkei Asia: "will send about 100 personnel"; Global Research: "recently sent about 100 soldiers".
    expect(milestone('ind-s400-training-sent').units!.sources).to.deep.equal([GLOBALRESEARCH]);
    // Nikkei Asia says a payment was made in 2019, not how much.
    const payment = milestone('ind-s400-first-payment');
    expect(payment.sources).to.include(NIKKEI);
    expect(payment.label).to.not.match(/\$|million/);
    expect(payment.quoteSource).to.equal(ENVOY);
    // Only these two give the month of the contract.
    expect(milestone('ind-s400-contract')).to.deep.include({
      date: '2018-10',
      sources: [GLOBALRESEARCH, ENVOY],
    });
  });

  it('keeps the rival forecasts of the 2021 India deliveries in one conflict group', () => {
    const group = dataset.milestones.filter((m) => m.conflictGroup === 'ind-s400-deliveries-2021');
    expect(group.map((m) => [m.id, m.units?.count, m.sources])).to.have.deep.members([
      ['ind-s400-one-unit-2021', 1, [NIKKEI]],
      ['ind-s400-all-five', 5, [ENVOY]],
    ]);
  });

  it('uses ids that are unique across the whole dataset', () => {
    const ids = [
      ...dataset.deals.flatMap((d) => [d.id, ...d.valueClaims.map((c) => c.id)]),
      ...dataset.contextFigures.map((f) => f.id),
      ...dataset.milestones.map((m) => m.id),
      ...dataset.stances.map((s) => s.id),
    ];
    expect(new Set(ids).size).to.equal(ids.length);
  });
});
