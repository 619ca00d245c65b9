import { expect } from '@open-wc/testing';
import { dataset } from '@dealboard/dataset';
import type { Deal } from '@dealboard/dataset';
import {
  layoutChart,
  referenceLabel,
  ROW_HEIGHT,
  rowIndex,
  rowMarks,
  visibleRows,
} from './layout.js';
import { textWidth } from '../core/fit-text.js';
import { formatUsd } from '../core/format.js';
import type { ChartOptions } from './layout.js';

const options: ChartOptions = {
  sort: 'value',
  showContext: false,
  labelOf: (d) => `${d.buyer} ${d.system}`,
  locale: 'en',
};

function deal(
  id: string,
  claims: [number, Deal['valueClaims'][number]['relation']][],
  date?: string,
): Deal {
  return {
    id,
    buyer: 'IND',
    supplier: 'RUS',
    system: id,
    ...(date ? { date } : {}),
    valueClaims: claims.map(([amountUsd, relation], i) => ({
      id: `${id}-${i}`,
      amountUsd,
      relation,
      sources: ['s'],
    })),
    sources: ['s'],
  };
}

describe('layoutChart (pure)', () => {
  it('classifies rows: point, range, bound-only and undisclosed', () => {
    const layout = layoutChart(
      [
        deal('point', [
          [100, 'exact'],
          [100, 'exact'],
        ]),
        deal('range', [
          [80, 'exact'],
          [120, 'approximate'],
          [50, 'at-least'],
        ]),
        deal('bound', [[60, 'at-least']]),
        deal('none', []),
      ],
      [],
      500,
      options,
    );
    const kinds = Object.fromEntries(layout.rows.map((r) => [r.deal.id, r.kind]));
    expect(kinds).to.deep.equal({
      point: 'point',
      range: 'range',
      bound: 'bound',
      none: 'undisclosed',
    });
    const range = layout.rows.find((r) => r.deal.id === 'range')!;
    // A "more than" bound is not an end of the range.
    expect([range.min, range.max]).to.deep.equal([80, 120]);
    const marks = rowMarks(range, layout.x);
    expect(marks.bounds.map((b) => b.amountUsd)).to.deep.equal([50]);
    expect(marks.claims.map((c) => c.amountUsd)).to.deep.equal([80, 120]);
    expect(marks.range![0]).to.be.lessThan(marks.range![1]);
    expect(marks.barEnd).to.equal(marks.range![0]);
    expect(marks.estimate).to.equal(false);
    expect(layout.present).to.deep.equal({
      value: true,
      range: true,
      estimate: true,
      bound: true,
      undisclosed: true,
    });
  });

  it('puts every row on one scale that starts at zero and fits the width', () => {
    const layout = layoutChart(dataset.deals, dataset.contextFigures, 600, options);
    expect(layout.rows).to.have.length(dataset.deals.length);
    for (const row of layout.rows) {
      const { claims, bounds } = rowMarks(row, layout.x);
      for (const mark of [...claims, ...bounds]) {
        expect(mark.x).to.be.within(0, 600);
      }
    }
    expect(layout.ticks[0]).to.deep.equal({
      value: 0,
      x: 0,
      label: '$0',
      anchor: 'start',
      labelX: 0,
    });
    expect(layout.rows.map((r) => r.y)).to.deep.equal(layout.rows.map((_, i) => i * ROW_HEIGHT));
    const withContext = layoutChart(dataset.deals, dataset.contextFigures, 600, {
      ...options,
      showContext: true,
    });
    expect(withContext.plotTop).to.be.greaterThan(0);
    expect(withContext.rows.map((r) => rowIndex(r, withContext))).to.deep.equal(
      withContext.rows.map((_, i) => i),
    );
    expect(layout.height).to.be.greaterThan(layout.plotBottom);
  });

  it('sorts undisclosed rows last by value and undated rows last by date', () => {
    const deals = [
      deal('a', [], '2015'),
      deal('b', [[5, 'exact']], '2019'),
      deal('c', [[9, 'exact']]),
    ];
    expect(layoutChart(deals, [], 400, options).rows.map((r) => r.deal.id)).to.deep.equal([
      'c',
      'b',
      'a',
    ]);
    expect(
      layoutChart(deals, [], 400, { ...options, sort: 'date' }).rows.map((r) => r.deal.id),
    ).to.deep.equal(['a', 'b', 'c']);
  });

  it('breaks ties by name, in every sort order', () => {
    const deals = [
      deal('d', [[5, 'exact']], '2019-03'),
      deal('b', [[5, 'exact']], '2019'),
      deal('c', [], '2019-01-01'),
      deal('a', [[7, 'exact']]),
      deal('e', []),
    ];
    const order = (sort: ChartOptions['sort']) =>
      layoutChart(deals, [], 400, { ...options, sort }).rows.map((r) => r.deal.id);
    // Equal values (5, 5; none, none) and equal starts (2019, 2019-01-01; undated) go by name.
    expect(order('value')).to.deep.equal(['a', 'b', 'd', 'c', 'e']);
    expect(order('date')).to.deep.equal(['b', 'c', 'd', 'a', 'e']);
    expect(order('name')).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by value for an unknown order, even a name every object inherits', () => {
    const deals = [deal('b', [[5, 'exact']], '2015'), deal('a', [[9, 'exact']], '2019')];
    for (const sort of ['__proto__', 'constructor', 'hasOwnProperty', 'nonsense']) {
      const rows = layoutChart(deals, [], 400, {
        ...options,
        sort: sort as ChartOptions['sort'],
      }).rows;
      expect(
        rows.map((r) => r.deal.id),
        sort,
      ).to.deep.equal(['a', 'b']);
    }
  });

  it("sorts names in the chart's locale, not the browser's", () => {
    const deals = [deal('Örebro', [[5, 'exact']]), deal('Zürich', [[5, 'exact']])];
    const byName = (locale: string) =>
      layoutChart(deals, [], 400, {
        ...options,
        sort: 'name',
        locale,
        labelOf: (d) => d.id,
      }).rows.map((r) => r.deal.id);
    // Swedish puts Ö after Z; English, the test browser's language, beside O.
    expect(byName('sv')).to.deep.equal(['Zürich', 'Örebro']);
    expect(byName('en')).to.deep.equal(['Örebro', 'Zürich']);
  });

  it('draws a point claim that is only an estimate as an estimate bar', () => {
    const layout = layoutChart([deal('about', [[40, 'approximate']])], [], 400, options);
    const marks = rowMarks(layout.rows[0]!, layout.x);
    expect(layout.rows[0]!.kind).to.equal('point');
    expect(marks.estimate).to.equal(true);
    expect(marks.barEnd).to.equal(layout.x(40));
    expect(layout.present).to.deep.equal({
      value: true,
      range: false,
      estimate: true,
      bound: false,
      undisclosed: false,
    });
  });

  it('widens the scale for reference lines when shown and within reach, and points off it beyond', () => {
    const without = layoutChart(dataset.deals, dataset.contextFigures, 600, options);
    const withContext = layoutChart(dataset.deals, dataset.contextFigures, 600, {
      ...options,
      showContext: true,
    });
    expect(without.references).to.have.length(0);
    expect(withContext.references.length).to.equal(dataset.contextFigures.length);
    const top = (l: typeof without) => l.ticks[l.ticks.length - 1]!.value;
    expect(top(without)).to.be.lessThan(1e10);
    expect(withContext.plotTop).to.be.greaterThan(0);
    // A figure within twice the largest deal widens the scale to it.
    const near = { ...dataset.contextFigures[1]!, amountUsd: 9e9 };
    const widened = layoutChart(dataset.deals, [near], 600, { ...options, showContext: true });
    expect(widened.x(9e9)).to.equal(600 - 16);
    expect(widened.references[0]!.offScale).to.equal(false);
    // Whatever their order: a far figure listed first stays off the scale a near one widens.
    const far = { ...near, id: 'far', amountUsd: 1.5e10 };
    for (const figures of [
      [far, near],
      [near, far],
    ]) {
      const both = layoutChart(dataset.deals, figures, 600, { ...options, showContext: true });
      const farLine = both.references.find((r) => r.figure.id === 'far')!;
      expect(farLine).to.include({ offScale: true, x: 600 - 16 });
    }
    // The $30B trade target is more than twice the largest deal: off the scale,
    // which stays the deals' own; the $800M payment is on it.
    const [payment, target] = ['ind-rus-s400-first-payment', 'ind-rus-trade-target-2025'].map(
      (id) => withContext.references.find((r) => r.figure.id === id)!,
    );
    expect(target).to.include({ offScale: true, x: 600 - 16 });
    expect(payment!.offScale).to.equal(false);
    expect(payment!.x).to.equal(withContext.x(8e8));
    expect(withContext.x(5.5e9)).to.equal(without.x(5.5e9));
    expect(Math.max(...withContext.ticks.map((t) => t.value))).to.be.below(1e10);
  });

  it('keeps axis labels apart, inside the picture and on their ticks, in any locale', () => {
    // Estimated boxes of the labels as drawn (12 px axis text), from the view model alone.
    const boxes = (width: number, locale: string) => {
      // A $30B deal: the audit's wide German axis ("28 Mrd. $", "30 Mrd. $").
      const deals = [...dataset.deals, deal('big', [[3e10, 'exact']])];
      const layout = layoutChart(deals, dataset.contextFigures, width, {
        ...options,
        showContext: true,
        locale,
      });
      return layout.ticks.map((t) => {
        const w = textWidth(t.label, 12);
        const left =
          t.anchor === 'start' ? t.labelX : t.anchor === 'end' ? t.labelX - w : t.labelX - w / 2;
        return { ...t, left, right: left + w };
      });
    };
    for (const locale of ['en', 'de']) {
      for (const width of [320, 776, 1256]) {
        const ticks = boxes(width, locale);
        const where = `${locale} at ${width} px`;
        expect(ticks.length, where).to.be.at.least(2);
        ticks.forEach((t, i) => {
          expect(t.label, where).to.equal(formatUsd(t.value, locale));
          expect(t.left >= 0 && t.right <= width, `${t.label} inside, ${where}`).to.equal(true);
          // The first starts at zero; every other label covers its tick.
          if (i > 0)
            expect(t.left < t.x && t.x < t.right, `${t.label} on its tick, ${where}`).to.equal(
              true,
            );
          const next = ticks[i + 1];
          if (next) expect(next.left - t.right, `gap after ${t.label}, ${where}`).to.be.at.least(4);
        });
      }
    }
    // The audit's case: German labels are wider, so fewer of them than English at 1256 px.
    expect(boxes(1256, 'de').length).to.be.lessThan(boxes(1256, 'en').length);
  });

  it('draws no value axis when no deal has a value, but one for bounds alone', () => {
    const none = layoutChart([deal('a', []), deal('b', [])], [], 600, options);
    expect(none.ticks).to.deep.equal([]);
    expect(none.present).to.deep.equal({
      value: false,
      range: false,
      estimate: false,
      bound: false,
      undisclosed: true,
    });
    const bound = layoutChart([deal('a', []), deal('b', [[60, 'at-least']])], [], 600, options);
    expect(bound.ticks.map((t) => t.value)).to.include(60);
    expect(bound.present.value).to.equal(false);
  });

  it('picks the rows in view plus a margin, within bounds', () => {
    expect(visibleRows(1000, 0, 0, 400)).to.deep.equal([0, 18]);
    const [first, last] = visibleRows(1000, 0, 400 * ROW_HEIGHT, 400);
    expect(first).to.equal(392);
    expect(last).to.equal(418);
    expect(visibleRows(5, 0, 10_000, 400)).to.deep.equal([5, 5]);
  });
});

describe('referenceLabel (pure)', () => {
  const name = 'India’s first payment towards the S-400 purchase';
  // The fitting's own estimate of a text's width, px (the labels are 11 px).
  const estimate = (text: string) => textWidth(text, 11);

  it('puts a label that fits right of its line, or left of a line far right', () => {
    const near = referenceLabel(100, 800, name, 'about $800M');
    expect(near).to.deep.equal({
      left: false,
      x: 104,
      text: `${name}: about $800M`,
      full: `${name}: about $800M`,
    });
    const far = referenceLabel(700, 800, name, 'about $800M');
    expect([far.left, far.x, far.text]).to.deep.equal([true, 696, far.full]);
  });

  it('moves a label to the side with more room when it does not fit on its own side', () => {
    const label = referenceLabel(500, 800, name, 'about $800M');
    expect(label.left).to.equal(true);
    expect(estimate(label.text)).to.be.at.most(500 - 4);
  });

  it('shortens the name, never the amount, to fit a narrow plot', () => {
    const label = referenceLabel(40, 300, name, 'about $800M');
    expect(label.full).to.equal(`${name}: about $800M`);
    expect(label.text).to.match(/^India’s first\b.*…: about \$800M$/);
    expect(estimate(label.text)).to.be.at.most(300 - 40 - 4);
  });

  it('keeps just the amount when not even a few letters of the name fit', () => {
    expect(referenceLabel(20, 120, name, 'about $800M').text).to.equal('about $800M');
  });
});
