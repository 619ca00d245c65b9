import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/deal-value-chart.js';
import type { DealValueChart } from '../deal-value-chart/deal-value-chart.js';
import { menuButton, mount, offered, settled } from '../../test/helpers.js';

// The Download menu's actions. Their helpers (export.ts) load on first use as
// a chunk of their own, so every action here finishes after the click: the
// tests wait for the outcome itself.

const statusText = (el: Element) =>
  el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent!.trim();

describe('Download menu', () => {
  it('stands as tall as the Table button beside it, in line with it', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    const box = (selector: string) =>
      el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    const table = box('.actions > button');
    const download = box('details.menu > summary');
    expect(download.height).to.be.closeTo(table.height, 0.5);
    expect(download.top).to.be.closeTo(table.top, 0.5);
  });

  it('Download CSV offers the records shown, citing the dataset and its sources', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    const file = await offered(() => menuButton(el, 'Download CSV').click());
    expect(file.name).to.equal('deal-values.csv');
    expect(file.blob.type).to.equal('text/csv;charset=utf-8');
    const lines = (await file.blob.text()).split('\r\n');
    expect(lines[0]).to.match(/^# .+ — Dealboard dataset /);
    expect(lines.some((line) => line.startsWith('# Source ['))).to.be.true;
    const marks = el.shadowRoot!.querySelectorAll('g.mark').length;
    const header = lines.findIndex((line) => !line.startsWith('#'));
    expect(lines.slice(header + 1).filter(Boolean)).to.have.length(marks);
  });

  it('Download SVG offers the picture as a standalone SVG file', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
    const file = await offered(() => menuButton(el, 'Download SVG').click());
    expect(file.name).to.equal('deal-values.svg');
    expect(file.blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.be.null;
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
  });

  it('Download PNG from the table view offers a PNG of the picture and keeps the table', async () => {
    const el = await mount<DealValueChart>('<deal-value-chart view="table"></deal-value-chart>');
    const file = await offered(() => menuButton(el, 'Download PNG').click());
    expect(file.name).to.equal('deal-values.png');
    expect(file.blob.type).to.equal('image/png');
    const signature = new Uint8Array(await file.blob.slice(0, 4).arrayBuffer());
    expect([...signature]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
    await settled(el);
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.querySelector('table')).to.exist;
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')).to.be.null;
  });

  describe('Copy citation', () => {
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    afterEach(() => {
      delete (clipboard as Partial<Clipboard>).writeText;
    });

    it('puts the citation on the clipboard and says so', async () => {
      const copied: string[] = [];
      clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
      const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
      menuButton(el, 'Copy citation').click();
      await waitUntil(() => statusText(el) === 'Citation copied.', 'no "Citation copied."');
      expect(copied).to.have.length(1);
      expect(copied[0]).to.match(/^Value of arms deals\. Dealboard dataset .+\. Sources: .+\.$/);
    });

    it('shows the citation to copy by hand when the clipboard refuses', async () => {
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const el = await mount<DealValueChart>(
        '<deal-value-chart heading="Deals"></deal-value-chart>',
      );
      menuButton(el, 'Copy citation').click();
      await waitUntil(
        () => statusText(el).startsWith('Copy this citation: Deals. Dealboard dataset '),
        `status is "${statusText(el)}"`,
      );
    });
  });

  describe('the export helpers chunk', () => {
    const DEFINE_CHART = new URL('../define/deal-value-chart.ts', import.meta.url).href;
    const EXPORT = ['js', 'ts'].map((ext) => new URL(`./export.${ext}`, import.meta.url).href);
    const requested = (page: Window) =>
      page.performance
        .getEntriesByType('resource')
        .some((entry) => EXPORT.some((url) => entry.name.startsWith(url)));

    /** A blank page in an iframe (its own modules), optionally mapping the export chunk to a 500. */
    async function blankPage(failExport: boolean): Promise<Window & typeof globalThis> {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Blank page"></iframe>`);
      const imports = Object.fromEntries(EXPORT.map((url) => [url, '/__faults/status-500']));
      const map = failExport
        ? `<script type="importmap">${JSON.stringify({ imports })}</script>`
        : '';
      frame.srcdoc = `<!doctype html><html lang="en"><head>${map}</head><body></body></html>`;
      const doc = () => frame.contentDocument!;
      await waitUntil(
        () => doc().URL === 'about:srcdoc' && doc().readyState === 'complete',
        'the page did not load',
      );
      const page = frame.contentWindow as Window & typeof globalThis;
      await (page as unknown as { eval(code: string): Promise<unknown> }).eval(
        `import(${JSON.stringify(DEFINE_CHART)})`,
      );
      page.document.body.innerHTML = '<deal-value-chart></deal-value-chart>';
      const chart = page.document.querySelector('deal-value-chart')!;
      await waitUntil(() => chart.shadowRoot?.querySelector('.mark'), 'the chart did not draw');
      return page;
    }

    it('is not loaded with the element, but once the Download menu opens', async () => {
      const page = await blankPage(false);
      const chart = page.document.querySelector('deal-value-chart')!;
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The timeline records module fetches here, so the absence below means something.
      expect(page.performance.getEntriesByType('resource').some((e) => e.name.includes('/define/')))
        .to.be.true;
      expect(requested(page)).to.be.false;
      chart.shadowRoot!.querySelector('details.menu')!.setAttribute('open', '');
      await waitUntil(() => requested(page), 'the export chunk was not requested');
    });

    it('that fails to load is said in the status region, not thrown into the page', async () => {
      const page = await blankPage(true);
      const unhandled: unknown[] = [];
      page.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
      page.addEventListener('error', (event) => unhandled.push(event.error));
      const chart = page.document.querySelector('deal-value-chart')!;
      // Opening the menu starts the load in the background; its failure is kept quiet.
      chart.shadowRoot!.querySelector('details.menu')!.setAttribute('open', '');
      menuButton(chart, 'Download CSV').click();
      await waitUntil(
        () => statusText(chart) === 'Download CSV failed. Please try again.',
        `status is "${statusText(chart)}"`,
      );
      menuButton(chart, 'Copy citation').click();
      await waitUntil(
        () => statusText(chart) === 'Copy citation failed. Please try again.',
        `status is "${statusText(chart)}"`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).to.deep.equal([]);
    });
  });
});
