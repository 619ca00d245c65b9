import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/deal-value-chart.js';
import type { DealValueChart } from '../deal-value-chart/deal-value-chart.js';
import { menuButton, mount, offered, settled } from '../../test/helpers.js';

// Keyboard focus around the toolbar and the marks, and the styles that tell
// states apart (dimmed, linked, focused, pressed) at a readable contrast.

const menu = (el: Element) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.menu')!;
const summary = (el: Element) => menu(el).querySelector('summary')!;
const tableButton = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.actions > button')!;
/** Where focus is in a widget, in words: failed assertions print this, not a DOM element. */
const focused = (el: Element) =>
  document.activeElement === el ? nameOf(el.shadowRoot!.activeElement) : 'outside the widget';
const marks = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')];

/** An element in words, e.g. `summary "Download"` or `g.mark[chn-rus-s400]`. */
function nameOf(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.getAttribute('data-id');
  if (id) return `${node.localName}.mark[${id}]`;
  const text = node.textContent!.trim().slice(0, 20);
  return `${node.localName}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}${text ? ` "${text}"` : ''}`;
}

/** Focuses the Download summary and opens the menu with Enter, as a keyboard user does. */
async function openWithKeyboard(el: DealValueChart): Promise<void> {
  summary(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => menu(el).open, 'Enter did not open the menu');
}

/** A colour as sRGB 0–255, whatever syntax the browser computed (rgb(), color(srgb …)). */
function rgb(color: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Opacity as painted: the element's own times every ancestor's up to the shadow root. */
function paintedOpacity(node: Element): number {
  let opacity = 1;
  for (let el: Element | null = node; el; el = el.parentElement)
    opacity *= Number(getComputedStyle(el).opacity);
  return opacity;
}

const background = (el: Element) =>
  getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;

describe('Download menu, by keyboard', () => {
  it('closes on Escape and keeps focus on the Download summary', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    await openWithKeyboard(el);
    await sendKeys({ press: 'Escape' });
    expect(menu(el).open).to.be.false;
    expect(focused(el)).to.equal(nameOf(summary(el)));
  });

  it('gives focus back to the Download summary after an item is chosen', async () => {
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    clipboard.writeText = async () => {};
    try {
      const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
      await openWithKeyboard(el);
      menuButton(el, 'Copy citation').focus();
      await sendKeys({ press: 'Enter' });
      expect(menu(el).open).to.be.false;
      expect(focused(el)).to.equal(nameOf(summary(el)));
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
    }
  });

  it('closes when Tab takes focus past its last item, and focus moves on', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    await openWithKeyboard(el);
    // Shift+Tab back to the summary stays within the menu: it stays open.
    menuButton(el, 'Download CSV').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(nameOf(summary(el)));
    expect(menu(el).open).to.be.true;
    menuButton(el, 'Copy citation').focus();
    await sendKeys({ press: 'Tab' });
    expect(menu(el).open).to.be.false;
    // Focus went on to the first row, not back into the menu.
    expect(focused(el)).to.equal(nameOf(marks(el)[0]));
  });

  it('shows every item whole in a widget that has nothing to draw', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart as-of="2000-01"></deal-value-chart>');
    expect(el.shadowRoot!.querySelector('.empty')).to.exist;
    await openWithKeyboard(el);
    await settled(el);
    for (const item of menu(el).querySelectorAll('button')) {
      const box = item.getBoundingClientRect();
      // The item itself, not the page under a clipped frame, is what is at its corners.
      for (const [x, y] of [
        [box.left + 2, box.top + 2],
        [box.right - 2, box.bottom - 2],
      ])
        expect(nameOf(el.shadowRoot!.elementFromPoint(x!, y!))).to.equal(nameOf(item));
    }
    // Closed again, the frame takes no more room than it needs.
    const open = el.getBoundingClientRect().height;
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(el.getBoundingClientRect().height).to.be.lessThan(open);
  });
});

describe('Download SVG from the table view', () => {
  it('keeps the table on screen and focus where it was, and never paints the chart', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart view="table"></deal-value-chart>');
    let chartPainted = false;
    let watching = true;
    // A frame callback runs before each paint: a chart present then would be seen.
    const watch = () => {
      if (!watching) return;
      if (el.shadowRoot!.querySelector('svg[part~="svg"]')) chartPainted = true;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    await openWithKeyboard(el);
    const file = await offered(async () => {
      menuButton(el, 'Download SVG').focus();
      await sendKeys({ press: 'Enter' });
    });
    await settled(el);
    watching = false;
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelectorAll('rect').length, 'the picture has its bars').to.be.greaterThan(4);
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.querySelector('table')).to.exist;
    expect(chartPainted).to.be.false;
    expect(focused(el)).to.equal(nameOf(summary(el)));
  });
});

describe('focus when the focused mark goes away', () => {
  it('goes to the table when the host shows the table view', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    marks(el)[1]!.focus();
    el.view = 'table';
    await settled(el);
    expect(focused(el)).to.equal(nameOf(el.shadowRoot!.querySelector('.table-wrap')));
  });

  it('goes to the Table button when as-of leaves nothing to show', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    marks(el)[0]!.focus();
    el.asOf = '2000-01';
    await settled(el);
    expect(marks(el)).to.have.length(0);
    expect(focused(el)).to.equal(nameOf(tableButton(el)));
  });
});

describe('state styles', () => {
  /** Two charts in one group, with China selected in the first: the second links and dims. */
  async function linkedPair(): Promise<[DealValueChart, DealValueChart]> {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 800px">
        <deal-value-chart group="styles"></deal-value-chart>
        <deal-value-chart group="styles"></deal-value-chart>
      </div>`,
    );
    const [a, b] = [...page.querySelectorAll<DealValueChart>('deal-value-chart')];
    await settled(a!);
    await settled(b!);
    const china = marks(a!).find((m) => m.dataset.id === 'chn-rus-s400')!;
    china.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(b!);
    return [a!, b!];
  }

  it('dims the marks of other countries but keeps their text readable', async () => {
    const [, chart] = await linkedPair();
    const dimmed = [...chart.shadowRoot!.querySelectorAll('g.row.dimmed')];
    expect(dimmed).to.have.length(3);
    // Dimming fades in: read the styles it ends at.
    await Promise.all(chart.shadowRoot!.getAnimations().map((a) => a.finished));
    for (const row of dimmed) {
      for (const text of row.querySelectorAll('text')) {
        expect(paintedOpacity(text)).to.equal(1);
        const fill = getComputedStyle(text).fill;
        expect(contrast(fill, background(chart)), text.textContent!).to.be.at.least(4.5);
      }
      const shapes = row.querySelectorAll('.mark :is(rect, circle, path):not(.focus-ring)');
      expect(shapes.length).to.be.greaterThan(0);
      for (const shape of shapes) expect(paintedOpacity(shape)).to.be.at.most(0.5);
    }
  });

  it('tells the keyboard focus ring apart from the linked ring', async () => {
    const [, chart] = await linkedPair();
    const ring = (mark: Element) => {
      const style = getComputedStyle(mark.querySelector('.focus-ring')!);
      return { width: parseFloat(style.strokeWidth), dashes: style.strokeDasharray };
    };
    const china = marks(chart).find((m) => m.dataset.id === 'chn-rus-s400')!;
    const other = marks(chart).find((m) => m !== china)!;
    other.focus();
    await settled(chart);
    const focusRing = ring(other);
    const linkedRing = ring(china);
    expect(focusRing).to.not.deep.equal(linkedRing);
    expect(focusRing.width).to.be.at.least(linkedRing.width * 1.5);
    // Focus on the linked row shows as focus, not as the link.
    china.focus();
    await settled(chart);
    expect(ring(china)).to.deep.equal(focusRing);
  });

  it('keeps a pressed toggle button visible in forced-colors mode', async () => {
    // The test browser cannot turn forced colours on (the emulate-media command
    // passes only colour scheme and reduced motion to Chromium), so the
    // stylesheet's forced-colors rules are applied directly. Forced colours
    // drop box-shadow and repaint author colours, which is all the pressed
    // state had: it needs system colours that opt out of that.
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    const root = el.shadowRoot!;
    const pressed = tableButton(el);
    pressed.click();
    await settled(el);
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    const unpressed = summary(el);
    const forcedRules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.media.mediaText === '(forced-colors: active)')
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    expect(forcedRules.some((rule) => pressed.matches(rule.selectorText))).to.be.true;
    const forced = new CSSStyleSheet();
    forced.replaceSync(forcedRules.map((rule) => rule.cssText).join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
    try {
      const style = getComputedStyle(pressed);
      expect(style.forcedColorAdjust).to.equal('none');
      const probe = document.createElement('div');
      probe.style.background = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(style.backgroundColor).to.equal(highlight);
      expect(style.backgroundColor).to.not.equal(getComputedStyle(unpressed).backgroundColor);
    } finally {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== forced);
    }
  });

  it('draws context-figure labels at 4.5:1 in the light theme, lines in the context colour', async () => {
    const el = await mount<DealValueChart>(
      '<deal-value-chart theme="light" show-context></deal-value-chart>',
    );
    const labels = [...el.shadowRoot!.querySelectorAll('g.reference text')];
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels)
      expect(contrast(getComputedStyle(label).fill, background(el))).to.be.at.least(4.5);
    const line = el.shadowRoot!.querySelector('g.reference line')!;
    expect(rgb(getComputedStyle(line).stroke)).to.deep.equal([0xd5, 0x5e, 0x00]);
  });
});
