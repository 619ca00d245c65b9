import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { compareStart, dataset } from '@dealboard/dataset';
import type { Dataset } from '@dealboard/dataset';
import '../define/delivery-tracker.js';
import type { DeliveryTracker } from './delivery-tracker.js';
import {
  copyOfDataset,
  inScroller,
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

type Tracker = DeliveryTracker;

const ALL_IDS = dataset.milestones.map((m) => m.id);

function marks(el: Tracker): Element[] {
  return [...el.shadowRoot!.querySelectorAll('.mark')];
}

function markOf(el: Tracker, id: string): Element {
  const found = el.shadowRoot!.querySelector(`.mark[data-id="${id}"]`);
  if (!found) throw new Error(`no mark ${id}`);
  return found;
}

function laneNames(el: Tracker): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="lane"]')].map((g) =>
    g.getAttribute('aria-label')!,
  );
}

/** Centre of a mark's symbol: its path starts there (it is drawn relative to it). */
function symbolCentre(el: Tracker, id: string): [number, number] {
  const d = markOf(el, id).querySelector('.symbol')!.getAttribute('d')!;
  const [, x, y] = /^M([\d.]+),([\d.]+)m/.exec(d)!;
  return [Number(x), Number(y)];
}

function activeId(el: Tracker): string | null {
  return el.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;
}

async function press(el: Tracker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settled(el);
}

function detailText(el: Tracker): string {
  return el.shadowRoot!.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
}

async function select(el: Tracker, id: string): Promise<void> {
  el.selected = id;
  await settled(el);
}

describe('<delivery-tracker>', () => {
  describe('bundled data', () => {
    it('draws a lane per deal with a mark per milestone', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      expect(texts(el, '.lane-name')).to.deep.equal([
        'China ← Russia, S-400 Triumf',
        'Türkiye ← Russia, S-400 Triumf',
        'India ← Russia, S-400 Triumf',
        'India ← Russia, AK-203 rifles',
      ]);
      expect(marks(el).map((m) => m.getAttribute('data-id'))).to.have.members(ALL_IDS);
      for (const lane of el.shadowRoot!.querySelectorAll('[part~="lane"]')) {
        expect(lane.getAttribute('role')).to.equal('group');
        const dealMarks = [...lane.querySelectorAll('.mark')].map((m) => m.getAttribute('data-id'));
        const deal = dataset.deals.find((d) =>
          dataset.milestones.some((m) => m.dealId === d.id && m.id === dealMarks[0]),
        )!;
        expect(dealMarks).to.have.length(
          dataset.milestones.filter((m) => m.dealId === deal.id).length,
        );
      }
      const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(svg.getAttribute('aria-label')).to.equal(
        'Deal milestones and deliveries, as of December 6, 2021: 4 deals, 23 milestones',
      );
    });

    it('states each lane’s status and progress as of the newest source', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      expect(laneNames(el)).to.deep.equal([
        'China ← Russia, S-400 Triumf: deliveries suspended; 2 regiments ordered; number delivered not reported',
        'Türkiye ← Russia, S-400 Triumf: sanctioned; units ordered and delivered not reported',
        'India ← Russia, S-400 Triumf: delivering; 5 units ordered; number delivered not reported',
        'India ← Russia, AK-203 rifles: ordered; units ordered and delivered not reported',
      ]);
      // The same facts are visible: name and status, then progress.
      expect(texts(el, '.lane-text text')[0]).to.equal(
        'China ← Russia, S-400 Triumf · deliveries suspended',
      );
      expect(texts(el, '.lane-text text')[1]).to.equal(
        '2 regiments ordered; number delivered not reported',
      );
      expect(texts(el, '.as-of text')).to.deep.equal(['as of December 6, 2021']);
    });

    it('gives each kind a distinct labelled symbol, reported filled and expected hollow', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const legend = texts(el, '.legend li');
      for (const label of [
        'Contract',
        'Payment',
        'Training',
        'Shipment or delivery',
        'Deployment',
        'Test firing',
        'Suspension',
        'Sanction',
        'Diplomatic event',
        'Reported (filled)',
        'Expected (hollow)',
        'Overdue: expected time passed, no report',
        'Rival claims about one event',
      ]) {
        expect(
          legend.some((t) => t.startsWith(label)),
          label,
        ).to.be.true;
      }
      const shapes = [
        ...el.shadowRoot!.querySelectorAll('.legend svg[class^="kind-"] .symbol'),
      ].map((p) => p.getAttribute('d'));
      expect(shapes).to.have.length(9);
      expect(new Set(shapes).size).to.equal(9);
      const fill = (id: string) => getComputedStyle(markOf(el, id).querySelector('.symbol')!).fill;
      const background = getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
      // Reported shipment: filled in its colour; expected shipment: hollow.
      expect(fill('ind-s400-shipments-began-2020')).to.not.equal(background);
      expect(fill('ind-s400-all-five')).to.equal(background);
    });

    it('draws year-only and month-only dates as spans of that year or month', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const label = (year: string) =>
        [...el.shadowRoot!.querySelectorAll('.axis text')].find((t) => t.textContent === year)!;
      const x = (node: Element, attr: string) => Number(node.getAttribute(attr));
      const yearWidth = x(label('2019'), 'x') - x(label('2018'), 'x');
      expect(yearWidth).to.be.greaterThan(60);
      const span = (id: string) => markOf(el, id).querySelector('rect.span')!;
      // "2018": the whole of 2018, starting on the 2018 grid line.
      const tests = span('chn-s400-fire-tests');
      expect(x(tests, 'width')).to.be.closeTo(yearWidth, 0.5);
      expect(x(tests, 'x') + x(tests, 'width') / 2).to.be.closeTo(x(label('2018'), 'x'), 0.5);
      // "October 2018": a month, about a twelfth of that.
      expect(x(span('ind-s400-contract'), 'width')).to.be.closeTo((yearWidth * 31) / 365, 0.5);
      // "2021 to December 2021": the whole window.
      expect(x(span('ind-s400-all-five'), 'width')).to.be.closeTo(yearWidth, 0.5);
      // The symbol sits in the middle of the span, not on 1 January.
      const [cx] = symbolCentre(el, 'chn-s400-fire-tests');
      expect(cx).to.be.closeTo(x(label('2018'), 'x'), 0.5);
      const box = (
        markOf(el, 'chn-s400-fire-tests').querySelector('.symbol') as SVGPathElement
      ).getBBox();
      expect(box.x + box.width / 2).to.be.closeTo(cx, 0.01);
    });

    it('shows both conflicting claims, bracketed together, each naming the other', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const a = 'ind-s400-shipments-began-2020';
      const b = 'ind-s400-shipments-began-2021-12';
      const centre = (id: string) => symbolCentre(el, id);
      const link = el.shadowRoot!.querySelector(
        `.conflict-link[data-from="${a}"][data-to="${b}"]`,
      )!;
      expect(link).to.exist;
      const d = link.getAttribute('d')!;
      const [ax] = centre(a);
      const [bx] = centre(b);
      expect(d.startsWith(`M${ax} `)).to.be.true;
      expect(new RegExp(`H${bx}V[\\d.]+$`).test(d)).to.be.true;

      expect(markOf(el, a).getAttribute('aria-label')).to.contain(
        'conflicts with “Supplies to India began in December 2021” (December 2021)',
      );
      await select(el, a);
      let text = detailText(el);
      expect(text).to.contain('Sources disagree');
      expect(text).to.contain('The National Interest'); // the 2020 claim's source
      expect(text).to.contain('Supplies to India began in December 2021');
      expect(text).to.contain('The New York Times'); // the rival's source
      await select(el, b);
      text = detailText(el);
      expect(text).to.contain('Shipments to India began in 2020');
      expect(text).to.contain('The National Interest');
    });

    it('marks an expected milestone overdue once its time passed without a report', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const batteries = markOf(el, 'ind-s400-first-batteries');
      expect(batteries.classList.contains('state-overdue')).to.be.true;
      expect(batteries.querySelector('.overdue-ring')).to.exist;
      expect(batteries.getAttribute('aria-label')).to.equal(
        'India ← Russia, S-400 Triumf: shipment, expected September 2021 – October 2021, First batteries expected between September and October 2021 (overdue)',
      );
      // "All five by the end of 2021": not yet due on 6 December 2021…
      const allFive = () => markOf(el, 'ind-s400-all-five');
      expect(allFive().classList.contains('state-expected')).to.be.true;
      expect(allFive().querySelector('.overdue-ring')).to.be.null;
      // …overdue by June 2022, as no source reports five units delivered.
      el.asOf = '2022-06';
      await settled(el);
      expect(allFive().classList.contains('state-overdue')).to.be.true;
      expect(allFive().getAttribute('aria-label')).to.contain('by the end of 2021 (overdue);');
      await select(el, 'ind-s400-all-five');
      expect(detailText(el)).to.contain('overdue').and.contain('June 2022');
      expect(texts(el, '.as-of text')).to.deep.equal(['as of June 2022']);
    });

    it('hides what was not yet reported on the as-of date and re-derives each status', async () => {
      const el = await mount<Tracker>('<delivery-tracker as-of="2021-02-10"></delivery-tracker>');
      const ids = marks(el).map((m) => m.getAttribute('data-id'));
      // The New York Times (6 December 2021) was not out: its claims and the AK-203 deal are gone.
      expect(ids).to.not.include('ind-s400-shipments-began-2021-12');
      expect(ids).to.not.include('ind-s400-putin-visit');
      expect(ids).to.include('ind-s400-shipments-began-2020');
      expect(texts(el, '.lane-name')).to.have.length(3);
      expect(laneNames(el)[2]).to.match(/^India ← Russia, S-400 Triumf: delivering;/);

      // Every source dates from 2021: on 1 January 2020 nothing had been reported.
      el.asOf = '2020-01-01';
      await settled(el);
      expect(marks(el)).to.have.length(0);
      expect(laneNames(el).map((n) => n.split(';')[0])).to.deep.equal([
        'China ← Russia, S-400 Triumf: ordered',
        'Türkiye ← Russia, S-400 Triumf: ordered',
        'India ← Russia, S-400 Triumf: ordered',
      ]);
      expect(texts(el, '.empty-lane')[0]).to.equal('No milestones reported as of January 1, 2020.');
      expect(texts(el, '[part="footer"] p')[0]).to.contain('As of');
    });
  });

  it('keeps its lane names inside the picture in a right-to-left page', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="width:800px">
        <delivery-tracker></delivery-tracker>
      </div>`,
    );
    const el = box.querySelector<Tracker>('delivery-tracker')!;
    await settled(el);
    const picture = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    const names = picture.querySelectorAll('.lane-text text');
    expect(names.length).to.be.greaterThan(3);
    expect(pastEdges(picture, names)).to.deep.equal([]);
  });

  it('shortens a deal name too long for its lane heading, keeping the status in the picture', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:560px"></div>`);
    const el = document.createElement('delivery-tracker') as Tracker;
    const data = copyOfDataset();
    const deal = data.deals.find((d) => d.id === 'ind-rus-s400')!;
    deal.system = 'S-400 Triumf long-range surface-to-air missile systems with command posts';
    el.data = data;
    box.append(el);
    await settled(el);
    const picture = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(pastEdges(picture, picture.querySelectorAll('.lane-text text'))).to.deep.equal([]);
    const lane = [...el.shadowRoot!.querySelectorAll('[part~="lane"]')].find((g) =>
      g.getAttribute('aria-label')!.includes('command posts'),
    )!;
    const heading = lane.querySelector('.lane-text text')!.textContent!;
    expect(heading).to.match(/^India ← Russia, S-400 Triumf long-range.*… · delivering$/);
  });

  describe('interaction', () => {
    it('keeps keyboard focus on the milestone when new data removes a lane above it', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      el.data = copyOfDataset();
      await settled(el);
      const lanes = [...el.shadowRoot!.querySelectorAll('[part~="lane"]')];
      const focused = lanes.at(-1)!.querySelector<SVGGElement>('.mark')!;
      const id = focused.dataset.id!;
      focused.focus();
      // The first lane's deal leaves the data: every lane below it moves up.
      const gone = markOf(el, lanes[0]!.querySelector('.mark')!.getAttribute('data-id')!);
      const next = copyOfDataset();
      const dealId = next.milestones.find((m) => m.id === gone.getAttribute('data-id'))!.dealId;
      next.milestones = next.milestones.filter((m) => m.dealId !== dealId);
      next.deals = next.deals.filter((d) => d.id !== dealId);
      el.data = next;
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="lane"]')).to.have.length(lanes.length - 1);
      expect(activeId(el)).to.equal(id);
    });

    it('walks every milestone with the arrow keys: along a lane, then down to the next', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
      expect(tabbable).to.have.length(1);
      (tabbable[0] as SVGGElement).focus();
      const visited = new Set([activeId(el)]);
      const lanes = el.shadowRoot!.querySelectorAll('[part~="lane"]').length;
      for (let lane = 0; lane < lanes; lane++) {
        // To the start of the lane, then along it to its end.
        for (let i = 0; i < 20; i++) await press(el, 'ArrowLeft');
        let before: string | null = null;
        while (before !== activeId(el)) {
          before = activeId(el);
          visited.add(before);
          await press(el, 'ArrowRight');
        }
        const laneOf = (id: string | null) =>
          markOf(el, id!).closest('[part~="lane"]')!.getAttribute('aria-label');
        const left = laneOf(activeId(el));
        await press(el, 'ArrowDown');
        if (lane < lanes - 1) expect(laneOf(activeId(el))).to.not.equal(left);
      }
      expect([...visited]).to.have.members(ALL_IDS);
      // Focus shows the detail; Up goes back a lane.
      expect(el.shadowRoot!.querySelector('.detail h3')).to.exist;
      await press(el, 'ArrowUp');
      expect(
        markOf(el, activeId(el)!).closest('[part~="lane"]')!.getAttribute('aria-label'),
      ).to.match(/^India ← Russia, S-400/);
    });

    it('selects with Enter, firing dealboard-select with the buyer', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      (markOf(el, 'ind-s400-contract') as SVGGElement).focus();
      await settled(el);
      await press(el, 'ArrowRight');
      const id = activeId(el)!;
      expect(id).to.equal('ind-s400-first-payment');
      const selected = nextEvent<DealboardSelectEvent>(document, 'dealboard-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail).to.deep.equal({ kind: 'milestone', id, country: 'IND' });
      await settled(el);
      expect(el.getAttribute('selected')).to.equal(id);
      expect(markOf(el, id).getAttribute('aria-selected')).to.equal('true');
    });

    it('moves the tab stop, focus ring and selection between marks it keeps', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const tabbable = () => marks(el).filter((m) => m.getAttribute('tabindex') === '0');
      const where = (selector: string) =>
        [...el.shadowRoot!.querySelectorAll(selector)].map((m) => m.getAttribute('data-id'));
      // The tab stop starts on the first milestone of the first lane.
      expect(tabbable().map((m) => m.getAttribute('data-id'))).to.deep.equal([
        marks(el)[0]!.getAttribute('data-id'),
      ]);
      const drawn = new Map(marks(el).map((m) => [m.getAttribute('data-id'), m]));

      (markOf(el, 'ind-s400-contract') as SVGGElement).focus();
      await settled(el);
      expect(where('.mark.active')).to.deep.equal(['ind-s400-contract']);
      await press(el, 'ArrowRight');
      expect(where('.mark.active')).to.deep.equal(['ind-s400-first-payment']);
      expect(tabbable().map((m) => m.getAttribute('data-id'))).to.deep.equal([
        'ind-s400-first-payment',
      ]);
      await select(el, 'ind-s400-first-payment');
      await select(el, 'ind-s400-all-five');
      expect(where('[aria-selected="true"]')).to.deep.equal(['ind-s400-all-five']);
      // Focus, hover and selection re-render the element, not its marks.
      expect(marks(el).every((m) => drawn.get(m.getAttribute('data-id')) === m)).to.be.true;
      expect(activeId(el)).to.equal('ind-s400-first-payment');

      // A new layout redraws the same marks in place: focus stays on the milestone it was on.
      el.asOf = '2022-06';
      await settled(el);
      const allFive = markOf(el, 'ind-s400-all-five');
      expect(allFive === drawn.get('ind-s400-all-five'), 'the same node').to.be.true;
      expect(allFive.classList.contains('state-overdue')).to.be.true;
      expect(allFive.querySelector('.overdue-ring')).to.exist;
      expect(where('[aria-selected="true"]')).to.deep.equal(['ind-s400-all-five']);
      expect(activeId(el)).to.equal('ind-s400-first-payment');
      expect(where('.mark.active')).to.deep.equal(['ind-s400-first-payment']);
      expect(tabbable().map((m) => m.getAttribute('data-id'))).to.deep.equal([
        'ind-s400-first-payment',
      ]);
      // Marks that come and go with the date take their places around the focused one.
      el.asOf = '2021-02-10';
      await settled(el);
      expect(marks(el).length).to.be.below(ALL_IDS.length);
      el.asOf = '2022-06';
      await settled(el);
      expect(marks(el).map((m) => m.getAttribute('data-id'))).to.have.members(ALL_IDS);
      expect(activeId(el)).to.equal('ind-s400-first-payment');
      expect(markOf(el, 'ind-s400-first-payment') === drawn.get('ind-s400-first-payment')).to.be
        .true;
      // Every lane keeps its marks in date order.
      for (const lane of el.shadowRoot!.querySelectorAll('[part~="lane"]')) {
        const starts = [...lane.querySelectorAll('.mark .span')].map((r) =>
          Number(r.getAttribute('x')),
        );
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      }
    });

    it('answers the pointer over the whole track around a symbol, not only the symbol', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      for (const id of ['ind-s400-first-payment', 'chn-s400-fire-tests']) {
        const mark = markOf(el, id);
        mark.scrollIntoView({ block: 'center' });
        const ring = mark.querySelector('.focus-ring')!.getBoundingClientRect();
        const symbol = mark.querySelector('.symbol')!.getBoundingClientRect();
        const y = (ring.top + ring.bottom) / 2;
        // Just inside the ring's right end: beyond the symbol (and the span), still the mark.
        const x = ring.right - 1;
        expect(x).to.be.greaterThan(symbol.right);
        const hit = el.shadowRoot!.elementFromPoint(x, y)!;
        expect(hit.closest('.mark')?.getAttribute('data-id'), id).to.equal(id);
        // Just outside it: not the mark.
        const outside = el.shadowRoot!.elementFromPoint(ring.right + 2, y);
        expect(outside?.closest('.mark')?.getAttribute('data-id'), id).to.not.equal(id);
      }
    });

    it('selects on click and details date, kind, status, units, quote and sources', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const event = nextEvent<DealboardSelectEvent>(el, 'dealboard-select');
      markOf(el, 'ind-s400-training-sent')
        .querySelector('.symbol')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const { detail } = await event;
      expect(detail).to.deep.equal({
        kind: 'milestone',
        id: 'ind-s400-training-sent',
        country: 'IND',
      });
      await settled(el);
      const text = detailText(el);
      expect(text).to.contain('About 100 Indian military personnel go to Russia');
      expect(text).to.contain('Training');
      expect(text).to.contain('Date: January 2021 (the source gives only the month)');
      expect(text).to.contain('Status: reported');
      expect(text).to.contain('Units: about 100 personnel');
      expect(text).to.contain('“The Indian government recently sent about 100 soldiers');
      // The words are Global Research's: the quote carries its footer number.
      const footer = texts(el, '.footer ol > li');
      const n = footer.findIndex((t) => t.includes('Global Research')) + 1;
      expect(n).to.be.greaterThan(0);
      expect(texts(el, '.detail blockquote')[0]).to.match(
        new RegExp(`S-400 anti-aircraft system” \\[${n}\\]$`),
      );
      // Every source of the claim, numbered as in the footer.
      const sources = texts(el, '.detail .cite');
      expect(sources.at(-1)).to.contain('Global Research').and.contain('Indian Envoy Visiting');
      expect(sources.at(-1)).to.contain('The National Interest');
      expect(sources.at(-1)).to.match(/^\[\d\]/);
    });

    it('filters lanes by buyer and supplier', async () => {
      const el = await mount<Tracker>('<delivery-tracker buyer="ind"></delivery-tracker>');
      expect(texts(el, '.lane-name')).to.deep.equal([
        'India ← Russia, S-400 Triumf',
        'India ← Russia, AK-203 rifles',
      ]);
      expect(marks(el)).to.have.length(14);
      el.buyer = 'CHN, TUR';
      await settled(el);
      expect(texts(el, '.lane-name')).to.have.length(2);
      expect(marks(el)).to.have.length(9);
      el.supplier = 'USA';
      await settled(el);
      expect(marks(el)).to.have.length(0);
      expect(texts(el, '.empty')[0]).to.equal('No deals match the current filters.');
    });

    it('says why it is empty without blaming a filter nobody set', async () => {
      const el = await mount<Tracker>('<delivery-tracker as-of="2000-01"></delivery-tracker>');
      expect(marks(el)).to.have.length(0);
      expect(texts(el, '.empty')).to.deep.equal(['No deals had been reported by this date.']);
      el.buyer = 'IND';
      await settled(el);
      expect(texts(el, '.empty')).to.deep.equal(['No deals match the current filters and date.']);
    });

    it('lists one row per milestone, by date, in the table view', async () => {
      const el = await mount<Tracker>('<delivery-tracker view="table"></delivery-tracker>');
      const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')];
      expect(rows).to.have.length(ALL_IDS.length);
      const byLabel = new Map(dataset.milestones.map((m) => [m.label, m]));
      const dates = rows.map((r) => byLabel.get(r.querySelector('th')!.textContent!.trim())!.date);
      for (let i = 1; i < dates.length; i++) {
        expect(compareStart(dates[i - 1]!, dates[i]!)).to.be.at.most(0);
      }
      expect(dates[0]).to.equal('2015');
      const batteries = rows.find((r) =>
        r.textContent!.includes('First batteries expected between'),
      )!;
      const cells = [...batteries.querySelectorAll('td')].map((c) => c.textContent!.trim());
      expect(cells.slice(0, 4)).to.deep.equal([
        'September 2021 – October 2021',
        'India ← Russia, S-400 Triumf',
        'shipment',
        'overdue',
      ]);
      // Units in words: a count of one takes the data's word for one ("1 unit", not "1 units").
      const unitsOf = (label: string) =>
        [
          ...rows.find((r) => r.textContent!.includes(label))!.querySelectorAll('td'),
        ][4]!.textContent!.trim();
      expect(unitsOf('One unit expected to be delivered in 2021')).to.equal('1 unit');
      expect(unitsOf('All five units expected by the end of 2021')).to.equal('5 units');
      expect(unitsOf('About 100 Indian military personnel')).to.equal('about 100 personnel');
    });

    it('numbers a milestone’s sources in ascending order, in the table and in its detail', async () => {
      // The first payment cites two sources, not in the order the footer numbers them.
      const contract = dataset.milestones.find((m) => m.id === 'ind-s400-first-payment')!;
      const footer = dataset.sources.map((s) => s.id);
      const given = contract.sources.map((id) => footer.indexOf(id) + 1);
      expect(given).to.not.deep.equal([...given].sort((a, b) => a - b));

      const el = await mount<Tracker>('<delivery-tracker view="table"></delivery-tracker>');
      const row = [...el.shadowRoot!.querySelectorAll('table tbody tr')].find(
        (r) => r.querySelector('th')!.textContent!.trim() === contract.label,
      )!;
      expect([...row.querySelectorAll('td')].at(-1)!.textContent!.trim()).to.equal('[1] [4]');

      el.view = 'chart';
      await settled(el);
      (markOf(el, 'ind-s400-first-payment') as SVGGElement).focus();
      await settled(el);
      const cited = texts(el, '.detail .cite li').map((t) => Number(/^\[(\d)\]/.exec(t)?.[1]));
      expect(cited).to.deep.equal([1, 4]);
    });
  });

  describe('dashboard group', () => {
    /** Two trackers `width` px wide in one group, after the first selects China's S-400 order. */
    async function linkedPair(width: string): Promise<Tracker> {
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}">
          <delivery-tracker group="g"></delivery-tracker>
          <delivery-tracker group="g"></delivery-tracker>
        </div>`,
      );
      const [one, two] = [...page.querySelectorAll<Tracker>('delivery-tracker')];
      await settled(one!);
      await settled(two!);
      const order = markOf(one!, 'chn-s400-order');
      (order.querySelector('.symbol') ?? order).dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await settled(two!);
      return two!;
    }

    it('dims the lanes of other buyers when a group member selects a country', async () => {
      const two = await linkedPair('auto');
      const lanes = (state: string) =>
        [...two.shadowRoot!.querySelectorAll(`[part~="lane"].${state}`)].map(
          (lane) => lane.querySelector('.lane-name')!.textContent,
        );
      expect(lanes('linked')).to.deep.equal(['China ← Russia, S-400 Triumf']);
      expect(lanes('dimmed')).to.have.length(3);

      // The linked lane is marked once, by a heavy rule, not by a ring round
      // each mark (rings overlapped on a crowded track); focus still rings.
      const linked = two.shadowRoot!.querySelector('[part~="lane"].linked')!;
      const rule = (lane: Element) => getComputedStyle(lane.querySelector('.lane-rule')!);
      const other = two.shadowRoot!.querySelector('[part~="lane"].dimmed')!;
      expect(parseFloat(rule(linked).strokeWidth)).to.be.above(parseFloat(rule(other).strokeWidth));
      expect(rule(linked).stroke).to.not.equal(rule(other).stroke);
      const ring = () =>
        getComputedStyle(markOf(two, 'chn-s400-order').querySelector('.focus-ring')!).stroke;
      expect(ring()).to.equal('none');
      (markOf(two, 'chn-s400-order') as SVGGElement).focus();
      await settled(two);
      expect(ring()).to.not.equal('none');
    });

    it('marks a linked lane in the compact list too', async () => {
      const two = await linkedPair('360px');
      const border = (state: string) =>
        getComputedStyle(two.shadowRoot!.querySelector(`[part~="list"] .lane.${state}`)!)
          .borderTopWidth;
      expect(parseFloat(border('linked'))).to.be.above(parseFloat(border('dimmed')));
    });
  });

  describe('narrow layout', () => {
    it('becomes a keyboard-operable list at 320 px without overflowing', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>', 320);
      expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.be.null;
      const list = el.shadowRoot!.querySelector('[part~="list"]')!;
      expect(list.getAttribute('role')).to.equal('listbox');
      expect(marks(el).map((m) => m.getAttribute('role'))).to.have.length(ALL_IDS.length);
      expect(marks(el).every((m) => m.getAttribute('role') === 'option')).to.be.true;
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      // The visible text is the accessible name: it states the fact.
      expect(markOf(el, 'ind-s400-first-batteries').textContent!.trim()).to.equal(
        'shipment, expected September 2021 – October 2021, First batteries expected between September and October 2021 (overdue)',
      );
      expect(texts(el, '.as-of-note')).to.deep.equal(['As of December 6, 2021.']);
      // Down steps through the whole list, across lanes.
      (marks(el)[0] as HTMLElement).focus();
      const visited = new Set([activeId(el)]);
      for (let i = 1; i < ALL_IDS.length; i++) {
        await press(el, 'ArrowDown');
        visited.add(activeId(el));
      }
      expect([...visited]).to.have.members(ALL_IDS);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.selected).to.equal(activeId(el));
    });
  });

  describe('data paths', () => {
    it('skips an invalid record from the data property with a notice', async () => {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      const event = nextEvent<DealboardErrorEvent>(el, 'dealboard-error');
      const data = copyOfDataset();
      data.milestones[0]!.date = '2018-13';
      el.data = data;
      const { detail } = await event;
      await settled(el);
      expect(detail.errors.some((e) => e.path.startsWith('/milestones/0'))).to.be.true;
      expect(texts(el, 'details.notice summary')[0]).to.match(/^1 record was skipped/);
      expect(marks(el)).to.have.length(ALL_IDS.length - 1);
    });

    it('shows an error for inline JSON that is not a dataset', async () => {
      const box = document.createElement('div');
      document.body.append(box);
      const event = nextEvent<DealboardErrorEvent>(box, 'dealboard-error');
      box.innerHTML =
        '<delivery-tracker><script type="application/json">{"deals": 3}</script></delivery-tracker>';
      const el = box.firstElementChild as Tracker;
      const { detail } = await event;
      await settled(el);
      expect(detail.errors.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'Nothing to show',
      );
      expect(marks(el)).to.have.length(0);
      box.remove();
    });

    it('loads src, and shows an error when src is not JSON', async () => {
      const el = await mount<Tracker>(
        '<delivery-tracker src="/packages/dataset/dist/dataset.json"></delivery-tracker>',
      );
      await new Promise<void>((resolve) => {
        const check = () => (marks(el).length ? resolve() : setTimeout(check, 20));
        check();
      });
      expect(marks(el)).to.have.length(ALL_IDS.length);

      const event = nextEvent<DealboardErrorEvent>(el, 'dealboard-error');
      el.src = '/packages/widgets/test/fixtures/not-json.txt';
      const { detail } = await event;
      await settled(el);
      expect(detail.errors[0]!.message).to.contain('is not valid JSON');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'is not valid JSON',
      );
      expect(marks(el)).to.have.length(0);
    });
  });

  describe('many lanes', () => {
    /**
     * `count` copies of each bundled deal with its milestones, renamed: 4 ×
     * count lanes. Undated, so the lanes stay in data order: China, Türkiye,
     * India S-400, India AK-203, then the next copy.
     */
    function manyLanes(count: number): Dataset {
      const data = copyOfDataset();
      const { deals, milestones } = data;
      data.deals = [];
      data.milestones = [];
      for (let i = 0; i < count; i++) {
        for (const deal of deals) {
          const copy = { ...deal, id: `${deal.id}-${i}`, system: `${deal.system} ${i}` };
          delete copy.date;
          data.deals.push(copy);
        }
        for (const m of milestones) {
          data.milestones.push({
            ...m,
            id: `${m.id}-${i}`,
            dealId: `${m.dealId}-${i}`,
            ...(m.conflictGroup ? { conflictGroup: `${m.conflictGroup}-${i}` } : {}),
          });
        }
      }
      data.contextFigures = [];
      return data;
    }

    const LANES = 4 * 25;
    const MARKS = ALL_IDS.length * 25;

    async function mountMany(copies = 25): Promise<Tracker> {
      const el = await mount<Tracker>('<delivery-tracker></delivery-tracker>');
      el.data = manyLanes(copies);
      await settled(el);
      return el;
    }

    const lanesDrawn = (el: Tracker) => el.shadowRoot!.querySelectorAll('[part~="lane"]').length;

    it('scrolls a milestone selected from outside into view', async () => {
      const el = await mount<Tracker>(
        `<delivery-tracker selected="${ALL_IDS[0]}-20"></delivery-tracker>`,
      );
      el.data = manyLanes(25);
      await settled(el);
      expect(scroller(el).scrollTop).to.be.greaterThan(0);
      expect(inScroller(el, `.mark[data-id="${ALL_IDS[0]}-20"]`)).to.have.length(1);
    });

    it('draws only the lanes in view, under a time axis that stays in view', async () => {
      const el = await mountMany();
      expect(lanesDrawn(el)).to.be.within(4, 30);
      expect(marks(el).length).to.be.below(MARKS / 3);
      const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      expect(svg.getAttribute('aria-label')).to.contain(`${LANES} deals, ${MARKS} milestones`);
      expect(scroller(el).clientHeight).to.equal(560);
      expect(scroller(el).scrollHeight).to.be.greaterThan(560 * 5);
      // The axis, below the scroller, and the as-of label, above it, are in the frame.
      const axis = el.shadowRoot!.querySelector('.axis-strip')!.getBoundingClientRect();
      const view = scroller(el).getBoundingClientRect();
      expect(axis.top).to.be.at.least(view.bottom - 1);
      expect(texts(el, '.axis-strip .axis text')).to.include('2018');
      expect(texts(el, '.as-of-strip .as-of text')).to.deep.equal(['as of December 6, 2021']);
      // Drawn lanes keep their conflict links; the as-of line runs the scroller's full height.
      expect(
        el.shadowRoot!.querySelector('.conflict-link[data-from="ind-s400-shipments-began-2020-0"]'),
      ).to.exist;
      const line = el.shadowRoot!.querySelector('.scroller .as-of line')!;
      expect(Number(line.getAttribute('y2')) - Number(line.getAttribute('y1'))).to.equal(
        scroller(el).scrollHeight,
      );
    });

    it('draws other lanes as the viewport scrolls', async () => {
      const el = await mountMany();
      const before = laneNames(el);
      expect(texts(el, '.lane-name')).to.include('China ← Russia, S-400 Triumf 0');
      await scrollTo(el, scroller(el).scrollHeight / 2);
      const after = laneNames(el);
      // The first lane stays (it holds the tab stop); those after it are gone.
      expect(after[0]).to.equal(before[0]);
      expect(after).to.not.include(before[1]);
      expect(texts(el, '.lane-name').some((t) => / 1[0-9]$/.test(t))).to.be.true;
      expect(lanesDrawn(el)).to.be.within(4, 30);
      // The drawn lanes overlap the viewport.
      const view = scroller(el).getBoundingClientRect();
      const inView = [...el.shadowRoot!.querySelectorAll('[part~="lane"] .lane-rule')].filter(
        (rule) => {
          const y = rule.getBoundingClientRect().top;
          return y >= view.top && y <= view.bottom;
        },
      );
      expect(inView.length).to.be.at.least(2);
      // Back at the top, the first lanes are drawn again.
      await scrollTo(el, 0);
      expect(texts(el, '.lane-name')).to.include('China ← Russia, S-400 Triumf 0');
    });

    it('reaches a mark in a far lane with End and Home, drawing and focusing it', async () => {
      const el = await mountMany();
      const first = marks(el).find((m) => m.getAttribute('tabindex') === '0') as SVGGElement;
      first.focus();
      await settled(el);
      const firstId = activeId(el);
      await sendKeys({ press: 'End' });
      await waitUntil(
        () => (activeId(el) ?? '').endsWith('-24'),
        'End should focus a mark of the last lane',
      );
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.classList.contains('mark')).to.be.true;
      expect(focused.classList.contains('active')).to.be.true;
      // It is in view, inside the scroller.
      const box = focused.getBoundingClientRect();
      const view = scroller(el).getBoundingClientRect();
      expect(box.top).to.be.at.least(view.top - 1);
      expect(box.bottom).to.be.at.most(view.bottom + 1);
      // The first lanes are no longer drawn.
      expect(marks(el).some((m) => m.getAttribute('data-id') === firstId)).to.be.false;
      // Home goes back to the first mark.
      await sendKeys({ press: 'Home' });
      await waitUntil(() => activeId(el) === firstId, 'Home should focus the first mark');
      expect(scroller(el).scrollTop).to.be.below(560);
    });

    it('keeps the focused mark drawn and focused while its lane scrolls out of view', async () => {
      const el = await mountMany();
      const first = marks(el).find((m) => m.getAttribute('tabindex') === '0') as SVGGElement;
      first.focus();
      await press(el, 'ArrowDown');
      const id = activeId(el)!;
      const node = markOf(el, id);
      await scrollTo(el, scroller(el).scrollHeight / 2);
      expect(activeId(el)).to.equal(id);
      expect(markOf(el, id) === node, 'the same node').to.be.true;
      // Its lane comes first, in document order, before the lanes in view.
      const lanes = [...el.shadowRoot!.querySelectorAll('[part~="lane"]')];
      expect(lanes[0]!.contains(node)).to.be.true;
      // The keyboard goes on from it: Down reaches the next lane, drawn.
      await press(el, 'ArrowDown');
      await waitUntil(() => activeId(el) !== id, 'Down should move focus');
      expect(markOf(el, activeId(el)!).closest('[part~="lane"]')).to.exist;
    });

    it('walks every lane with Down, drawn or not', async () => {
      // 20 lanes, about 2,000 px: more than half are not drawn at first.
      const el = await mountMany(5);
      expect(lanesDrawn(el)).to.be.below(20);
      (marks(el).find((m) => m.getAttribute('tabindex') === '0') as SVGGElement).focus();
      const lanesVisited = new Set<string>();
      let before: string | null = null;
      while (before !== activeId(el)) {
        before = activeId(el);
        lanesVisited.add(
          markOf(el, before!).closest('[part~="lane"]')!.getAttribute('aria-label')!,
        );
        await press(el, 'ArrowDown');
      }
      // Every lane with milestones (the AK-203 copies have some as of the newest source).
      const withMarks = new Set(dataset.milestones.map((m) => m.dealId)).size * 5;
      expect(lanesVisited.size).to.equal(withMarks);
    });

    it('lists every milestone in the table, and keeps its place when back from it', async () => {
      const el = await mountMany();
      await scrollTo(el, 3000);
      const drawnBefore = laneNames(el);
      el.view = 'table';
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(MARKS);
      el.view = 'chart';
      await settled(el);
      expect(scroller(el).scrollTop).to.equal(3000);
      expect(laneNames(el)).to.deep.equal(drawnBefore);
    });

    it('draws every lane, the axis under them, to be printed', async () => {
      const el = await mountMany();
      await scrollTo(el, 3000);
      window.dispatchEvent(new Event('beforeprint'));
      await settled(el);
      expect(el.shadowRoot!.querySelector('.scroller') === null, 'no scroller').to.be.true;
      expect(lanesDrawn(el)).to.equal(LANES);
      expect(marks(el).length).to.equal(MARKS);
      const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      expect(svg.querySelector('.axis')).to.exist;
      expect(svg.querySelector('.as-of text')).to.exist;
      window.dispatchEvent(new Event('afterprint'));
      await settled(el);
      expect(scroller(el).scrollTop).to.equal(3000);
      expect(lanesDrawn(el)).to.be.within(4, 30);
    });

    it('downloads every lane, the axis under them, as SVG', async () => {
      const el = await mountMany();
      const { blob } = await offered(() => menuButton(el, 'Download SVG').click());
      const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
      expect(doc.querySelectorAll('[part~="lane"]').length).to.equal(LANES);
      expect(doc.querySelectorAll('[data-id]').length).to.equal(MARKS);
      expect(doc.querySelector('[part~="axis"] text')).to.exist;
      // Then the scrolling view is back, drawing only the lanes in view.
      await settled(el);
      expect(scroller(el)).to.exist;
      expect(lanesDrawn(el)).to.be.within(4, 30);
    });

    it('has no axe violations while scrolled', async () => {
      const el = await mountMany();
      await expect(el).to.be.accessible();
      await scrollTo(el, scroller(el).scrollHeight / 2);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in the ${theme} theme, chart and table`, async () => {
        const el = await mount<Tracker>(
          `<delivery-tracker theme="${theme}" selected="ind-s400-all-five"></delivery-tracker>`,
        );
        await expect(el).to.be.accessible();
        el.view = 'table';
        await settled(el);
        await expect(el).to.be.accessible();
      });

      it(`has no axe violations in the ${theme} theme, as a narrow list`, async () => {
        const el = await mount<Tracker>(
          `<delivery-tracker theme="${theme}" selected="ind-s400-all-five"></delivery-tracker>`,
          320,
        );
        expect(el.shadowRoot!.querySelector('[part~="list"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('has no axe violations when the as-of date leaves no milestone', async () => {
      const el = await mount<Tracker>('<delivery-tracker as-of="2020-01-01"></delivery-tracker>');
      await expect(el).to.be.accessible();
    });
  });
});
