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
});
