import { expect, fixture, html } from '@open-wc/testing';
import '../define/deal-value-chart.js';
import '../define/timeline-slider.js';
import type { DealValueChart } from '../deal-value-chart/deal-value-chart.js';
import { GroupChannel, groupChannel, joinGroup, leaveGroup } from './group.js';
import type { GroupMember, GroupState } from './group.js';
import { settled } from '../../test/helpers.js';

class Recorder implements GroupMember {
  heard: GroupState[] = [];
  groupChanged(state: GroupState): void {
    this.heard.push(state);
  }
}

describe('group channel (pure)', () => {
  it('tells every other member, and no one when nothing changed', () => {
    const channel = new GroupChannel();
    const [a, b, c] = [new Recorder(), new Recorder(), new Recorder()];
    [a, b, c].forEach((m) => channel.members.add(m));
    channel.publish(a, { country: 'IND' });
    expect(a.heard).to.have.length(0);
    expect(b.heard).to.deep.equal([{ country: 'IND', asOf: null }]);
    channel.publish(b, { country: 'IND' });
    expect(c.heard).to.have.length(1);
  });

  it('keeps groups apart by name and by root, and drops a channel with its last member', () => {
    const rootA = document.createElement('div');
    const rootB = document.createElement('div');
    const [a, b] = [new Recorder(), new Recorder()];
    const one = joinGroup(rootA, 'news', a);
    expect(joinGroup(rootA, 'other', b)).to.not.equal(one);
    expect(joinGroup(rootB, 'news', b)).to.not.equal(one);
    leaveGroup(rootA, 'news', a);
    expect(groupChannel(rootA, 'news')).to.equal(undefined);
    expect(groupChannel(rootA, 'other')).to.exist;
  });
});

async function dashboard(): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <deal-value-chart group="a" id="a1"></deal-value-chart>
      <deal-value-chart group="a" id="a2"></deal-value-chart>
      <deal-value-chart group="b" id="b1"></deal-value-chart>
      <dealboard-timeline-slider group="a"></dealboard-timeline-slider>
    </div>`,
  );
  for (const el of page.querySelectorAll<DealValueChart>('deal-value-chart')) await settled(el);
  return page;
}

function dimmedRows(el: DealValueChart): number {
  return el.shadowRoot!.querySelectorAll('g.row.dimmed').length;
}

describe('linked elements', () => {
  it('share the selected country within a group and not across groups', async () => {
    const page = await dashboard();
    const [a1, a2, b1] = ['a1', 'a2', 'b1'].map((id) =>
      page.querySelector<DealValueChart>(`#${id}`)!,
    );
    const china = [...a1.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')].find(
      (m) => m.getAttribute('data-id') === 'chn-rus-s400',
    )!;
    china.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(a2);
    // China's row stands out in the other chart of group a; the rest are dimmed.
    const linked = a2.shadowRoot!.querySelectorAll('g.row.linked');
    expect(linked).to.have.length(1);
    expect(linked[0]!.querySelector('.label')!.textContent).to.contain('China');
    expect(dimmedRows(a2)).to.equal(3);
    expect(dimmedRows(b1)).to.equal(0);
  });

  it("drop a member's own selection when another member selects another country", async () => {
    const page = await dashboard();
    const [a1, a2] = ['a1', 'a2'].map((id) => page.querySelector<DealValueChart>(`#${id}`)!);
    const click = (chart: DealValueChart, id: string) =>
      [...chart.shadowRoot!.querySelectorAll<SVGGElement>('g.mark')]
        .find((m) => m.getAttribute('data-id') === id)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    click(a1, 'ind-rus-s400');
    await settled(a1);
    expect(a1.selected).to.equal('ind-rus-s400');
    // The other India deal, in the other chart: same country, a1 keeps its selection.
    click(a2, 'ind-rus-ak203');
    await settled(a1);
    expect(a1.selected).to.equal('ind-rus-s400');
    click(a2, 'chn-rus-s400');
    await settled(a1);
    expect(a1.selected).to.equal(null);
    expect(a1.shadowRoot!.querySelector('.detail')!.textContent).to.contain(
      'Select or focus a mark',
    );
    expect(a1.shadowRoot!.querySelector('g.row.linked .label')!.textContent).to.contain('China');
  });

  it('share as-of through the slider, and the slider follows a member', async () => {
    const page = await dashboard();
    const [a1, a2, b1] = ['a1', 'a2', 'b1'].map((id) =>
      page.querySelector<DealValueChart>(`#${id}`)!,
    );
    const slider = page.querySelector('dealboard-timeline-slider')!;
    await slider.updateComplete;
    const range = slider.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(range.getAttribute('aria-valuetext')).to.equal('All dates');
    range.value = '0';
    range.dispatchEvent(new Event('input'));
    await settled(a1);
    await settled(a2);
    expect(a1.asOf).to.equal(slider.value);
    expect(a1.asOf).to.match(/^\d{4}-\d{2}$/);
    expect(a2.asOf).to.equal(slider.value);
    expect(b1.asOf).to.equal(null);
    expect(range.getAttribute('aria-valuetext')).to.match(/^[A-Z][a-z]+ \d{4}$/);
    a2.asOf = '2021-02';
    await settled(a2);
    await slider.updateComplete;
    expect(slider.value).to.equal('2021-02');
    expect(a1.asOf).to.equal('2021-02');
  });

  it('leaves the group when removed, and the last one out drops the channel', async () => {
    const page = await dashboard();
    const root = page.getRootNode();
    expect(groupChannel(root, 'a')!.members.size).to.equal(3);
    page.querySelector('#a1')!.remove();
    expect(groupChannel(root, 'a')!.members.size).to.equal(2);
    page.querySelectorAll('[group="a"]').forEach((el) => el.remove());
    expect(groupChannel(root, 'a')).to.equal(undefined);
  });
});
