import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset } from '@dealboard/dataset';
import type { Dataset, Milestone } from '@dealboard/dataset';
import '../define/delivery-tracker.js';
import type { DeliveryTracker } from './delivery-tracker.js';
import { LIST_ROWS, layoutTracker, MAX_TRACKS } from './layout.js';
import { milestoneState } from './deal-progress.js';
import type { DealboardSelectEvent } from '../core/events.js';
import { copyOfDataset, menuButton, mount, offered, settled } from '../../test/helpers.js';

const COUNT = 10_000;

/**
 * `count` milestones on the 4 bundled deals: the bundled ones over and over,
 * renamed, each rival pair in a group of its own. Hundreds share each date.
 */
function manyMilestones(count = COUNT): Dataset {
  const data = copyOfDataset();
  const base = data.milestones;
  data.milestones = Array.from({ length: count }, (_, i): Milestone => {
    const m = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    const renamed = { ...m, id: `${m.id}-${copy}` };
    if (m.conflictGroup) renamed.conflictGroup = `${m.conflictGroup}-${copy}`;
    return renamed;
  });
  return data;
}

async function mountWith(data: Dataset, width = 800): Promise<DeliveryTracker> {
  const el = await mount<DeliveryTracker>('<delivery-tracker></delivery-tracker>', width);
  el.data = data;
  await settled(el);
  return el;
}

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** The milestones in the "+N more" items of a compact list, by their text. */
const moreCount = (item: Element) =>
  Number(/^\+([\d,]+) more milestones?, /.exec(item.textContent!.trim())![1]!.replace(/,/g, ''));

/** Milestones in the CSV a tracker offers: after the `#` comments and the header, a row each. */
async function csvIds(el: DeliveryTracker): Promise<Set<string>> {
  const { blob } = await offered(() => menuButton(el, 'Download CSV').click());
  const lines = (await blob.text())
    .trim()
    .split('\r\n')
    .filter((l) => !l.startsWith('#'));
  return new Set(lines.slice(1).map((line) => line.split(',')[0]!));
}

describe('delivery-tracker with many milestones in few lanes', () => {
  // Speed itself is the bench's to measure (a wall-clock limit here would be
  // flaky on a busy machine): these check the structure that keeps it fast.
  it('draws a few tracks and "+N" clusters per lane, yet counts and lists every milestone', async () => {
    const el = await mountWith(manyMilestones());
    const marks = all(el, '.mark:not(.cluster)');
    const clusters = all(el, '.mark.cluster');
    // Before: all 10,000 were drawn, in lanes tens of thousands of px tall.
    expect(marks.length + clusters.length).to.be.below(600);
    expect(clusters.length).to.be.greaterThan(0);
    const folded = clusters.map((c) => Number(c.textContent!.replace(/\D/g, '')));
    expect(marks.length + folded.reduce((a, b) => a + b, 0)).to.equal(COUNT);
    // Each pill shows its count in the reader's digits ("+2,345"), inside the pill.
    for (const [i, cluster] of clusters.entries()) {
      const count = cluster.querySelector<SVGTextElement>('.cluster-count')!;
      expect(count.textContent).to.equal(`+${folded[i]!.toLocaleString('en-US')}`);
      const pill = Number(cluster.querySelector('.cluster-body')!.getAttribute('width'));
      expect(count.getComputedTextLength()).to.be.below(pill);
    }
    expect(folded.some((n) => n >= 1000)).to.equal(true);
    for (const lane of all(el, '[part~="lane"]')) {
      expect(lane.getBoundingClientRect().height).to.be.at.most(36 + (MAX_TRACKS + 1) * 20 + 12);
    }
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(svg.getAttribute('aria-label')).to.contain(
      `4 deals, ${COUNT.toLocaleString('en-US')} milestones`,
    );
    // The CSV has each one (the table view is built from the same rows: see below).
    const { blob } = await offered(() => menuButton(el, 'Download CSV').click());
    // After the `#` comments, the header, then a row per milestone.
    const lines = (await blob.text())
      .trim()
      .split('\r\n')
      .filter((l) => !l.startsWith('#'));
    const ids = new Set(lines.slice(1).map((line) => line.split(',')[0]));
    expect(ids.size).to.equal(COUNT);
    expect(ids.has('ind-s400-all-five-434') && ids.has('chn-s400-order-0')).to.be.true;
  });

  it('stops the keyboard at a cluster, whose detail names its milestones', async () => {
    const el = await mountWith(manyMilestones(2_300));
    const first = all(el, '.mark').find((m) => m.getAttribute('tabindex') === '0') as SVGElement;
    first.focus();
    await settled(el);
    // End goes to the last stop of the first lane: its last cluster.
    await sendKeys({ press: 'End' });
    await settled(el);
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.classList.contains('cluster')).to.be.true;
    expect(focused.getAttribute('role')).to.equal('option');
    expect(focused.getAttribute('aria-label')).to.match(/: \+\d+ milestones?, /);
    const detail = el.shadowRoot!.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
    expect(detail).to.contain('with no room of their own');
    expect(detail).to.contain('The table view lists every one');
    await expect(el).to.be.accessible();
    el.view = 'table';
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2_300);
  });

  it('finds overdue milestones as a test of each against every report would', () => {
    // Each expected milestone against each report of its deal, as before the index.
    const naive = (m: Milestone, reports: Milestone[], asOfEnd: Date) => {
      const span = (x: Milestone) => layoutSpan.get(x)!;
      const w = span(m);
      if (m.status === 'reported') return 'reported';
      if (w.end > asOfEnd) return 'expected';
      const same = reports.filter((r) => r.kind === m.kind && span(r).start < w.end);
      if (m.units) {
        const byEvent = new Map<string, number>();
        for (const r of same) {
          if (r.units?.unit !== m.units.unit) continue;
          const e = r.conflictGroup ?? r.id;
          byEvent.set(e, Math.max(byEvent.get(e) ?? -1, r.units.count));
        }
        const total = [...byEvent.values()].reduce((a, b) => a + b, 0);
        return byEvent.size && total >= m.units.count ? 'expected' : 'overdue';
      }
      return same.some((r) => w.start < span(r).end) ? 'expected' : 'overdue';
    };
    const data = manyMilestones(1_000);
    const layout = layoutTracker(data.deals, data.milestones, 800, { asOf: '2021-06' });
    const layoutSpan = new Map(layout.marks.map((m) => [m.milestone, m.span]));
    const asOfEnd = new Date(Date.UTC(2021, 6, 1));
    const states = new Set<string>();
    for (const lane of layout.lanes) {
      const reports = lane.marks.map((m) => m.milestone).filter((m) => m.status === 'reported');
      for (const { milestone, span, state } of lane.marks) {
        const want = naive(milestone, reports, asOfEnd);
        expect(state, milestone.id).to.equal(want);
        expect(milestoneState(milestone, span, [...reports], asOfEnd)).to.equal(want);
        states.add(want);
      }
    }
    expect([...states]).to.have.members(['reported', 'expected', 'overdue']);
  });

  it('lists a few milestones and one "+N more" per lane when compact, yet counts and lists every one', async () => {
    const el = await mountWith(manyMilestones(), 360);
    const list = el.shadowRoot!.querySelector('[part~="list"]')!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(list.getAttribute('aria-label')).to.contain(
      `4 deals, ${COUNT.toLocaleString('en-US')} milestones`,
    );
    const options = all(el, '[role="option"]');
    // Before: an option for each of the 10,000.
    expect(options.length).to.be.at.most(4 * LIST_ROWS);
    const lanes = all(el, '[part~="lane"]');
    expect(lanes).to.have.length(4);
    let listed = 0;
    for (const lane of lanes) {
      const items = [...lane.querySelectorAll('[role="option"]')];
      expect(items).to.have.length(LIST_ROWS);
      // The "+N more" item is the lane's last, an option like the others.
      const more = items.at(-1)!;
      expect(more.matches('.mark.cluster')).to.be.true;
      expect(lane.querySelectorAll('.mark.cluster')).to.have.length(1);
      listed += items.length - 1 + moreCount(more);
    }
    expect(listed).to.equal(COUNT);
    const ids = await csvIds(el);
    expect(ids.size).to.equal(COUNT);
  });

  it('stops the keyboard at a compact lane’s "+N more", whose detail names its milestones', async () => {
    const el = await mountWith(manyMilestones(2_300), 360);
    const selects: DealboardSelectEvent[] = [];
    el.addEventListener('dealboard-select', (e) => selects.push(e as DealboardSelectEvent));
    const first = all(el, '.mark').find((m) => m.getAttribute('tabindex') === '0') as HTMLElement;
    const lane = first.closest('[part~="lane"]')!;
    first.focus();
    await settled(el);
    // Down through the lane's first milestones to its "+N more".
    for (let i = 1; i < LIST_ROWS; i++) await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const more = el.shadowRoot!.activeElement!;
    expect(more.closest('[part~="lane"]')).to.equal(lane);
    expect(more.classList.contains('cluster')).to.be.true;
    expect(more.getAttribute('role')).to.equal('option');
    expect(more.getAttribute('tabindex')).to.equal('0');
    const detail = () => el.shadowRoot!.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
    expect(detail()).to.match(/[\d,]+ more milestones, not listed one by one/);
    expect(detail()).to.contain('The table view lists every one');
    // As a cluster of the timeline: Enter selects no milestone.
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.selected).to.be.null;
    expect(selects).to.have.length(0);
    // On to the next lane's first milestone, and back.
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const next = el.shadowRoot!.activeElement!;
    expect(next.closest('[part~="lane"]')).not.to.equal(lane);
    expect(next.classList.contains('cluster')).to.be.false;
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal(more);
    await expect(el).to.be.accessible();
    // A milestone in it, selected from outside, shows as it selected.
    el.selected = 'ind-s400-all-five-90';
    await settled(el);
    expect(el.shadowRoot!.querySelector(`.mark[data-id="${el.selected}"]`)).to.be.null;
    const chosen = all(el, '[aria-selected="true"]');
    expect(chosen).to.have.length(1);
    expect(chosen[0]!.matches('.mark.cluster')).to.be.true;
    const india = chosen[0]!.closest('[part~="lane"]')!.getAttribute('aria-label');
    expect(india).to.match(/^India ← Russia, S-400/);
    el.view = 'table';
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2_300);
  });

  it('draws the bundled data mark by mark, with no cluster', async () => {
    const el = await mount<DeliveryTracker>('<delivery-tracker></delivery-tracker>');
    expect(all(el, '.mark.cluster')).to.have.length(0);
    expect(all(el, '.mark')).to.have.length(dataset.milestones.length);
  });
});
