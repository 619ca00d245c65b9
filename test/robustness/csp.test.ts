import { expect } from '@open-wc/testing';
import { recordFigure } from './widgets.js';

/** Loads a same-origin page in an iframe and resolves with its window. */
function loadFrame(src: string): Promise<Window & { violations: string[] }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '2400px';
    frame.addEventListener('load', () =>
      resolve(frame.contentWindow as Window & { violations: string[] }),
    );
    frame.addEventListener('error', reject);
    frame.src = src;
    document.body.append(frame);
  });
}

async function rendered(win: Window, tag: string, timeoutMs = 10_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    const count =
      win.document.querySelector(tag)?.shadowRoot?.querySelectorAll('.mark').length ?? 0;
    if (count > 0 || performance.now() - start > timeoutMs) return count;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('robustness: strict Content-Security-Policy and Trusted Types', () => {
  it('renders the CDN build with zero policy violations', async () => {
    const win = await loadFrame('/test/robustness/csp-page.html');
    const tags = ['deal-value-chart', 'delivery-tracker', 'country-stance-map'];
    const counts: Record<string, number> = {};
    for (const tag of tags) counts[tag] = await rendered(win, tag);
    // Interaction re-renders (detail panel, table view) must hold too.
    for (const tag of tags) {
      const el = win.document.querySelector(tag) as HTMLElement & {
        view: string;
        updateComplete: Promise<boolean>;
      };
      el.shadowRoot!.querySelector('.mark')?.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      el.view = 'table';
      await el.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    await recordFigure('csp', { ...counts, violations: win.violations.length });
    for (const tag of tags) expect(counts[tag], tag).to.be.greaterThan(0);
    expect(win.violations).to.deep.equal([]);
  });
});
