import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { asOf, dataset } from '@dealboard/dataset';
import { WIDGETS, idle, recordFigure } from './widgets.js';
import type { DealboardEl } from './widgets.js';

interface Heap {
  usedSize: number;
  nodes: number;
}

/** Counts observers that are observing, and window listeners, by wrapping the platform. */
function instrument() {
  const live = { resize: 0, mutation: 0, listeners: 0 };
  const patches: (() => void)[] = [];
  const wrap = <T extends object>(proto: T, name: keyof T, fn: (original: any) => any) => {
    const original = proto[name];
    proto[name] = fn(original);
    patches.push(() => (proto[name] = original));
  };
  const observing = new WeakSet<object>();
  for (const [Ctor, key] of [
    [ResizeObserver, 'resize'],
    [MutationObserver, 'mutation'],
  ] as const) {
    wrap(
      Ctor.prototype,
      'observe',
      (original: any) =>
        function (this: object, ...args: unknown[]) {
          if (!observing.has(this)) live[key] += 1;
          observing.add(this);
          return original.apply(this, args);
        },
    );
    wrap(
      Ctor.prototype,
      'disconnect',
      (original: any) =>
        function (this: object) {
          if (observing.has(this)) live[key] -= 1;
          observing.delete(this);
          return original.apply(this);
        },
    );
  }
  wrap(
    window,
    'addEventListener',
    (original: any) =>
      function (this: Window, ...args: unknown[]) {
        live.listeners += 1;
        return original.apply(this, args);
      },
  );
  wrap(
    window,
    'removeEventListener',
    (original: any) =>
      function (this: Window, ...args: unknown[]) {
        live.listeners -= 1;
        return original.apply(this, args);
      },
  );
  return { live, restore: () => patches.forEach((p) => p()) };
}

describe('robustness: load and lifetime', () => {
  it('renders 100 widgets of each kind on one page and stays responsive', async function () {
    // Hundreds of renders: allow for a busy machine (2 cores, suites running side by side).
    this.timeout(60_000);
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const start = performance.now();
    const els: DealboardEl[] = [];
    for (const widget of WIDGETS) {
      for (let i = 0; i < 100; i++)
        els.push(host.appendChild(document.createElement(widget.tag)) as DealboardEl);
    }
    await Promise.all(els.map((el) => idle(el, 30_000)));
    const renderMs = performance.now() - start;
    // Responsiveness: how long a queued task waits once they have rendered.
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve));
    const taskDelayMs = performance.now() - t0;
    const counts = WIDGETS.map(
      (w) => els.filter((el) => el.localName === w.tag && w.rendered(el) > 0).length,
    );
    await recordFigure('100 widgets of each kind', {
      kinds: WIDGETS.length,
      renderMs: Math.round(renderMs),
      taskDelayMs: Math.round(taskDelayMs),
    });
    expect(counts).to.deep.equal(WIDGETS.map(() => 100));
    host.remove();
  });

  it('leaks no observers, listeners or heap over 1,000 create → attach → set data → detach cycles', async function () {
    // Hundreds of renders: allow for a busy machine (2 cores, suites running side by side).
    this.timeout(60_000);
    const data = structuredClone(dataset);
    const { live, restore } = instrument();
    try {
      // Warm up so lazily created caches do not count as growth.
      for (const widget of WIDGETS) {
        const el = document.body.appendChild(document.createElement(widget.tag)) as DealboardEl;
        el.data = data;
        await idle(el);
        el.remove();
      }
      const baseline = { ...live };
      const before = (await executeServerCommand('heap-usage')) as Heap;
      for (let i = 0; i < 1000; i++) {
        const widget = WIDGETS[i % WIDGETS.length]!;
        const el = document.createElement(widget.tag) as DealboardEl;
        document.body.append(el);
        el.data = i % 2 ? data : structuredClone(data);
        await el.updateComplete;
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = (await executeServerCommand('heap-usage')) as Heap;
      const deltaKb = Math.round((after.usedSize - before.usedSize) / 1024);
      await recordFigure('1000 lifecycles', {
        heapBeforeKb: Math.round(before.usedSize / 1024),
        heapAfterKb: Math.round(after.usedSize / 1024),
        heapDeltaKb: deltaKb,
        nodesBefore: before.nodes,
        nodesAfter: after.nodes,
      });
      expect(live).to.deep.equal(baseline);
      expect(after.nodes).to.equal(before.nodes);
      // A leak of one element per cycle would be megabytes; allow for GC noise.
      expect(deltaKb).to.be.lessThan(1024);
    } finally {
      restore();
    }
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> renders only the last of 1,000 rapid changes`, async () => {
      const el = document.createElement(widget.tag) as DealboardEl & {
        theme?: string;
        asOf: string | null;
      };
      document.body.append(el);
      await idle(el);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      let last = structuredClone(dataset);
      for (let i = 0; i < 1000; i++) {
        last = structuredClone(dataset);
        last.deals = last.deals.slice(0, 1 + (i % last.deals.length));
        last.version = `rapid-${i}`;
        el.data = last;
        el.theme = i % 2 ? 'dark' : 'light';
        el.asOf = i % 3 ? null : '2021-06';
      }
      await idle(el);
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(el.getAttribute('theme')).to.equal('dark'); // i = 999
      expect(el.asOf).to.equal('2021-06'); // 999 % 3 === 0
      expect(widget.rendered(el)).to.equal(widget.expected(asOf(last, '2021-06')));
      el.remove();
    });
  }
});
