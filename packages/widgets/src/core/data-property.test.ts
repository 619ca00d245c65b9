import { expect, fixture, html } from '@open-wc/testing';
import type { Dataset } from '@dealboard/dataset';
import '../define/deal-value-chart.js';
import type { DealValueChart } from '../deal-value-chart/deal-value-chart.js';
import { copyOfDataset, manyDeals, mount, settled, texts } from '../../test/helpers.js';

/** The bundled dataset with one deal the validator skips (an unknown buyer). */
function withOneBadDeal(): Dataset {
  const data = copyOfDataset();
  data.deals[1]!.buyer = 'XXX';
  return data;
}

/** Counts the element's `dealboard-error` events: one per check of an input with bad records. */
function errorCount(el: Element): () => number {
  let count = 0;
  el.addEventListener('dealboard-error', () => count++);
  return () => count;
}

/** A chart shown `input` (one bad deal), counting its checks by their error events. */
async function chartShowing(input: Dataset): Promise<{ el: DealValueChart; checks: () => number }> {
  const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
  const checks = errorCount(el);
  el.data = input;
  await settled(el);
  return { el, checks };
}

/** Runs V8's garbage collector (the test browser is started with --expose-gc). */
async function collectGarbage(): Promise<void> {
  // A WeakRef's target is kept until the task that made it ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  (globalThis as unknown as { gc: () => void }).gc();
}

describe('the data property', () => {
  it('reads back as the checked copy the widget shows, without the skipped records', async () => {
    const input = withOneBadDeal();
    const { el } = await chartShowing(input);
    expect(el.data).to.not.equal(input);
    expect(el.data!.deals.map((d) => d.id)).to.deep.equal(
      input.deals.filter((_, i) => i !== 1).map((d) => d.id),
    );
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(input.deals.length - 1);
  });

  it('checks nothing again when the same object is set again, as React does on every render', async () => {
    const input = withOneBadDeal();
    const { el, checks } = await chartShowing(input);
    const copy = el.data;
    expect(checks()).to.equal(1);

    el.data = input;
    await settled(el);
    expect(el.data).to.equal(copy);
    expect(checks()).to.equal(1);

    // A new object is checked: here one with a second bad deal.
    const next = withOneBadDeal();
    next.deals[2]!.buyer = 'YYY';
    el.data = next;
    await settled(el);
    expect(checks()).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(next.deals.length - 2);
  });

  it('checks nothing again when the element is moved and its data set again', async () => {
    const input = withOneBadDeal();
    const { el, checks } = await chartShowing(input);
    const box = el.parentElement!;
    el.remove();
    box.append(el);
    el.data = input;
    await settled(el);
    expect(checks()).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(input.deals.length - 1);
  });

  it('takes an object set again after another one was set in between', async () => {
    const first = withOneBadDeal();
    const { el } = await chartShowing(first);
    // Both set before the element updates: the last one wins.
    el.data = copyOfDataset();
    el.data = first;
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(first.deals.length - 1);
  });

  for (const [what, make] of [
    ['a small input, checked at once', () => withOneBadDeal()],
    ['a large input, checked in slices', () => manyDeals(3000)],
  ] as const) {
    it(`lets the object it was given go once checked (${what})`, async () => {
      const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
      const given = (() => {
        const input = make();
        el.data = input;
        return new WeakRef(input);
      })();
      await settled(el);
      expect(el.shadowRoot!.querySelector('g.mark')).to.exist;
      await collectGarbage();
      expect(given.deref()).to.equal(undefined);
      // The copy is what the widget keeps and shows.
      const label = el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('aria-label');
      expect(label).to.contain(`${el.data!.deals.length} deals`);
    });
  }

  it('says "Loading data…" while data is null, never the bundled story, until the data comes', async () => {
    // As a React host does: useState(null), then the fetched dataset.
    const box = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('deal-value-chart') as DealValueChart;
    el.data = null;
    box.append(el);
    await settled(el);
    const marks = () => el.shadowRoot!.querySelectorAll('g.mark').length;
    expect(texts(el, '.loading')).to.deep.equal(['Loading data…']);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    expect(marks()).to.equal(0);

    const input = withOneBadDeal();
    el.data = input;
    await settled(el);
    expect(texts(el, '.loading')).to.deep.equal([]);
    expect(marks()).to.equal(input.deals.length - 1);

    // Back to null (new data on its way): loading again; undefined: the bundled data.
    el.data = null;
    await settled(el);
    expect([texts(el, '.loading').length, marks()]).to.deep.equal([1, 0]);
    el.data = undefined;
    await settled(el);
    expect([texts(el, '.loading').length, marks()]).to.deep.equal([
      0,
      copyOfDataset().deals.length,
    ]);
  });

  it('keeps what it was given when nothing in it is valid', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    const input = { version: '1', deals: 'none' } as unknown as Dataset;
    el.data = input;
    await settled(el);
    expect(el.data).to.equal(input);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });
});
