import { expect } from '@open-wc/testing';
import { WIDGETS, idle } from './widgets.js';
import type { DealboardEl } from './widgets.js';

const HOSTILE_CSS = `
  * { all: unset !important; }
  svg { display: none !important; }
  text, g, path, rect { font-size: 80px !important; fill: red !important; }
  html { font-size: 48px !important; }
  div { display: none; }
`;

describe('robustness: hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> stays legible under hostile global CSS`, async () => {
      const el = document.createElement(widget.tag) as DealboardEl;
      document.body.append(el);
      await idle(el);
      const root = el.shadowRoot!;
      const svg = root.querySelector('svg[part~="svg"]')!;
      expect(getComputedStyle(svg).display).to.not.equal('none');
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(100);
      // Text keeps the widget's own sizes and colours (the map has no text in its SVG).
      for (const text of [root.querySelector('.title')!, root.querySelector('svg text')].filter(
        Boolean,
      )) {
        expect(parseFloat(getComputedStyle(text!).fontSize)).to.be.within(9, 18);
        expect(getComputedStyle(text!).fill).to.not.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(text!).display).to.not.equal('none');
      }
      expect(widget.rendered(el)).to.be.greaterThan(0);
      el.remove();
    });
  }
});

describe('robustness: two copies of the library on one page', () => {
  it('registers nothing twice, warns clearly and keeps rendering', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // The built CDN file is a second copy next to the sources these tests import.
      await import(/* @vite-ignore */ `${'/packages/widgets/dist/dealboard.min.js'}`);
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('<deal-value-chart> is already registered'))).to.be.true;
    const el = document.createElement('deal-value-chart') as DealboardEl;
    document.body.append(el);
    await idle(el);
    expect(el.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
    el.remove();
  });
});
