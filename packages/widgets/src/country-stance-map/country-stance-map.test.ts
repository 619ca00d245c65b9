import { expect, fixture, html } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define/country-stance-map.js';
import { CountryStanceMap } from './country-stance-map.js';
import type { WorldTopology } from './world.js';
import type { Dataset } from '@dealboard/dataset';
import {
  accessibilityTree,
  copyOfDataset,
  mount,
  nextEvent,
  settled,
  texts,
} from '../../test/helpers.js';
import type { DealboardSelectEvent } from '../core/events.js';

/** The light theme's default fills (Okabe–Ito), as computed styles report them. */
const FILL = {
  supplier: 'rgb(213, 94, 0)',
  buyer: 'rgb(0, 114, 178)',
  'buyer-suspended': 'rgb(86, 180, 233)',
  'buyer-sanctioned': 'rgb(204, 121, 167)',
  opposing: 'rgb(230, 159, 0)',
  none: 'rgb(216, 222, 228)',
};
/** The stance countries of the bundled data, west to east by centroid. */
const WEST_TO_EAST = ['USA', 'TUR', 'AFG', 'PAK', 'IND', 'RUS', 'CHN', 'AUS', 'JPN'];

/** Resolves once `test` holds, checking every 20 ms; fails after 10 s. */
async function until(test: () => unknown, what: string): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Mounts a map and waits for its outlines (or their error panel). */
async function mountMap(markup: string, width = 800): Promise<CountryStanceMap> {
  const el = await mount<CountryStanceMap>(markup, width);
  const root = el.shadowRoot!;
  await until(() => root.querySelector('svg.map, .error') || el.view === 'table', 'the map');
  await settled(el);
  return el;
}

function mark(el: CountryStanceMap, code: string): SVGPathElement {
  const path = el.shadowRoot!.querySelector<SVGPathElement>(`path.mark[data-id="${code}"]`);
  if (!path) throw new Error(`no mark for ${code}`);
  return path;
}

const fill = (el: Element) => getComputedStyle(el).fill;
const transform = (el: CountryStanceMap) =>
  el.shadowRoot!.querySelector('g.zoom')!.getAttribute('transform')!;
const scale = (el: CountryStanceMap) => Number(/scale\(([\d.]+)\)/.exec(transform(el))![1]);

/** A button by the text a screen reader reads (visible symbols marked aria-hidden left out). */
function button(el: CountryStanceMap, name: string): HTMLButtonElement {
  const spoken = (b: HTMLButtonElement) =>
    [...b.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE)
      .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => spoken(b) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function wheel(el: CountryStanceMap, init: WheelEventInit): WheelEvent {
  const svg = el.shadowRoot!.querySelector('svg.map')!;
  const box = svg.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    deltaY: -200,
    ...init,
  });
  svg.dispatchEvent(event);
  return event;
}

describe('<country-stance-map>', () => {
  describe('bundled data', () => {
    it('colours the stance countries by category and leaves the others neutral', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(fill(mark(el, 'RUS'))).to.equal(FILL.supplier);
      expect(fill(mark(el, 'IND'))).to.equal(FILL.buyer);
      expect(fill(mark(el, 'CHN'))).to.equal(FILL['buyer-suspended']);
      expect(fill(mark(el, 'TUR'))).to.equal(FILL['buyer-sanctioned']);
      expect(fill(mark(el, 'USA'))).to.equal(FILL.opposing);
      // Colour is not the only cue: suspended and sanctioned buyers are hatched.
      expect(el.shadowRoot!.querySelectorAll('.overlays .hatch-diagonal')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('.overlays .hatch-cross')).to.have.length(1);

      const others = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('g.land path')];
      expect(others.length).to.be.greaterThan(150);
      expect(el.shadowRoot!.querySelector('g.land')!.getAttribute('aria-hidden')).to.equal('true');
      for (const path of others.slice(0, 20)) {
        expect(fill(path)).to.equal(FILL.none);
        expect(path.hasAttribute('tabindex') || path.hasAttribute('role')).to.be.false;
      }
      const marks = [...el.shadowRoot!.querySelectorAll('path.mark')];
      expect(marks.map((m) => m.getAttribute('data-id'))).to.have.members(WEST_TO_EAST);
    });

    it('has a legend saying which colour is which, with counts', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const entries = texts(el, '.legend li');
      expect(entries).to.deep.equal([
        'Supplier (1)',
        'Buyer (1)',
        'Buyer, deliveries suspended (1)',
        'Buyer, sanctioned (1)',
        'Opposing (1)',
        'Partner (2)',
        'Neutral (2)',
        'No stance in the data',
      ]);
      const swatch = (name: string) =>
        [...el.shadowRoot!.querySelectorAll('.legend li')]
          .find((li) => li.textContent!.includes(name))!
          .querySelector('.swatch rect')!;
      expect(fill(swatch('Supplier'))).to.equal(fill(mark(el, 'RUS')));
      expect(fill(swatch('Buyer, sanctioned'))).to.equal(fill(mark(el, 'TUR')));
      expect(fill(swatch('No stance'))).to.equal(FILL.none);
    });

    it('names each country with its stance, in words', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(mark(el, 'IND').getAttribute('aria-label')).to.equal(
        'India: buyer since October 2018 — Buys the S-400 despite the risk of US sanctions, saying its defence purchases follow its own national security interests.',
      );
      expect(mark(el, 'RUS').getAttribute('aria-label')).to.match(/^Russia: supplier — Sells/);
      const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(svg.getAttribute('aria-label')).to.contain('9 countries with a stance');
      // No visible text inside an option: its name is all a screen reader gets.
      expect(el.shadowRoot!.querySelectorAll('path.mark text, svg.map text')).to.have.length(0);
    });

    it('says which boundaries it draws', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const [note] = texts(el, '.boundary-note');
      expect(note).to.contain('Natural Earth 1:110m').and.contain('de facto');
      expect(note).to.contain('Disputed areas are not marked');
    });

    it('lists the sources behind the stances in the footer', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(texts(el, '[part~="footer"] li')).to.have.length(5);
    });
  });

  describe('interaction', () => {
    it('keeps keyboard focus on the country when new data adds stances around it', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      el.data = copyOfDataset();
      await settled(el);
      mark(el, 'JPN').focus();
      // Brazil, west of Japan, comes before it in the keyboard's order: every later mark shifts.
      const next = copyOfDataset();
      const japan = next.stances.find((s) => s.country === 'JPN')!;
      next.stances.push({ ...japan, id: 'bra-partner', country: 'BRA' });
      el.data = next;
      await settled(el);
      expect(mark(el, 'BRA')).to.exist;
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('JPN');
    });

    it('names the countries too small to draw, in alphabetical order in the locale', async () => {
      const data = copyOfDataset();
      const japan = data.stances.find((s) => s.country === 'JPN')!;
      // Neither has an outline at 1:110m; by code Singapore (SGP) comes before the Seychelles (SYC).
      data.stances.push(
        { ...japan, id: 'sgp', country: 'SGP' },
        { ...japan, id: 'syc', country: 'SYC' },
      );
      const note = async (locale: string) => {
        const el = await mountMap(`<country-stance-map locale=${locale}></country-stance-map>`);
        el.data = data;
        await settled(el);
        return el.shadowRoot!.querySelector('.map-note')!.textContent!.replace(/\s+/g, ' ').trim();
      };
      expect(await note('en')).to.equal(
        'Too small to draw at this scale (see the Table view): Seychelles, Singapore.',
      );
      expect(await note('de')).to.match(/: Seychellen, Singapur\.$/);
    });

    it('visits every stance country, west to east, and selects with Enter', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const focusable = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.mark')];
      expect(focusable.filter((m) => m.tabIndex === 0).map((m) => m.dataset.id)).to.deep.equal([
        'USA',
      ]);
      mark(el, 'USA').focus();
      const visited = [el.shadowRoot!.activeElement!.getAttribute('data-id')];
      for (let i = 1; i < WEST_TO_EAST.length; i++) {
        await sendKeys({ press: i % 2 ? 'ArrowRight' : 'ArrowDown' });
        await settled(el);
        visited.push(el.shadowRoot!.activeElement!.getAttribute('data-id'));
      }
      expect(visited).to.deep.equal(WEST_TO_EAST);
      expect(el.shadowRoot!.querySelector('.detail h3')!.textContent).to.equal('Japan');
      // The focused country gets a ring drawn on top of its neighbours.
      expect(el.shadowRoot!.querySelector('.ring-active')!.getAttribute('d')).to.equal(
        mark(el, 'JPN').getAttribute('d'),
      );

      const selected = nextEvent<DealboardSelectEvent>(document, 'dealboard-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ kind: 'country', id: 'JPN', country: 'JPN' });
      await settled(el);
      expect(el.getAttribute('selected')).to.equal('JPN');
      expect(mark(el, 'JPN').getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Home' });
      await settled(el);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('USA');
    });

    it('shows the stance, quote, speaker, date and sources of a country', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const event = nextEvent<DealboardSelectEvent>(el, 'dealboard-select');
      mark(el, 'IND').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await event).detail.id).to.equal('IND');
      await settled(el);
      const detail = el.shadowRoot!.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
      expect(detail).to.contain('India').and.contain('Buyer, since October 2018');
      expect(detail).to.contain('India has always pursued an independent foreign policy');
      expect(detail).to.contain('— Anurag Srivastava, spokesman of the Indian foreign ministry');
      expect(detail).to.contain('Nikkei Asia').and.contain('The New York Times');
      // The stance cites five articles; the quote says which one has the words.
      const footer = [...el.shadowRoot!.querySelectorAll('.footer ol > li')].map(
        (li) => li.textContent!,
      );
      const n = footer.findIndex((text) => text.includes('Indian Envoy Visiting Moscow')) + 1;
      expect(n).to.be.greaterThan(0);
      const quote = el.shadowRoot!.querySelector('.detail blockquote p')!.textContent!;
      expect(quote).to.match(new RegExp(`national security interests” \\[${n}\\]$`));
    });

    it('leaves out a quote whose source was not published at the as-of date', async () => {
      const el = await mountMap('<country-stance-map as-of="2021-01-31"></country-stance-map>');
      mark(el, 'IND').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(el);
      const detail = el.shadowRoot!.querySelector('.detail')!.textContent!;
      expect(detail).to.contain('Buys the S-400');
      expect(el.shadowRoot!.querySelector('.detail blockquote')).to.equal(null);
      expect(detail).to.not.contain('independent foreign policy');
    });

    it('highlights a stance from the legend and dims the others', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const partner = button(el, 'Partner (2)');
      expect(partner.getAttribute('aria-pressed')).to.equal('false');
      partner.click();
      await settled(el);
      expect(partner.getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('highlight')).to.equal('partner');
      const opacity = (code: string) => getComputedStyle(mark(el, code)).opacity;
      expect([opacity('JPN'), opacity('AUS')]).to.deep.equal(['1', '1']);
      expect(Number(opacity('RUS'))).to.be.lessThan(0.5);
      // The hatch over a dimmed country dims with it.
      expect(
        Number(getComputedStyle(el.shadowRoot!.querySelector('.hatch-cross')!).opacity),
      ).to.be.lessThan(0.5);
      partner.click();
      await settled(el);
      expect(opacity('RUS')).to.equal('1');
      expect(el.hasAttribute('highlight')).to.be.false;
    });

    it('offers a table of the stance countries', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      button(el, 'Table').click();
      await settled(el);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(
        [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
      ).to.deep.equal(['Country', 'Stance', 'Since', 'Summary', 'Quote', 'Speaker', 'Sources']);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent!.trim()),
      );
      expect(rows.map((r) => r[0])).to.deep.equal([
        'Russia',
        'India',
        'China',
        'Türkiye',
        'United States',
        'Australia',
        'Japan',
        'Afghanistan',
        'Pakistan',
      ]);
      const india = rows[1]!;
      expect(india.slice(1, 3)).to.deep.equal(['Buyer', 'October 2018']);
      expect(india[4]).to.contain('independent foreign policy');
      expect(india[5]).to.contain('Anurag Srivastava');
      // Sources as numbered in the footer below the table, as in the other widgets' tables.
      const footer = texts(el, '[part~="footer"] li');
      expect(footer[0]).to.contain('Nikkei Asia');
      expect(india[6]).to.equal('[1] [2] [3] [4] [5]');
      expect(rows.at(-3)![6]).to.equal('[1]'); // Australia: Nikkei Asia only
      expect(el.shadowRoot!.querySelector('svg.map')).to.be.null;
    });
  });

  describe('as-of', () => {
    it('colours each country by its stance in force at the date', async () => {
      // The bundled stance sources all date from 2021; give China's first stance an
      // earlier source, so that as of 2019 it was known as a buyer.
      const data = copyOfDataset();
      data.sources.push({
        id: 'early',
        publisher: 'Early Wire',
        title: 'China orders the S-400',
        date: '2015',
        kind: 'news',
      });
      data.stances.find((s) => s.id === 'chn-buyer')!.sources = ['early'];
      const el = await mountMap('<country-stance-map as-of="2019"></country-stance-map>');
      el.data = data;
      await settled(el);
      expect(fill(mark(el, 'CHN'))).to.equal(FILL.buyer);
      expect(el.shadowRoot!.querySelector('.hatch-diagonal')).to.be.null;
      el.asOf = '2021-03';
      await settled(el);
      expect(fill(mark(el, 'CHN'))).to.equal(FILL['buyer-suspended']);
      expect(el.shadowRoot!.querySelector('.hatch-diagonal')).to.exist;
    });

    it('shows only what had been reported by the date', async () => {
      const el = await mountMap('<country-stance-map as-of="2019"></country-stance-map>');
      // Every bundled source is from 2021: in 2019 no stance had been reported.
      expect(el.shadowRoot!.querySelectorAll('path.mark')).to.have.length(0);
      expect(texts(el, '.empty')[0]).to.equal('No stances had been reported by this date.');
      expect(el.shadowRoot!.querySelector('svg.map')!.getAttribute('role')).to.equal('img');
      el.asOf = '2021-06';
      await settled(el);
      expect(fill(mark(el, 'CHN'))).to.equal(FILL['buyer-suspended']);
      expect(fill(mark(el, 'TUR'))).to.equal(FILL['buyer-sanctioned']);
      // Afghanistan's stance starts in August 2021.
      expect(el.shadowRoot!.querySelector('path.mark[data-id="AFG"]')).to.be.null;
    });
  });

  describe('group', () => {
    it('shares the selected country and the as-of date with its group', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      box.innerHTML =
        '<country-stance-map group="story"></country-stance-map><country-stance-map group="story"></country-stance-map>';
      const [a, b] = [...box.querySelectorAll<CountryStanceMap>('country-stance-map')];
      await until(() => b!.shadowRoot!.querySelector('svg.map'), 'the maps');
      mark(a!, 'IND').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(b!);
      expect(b!.shadowRoot!.querySelector('.ring-linked')!.getAttribute('d')).to.equal(
        mark(b!, 'IND').getAttribute('d'),
      );
      expect(Number(getComputedStyle(mark(b!, 'RUS')).opacity)).to.be.lessThan(0.5);
      expect(getComputedStyle(mark(b!, 'IND')).opacity).to.equal('1');
      a!.asOf = '2021-06';
      await settled(a!);
      await settled(b!);
      expect(b!.asOf).to.equal('2021-06');
      expect(b!.shadowRoot!.querySelector('path.mark[data-id="AFG"]')).to.be.null;
    });
  });

  describe('zoom and pan', () => {
    it('zooms with the buttons, clamped to 1–8, and resets', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(transform(el)).to.equal('translate(0 0) scale(1)');
      button(el, 'Zoom in').click();
      await settled(el);
      expect(scale(el)).to.equal(1.5);
      for (let i = 0; i < 8; i++) button(el, 'Zoom in').click();
      await settled(el);
      expect(scale(el)).to.equal(8);
      button(el, 'Zoom out').click();
      await settled(el);
      expect(scale(el)).to.be.closeTo(8 / 1.5, 1e-9);
      button(el, 'Reset zoom').click();
      await settled(el);
      expect(transform(el)).to.equal('translate(0 0) scale(1)');
      button(el, 'Zoom out').click();
      await settled(el);
      expect(scale(el)).to.equal(1);
    });

    it('lays its buttons over the map, below it on a narrow one, never over land', async () => {
      for (const [width, over] of [
        [800, true],
        [360, false],
      ] as const) {
        const el = await mountMap('<country-stance-map></country-stance-map>', width);
        const svg = el.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect();
        const controls = el.shadowRoot!.querySelector('.zoom-controls')!.getBoundingClientRect();
        expect(controls.bottom <= svg.bottom, `buttons over the map at ${width}px`).to.equal(over);
        // No country's outline reaches into the buttons' box.
        const covered = [...el.shadowRoot!.querySelectorAll('path.country, path.mark')].filter(
          (path) => {
            const r = path.getBoundingClientRect();
            return (
              r.right > controls.left &&
              r.left < controls.right &&
              r.bottom > controls.top &&
              r.top < controls.bottom
            );
          },
        );
        expect(
          covered.map((p) => p.getAttribute('data-id') ?? 'land'),
          `at ${width}px`,
        ).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });

    it('zooms with + and −, pans with Shift + arrows, and keeps plain arrows for countries', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      mark(el, 'USA').focus();
      await sendKeys({ press: '+' });
      await settled(el);
      expect(scale(el)).to.equal(1.5);
      const zoomed = transform(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
      await settled(el);
      expect(transform(el)).to.not.equal(zoomed);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('USA');
      const panned = transform(el);
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('TUR');
      expect(transform(el)).to.equal(panned);
      await sendKeys({ press: '-' });
      await settled(el);
      expect(transform(el)).to.equal('translate(0 0) scale(1)');
    });

    it('zooms about the focused country with + and −, keeping it in view', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      mark(el, 'USA').focus();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('IND');
      const view = el.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect();
      const inView = () => {
        const box = mark(el, 'IND').getBoundingClientRect();
        return (
          box.right > view.left &&
          box.left < view.right &&
          box.bottom > view.top &&
          box.top < view.bottom
        );
      };
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: '+' });
        await settled(el);
        expect(inView(), `India in view after + × ${i + 1}`).to.equal(true);
      }
      expect(scale(el)).to.be.closeTo(1.5 ** 3, 1e-9);
      await sendKeys({ press: '-' });
      await settled(el);
      expect(inView(), 'India in view after −').to.equal(true);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('IND');
    });

    it('pans a zoomed map to bring the focused country into view', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      mark(el, 'USA').focus();
      for (let i = 0; i < 5; i++) await sendKeys({ press: '+' });
      await settled(el);
      const visible = (code: string) => {
        const view = el.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect();
        const box = mark(el, code).getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        return x > view.left && x < view.right && y > view.top && y < view.bottom;
      };
      expect(visible('TUR')).to.be.false;
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
      expect(visible('TUR')).to.be.true;
    });

    it('zooms with Ctrl + wheel and leaves a plain wheel to the page', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const plain = wheel(el, {});
      await settled(el);
      expect(plain.defaultPrevented).to.be.false;
      expect(scale(el)).to.equal(1);
      const ctrl = wheel(el, { ctrlKey: true });
      await settled(el);
      expect(ctrl.defaultPrevented).to.be.true;
      expect(scale(el)).to.be.greaterThan(1);
      const meta = wheel(el, { metaKey: true, deltaY: 400 });
      await settled(el);
      expect(meta.defaultPrevented).to.be.true;
      expect(scale(el)).to.equal(1);
    });

    it('zooms with a two-finger pinch', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const svg = el.shadowRoot!.querySelector('svg.map')!;
      const box = svg.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const touch = (type: string, pointerId: number, clientX: number) =>
        svg.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            pointerType: 'touch',
            clientX,
            clientY: cy,
            bubbles: true,
            composed: true,
          }),
        );
      touch('pointerdown', 1, cx - 20);
      touch('pointerdown', 2, cx + 20);
      touch('pointermove', 1, cx - 40);
      touch('pointermove', 2, cx + 40);
      touch('pointerup', 1, cx - 40);
      touch('pointerup', 2, cx + 40);
      await settled(el);
      // The fingers end twice as far apart as they started.
      expect(scale(el)).to.be.closeTo(2, 1e-9);
    });

    it('pans a zoomed map with a mouse drag, which selects nothing', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      button(el, 'Zoom in').click();
      await settled(el);
      const before = transform(el);
      const centre = (target: Element) => {
        const box = target.getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      };
      const [x, y] = centre(mark(el, 'IND'));
      await sendMouse({ type: 'move', position: [x!, y!] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x! + 60, y! - 30] });
      await sendMouse({ type: 'up' });
      await settled(el);
      expect(transform(el)).to.not.equal(before);
      expect(el.selected).to.be.null;
      // A click without a drag still selects.
      await sendMouse({ type: 'move', position: centre(mark(el, 'IND')) as [number, number] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
      await settled(el);
      expect(el.selected).to.equal('IND');
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('does not pan on hover after a press released outside the map', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      button(el, 'Zoom in').click();
      await settled(el);
      const before = transform(el);
      const box = el.shadowRoot!.querySelector('svg.map')!.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const top = Math.ceil(box.top);
      await sendMouse({ type: 'move', position: [x, top + 1] });
      await sendMouse({ type: 'down' });
      // Out of the map before a drag begins, then released elsewhere.
      await sendMouse({ type: 'move', position: [x, top - 1] });
      await sendMouse({ type: 'move', position: [x, top - 60] });
      await sendMouse({ type: 'up' });
      await sendMouse({ type: 'move', position: [x + 80, top + 80] });
      await settled(el);
      expect(transform(el)).to.equal(before);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('keeps the borders hairlines when zoomed', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(getComputedStyle(mark(el, 'IND')).vectorEffect).to.equal('non-scaling-stroke');
    });
  });

  describe('size and focus', () => {
    it('refits the map when its width changes', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>', 400);
      const svg = el.shadowRoot!.querySelector('svg.map')!;
      const width = () => mark(el, 'RUS').getBoundingClientRect().width;
      const [narrow, outline] = [width(), mark(el, 'RUS').getAttribute('d')];
      el.parentElement!.style.width = '800px';
      await until(() => svg.getAttribute('width') === String(800 - 24), 'a redraw');
      await settled(el);
      expect(mark(el, 'RUS').getAttribute('d')).to.not.equal(outline);
      expect(width() / narrow).to.be.closeTo((800 - 24) / (400 - 24), 0.1);
      expect(svg.getBoundingClientRect().width).to.equal(800 - 24);
    });

    it('fits the view to a region or to countries', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const width = (code: string) => mark(el, code).getBoundingClientRect().width;
      const world = width('IND');
      el.focusOn = 'IND, pak';
      await settled(el);
      expect(width('IND')).to.be.greaterThan(world * 4);
      el.focusOn = 'south-asia';
      await settled(el);
      expect(width('IND')).to.be.greaterThan(world * 3);
      el.focusOn = 'nowhere';
      await settled(el);
      expect(width('IND')).to.be.closeTo(world, 0.5);
    });
  });

  describe('flows', () => {
    it('draws each supplier → buyer pair as an arrow when asked', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      expect(el.shadowRoot!.querySelectorAll('.overlays .flow')).to.have.length(0);
      el.showFlows = true;
      await settled(el);
      const flows = [...el.shadowRoot!.querySelectorAll('.overlays path.flow')];
      // India bought two systems from Russia: one arrow per pair.
      expect(flows).to.have.length(3);
      for (const flow of flows) {
        expect(flow.getAttribute('marker-end')).to.equal('url(#flow-head)');
        expect(flow.getAttribute('d')).to.match(/^M[\d.,-]+L/);
      }
      expect(texts(el, '.legend li').at(-1)).to.equal('Deal, supplier → buyer');
    });
  });

  describe('outlines', () => {
    it('shows a loading state until the outlines arrive', async () => {
      let arrive: (topology: WorldTopology) => void = () => {};
      class SlowMap extends CountryStanceMap {
        protected override loadGeometry(): Promise<WorldTopology> {
          return new Promise((resolve) => (arrive = resolve));
        }
      }
      customElements.define('slow-stance-map', SlowMap);
      const el = await mount<SlowMap>('<slow-stance-map></slow-stance-map>');
      expect(texts(el, '.loading[role="status"]')).to.deep.equal(['Loading map…']);
      expect(el.shadowRoot!.querySelector('svg.map')).to.be.null;
      const { default: topology } = await import('./geometry/world-110m.js');
      arrive(topology);
      await until(() => el.shadowRoot!.querySelector('svg.map'), 'the map');
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('path.mark')).to.have.length(9);
    });

    it('shows an error panel, and keeps the table, when the outlines fail to load', async () => {
      class OfflineMap extends CountryStanceMap {
        protected override loadGeometry(): Promise<WorldTopology> {
          return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        }
      }
      customElements.define('offline-stance-map', OfflineMap);
      const logged = console.error;
      console.error = () => {};
      try {
        const el = await mountMap('<offline-stance-map></offline-stance-map>');
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain('The map could not be loaded');
        expect(el.shadowRoot!.querySelector('svg.map')).to.be.null;
        await expect(el).to.be.accessible();
        button(el, 'Table').click();
        await settled(el);
        expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(9);
      } finally {
        console.error = logged;
      }
    });
  });

  describe('loading', () => {
    // The sources the test server compiles, as a page would import the built modules.
    const DEFINE_CHART = new URL('../define/deal-value-chart.ts', import.meta.url).href;
    const DEFINE_MAP = new URL('../define/country-stance-map.ts', import.meta.url).href;
    const PRELOAD = new URL('../../test/fixtures/preload-map-chunks.ts', import.meta.url).href;

    /** A blank page in an iframe: its own modules, custom elements and resource timeline. */
    async function blankPage(): Promise<Window & typeof globalThis> {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Blank page"></iframe>`);
      frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
      // Not the initial about:blank, which the srcdoc page replaces (and any import with it).
      const doc = () => frame.contentDocument!;
      await until(
        () => doc().URL === 'about:srcdoc' && doc().readyState === 'complete',
        'the page',
      );
      return frame.contentWindow as Window & typeof globalThis;
    }

    /** The page's own `import()`, so the module loads into its module map, not this one's. */
    function importInto(page: Window, href: string): Promise<unknown> {
      return (page as unknown as { eval(code: string): Promise<unknown> }).eval(
        `import(${JSON.stringify(href)})`,
      );
    }

    const requested = (page: Window, part: string) =>
      page.performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

    it('downloads the outlines and d3-geo only once a map is on the page', async () => {
      const page = await blankPage();
      // Both elements registered, as by the package's main entry point.
      await importInto(page, DEFINE_CHART);
      await importInto(page, DEFINE_MAP);
      page.document.body.innerHTML = '<deal-value-chart></deal-value-chart>';
      const chart = page.document.querySelector('deal-value-chart')!;
      await until(() => chart.shadowRoot?.querySelector('.mark'), 'the chart');
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The timeline does record module fetches here, so the absence below means something.
      expect(requested(page, '/define/country-stance-map')).to.be.true;
      expect(requested(page, 'world-110m')).to.be.false;
      expect(requested(page, 'country-stance-map/geo')).to.be.false;
      expect(requested(page, 'd3-geo')).to.be.false;

      const map = page.document.createElement('country-stance-map');
      page.document.body.append(map);
      await until(() => requested(page, 'world-110m'), 'the outlines request');
      await until(() => requested(page, 'd3-geo'), 'the projection code request');
      await until(() => map.shadowRoot!.querySelector('svg.map'), 'the map');
    });

    it('draws host data in its first update when the validator and outlines are already loaded', async () => {
      /** A map given host data in a fresh page: whether it ever said "Loading…", and what it drew. */
      const mountFresh = async (preload: boolean) => {
        const page = await blankPage();
        if (preload) await importInto(page, PRELOAD);
        await importInto(page, DEFINE_MAP);
        const map = page.document.createElement('country-stance-map') as CountryStanceMap;
        map.data = copyOfDataset();
        page.document.body.append(map);
        const root = map.shadowRoot!;
        const loading: string[] = [];
        const observer = new MutationObserver(() => {
          const text = root.querySelector('.loading')?.textContent?.trim();
          if (text && !loading.includes(text)) loading.push(text);
        });
        observer.observe(root, { childList: true, subtree: true });
        await map.updateComplete;
        const firstMarks = root.querySelectorAll('path.mark').length;
        await until(() => root.querySelector('path.mark'), 'the map');
        observer.disconnect();
        return { loading, firstMarks };
      };
      // Without them it says so first: import() resolves a task later at best.
      expect((await mountFresh(false)).loading).to.include('Loading data…');
      // Evaluated up front (or by an earlier map): validated and drawn at once, no "Loading…" frame.
      expect(await mountFresh(true)).to.deep.equal({ loading: [], firstMarks: 9 });
    });

    it('upgrades a map that was in the page before its module loaded', async () => {
      const page = await blankPage();
      page.document.body.innerHTML =
        '<country-stance-map as-of="2021-06" selected="IND"></country-stance-map>';
      const el = page.document.querySelector('country-stance-map')!;
      // Properties set before the upgrade are kept, the data too.
      const data = copyOfDataset();
      Object.assign(el, { showFlows: true, data });
      expect(page.customElements.get('country-stance-map')).to.be.undefined;
      await importInto(page, DEFINE_MAP);
      await until(() => el.shadowRoot?.querySelector('svg.map'), 'the map');
      const root = el.shadowRoot!;
      // As of June 2021 Afghanistan's stance (August 2021) is not there yet.
      expect(root.querySelectorAll('path.mark')).to.have.length(8);
      expect(root.querySelectorAll('.overlays path.flow')).to.have.length(3);
      expect(
        root.querySelector('path.mark[data-id="IND"]')!.getAttribute('aria-selected'),
      ).to.equal('true');
      // The data was checked: it reads back as the copy.
      const shown = (el as unknown as { data: Dataset }).data;
      expect(shown).to.not.equal(data);
      expect(shown.stances.length).to.equal(data.stances.length);
    });
  });

  describe('theme', () => {
    it('switches to the dark palette and follows the stance custom properties', async () => {
      const dark = await mountMap('<country-stance-map theme="dark"></country-stance-map>');
      expect(fill(mark(dark, 'IND'))).to.equal('rgb(86, 180, 233)');
      expect(fill(dark.shadowRoot!.querySelector('g.land path')!)).to.equal('rgb(48, 54, 61)');
      const custom = await mountMap(
        '<country-stance-map style="--dealboard-stance-buyer: rgb(1, 2, 3)"></country-stance-map>',
      );
      expect(fill(mark(custom, 'IND'))).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('export', () => {
    it('serialises the map with its colours and hatches baked in', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      const doc = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.be.null;
      // Classes are dropped: the look is in attributes now.
      expect(doc.querySelector('path[data-id="IND"]')!.getAttribute('fill')).to.equal(FILL.buyer);
      expect(doc.querySelector('pattern#hatch-cross')).to.exist;
      expect(doc.querySelectorAll('path[fill*="#hatch-cross"]')).to.have.length(1);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations in the ${theme} theme, map and table`, async () => {
        const el = await mountMap(
          `<country-stance-map theme="${theme}" show-flows selected="IND"></country-stance-map>`,
        );
        await expect(el).to.be.accessible();
        el.view = 'table';
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }

    it('exposes each stance country as an option of the listbox, with its selected state', async () => {
      const el = await mountMap('<country-stance-map></country-stance-map>');
      mark(el, 'IND').focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.selected).to.equal('IND');
      const tree = await accessibilityTree('country-stance-map >>> svg.map');
      expect(tree.role).to.equal('listbox');
      // As Chromium exposes them: every stance country an option, only India selected.
      const exposed = WEST_TO_EAST.map((code) => {
        const label = mark(el, code).getAttribute('aria-label');
        const node = findAccessibilityNode(tree, (n) => n.name === label);
        return [code, node?.role, node?.selected === true];
      });
      expect(exposed).to.deep.equal(WEST_TO_EAST.map((code) => [code, 'option', code === 'IND']));
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with no stance to show', async () => {
      const el = await mountMap('<country-stance-map as-of="2019"></country-stance-map>');
      await expect(el).to.be.accessible();
    });
  });
});
