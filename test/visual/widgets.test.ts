import { fixture, html, waitUntil } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../packages/widgets/src/index.js';
import { settled } from '../../packages/widgets/test/helpers.js';

// Each widget on the bundled data, light and dark, compared with the committed
// baselines in test/visual/baselines (0.5 % of pixels may differ: anti-aliasing).
const WIDGETS = ['deal-value-chart', 'delivery-tracker', 'country-stance-map'];

describe('visual regression', () => {
  for (const tag of WIDGETS) {
    for (const theme of ['light', 'dark']) {
      it(`${tag} in the ${theme} theme looks as it did`, async () => {
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: 800px; padding: 0; margin: 0"></div>`,
        );
        const el = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        el.setAttribute('theme', theme);
        box.append(el);
        await waitUntil(() => el.shadowRoot?.querySelector('.mark'), `${tag} drew its marks`, {
          timeout: 5000,
        });
        await settled(el);
        await visualDiff(el, `${tag}-${theme}`);
      });
    }
  }

  // A table wider than its box shows a shadow at the edge with more beyond it.
  for (const theme of ['light', 'dark']) {
    it(`a narrow table view in the ${theme} theme looks as it did`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const el = document.createElement('deal-value-chart') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      el.setAttribute('theme', theme);
      el.setAttribute('view', 'table');
      box.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('td'), 'the table', { timeout: 5000 });
      await settled(el);
      const wrap = el.shadowRoot!.querySelector('.table-wrap')!;
      if (wrap.scrollWidth <= wrap.clientWidth) throw new Error('the table fits: nothing to show');
      await visualDiff(wrap, `deal-value-chart-table-360-${theme}`);
    });
  }
});
