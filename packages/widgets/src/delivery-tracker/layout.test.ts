import { expect } from '@open-wc/testing';
import { asOf, dataset, latestSourceDate } from '@dealboard/dataset';
import type { Deal, Milestone } from '@dealboard/dataset';
import {
  COMPACT_WIDTH,
  isVirtual,
  LANE_HEAD,
  layoutTracker,
  LIST_ROWS,
  SYMBOL_RADIUS,
  TRACK_HEIGHT,
  VIRTUAL_LANES,
  visibleLanes,
} from './layout.js';
import { VIEWPORT_HEIGHT } from '../core/scrolling-window.js';
import { progressText } from './wording.js';
import type { Lane, MilestoneMark, TrackerLayout } from './layout.js';

const latest = latestSourceDate(dataset)!;

function layout(date = latest, data = dataset, width = 800): TrackerLayout {
  return layoutTracker(data.deals, data.milestones, width, { asOf: date });
}

function lane(l: TrackerLayout, dealId: string): Lane {
  const found = l.lanes.find((x) => x.deal.id === dealId);
  if (!found) throw new Error(`no lane ${dealId}`);
  return found;
}

function mark(l: TrackerLayout, id: string): MilestoneMark {
  const found = l.lanes.flatMap((x) => x.marks).find((m) => m.milestone.id === id);
  if (!found) throw new Error(`no mark ${id}`);
  return found;
}

function yearWidth(l: TrackerLayout, year: string): number {
  const band = l.years.find((y) => y.date === year)!;
  return band.x1 - band.x0;
}

const deal: Deal = {
  id: 'd',
  buyer: 'IND',
  supplier: 'RUS',
  system: 'S',
  date: '2020',
  quantity: { count: 4, unit: 'units', sources: ['s'] },
  valueClaims: [],
  sources: ['s'],
};

function milestone(id: string, fields: Partial<Milestone>): Milestone {
  return {
    id,
    dealId: 'd',
    kind: 'shipment',
    status: 'reported',
    date: '2021',
    label: id,
    sources: ['s'],
    ...fields,
  };
}

function states(milestones: Milestone[], date: string): Record<string, string> {
  const l = layoutTracker([deal], milestones, 800, { asOf: date });
  return Object.fromEntries(l.lanes[0]!.marks.map((m) => [m.milestone.id, m.state]));
}

describe('layoutTracker (pure)', () => {
  it('gives each deal a lane, in signing order, with its milestones in date order', () => {
    const l = layout();
    expect(l.lanes.map((x) => x.deal.id)).to.deep.equal([
      'chn-rus-s400',
      'tur-rus-s400',
      'ind-rus-s400',
      'ind-rus-ak203',
    ]);
    for (const x of l.lanes) {
      const own = dataset.milestones.filter((m) => m.dealId === x.deal.id);
      expect(x.marks.map((m) => m.milestone.id)).to.have.members(own.map((m) => m.id));
      const starts = x.marks.map((m) => m.span.start.getTime());
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    }
    expect(lane(l, 'ind-rus-s400').marks[0]!.milestone.id).to.equal('ind-s400-contract');
    // Lanes stack without overlapping, and the axis sits below them all.
    l.lanes.slice(1).forEach((x, i) => expect(x.y).to.equal(l.lanes[i]!.y + l.lanes[i]!.height));
    expect(l.plotBottom).to.equal(l.lanes.at(-1)!.y + l.lanes.at(-1)!.height);
    expect(l.height).to.be.greaterThan(l.plotBottom);
  });

  it('draws a date as the span it names, with the symbol in the middle', () => {
    const l = layout();
    const year = yearWidth(l, '2018');
    expect(year).to.be.greaterThan(50);
    // "2018": the whole year, not a point on 1 January.
    const tests = mark(l, 'chn-s400-fire-tests');
    expect(tests.x0).to.be.closeTo(l.years.find((y) => y.date === '2018')!.x0, 0.01);
    expect(tests.x1 - tests.x0).to.be.closeTo(year, 0.01);
    expect(tests.cx).to.be.closeTo((tests.x0 + tests.x1) / 2, 0.01);
    // "October 2018": a month.
    const contract = mark(l, 'ind-s400-contract');
    expect(contract.x1 - contract.x0).to.be.closeTo((year * 31) / 365, 0.01);
    // "September to October 2021": the whole window.
    const batteries = mark(l, 'ind-s400-first-batteries');
    expect(batteries.x1 - batteries.x0).to.be.closeTo((yearWidth(l, '2021') * 61) / 365, 0.01);
    // "2021 until 2022": two years.
    const operational = mark(l, 'ind-s400-operational');
    expect(operational.x1 - operational.x0).to.be.closeTo(2 * year, 0.5);
    // A day is far narrower than a month.
    const visit = mark(l, 'ind-s400-putin-visit');
    expect(visit.x1 - visit.x0).to.be.lessThan(1);
  });

  it('stacks marks that would overlap into tracks inside their lane', () => {
    const l = layout();
    for (const x of l.lanes) {
      const marks = x.marks;
      for (const m of marks) expect(m.cy).to.be.within(x.y, x.y + x.height);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          if (a.cy !== b.cy) continue;
          const [aLeft, aRight] = [
            Math.min(a.x0, a.cx - SYMBOL_RADIUS),
            Math.max(a.x1, a.cx + SYMBOL_RADIUS),
          ];
          const [bLeft, bRight] = [
            Math.min(b.x0, b.cx - SYMBOL_RADIUS),
            Math.max(b.x1, b.cx + SYMBOL_RADIUS),
          ];
          expect(aRight <= bLeft || bRight <= aLeft, `${a.milestone.id} / ${b.milestone.id}`).to.be
            .true;
        }
      }
    }
    // India's busy early 2021 needs several tracks; the AK-203 lane one.
    const tracks = (x: Lane) => new Set(x.marks.map((m) => m.cy)).size;
    expect(tracks(lane(l, 'ind-rus-s400'))).to.be.greaterThan(3);
    expect(tracks(lane(l, 'ind-rus-ak203'))).to.equal(1);
  });

  it('spans whole years from the first date to the as-of date, labels thinned when narrow', () => {
    const l = layout();
    expect(l.years.map((y) => y.date)).to.deep.equal([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
    expect(l.years.every((y) => y.labelled)).to.be.true;
    expect(l.years[0]!.x0).to.be.greaterThan(0);
    expect(l.years.at(-1)!.x1).to.be.lessThan(800);
    // The as-of line is at the end of the as-of day.
    expect(l.asOf!.date).to.equal('2021-12-06');
    expect(l.asOf!.x).to.be.closeTo(mark(l, 'ind-s400-putin-visit').x1, 0.01);
    const later = layout('2030');
    expect(later.years.at(-1)!.date).to.equal('2030');
    const narrow = layout('2030', dataset, 460);
    expect(narrow.years.filter((y) => y.labelled).length).to.be.lessThan(narrow.years.length);
  });

  it('links rival claims about one event, and names each in the other', () => {
    const l = layout();
    const began2020 = mark(l, 'ind-s400-shipments-began-2020');
    const began2021 = mark(l, 'ind-s400-shipments-began-2021-12');
    expect(began2020.conflictsWith).to.deep.equal([began2021.milestone]);
    expect(began2021.conflictsWith).to.deep.equal([began2020.milestone]);
    // On one track where they fit, so the bracket between them crosses nothing.
    expect(began2020.cy).to.equal(began2021.cy);
    // One bracket per pair of rivals: the first shipment, and the 2021 delivery forecasts.
    expect(l.links).to.have.length(2);
    const link = l.links.find((k) => k.from === began2020);
    expect([link!.from, link!.to]).to.deep.equal([began2020, began2021]);
    // The bracket runs from under one symbol to under the other.
    expect(link!.d.startsWith(`M${began2020.cx} ${began2020.cy + SYMBOL_RADIUS}`)).to.be.true;
    expect(link!.d.endsWith(`H${began2021.cx}V${began2021.cy + SYMBOL_RADIUS}`)).to.be.true;
    expect(mark(l, 'ind-s400-contract').conflictsWith).to.deep.equal([]);
  });

  it('joins stacked rivals (one period, two tracks) with a bracket at their left', () => {
    const l = layout();
    const one = mark(l, 'ind-s400-one-unit-2021');
    const five = mark(l, 'ind-s400-all-five');
    expect(one.cx).to.equal(five.cx);
    expect(one.cy).to.not.equal(five.cy);
    const link = l.links.find((k) => [k.from, k.to].includes(one))!;
    const [top, bottom] = [Math.min(one.cy, five.cy), Math.max(one.cy, five.cy)];
    const numbers = link.d.match(/-?[\d.]+/g)!.map(Number);
    // Its vertical runs from one symbol's row to the other's, left of both spans…
    expect([numbers[1], numbers[3]].sort((a, b) => a! - b!)).to.deep.equal([top, bottom]);
    const xs = [numbers[0]!, numbers[2]!];
    expect(Math.max(...xs)).to.be.below(Math.min(one.x0, five.x0));
    // …and has a width: the ends stick out towards the marks.
    expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(2);
  });

  it('derives each deal’s status from its reported milestones as of the date', () => {
    const status = (l: TrackerLayout) =>
      Object.fromEntries(l.lanes.map((x) => [x.deal.id, x.status]));
    expect(status(layout())).to.deep.equal({
      'chn-rus-s400': 'suspended',
      'tur-rus-s400': 'sanctioned',
      'ind-rus-s400': 'delivering',
      'ind-rus-ak203': 'ordered',
    });
    // Early February 2021: no New York Times yet, so no AK-203 deal.
    expect(status(layout('2021-02-10', asOf(dataset, '2021-02-10')))).to.deep.equal({
      'chn-rus-s400': 'suspended',
      'tur-rus-s400': 'sanctioned',
      'ind-rus-s400': 'delivering',
    });
    // Every source is from 2021: on 1 January 2020 no milestone had been reported.
    const early = layout('2020-01-01', asOf(dataset, '2020-01-01'));
    expect(early.lanes.flatMap((x) => x.marks)).to.have.length(0);
    expect(Object.values(status(early))).to.deep.equal(['ordered', 'ordered', 'ordered']);
  });

  it('follows the latest reported milestone: resumed, delivered, sanctioned', () => {
    const statusOf = (milestones: Milestone[]) =>
      layoutTracker([deal], milestones, 800, { asOf: '2025' }).lanes[0]!.status;
    const suspended = milestone('pause', { kind: 'suspension', date: '2021-06' });
    expect(statusOf([milestone('a', { date: '2021-01' }), suspended])).to.equal('suspended');
    expect(statusOf([suspended, milestone('b', { date: '2021-09' })])).to.equal('delivering');
    const units = (count: number) => ({ count, unit: 'units', sources: ['s'] });
    const all = [
      milestone('a', { date: '2021-01', units: units(2) }),
      milestone('b', { date: '2021-03', units: units(2) }),
    ];
    expect(statusOf(all)).to.equal('delivered');
    expect(statusOf([...all, milestone('x', { kind: 'sanction', date: '2022' })])).to.equal(
      'sanctioned',
    );
    // Expected milestones change nothing.
    expect(statusOf([milestone('e', { status: 'expected', units: units(4) })])).to.equal('ordered');
  });

  it('reads units delivered of units ordered where sources state them', () => {
    const l = layout();
    const progress = (id: string) => lane(l, id).progress;
    expect(progress('ind-rus-s400').ordered).to.include({ count: 5, unit: 'units' });
    // No report states how many India has received.
    expect(progress('ind-rus-s400').delivered).to.be.null;
    expect(progress('chn-rus-s400').ordered).to.include({ count: 2, unit: 'regiments' });
    expect(progress('tur-rus-s400')).to.deep.equal({
      ordered: null,
      delivered: null,
      shipped: false,
    });

    const units = (count: number, unit = 'units') => ({ count, unit, sources: ['s'] });
    const delivered = layoutTracker(
      [deal],
      [
        milestone('a', { date: '2021-01', units: units(1) }),
        // Rival claims about one event count once, at the larger figure.
        milestone('b1', { date: '2021-05', units: units(1), conflictGroup: 'b' }),
        milestone('b2', { date: '2021-06', units: units(2), conflictGroup: 'b' }),
        // Another unit does not add up with units.
        milestone('c', { date: '2021-07', units: units(40, 'crew') }),
        // Forecasts are not deliveries.
        milestone('d', { date: '2021-08', status: 'expected', units: units(1) }),
      ],
      800,
      { asOf: '2022' },
    ).lanes[0]!;
    expect(delivered.progress.delivered).to.include({ count: 3, unit: 'units' });
    expect(delivered.status).to.equal('delivering');

    // One unit delivered, no quantity ordered: the report's word for one carries through.
    const unordered: Deal = { ...deal };
    delete unordered.quantity;
    const one = layoutTracker(
      [unordered],
      [milestone('a', { date: '2021-01', units: { ...units(1), unitOne: 'unit' } })],
      800,
      { asOf: '2022' },
    ).lanes[0]!;
    expect(progressText(one.progress, 'en')).to.equal(
      '1 unit delivered; quantity ordered not reported',
    );
  });

  it('says deliveries are not reported only where no shipment is', () => {
    const lane = (milestones: Milestone[]) =>
      layoutTracker([deal], milestones, 800, { asOf: '2022' }).lanes[0]!;
    expect(progressText(lane([]).progress, 'en')).to.match(/ordered; deliveries not reported$/);
    // A shipment with no count: the deal is delivering, the number is what is missing.
    const shipped = lane([milestone('a', { date: '2021-01' })]);
    expect(shipped.status).to.equal('delivering');
    expect(progressText(shipped.progress, 'en')).to.match(
      /ordered; number delivered not reported$/,
    );
  });

  it('marks expected milestones overdue once their time passed without a report', () => {
    expect(mark(layout(), 'ind-s400-first-batteries').state).to.equal('overdue');
    const byDate = (date: string) => {
      const l = layout(date);
      return [
        'ind-s400-one-unit-2021',
        'ind-s400-all-five',
        'ind-s400-operational',
        'ind-s400-first-batteries',
        'ind-s400-shringla-moscow',
      ].map((id) => mark(l, id).state);
    };
    // As of the newest source (6 December 2021) the end of 2021 had not come:
    // the September–October window had gone by with no shipment reported in it,
    // and no source reports the announced visit.
    expect(byDate(latest)).to.deep.equal([
      'expected',
      'expected',
      'expected',
      'overdue',
      'overdue',
    ]);
    // By June 2022 no source says one unit, or all five, arrived in 2021.
    expect(byDate('2022-06')).to.deep.equal([
      'overdue',
      'overdue',
      'expected',
      'overdue',
      'overdue',
    ]);
    expect(byDate('2023-01')[2]).to.equal('overdue');
    expect(mark(layout('2022-06'), 'ind-s400-contract').state).to.equal('reported');
  });

  it('takes a report in the window, or enough units by its end, as bearing a forecast out', () => {
    const forecast = milestone('f', { status: 'expected', date: '2021-09', until: '2021-10' });
    const counted = milestone('n', {
      status: 'expected',
      date: '2021',
      units: { count: 2, unit: 'units', sources: ['s'] },
    });
    expect(states([forecast, counted], '2022')).to.deep.equal({ f: 'overdue', n: 'overdue' });
    // A report in the window bears out a forecast without units; one after it does not.
    expect(states([forecast, milestone('late', { date: '2021-12' })], '2022').f).to.equal(
      'overdue',
    );
    expect(states([forecast, milestone('in', { date: '2021-10-05' })], '2022').f).to.equal(
      'expected',
    );
    // Units: two by the end of 2021, however they came.
    const one = (id: string, date: string) =>
      milestone(id, { date, units: { count: 1, unit: 'units', sources: ['s'] } });
    expect(states([counted, one('a', '2020-05')], '2022').n).to.equal('overdue');
    expect(states([counted, one('a', '2020-05'), one('b', '2021-11')], '2022').n).to.equal(
      'expected',
    );
    expect(states([counted, one('a', '2020-05'), one('b', '2022-01')], '2022').n).to.equal(
      'overdue',
    );
    // Not yet due, or no as-of date: never overdue.
    expect(states([forecast], '2021-10-15').f).to.equal('expected');
    expect(
      layoutTracker([deal], [forecast], 800, { asOf: null }).lanes[0]!.marks[0]!.state,
    ).to.equal('expected');
  });

  it('collapses to a list below the compact width', () => {
    expect(layout(latest, dataset, COMPACT_WIDTH).compact).to.be.false;
    expect(layout(latest, dataset, COMPACT_WIDTH - 1).compact).to.be.true;
  });

  it('lists a compact lane’s first milestones, then one "+N more" cluster for the rest', () => {
    // Months over and over, out of date order: the list is in date order.
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        milestone(`m${i}`, { date: `${2020 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}` }),
      );
    const compact = (n: number) => layoutTracker([deal], many(n), 360, { asOf: null }).lanes[0]!;
    // Up to LIST_ROWS, every milestone is listed: a "+1 more" would take the row it needs.
    for (const n of [1, LIST_ROWS]) {
      const { marks, drawn, clusters } = compact(n);
      expect(drawn).to.deep.equal(marks);
      expect(clusters).to.have.length(0);
    }
    for (const n of [LIST_ROWS + 1, 5_000]) {
      const lane = compact(n);
      const { marks, drawn, clusters } = lane;
      expect(marks).to.have.length(n);
      expect(drawn).to.deep.equal(marks.slice(0, LIST_ROWS - 1));
      expect(clusters).to.have.length(1);
      const [more] = clusters;
      expect(more!.id.startsWith('cluster:')).to.be.true;
      expect(more!.deal).to.equal(deal);
      expect(more!.marks).to.deep.equal(marks.slice(LIST_ROWS - 1));
      expect(marks.every((m) => m.cluster === (drawn.includes(m) ? null : more))).to.be.true;
      // One row per item, the "+N more" last: a lane is as tall whatever n is.
      expect(drawn.map((m) => m.cy)).to.deep.equal(
        drawn.map((_, row) => lane.y + LANE_HEAD + row * TRACK_HEIGHT + TRACK_HEIGHT / 2),
      );
      expect(more!.cy).to.equal(drawn.at(-1)!.cy + TRACK_HEIGHT);
      expect(lane.height).to.equal(compact(LIST_ROWS).height);
    }
    // The wide timeline keeps its own clusters of the same marks.
    const wide = layoutTracker([deal], many(5_000), 800, { asOf: null }).lanes[0]!;
    expect(wide.drawn.length).to.be.greaterThan(LIST_ROWS);
    expect(wide.clusters.map((c) => c.id)).not.to.include(compact(5_000).clusters[0]!.id);
    // The bundled data is listed whole.
    for (const { marks, drawn, clusters } of layout(latest, dataset, 360).lanes) {
      expect(drawn).to.deep.equal(marks);
      expect(clusters).to.have.length(0);
    }
  });
});

describe('visibleLanes (pure)', () => {
  // Lanes of uneven heights, stacked from y = 18: 18–78, 78–278, 278–298, 298–398, …
  const heights = [60, 200, 20, 100, 60, 60, 300, 40];
  const lanes = heights.reduce<{ y: number; height: number }[]>((all, height) => {
    const prev = all.at(-1);
    all.push({ y: prev ? prev.y + prev.height : 18, height });
    return all;
  }, []);

  /** The same answer by a linear scan, to check the binary search against. */
  function scan(top: number, viewport: number, overscan: number): [number, number] {
    const shown = lanes
      .map((lane, i) => ({ lane, i }))
      .filter(
        ({ lane }) => lane.y + lane.height > top - overscan && lane.y < top + viewport + overscan,
      )
      .map(({ i }) => i);
    return shown.length ? [shown[0]!, shown.at(-1)! + 1] : [0, 0];
  }

  it('picks the lanes that overlap the viewport, by their own heights', () => {
    expect(visibleLanes(lanes, 18, 100, 0)).to.deep.equal([0, 2]);
    // A lane that ends exactly at the top edge is out; one that starts at the bottom edge too.
    expect(visibleLanes(lanes, 78, 200, 0)).to.deep.equal([1, 2]);
    expect(visibleLanes(lanes, 79, 200, 0)).to.deep.equal([1, 3]);
    // One tall lane fills the viewport.
    expect(visibleLanes(lanes, 560, 100, 0)).to.deep.equal([6, 7]);
  });

  it('adds the overscan on each side and stays within bounds', () => {
    expect(visibleLanes(lanes, 300, 50, 30)).to.deep.equal([1, 4]);
    expect(visibleLanes(lanes, 0, 10_000)).to.deep.equal([0, lanes.length]);
    expect(visibleLanes(lanes, 100_000, 560)).to.deep.equal([lanes.length, lanes.length]);
    expect(visibleLanes([], 0, 560)).to.deep.equal([0, 0]);
  });

  it('agrees with a linear scan at every scroll position', () => {
    const bottom = lanes.at(-1)!.y + lanes.at(-1)!.height;
    for (let top = -50; top < bottom + 50; top += 7) {
      for (const [viewport, overscan] of [
        [100, 0],
        [250, 40],
        [560, 280],
      ] as const) {
        const found = visibleLanes(lanes, top, viewport, overscan);
        const expected = scan(top, viewport, overscan);
        if (expected[0] === expected[1]) expect(found[0]).to.equal(found[1]);
        else expect(found, `top ${top}`).to.deep.equal(expected);
      }
    }
  });

  it('virtualises only timelines with many lanes, taller than the viewport', () => {
    const manyDeals = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...deal, id: `d${i}` }));
    const few = layoutTracker(manyDeals(VIRTUAL_LANES), [], 800, { asOf: null });
    const many = layoutTracker(manyDeals(VIRTUAL_LANES + 1), [], 800, { asOf: null });
    expect(isVirtual(layout())).to.be.false;
    expect(isVirtual(few)).to.be.false;
    expect(isVirtual(many)).to.be.true;
    // The smallest lanes still make 13 taller than the viewport.
    expect(many.plotBottom - many.plotTop).to.be.greaterThan(VIEWPORT_HEIGHT);
  });
});
