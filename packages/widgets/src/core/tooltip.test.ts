import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define/deal-value-chart.js';
import '../define/delivery-tracker.js';
import '../define/country-stance-map.js';
import { mount, settled } from '../../test/helpers.js';

// Hover shows a floating tooltip over the picture, never moving the page; the
// in-flow detail panel follows selection and keyboard focus only. The
// Download menu closes on a press anywhere outside it.

type Widget = HTMLElement & { updateComplete: Promise<boolean>; selected: string | null };

const WIDGETS = ['deal-value-chart', 'delivery-tracker', 'country-stance-map'];

const root = (el: Element) => el.shadowRoot!;
const marks = (el: Element) => [...root(el).querySelectorAll<SVGElement>('.mark')];
const tooltip = (el: Element) => root(el).querySelector<HTMLElement>('[part~="hover-tooltip"]');
const panel = (el: Element) => root(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Whether the tooltip is on screen: rendered, not hidden, with a box. */
const tooltipShown = (el: Element) => {
  const tip = tooltip(el);
  return Boolean(tip && getComputedStyle(tip).visibility === 'visible' && tip.offsetHeight > 0);
};

/** Mounts a widget with a paragraph after it, and waits for its marks. */
async function mountWithNext(tag: string, width = 800): Promise<[Widget, HTMLElement]> {
  const el = await mount<Widget>(`<${tag}></${tag}><p>Below the widget</p>`, width);
  await waitUntil(() => marks(el).length > 0, `${tag} drew no marks`, { timeout: 10_000 });
  await settled(el);
  return [el, el.nextElementSibling as HTMLElement];
}

async function hover(el: Widget, mark: Element): Promise<void> {
  mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await settled(el);
}

async function leave(el: Widget): Promise<void> {
  root(el).querySelector('.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
  await settled(el);
}

/** Whether `inner` lies within `outer` (half a pixel of rounding allowed), in words for a failure. */
function within(inner: Element, outer: Element): string {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  const ok =
    a.left >= b.left - 0.5 &&
    a.right <= b.right + 0.5 &&
    a.top >= b.top - 0.5 &&
    a.bottom <= b.bottom + 0.5;
  const box = (r: DOMRect) => `${r.left},${r.top} – ${r.right},${r.bottom}`;
  return ok ? 'inside' : `${box(a)} is not inside ${box(b)}`;
}

describe('hover tooltip', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of WIDGETS) {
    for (const width of [800, 375]) {
      it(`${tag} at ${width} px: hover floats the mark's detail over the widget, the page stays put`, async () => {
        const [el, next] = await mountWithNext(tag, width);
        const before = next.getBoundingClientRect();
        const height = el.getBoundingClientRect().height;
        const hint = text(panel(el));
        const all = marks(el);
        for (const mark of [all[0]!, all[Math.floor(all.length / 2)]!, all.at(-1)!]) {
          await hover(el, mark);
          // The content below the widget does not move, nor does the widget grow.
          expect(next.getBoundingClientRect().top).to.equal(before.top);
          expect(el.getBoundingClientRect().height).to.equal(height);
          // The panel still shows its hint: hover does not fill it.
          expect(text(panel(el))).to.equal(hint);
          expect(tooltipShown(el), 'tooltip shown').to.be.true;
          const tip = tooltip(el)!;
          expect(text(tip.querySelector('h3'))).to.not.equal('');
          expect(within(tip, el)).to.equal('inside');
          expect(tip.getAttribute('aria-hidden')).to.equal('true');
          expect(getComputedStyle(tip).pointerEvents).to.equal('none');
          expect(getComputedStyle(tip).position).to.equal('absolute');
        }
        await leave(el);
        expect(tooltipShown(el), 'tooltip shown after pointerleave').to.be.false;
        expect(next.getBoundingClientRect().top).to.equal(before.top);
      });
    }
  }

  it('shows the same detail as selecting the mark, which fills the panel', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    const mark = marks(el)[1]!;
    const id = mark.getAttribute('data-id')!;
    await hover(el, mark);
    const hovered = text(tooltip(el)!.querySelector('h3'));
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(el);
    expect(el.selected).to.equal(id);
    expect(text(panel(el).querySelector('h3'))).to.equal(hovered);
    // Hovering another mark leaves the panel on the selection.
    await hover(el, marks(el)[0]!);
    expect(text(panel(el).querySelector('h3'))).to.equal(hovered);
    expect(text(tooltip(el)!.querySelector('h3'))).to.not.equal(hovered);
  });

  it('sits beside the hovered row without covering it: below the first, above the last', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    const all = marks(el);
    for (const [mark, side] of [
      [all[0]!, 'below'],
      [all.at(-1)!, 'above'],
    ] as const) {
      await hover(el, mark);
      const m = mark.getBoundingClientRect();
      const t = tooltip(el)!.getBoundingClientRect();
      const where = t.top >= m.bottom ? 'below' : t.bottom <= m.top ? 'above' : 'over';
      expect(where).to.equal(side);
    }
  });

  it('follows its mark when the widget lays out again under a still pointer', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    const mark = (id: string) => root(el).querySelector(`.mark[data-id="${id}"]`)!;
    const id = marks(el)[0]!.getAttribute('data-id')!;
    await hover(el, mark(id));
    const box = () => {
      const r = tooltip(el)!.getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.top)];
    };
    const first = box();
    // Sorted by name, the hovered (largest) deal moves down: its tooltip goes with it.
    el.setAttribute('sort', 'name');
    await settled(el);
    const after = box();
    expect(after).to.not.deep.equal(first);
    await leave(el);
    await hover(el, mark(id));
    expect(after).to.deep.equal(box());
    // Filtered out under the pointer: no tooltip left floating by nothing.
    el.setAttribute('buyer', 'TUR');
    await settled(el);
    expect(Boolean(root(el).querySelector(`.mark[data-id="${id}"]`))).to.equal(false);
    expect(tooltipShown(el), 'tooltip shown').to.equal(false);
  });

  it('fades in, unless the reader asks for reduced motion', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    await hover(el, marks(el)[0]!);
    expect(getComputedStyle(tooltip(el)!).animationName).to.not.equal('none');
    await leave(el);
    await emulateMedia({ reducedMotion: 'reduce' });
    await hover(el, marks(el)[0]!);
    expect(tooltipShown(el)).to.be.true;
    expect(getComputedStyle(tooltip(el)!).animationName).to.equal('none');
  });
});

describe('Download menu light dismiss', () => {
  const menu = (el: Element) => root(el).querySelector<HTMLDetailsElement>('details.menu')!;
  const summary = (el: Element) => menu(el).querySelector('summary')!;
  const press = (target: EventTarget) =>
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

  /** Opens a menu as a mouse does: a press on its summary, then the click. */
  async function open(el: Widget): Promise<void> {
    press(summary(el));
    summary(el).click();
    await waitUntil(() => menu(el).open, 'the menu did not open');
    await settled(el);
  }

  it('closes on a press elsewhere on the page, not on one inside it', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    await open(el);
    press(menu(el).querySelector('button')!);
    expect(menu(el).open, 'open after a press on an item').to.be.true;
    press(document.body);
    expect(menu(el).open, 'open after a press on the page').to.be.false;
  });

  it('closes on a press on the chart of its own widget', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    await open(el);
    press(marks(el)[0]!);
    expect(menu(el).open).to.be.false;
  });

  it("closes one widget's menu when another widget's menu is opened", async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.innerHTML = '<deal-value-chart></deal-value-chart><delivery-tracker></delivery-tracker>';
      const [a, b] = [...box.children] as Widget[];
      await waitUntil(() => menu(a!) && menu(b!), 'no menus', { timeout: 10_000 });
      await settled(a!);
      await settled(b!);
      await open(a!);
      await open(b!);
      expect(menu(b!).open, 'second open').to.be.true;
      expect(menu(a!).open, 'first open').to.be.false;
    } finally {
      box.remove();
    }
  });

  it('stops listening when the menu closes and when the widget leaves the page', async () => {
    const [el] = await mountWithNext('deal-value-chart');
    // Which pointerdown listeners the document holds, added and removed.
    type Listener = EventListenerOrEventListenerObject;
    type Options = boolean | EventListenerOptions;
    const listening = new Set<Listener>();
    const add = document.addEventListener;
    const remove = document.removeEventListener;
    document.addEventListener = function (this: Document, type: string, fn: Listener, o?: Options) {
      if (type === 'pointerdown') listening.add(fn);
      add.call(this, type, fn, o);
    };
    document.removeEventListener = function (
      this: Document,
      type: string,
      fn: Listener,
      o?: Options,
    ) {
      if (type === 'pointerdown') listening.delete(fn);
      remove.call(this, type, fn, o);
    };
    try {
      await open(el);
      expect(listening.size, 'listening while open').to.equal(1);
      summary(el).click();
      await settled(el);
      expect(menu(el).open).to.be.false;
      expect(listening.size, 'listening after closing').to.equal(0);
      await open(el);
      expect(listening.size, 'listening while open again').to.equal(1);
      el.remove();
      expect(listening.size, 'listening after removal').to.equal(0);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });
});
