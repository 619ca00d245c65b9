// The widgets under test and how to count what each one rendered, so every
// robustness case can check that all valid records still show.
import type { Dataset } from '@dealboard/dataset';
import '../../packages/widgets/src/define/deal-value-chart.js';
import '../../packages/widgets/src/define/delivery-tracker.js';
import '../../packages/widgets/src/define/country-stance-map.js';
import { loadWorld } from '../../packages/widgets/src/country-stance-map/chunks.js';
import { countriesOf } from '../../packages/widgets/src/country-stance-map/layout.js';

// Countries the map can draw: a stance of a country too small for the
// geometry is listed in its table and note, not drawn.
const drawable = new Set(countriesOf(await loadWorld()).map((c) => c.code));

export interface WidgetUnderTest {
  tag: string;
  /** Marks the element shows for a dataset the validator returned. */
  expected(data: Dataset): number;
  /** Marks rendered in the element's shadow root. */
  rendered(el: Element): number;
}

export const WIDGETS: WidgetUnderTest[] = [
  {
    tag: 'deal-value-chart',
    expected: (data) => data.deals.length,
    rendered: (el) => el.shadowRoot!.querySelectorAll('g.mark').length,
  },
  {
    tag: 'delivery-tracker',
    expected: (data) => data.milestones.length,
    rendered: (el) => el.shadowRoot!.querySelectorAll('.mark').length,
  },
  {
    tag: 'country-stance-map',
    expected: (data) =>
      new Set(data.stances.map((s) => s.country).filter((c) => drawable.has(c))).size,
    rendered: (el) => el.shadowRoot!.querySelectorAll('.mark').length,
  },
];

export type DealboardEl = HTMLElement & {
  updateComplete: Promise<boolean>;
  data: unknown;
  src: string | null;
  srcTimeout: number;
};

/** Resolves once the element is neither loading nor waiting to update. */
export async function idle(el: DealboardEl, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await el.updateComplete;
    const loading = el.shadowRoot?.querySelector('.loading');
    if (!loading && !el.getAttribute('aria-busy')) return;
    if (performance.now() - start > timeoutMs) throw new Error(`${el.localName} still loading`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Records a figure for `npm run robustness` (and prints it). */
export async function recordFigure(name: string, value: unknown): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  console.log(`[robustness] ${name}: ${JSON.stringify(value)}`);
  await executeServerCommand('record-figure', { name, value });
}
