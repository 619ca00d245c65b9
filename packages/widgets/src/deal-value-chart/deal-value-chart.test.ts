import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '@dealboard/dataset';
import '../define/deal-value-chart.js';
import type { DealValueChart } from './deal-value-chart.js';
import {
  accessibilityTree,
  copyOfDataset,
  inScroller,
  manyDeals,
  menuButton,
  mount,
  nextEvent,
  offered,
  pastEdges,
  scroller,
  scrollTo,
  settled,
  texts,
} from '../../test/helpers.js';
import type { DealboardErrorEvent, DealboardSelectEvent } from '../core/events.js';

type Chart = DealValueChart;

function rowByLabel(el: Chart, start: string): SVGGElement {
  const row = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.row')].find((g) =>
    g.querySelector('.label')!.textContent!.startsWith(start),
  );
  if (!row) throw new Error(`no row starting with ${start}`);
  return row;
}

function rowValue(el: Chart, start: string): string {
  return rowByLabel(el, start).querySelector('.value')!.textContent!.trim();
}

/**
 * What is wrong with the axis labels as drawn, as strings: two labels that
 * overlap, a label past the picture's edge, or a label (but the first, which
 * starts at zero) that does not span its tick.
 */
function axisProblems(el: Chart): string[] {
  const picture = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
  const left = picture.getBoundingClientRect().left;
  const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('g.axis text')];
  const ticks = [...el.shadowRoot!.querySelectorAll('g.grid line')].map(
    (line) => left + Number(line.getAttribute('x1')),
  );
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const problems = pastEdges(picture, labels).map((text) => `${text} past the edge`);
  boxes.forEach((box, i) => {
    const next = boxes[i + 1];
    if (next && box.right > next.left) problems.push(`${labels[i]!.textContent} overlaps the next`);
    if (i > 0 && !(box.left < ticks[i]! - 2 && box.right > ticks[i]! + 2))
      problems.push(`${labels[i]!.textContent} off its tick`);
  });
  return problems;
}

describe('<deal-value-chart>', () => {
  describe('bundled data', () => {
    it('draws a row per deal with ranges and undisclosed values', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const labels = texts(el, 'g.row .label');
      expect(labels).to.have.length(4);
      expect(labels).to.include.members([
        'India ← Russia, S-400 Triumf',
        'China ← Russia, S-400 Triumf',
        'Türkiye ← Russia, S-400 Triumf',
      ]);
      // India's claims disagree: both ends of the range, a dot per point claim, a bound marker.
      const india = rowByLabel(el, 'India ← Russia, S-400');
      expect(rowValue(el, 'India ← Russia, S-400')).to.equal('$5.4B–$5.5B');
      expect(india.querySelector('rect.range')).to.exist;
      expect(india.querySelectorAll('circle.dot')).to.have.length(3);
      expect(india.querySelectorAll('path.bound')).to.have.length(1);
      expect(india.querySelector('.mark')!.getAttribute('aria-label')).to.equal(
        'India, S-400 Triumf from Russia, 5.4 billion to 5.5 billion US dollars, sources disagree; also claimed: more than 5 billion US dollars',
      );
      // China and Turkey: no value in any source — undisclosed, not zero, not hidden.
      for (const name of ['China', 'Türkiye']) {
        const row = rowByLabel(el, name);
        expect(rowValue(el, name)).to.equal('Undisclosed');
        expect(row.querySelector('rect.bar')).to.be.null;
        expect(row.querySelector('rect.undisclosed')).to.exist;
      }
      // A single agreed value is a plain bar.
      expect(rowValue(el, 'India ← Russia, AK-203')).to.equal('$600M');
      expect(rowByLabel(el, 'India ← Russia, AK-203').querySelector('rect.range')).to.be.null;
    });

    it('lists the sources behind what is shown in the footer', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const sources = texts(el, '[part="footer"] li');
      expect(sources).to.have.length(5);
      expect(sources.join('\n')).to.contain('Nikkei Asia').and.contain('The National Interest');
    });

    it('draws context figures as reference lines only when asked', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      expect(el.shadowRoot!.querySelectorAll('.reference line')).to.have.length(0);
      el.showContext = true;
      await settled(el);
      const refs = texts(el, 'g.reference text');
      expect(refs.some((t) => t.includes('$800M'))).to.be.true;
      // The $30B trade target would shrink the deals to slivers: it points off the scale instead.
      const target = refs.find((t) => t.includes('$30B'))!;
      expect(target.endsWith('$30B →')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('g.reference.off-scale line').length).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('svg[part~="svg"] g.reference line').length).to.equal(
        1,
      );
      const range = rowByLabel(el, 'India ← Russia, S-400').querySelector('rect.range')!;
      expect(Number(range.getAttribute('width'))).to.be.greaterThan(12);
      expect(texts(el, '.legend li').join(' ')).to.contain('Context figure (not a deal)');
      // Reference lines are not deals: still four marks.
      expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(4);
    });

    it('draws reference lines under the rows and gives texts a halo, on screen and in the SVG file', async () => {
      const el = await mount<Chart>('<deal-value-chart show-context></deal-value-chart>');
      const picture = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      const line = picture.querySelector('g.reference line')!;
      const rows = [...picture.querySelectorAll('g.row')];
      const labels = [...picture.querySelectorAll('g.reference text')];
      const before = (a: Node, b: Node) =>
        (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      // A line through a deal's name made it hard to read: lines first, then rows, then labels.
      expect(before(line, rows[0]!)).to.equal(true);
      expect(labels.every((label) => before(rows.at(-1)!, label))).to.equal(true);
      const background = getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
      for (const text of [picture.querySelector('.row-text .label')!, labels[0]!]) {
        const style = getComputedStyle(text);
        expect([style.paintOrder, style.stroke]).to.deep.equal(['stroke', background]);
      }
      // The file keeps the halo under the glyphs, not over them.
      const file = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
      const label = file.querySelector('text')!;
      expect(label.getAttribute('paint-order')).to.equal('stroke');
    });

    it('fits context labels into a narrow chart and lists the figures in full for assistive tech', async () => {
      const el = await mount<Chart>('<deal-value-chart show-context></deal-value-chart>', 320);
      const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('g.reference text')];
      expect(labels.length).to.be.greaterThan(0);
      expect(pastEdges(el.shadowRoot!.querySelector('svg[part~="svg"]')!, labels)).to.deep.equal(
        [],
      );
      // A shortened label keeps its amount and has the full text as a tooltip.
      const shortened = labels.filter((l) => l.querySelector('title'));
      expect(shortened.length).to.be.greaterThan(0);
      for (const label of shortened) {
        const full = label.querySelector('title')!.textContent!;
        const shown = [...label.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('');
        expect(shown).to.not.equal(full);
        expect(shown.endsWith(full.slice(full.lastIndexOf(': ') + 2))).to.equal(true);
      }
      // The lines are drawn for the eye; the figures are also a list that is read out.
      const list = el.shadowRoot!.querySelector('ul[aria-label="Context figures (not deals)"]')!;
      expect(list.closest('[aria-hidden="true"]')).to.equal(null);
      const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(labels.length);
      expect(items.some((t) => t.includes('$800M'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('stays left to right, every label inside the picture, in a right-to-left page', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="ar" style="width:640px">
          <deal-value-chart show-context></deal-value-chart>
        </div>`,
      );
      const el = box.querySelector<Chart>('deal-value-chart')!;
      await settled(el);
      // English words and a left-to-right picture: the frame keeps that direction.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).direction).to.equal('ltr');
      const picture = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      const texts = picture.querySelectorAll('text');
      expect(texts.length).to.be.greaterThan(8);
      expect(pastEdges(picture, texts)).to.deep.equal([]);
    });

    it("keeps the buyer on the arrow's side when names are written right to left", async () => {
      const el = await mount<Chart>('<deal-value-chart locale="ar"></deal-value-chart>');
      const label = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('g.row .label')].find((t) =>
        t.textContent!.includes('S-400'),
      )!;
      const text = label.textContent!;
      const india = new Intl.DisplayNames('ar', { type: 'region' }).of('IN')!;
      const russia = new Intl.DisplayNames('ar', { type: 'region' }).of('RU')!;
      expect(text.startsWith(`\u2068${india}\u2069 ← \u2068${russia}\u2069`)).to.equal(true);
      // As drawn: India (the buyer) left of the arrow, Russia (the supplier) right of it.
      const x = (i: number) => label.getStartPositionOfChar(i).x;
      const arrow = text.indexOf('←');
      const [buyerX, supplierX] = [text.indexOf(india), text.indexOf(russia)].map(x);
      expect(buyerX).to.be.below(x(arrow));
      expect(supplierX).to.be.above(x(arrow));
    });

    it('shortens a long deal name in a narrow chart instead of running it into the value', async () => {
      const data = copyOfDataset();
      data.deals[0]!.system =
        'S-400 Triumf long-range surface-to-air missile systems, five regiments';
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>', 320);
      el.data = data;
      await settled(el);
      for (const row of el.shadowRoot!.querySelectorAll('g.row')) {
        const label = row.querySelector('.label')!.getBoundingClientRect();
        const value = row.querySelector('.value')!.getBoundingClientRect();
        expect(label.right, row.querySelector('.label')!.textContent!).to.be.below(value.left);
      }
      const long = el
        .shadowRoot!.querySelector(`g.mark[data-id="${data.deals[0]!.id}"]`)!
        .closest('g.row')!;
      const title = long.querySelector('.label title')!.textContent!;
      expect(title).to.match(new RegExp(`, ${data.deals[0]!.system}$`));
      expect(long.querySelector('.label')!.textContent!.startsWith(title)).to.equal(false);
      // The option's accessible name still has the whole name.
      expect(long.querySelector('.mark')!.getAttribute('aria-label')).to.contain('five regiments');
    });

    it('sorts by value, date and name', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      expect(texts(el, 'g.row .label')[0]).to.equal('India ← Russia, S-400 Triumf');
      // Undisclosed rows go last when sorting by value.
      expect(texts(el, 'g.row .value').slice(2)).to.deep.equal(['Undisclosed', 'Undisclosed']);
      el.sort = 'date';
      await settled(el);
      expect(texts(el, 'g.row .label')[0]).to.equal('China ← Russia, S-400 Triumf'); // 2015
      el.sort = 'name';
      await settled(el);
      const names = texts(el, 'g.row .label');
      expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    });

    it('sorts by value when the sort attribute is unknown, even an inherited property name', async () => {
      const byValue = texts(
        await mount<Chart>('<deal-value-chart></deal-value-chart>'),
        'g.row .label',
      );
      for (const sort of ['__proto__', 'constructor', 'toString', 'size']) {
        const el = await mount<Chart>(`<deal-value-chart sort="${sort}"></deal-value-chart>`);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), sort).to.equal(null);
        expect(texts(el, 'g.row .label'), sort).to.deep.equal(byValue);
      }
    });

    it('filters by buyer and supplier codes', async () => {
      const el = await mount<Chart>('<deal-value-chart buyer="ind"></deal-value-chart>');
      expect(texts(el, 'g.row .label').every((t) => t.startsWith('India'))).to.be.true;
      expect(texts(el, 'g.row .label')).to.have.length(2);
      el.buyer = 'CHN,TUR';
      await settled(el);
      expect(texts(el, 'g.row .label')).to.have.length(2);
      el.supplier = 'USA';
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(0);
      expect(texts(el, '.empty')[0]).to.equal('No deals match the current filters.');
    });

    it('says there is nothing to show, not that filters hide it, when no filter is set', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const none = copyOfDataset();
      none.deals = [];
      el.data = none;
      await settled(el);
      expect(texts(el, '.empty')).to.deep.equal(['No deals to show.']);
      // Every deal invalid: skipped, and nothing is left.
      const invalid = copyOfDataset();
      invalid.deals.forEach((d) => (d.buyer = 'XXX'));
      const event = nextEvent<DealboardErrorEvent>(el, 'dealboard-error');
      el.data = invalid;
      await event;
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(0);
      expect(texts(el, '.empty')).to.deep.equal(['No deals to show.']);
      // An empty attribute filters nothing either.
      el.buyer = ' ';
      await settled(el);
      expect(texts(el, '.empty')).to.deep.equal(['No deals to show.']);
      el.buyer = 'IND';
      await settled(el);
      expect(texts(el, '.empty')).to.deep.equal(['No deals match the current filters.']);
      // Before the first deal, only the date hides them.
      const early = await mount<Chart>('<deal-value-chart as-of="2000"></deal-value-chart>');
      expect(texts(early, '.empty')).to.deep.equal(['No deals had been reported by this date.']);
      early.supplier = 'RUS';
      await settled(early);
      expect(texts(early, '.empty')).to.deep.equal([
        'No deals match the current filters and date.',
      ]);
    });

    it('shows the story as it stood on an as-of date', async () => {
      const el = await mount<Chart>('<deal-value-chart as-of="2019-06-01"></deal-value-chart>');
      // The AK-203 deal (December 2021) did not exist yet; every India value source is from 2021.
      expect(texts(el, 'g.row .label')).to.not.include('India ← Russia, AK-203 assault rifles');
      expect(texts(el, 'g.row .label')).to.have.length(3);
      expect(rowValue(el, 'India ← Russia, S-400')).to.equal('Undisclosed');
      expect(texts(el, '[part="footer"] p')[0]).to.contain('As of');
    });

    it('lists only the articles out by the as-of date in its footer', async () => {
      const el = await mount<Chart>('<deal-value-chart as-of="2021-01-31"></deal-value-chart>');
      const footer = texts(el, '[part="footer"] ol > li');
      // India's deal cites the two January articles; China's and Turkey's are
      // known only from The National Interest (February), so they keep it.
      expect(footer.map((s) => s.split(',')[0])).to.deep.equal([
        'Nikkei Asia',
        'Global Research',
        'The National Interest',
      ]);
    });
  });

  describe('data paths', () => {
    it('takes a dataset through the data property over everything else', async () => {
      const data = copyOfDataset();
      data.deals = data.deals.filter((d) => d.id === 'ind-rus-ak203');
      data.milestones = [];
      const el = await mount<Chart>(
        `<deal-value-chart src="/packages/dataset/dist/dataset.json"></deal-value-chart>`,
      );
      el.data = data;
      await settled(el);
      expect(texts(el, 'g.row .label')).to.have.length(1);
    });

    it('reads inline JSON before src', async () => {
      const data = copyOfDataset();
      data.deals = data.deals.filter((d) => d.buyer === 'CHN');
      const el = await mount<Chart>(
        `<deal-value-chart src="/does-not-exist.json"><script type="application/json">${JSON.stringify(data)}</script></deal-value-chart>`,
      );
      expect(texts(el, 'g.row .label')).to.deep.equal(['China ← Russia, S-400 Triumf']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    });

    it('fetches src with a busy state, then renders', async () => {
      const box = document.createElement('div');
      box.style.width = '700px';
      document.body.append(box);
      const el = document.createElement('deal-value-chart');
      el.src = '/packages/dataset/dist/dataset.json';
      box.append(el);
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.loading[role="status"]')).to.exist;
      await new Promise<void>((resolve) => {
        const check = () =>
          el.shadowRoot!.querySelector('g.mark') ? resolve() : setTimeout(check, 20);
        check();
      });
      expect(base.getAttribute('aria-busy')).to.equal('false');
      expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(4);
      box.remove();
    });

    const failures: [string, string][] = [
      ['/packages/widgets/test/fixtures/missing.json', 'the server answered 404'],
      ['/packages/widgets/test/fixtures/not-json.txt', 'is not valid JSON'],
      ['http://127.0.0.1:1/nothing.json', 'the network request failed'],
    ];
    for (const [src, message] of failures) {
      it(`shows an error panel and fires dealboard-error when src fails (${message})`, async () => {
        const box = document.createElement('div');
        document.body.append(box);
        const el = document.createElement('deal-value-chart');
        const event = nextEvent<DealboardErrorEvent>(box, 'dealboard-error');
        el.src = src;
        box.append(el);
        const { detail } = await event;
        await settled(el);
        expect(detail.errors[0]!.message).to.contain(message);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain(message);
        expect(el.shadowRoot!.querySelector('g.mark')).to.be.null;
        box.remove();
      });
    }

    it('aborts a slow src fetch when src changes: the later one wins', async () => {
      const el = await mount<Chart>(
        '<deal-value-chart src="/packages/widgets/test/fixtures/not-json.txt"></deal-value-chart>',
      );
      el.src = '/packages/dataset/dist/dataset.json';
      await new Promise<void>((resolve) => {
        const check = () =>
          el.shadowRoot!.querySelector('g.mark') ? resolve() : setTimeout(check, 20);
        check();
      });
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
      expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(4);
    });
  });

  describe('bad data', () => {
    // A deal with a bad field is skipped (with the milestones that hang on it);
    // a bad value claim drops only that claim.
    const cases: [string, (d: Dataset) => unknown, { error?: boolean; rows?: number }][] = [
      ['a negative value', (d) => ((d.deals[0]!.valueClaims[0]!.amountUsd = -5), d), { rows: 4 }],
      ['an unknown country', (d) => ((d.deals[1]!.buyer = 'XXX'), d), { rows: 3 }],
      ['an impossible date', (d) => ((d.deals[2]!.date = '2021-13-45'), d), { rows: 3 }],
      ['a missing source', (d) => ((d.deals[3]!.sources = ['nowhere']), d), { rows: 3 }],
      ['a string', () => 'deals', { error: true }],
      [
        'a getter that throws',
        () => ({
          version: '1',
          get deals() {
            throw new Error('boom');
          },
        }),
        { error: true },
      ],
      [
        'null inside arrays',
        () => ({
          version: '1',
          sources: [],
          deals: [null],
          milestones: [],
          stances: [],
          contextFigures: [],
        }),
        { error: true },
      ],
      ['an empty object', () => ({}), { error: true }],
    ];
    for (const [name, mutate, expected] of cases) {
      it(`reports ${name} without breaking the page`, async () => {
        const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
        const event = nextEvent<DealboardErrorEvent>(el, 'dealboard-error');
        el.data = mutate(copyOfDataset()) as Dataset;
        const { detail } = await event;
        await settled(el);
        expect(detail.errors.length).to.be.greaterThan(0);
        expect(detail.errors.every((e) => typeof e.path === 'string' && e.message.length > 0)).to.be
          .true;
        if (expected.error) {
          expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
            'Nothing to show',
          );
        } else {
          const [summary] = texts(el, 'details.notice summary');
          expect(summary).to.match(/^\d+ records? (was|were) skipped because the data is invalid/);
          expect(texts(el, 'details.notice li')).to.have.length(detail.errors.length);
          expect(el.shadowRoot!.querySelectorAll('g.mark')).to.have.length(expected.rows!);
        }
      });
    }

    it('shows data strings as text and runs nothing', async () => {
      const data = copyOfDataset();
      (window as unknown as { pwned?: boolean }).pwned = false;
      const payload = '<img src=x onerror="window.pwned=true">';
      data.deals[0]!.system = payload;
      data.deals[0]!.summary = `<script>window.pwned=true</script>`;
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = data;
      el.selected = data.deals[0]!.id;
      await settled(el);
      await nextFrame();
      expect(texts(el, 'g.row .label').some((t) => t.includes(payload))).to.be.true;
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(el.shadowRoot!.querySelector('.detail script')).to.be.null;
      expect(el.shadowRoot!.querySelector('.detail')!.textContent).to.contain('<script>');
      expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
    });
  });

  describe('interaction', () => {
    /** The ids of the drawn marks, top to bottom, and the one that takes Tab. */
    const marksOf = (el: Chart) => {
      const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
      return {
        order: marks.map((m) => m.dataset.id!),
        tabStops: marks.filter((m) => m.tabIndex === 0).map((m) => m.dataset.id!),
      };
    };

    /** A chart on host data with keyboard focus on its last row. */
    const focusOnLastRow = async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = copyOfDataset();
      await settled(el);
      const last = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')].at(-1)!;
      last.focus();
      return { el, last, id: last.dataset.id! };
    };

    /** Hands the chart new data without one deal. */
    const dropDeal = async (el: Chart, id: string) => {
      const next = copyOfDataset();
      next.deals = next.deals.filter((d) => d.id !== id);
      el.data = next;
      await settled(el);
    };

    it('keeps keyboard focus on the deal when new data re-sorts the rows', async () => {
      const { el, id } = await focusOnLastRow();
      // The host's new data makes the last deal the largest: its row moves to the top.
      const next = copyOfDataset();
      const claim = next.deals.flatMap((d) => d.valueClaims)[0]!;
      next.deals.find((d) => d.id === id)!.valueClaims = [
        { ...claim, id: 'new-claim', amountUsd: 9e12 },
      ];
      el.data = next;
      await settled(el);
      expect(marksOf(el).order[0]).to.equal(id);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(id);
      expect(marksOf(el).tabStops).to.deep.equal([id]);
    });

    it('moves focus and the tab stop to the first deal when the focused one leaves the data', async () => {
      const { el, id } = await focusOnLastRow();
      await dropDeal(el, id);
      const { order, tabStops } = marksOf(el);
      expect(order).not.to.include(id);
      expect(tabStops).to.deep.equal([order[0]]);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(order[0]);
    });

    it('keeps a tab stop when the last active deal leaves the data while focus is elsewhere', async () => {
      const { el, last, id } = await focusOnLastRow();
      last.blur();
      await dropDeal(el, id);
      const { order, tabStops } = marksOf(el);
      expect(tabStops).to.deep.equal([order[0]]);
      // Focus stayed where the user put it (the page), not pulled into the chart.
      expect(el.shadowRoot!.activeElement).to.be.null;
    });

    it('moves focus through every deal with the arrow keys and selects with Enter', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
      expect(marks.map((m) => m.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      marks[0]!.focus();
      const visited = [el.shadowRoot!.activeElement!.getAttribute('data-id')];
      for (let i = 1; i < marks.length; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await settled(el);
        visited.push(el.shadowRoot!.activeElement!.getAttribute('data-id'));
      }
      expect(new Set(visited).size).to.equal(4);
      // The detail follows focus.
      expect(el.shadowRoot!.querySelector('.detail h3')!.textContent).to.contain(
        el.shadowRoot!.activeElement!.parentElement!.querySelector('.label')!.textContent!,
      );
      const selected = nextEvent<DealboardSelectEvent>(document, 'dealboard-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail).to.deep.equal({ kind: 'deal', id: visited[3], country: detail.country });
      expect(detail.country).to.match(/^[A-Z]{3}$/);
      await settled(el);
      expect(el.selected).to.equal(visited[3]);
      expect(el.getAttribute('selected')).to.equal(visited[3]);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Home' });
      await settled(el);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal(visited[0]);
    });

    it('selects on click and shows each claim with its source in the detail', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const india = rowByLabel(el, 'India ← Russia, S-400');
      const event = nextEvent<DealboardSelectEvent>(el, 'dealboard-select');
      india
        .querySelector<SVGRectElement>('rect.bar')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const { detail } = await event;
      expect(detail).to.deep.equal({ kind: 'deal', id: 'ind-rus-s400', country: 'IND' });
      await settled(el);
      const text = el.shadowRoot!.querySelector('.detail')!.textContent!;
      expect(text).to.contain('4 value claims');
      expect(text).to.contain('$5.43B').and.contain('The National Interest');
      expect(text).to.contain('more than $5B').and.contain('Global Research');
    });

    it('states a selected deal’s quantity in its detail, with the source’s qualifier', async () => {
      const data = copyOfDataset();
      data.deals.find((d) => d.id === 'ind-rus-s400')!.quantity!.relation = 'approximate';
      const el = await mount<Chart>(
        '<deal-value-chart selected="ind-rus-s400"></deal-value-chart>',
      );
      el.data = data;
      await settled(el);
      expect(texts(el, '.detail p')).to.include('Quantity: about 5 units');
    });

    it('offers a table view with the same records', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const toggle = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent!.trim() === 'Table',
      )!;
      toggle.click();
      await settled(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Value of arms deals');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(4);
      expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal(
        'India ← Russia, S-400 Triumf',
      );
      expect(rows[0]!.textContent).to.contain('$5,400,000,000').and.contain('$5,500,000,000');
      // Each claim with its sources as numbered in the footer below the table.
      expect([...rows[0]!.querySelectorAll('td')].at(-1)!.textContent!.trim()).to.equal(
        '$5.4B [1] [2]; $5.43B [5]; about $5.5B [4]; more than $5B [3]',
      );
      expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.be.null;
    });

    it('keeps the cents of an amount under a dollar in the table', async () => {
      const data = copyOfDataset();
      data.deals = [data.deals[3]!];
      data.deals[0]!.valueClaims[0]!.amountUsd = 0.4;
      const el = await mount<Chart>('<deal-value-chart view="table"></deal-value-chart>');
      el.data = data;
      await settled(el);
      const cells = texts(el, 'tbody td');
      expect(cells.slice(1, 3)).to.deep.equal(['$0.4', '$0.4']);
    });
  });

  describe('many deals', () => {
    it('checks thousands of records in a task of their own, showing a busy state meanwhile', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const root = el.shadowRoot!;
      const sawBusy = new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!root.querySelector('.loading[role="status"]')) return;
          observer.disconnect();
          resolve(true);
        });
        observer.observe(root, { childList: true, subtree: true });
      });
      el.data = manyDeals(3000);
      expect(await sawBusy).to.equal(true);
      // updateComplete covers the checking task and the render after it.
      await el.updateComplete;
      expect(root.querySelector('g.mark')).to.exist;
      expect(root.querySelector('.loading')).to.equal(null);
      expect(
        el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('aria-label'),
      ).to.contain('3000 deals');
    });

    it('draws only the rows in view, yet the keyboard, table and scrolling reach all of them', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      const drawn = () => el.shadowRoot!.querySelectorAll('g.mark').length;
      expect(drawn()).to.be.within(10, 40);
      expect(
        el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('aria-label'),
      ).to.contain('500 deals');
      // Scrolling draws the rows that come into view.
      await scrollTo(el, 250 * 40);
      expect(texts(el, 'g.row .label')).to.include('India ← Russia, System 250');
      // End reaches the last deal, which was not drawn before.
      el.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(
        () => el.shadowRoot!.activeElement?.getAttribute('data-id') === 'deal-499',
        'End should focus the last deal',
      );
      el.view = 'table';
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(500);
    });

    it('keeps focus in the chart when the focused row far down leaves the data', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      await scrollTo(el, 250 * 40);
      el.shadowRoot!.querySelector<SVGGElement>('g.mark[data-id="deal-260"]')!.focus();
      const next = manyDeals(500);
      next.deals = next.deals.filter((d) => d.id !== 'deal-260');
      el.data = next;
      await settled(el);
      // The tab stop falls back to the first row: drawn although scrolled away, and focused.
      expect(
        el.shadowRoot!.querySelector('g.mark[tabindex="0"]')?.getAttribute('data-id'),
      ).to.equal('deal-0');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('deal-0');
    });

    it("tells assistive tech each drawn row's place among all of them", async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      await scrollTo(el, 250 * 40);
      // manyDeals sorts by value in data order: deal-i is row i + 1.
      const row = el.shadowRoot!.querySelector('g.mark[data-id="deal-250"]')!;
      expect(row.getAttribute('aria-posinset')).to.equal('251');
      expect(row.getAttribute('aria-setsize')).to.equal('500');
    });

    it('keeps its scroll position when back from the table view', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      await scrollTo(el, 250 * 40);
      el.view = 'table';
      await settled(el);
      el.view = 'chart';
      await settled(el);
      expect(scroller(el).scrollTop).to.equal(250 * 40);
      // What is drawn is what the viewport shows.
      expect(inScroller(el, 'g.mark', true).length).to.be.greaterThan(5);
    });

    it('shows rows when new data ends above where it was scrolled', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      await scrollTo(el, 450 * 40);
      el.data = manyDeals(100);
      await settled(el);
      expect(inScroller(el, 'g.mark', true).length).to.be.greaterThan(5);
      expect(texts(el, 'g.row .label')).to.include('India ← Russia, System 99');
    });

    it('scrolls a deal selected from outside into view', async () => {
      const el = await mount<Chart>('<deal-value-chart selected="deal-400"></deal-value-chart>');
      el.data = manyDeals(500);
      await settled(el);
      const inView = (id: string) => inScroller(el, `g.mark[data-id="${id}"]`).length === 1;
      expect(inView('deal-400'), 'deal-400 in view').to.equal(true);
      el.selected = 'deal-20';
      await settled(el);
      expect(inView('deal-20'), 'deal-20 in view').to.equal(true);
      expect(inView('deal-400')).to.equal(false);
    });

    it('draws every row, the axis under them, to be printed or downloaded', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      el.data = manyDeals(120);
      await settled(el);
      const rows = () => el.shadowRoot!.querySelectorAll('g.mark').length;
      expect(rows()).to.be.below(60);
      window.dispatchEvent(new Event('beforeprint'));
      await settled(el);
      expect(el.shadowRoot!.querySelector('.scroller')).to.equal(null);
      expect(rows()).to.equal(120);
      expect(el.shadowRoot!.querySelector('svg[part~="svg"] [part~="axis"] text')).to.exist;
      window.dispatchEvent(new Event('afterprint'));
      await settled(el);
      expect(rows()).to.be.below(60);

      const { blob } = await offered(() => menuButton(el, 'Download SVG').click());
      const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
      expect(doc.querySelectorAll('[part~="mark"]').length).to.equal(120);
      expect(doc.querySelector('[part~="axis"] text')).to.exist;
      await settled(el);
      expect(el.shadowRoot!.querySelector('.scroller')).to.exist;
      expect(rows()).to.be.below(60);
    });
  });

  describe('locale, theme and size', () => {
    it('formats currency for en, de and hi-IN', async () => {
      const en = await mount<Chart>('<deal-value-chart locale="en"></deal-value-chart>');
      expect(rowValue(en, 'India ← Russia, AK-203')).to.equal('$600M');
      const de = await mount<Chart>('<deal-value-chart locale="de"></deal-value-chart>');
      expect(rowValue(de, 'Indien ← Russland, AK-203')).to.equal('600\u00a0Mio.\u00a0$');
      const hi = await mount<Chart>('<deal-value-chart locale="hi-IN"></deal-value-chart>');
      const hiLabel = texts(hi, 'g.row .label').find((t) => t.includes('AK-203'))!;
      expect(hiLabel).to.contain('भारत');
      const value = hiLabel && rowByLabel(hi, hiLabel).querySelector('.value')!.textContent!;
      expect(value).to.equal(
        new Intl.NumberFormat('hi-IN', {
          style: 'currency',
          currency: 'USD',
          notation: 'compact',
          maximumFractionDigits: 2,
        }).format(6e8),
      );
      expect(value).to.not.equal('$600M');
    });

    it('takes the locale from the nearest lang attribute', async () => {
      const box = document.createElement('div');
      box.lang = 'de';
      box.style.width = '800px';
      box.innerHTML = '<deal-value-chart></deal-value-chart>';
      document.body.append(box);
      const el = box.firstElementChild as Chart;
      await settled(el);
      expect(texts(el, 'g.row .label')).to.include('Indien ← Russland, S-400 Triumf');
      box.remove();
    });

    it('switches to a dark palette', async () => {
      const light = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const dark = await mount<Chart>('<deal-value-chart theme="dark"></deal-value-chart>');
      const bg = (el: Chart) =>
        getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.equal('rgb(13, 17, 23)');
      const label = (el: Chart) => getComputedStyle(el.shadowRoot!.querySelector('.label')!).fill;
      expect(label(dark)).to.not.equal(label(light));
    });

    it('follows its own width from 320 to 1200 px without a horizontal scrollbar', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>', 320);
      const svgWidth = () =>
        Number(el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('width'));
      expect(svgWidth()).to.be.at.most(320 - 24);
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      el.parentElement!.style.width = '1200px';
      await new Promise((r) => setTimeout(r, 50));
      await settled(el);
      expect(svgWidth()).to.equal(1200 - 24);
    });
  });

  describe('accessibility', () => {
    it('exposes each deal as an option of the listbox, with its selected state', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const marks = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];
      const india = rowByLabel(el, 'India ← Russia, S-400').querySelector<SVGGElement>('g.mark')!;
      india.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.selected).to.equal('ind-rus-s400');
      const tree = await accessibilityTree('deal-value-chart >>> svg[part~="svg"]');
      expect(tree.role).to.equal('listbox');
      // As Chromium exposes them: every row an option, only the selected one selected.
      const exposed = marks.map((m) => {
        const node = findAccessibilityNode(tree, (n) => n.name === m.getAttribute('aria-label'));
        return [m.dataset.id, node?.role, node?.selected === true];
      });
      expect(exposed).to.deep.equal(
        marks.map((m) => [m.dataset.id, 'option', m.dataset.id === 'ind-rus-s400']),
      );
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in the ${theme} theme, chart and table`, async () => {
        const el = await mount<Chart>(
          `<deal-value-chart theme="${theme}" show-context></deal-value-chart>`,
        );
        await expect(el).to.be.accessible();
        el.view = 'table';
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('export', () => {
    it('serialises the picture with computed colours baked in', async () => {
      const el = await mount<Chart>('<deal-value-chart theme="dark"></deal-value-chart>');
      const text = el.exportSvg()!;
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.be.null;
      const bar = doc.querySelector('rect.bar, rect[fill="rgb(86, 180, 233)"]');
      expect(bar).to.exist;
      expect(doc.documentElement.firstElementChild!.getAttribute('fill')).to.equal(
        'rgb(13, 17, 23)',
      );
    });
  });
  describe('empty', () => {
    it('shows why it is empty and no panel inviting to select a mark', async () => {
      const el = await mount<Chart>('<deal-value-chart as-of="2014-06"></deal-value-chart>');
      expect(texts(el, '.empty')).to.deep.equal(['No deals had been reported by this date.']);
      expect(el.shadowRoot!.querySelector('.detail') === null).to.equal(true);
      el.asOf = null;
      await settled(el);
      expect(texts(el, '.detail .hint')).to.deep.equal([
        'Select or focus a mark for its details and sources.',
      ]);
    });
  });

  describe('axis and legend', () => {
    it('fits the German axis labels at 1280 px: none overlap, past the edge or off its tick', async () => {
      const el = await mount<Chart>(
        '<deal-value-chart locale="de" show-context></deal-value-chart>',
        1280,
      );
      const labels = texts(el, 'g.axis text');
      expect(labels.filter((l) => l.endsWith('Mrd. $')).length).to.be.greaterThan(2);
      expect(axisProblems(el)).to.deep.equal([]);
    });

    it('keeps the last English label on its tick, not left of it', async () => {
      const el = await mount<Chart>('<deal-value-chart locale="en"></deal-value-chart>');
      expect(texts(el, 'g.axis text').length).to.be.greaterThan(2);
      expect(axisProblems(el)).to.deep.equal([]);
    });

    it('draws no value axis, and no legend for bars or claims, when no value is disclosed', async () => {
      const el = await mount<Chart>(
        '<deal-value-chart buyer="IND" as-of="2019-01"></deal-value-chart>',
      );
      const values = texts(el, 'g.row .value');
      expect(values.length).to.be.greaterThan(0);
      expect(values.every((v) => v === 'Undisclosed')).to.equal(true);
      expect(texts(el, 'g.axis text')).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('g.grid line').length).to.equal(0);
      expect(texts(el, '.legend li')).to.deep.equal(['Undisclosed']);
    });

    it('lists bars and claims in the legend when they are drawn', async () => {
      const el = await mount<Chart>('<deal-value-chart></deal-value-chart>');
      const legend = texts(el, '.legend li');
      expect(legend).to.include.members(['Value reported', 'Claim', 'Undisclosed']);
    });
  });
});
