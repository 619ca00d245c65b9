import { expect } from '@open-wc/testing';
import { WIDGETS, idle, recordFigure } from './widgets.js';
import type { DealboardEl } from './widgets.js';

// [src, what the panel must say, src-timeout in ms]
const faults: [string, string, number][] = [
  ['/__faults/missing', 'the server answered 404', 5000],
  ['/__faults/status-500', 'the server answered 500', 5000],
  ['http://127.0.0.1:1/unreachable.json', 'the network request failed', 5000],
  ['/__faults/hang', 'took longer than 0.3 seconds', 300],
  ['/packages/widgets/test/fixtures/not-json.txt', 'is not valid JSON', 5000],
  ['/__faults/huge', 'is too large to show', 15000],
  // Refused by its declared size, before the body (which never comes) is read.
  ['/__faults/huge-slow', 'is too large to show', 10000],
];

describe('robustness: src faults', () => {
  for (const widget of WIDGETS) {
    for (const [src, message, timeout] of faults) {
      it(`<${widget.tag}> says "${message}" for ${src}`, async () => {
        const el = document.createElement(widget.tag) as DealboardEl;
        el.srcTimeout = timeout;
        const event = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('dealboard-error', (e) => resolve(e as CustomEvent), { once: true }),
        );
        el.src = src;
        document.body.append(el);
        const { detail } = await event;
        await idle(el);
        expect(detail.errors[0].message).to.contain(message);
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(message);
        expect(widget.rendered(el)).to.equal(0);
        el.remove();
      });
    }

    it(`<${widget.tag}>: a slow response raced by a changed src loses to the later one`, async () => {
      const el = document.createElement(widget.tag) as DealboardEl;
      el.src = '/__faults/slow-800';
      document.body.append(el);
      await el.updateComplete;
      el.src = '/packages/widgets/test/fixtures/not-json.txt';
      await idle(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'not valid JSON',
      );
      // The slow one arrives later and must not replace what the later src showed.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'not valid JSON',
      );
      expect(widget.rendered(el)).to.equal(0);
      el.remove();
    });
  }

  after(() => recordFigure('src faults', { tried: WIDGETS.length * (faults.length + 1) }));
});
