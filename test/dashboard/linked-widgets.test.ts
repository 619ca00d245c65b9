import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/index.js';
import type {
  CountryStanceMap,
  DealValueChart,
  DeliveryTracker,
} from '../../packages/widgets/src/index.js';
import { settled } from '../../packages/widgets/test/helpers.js';

type Widget = DealValueChart | DeliveryTracker | CountryStanceMap;

async function dashboard(): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="width: 900px">
      <dealboard-timeline-slider group="story"></dealboard-timeline-slider>
      <country-stance-map group="story"></country-stance-map>
      <deal-value-chart group="story"></deal-value-chart>
      <delivery-tracker group="story"></delivery-tracker>
      <deal-value-chart group="other" id="outsider"></deal-value-chart>
    </div>`,
  );
  const widgets = [
    ...page.querySelectorAll<Widget>('country-stance-map, deal-value-chart, delivery-tracker'),
  ];
  await waitUntil(
    () => page.querySelector('country-stance-map')!.shadowRoot!.querySelector('.mark'),
    'map drawn',
  );
  for (const el of widgets) await settled(el);
  return page;
}

function marks(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

describe('a linked dashboard of all three widgets', () => {
  it('selecting India on the map highlights India in the chart and the tracker, not outside the group', async () => {
    const page = await dashboard();
    const map = page.querySelector('country-stance-map')!;
    const chart = page.querySelector<DealValueChart>('deal-value-chart[group="story"]')!;
    const tracker = page.querySelector('delivery-tracker')!;
    const outsider = page.querySelector<DealValueChart>('#outsider')!;
    const india = marks(map, '.mark').find((m) => m.getAttribute('data-id') === 'IND')!;
    india.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(chart);
    await settled(tracker);
    const linkedRows = marks(chart, 'g.row.linked').map(
      (r) => r.querySelector('.label')!.textContent,
    );
    expect(linkedRows).to.have.length(2);
    expect(linkedRows.every((t) => t!.startsWith('India'))).to.be.true;
    expect(marks(chart, 'g.row.dimmed')).to.have.length(2);
    const lanes = marks(tracker, '.lane');
    expect(lanes.filter((l) => l.classList.contains('linked'))).to.have.length(2);
    expect(lanes.filter((l) => l.classList.contains('dimmed'))).to.have.length(2);
    expect(marks(outsider, 'g.row.dimmed')).to.have.length(0);
  });

  it('selecting a deal in the chart highlights its buyer on the map', async () => {
    const page = await dashboard();
    const map = page.querySelector('country-stance-map')!;
    const chart = page.querySelector<DealValueChart>('deal-value-chart[group="story"]')!;
    const china = marks(chart, 'g.mark').find((m) => m.getAttribute('data-id') === 'chn-rus-s400')!;
    china.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(map);
    const linked = marks(map, '.mark.linked').map((m) => m.getAttribute('data-id'));
    expect(linked).to.deep.equal(['CHN']);
    expect(marks(map, '.mark.dimmed').length).to.be.greaterThan(3);
  });

  it('the slider sets as-of for the whole group', async () => {
    const page = await dashboard();
    const slider = page.querySelector('dealboard-timeline-slider')!;
    await slider.updateComplete;
    const range = slider.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.value = '0'; // the first month a source reported (January 2021)
    range.dispatchEvent(new Event('input'));
    const story = [
      ...page.querySelectorAll<Widget>('[group="story"]:not(dealboard-timeline-slider)'),
    ];
    for (const el of story) await settled(el);
    expect(story.map((el) => el.asOf)).to.deep.equal(story.map(() => '2021-01'));
    expect(page.querySelector<DealValueChart>('#outsider')!.asOf).to.equal(null);
    // As of January 2021 the AK-203 deal (December 2021) is not in the story yet.
    const chart = page.querySelector<DealValueChart>('deal-value-chart[group="story"]')!;
    expect(marks(chart, 'g.row .label').map((l) => l.textContent)).to.not.include(
      'India ← Russia, AK-203 rifles',
    );
  });
});
