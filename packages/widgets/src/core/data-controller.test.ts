import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataController } from './data-controller.js';
import { copyOfDataset } from '../../test/helpers.js';

/** A bare element with only the data controller, recording when its warm-up step runs. */
class DataHostElement extends ReactiveElement {
  static override properties = { data: { attribute: false }, src: {} };
  data: unknown = undefined;
  src: string | null = null;
  srcTimeout = 5_000;
  /** The controller's state each time `warmUp` ran. */
  warmUps: { status: string; hasData: boolean }[] = [];
  readonly controller = new DataController(this, {
    warmUp: () =>
      this.warmUps.push({
        status: this.controller.status,
        hasData: this.controller.dataset !== null,
      }),
  });
}
customElements.define('data-host-test', DataHostElement);

async function host(set: (el: DataHostElement) => void): Promise<DataHostElement> {
  const el = document.createElement('data-host-test') as DataHostElement;
  set(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Resolves once the controller has stopped loading. */
async function loaded(el: DataHostElement): Promise<void> {
  while (el.controller.status === 'loading' || el.controller.pending) {
    await (el.controller.pending ?? new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

describe('DataController warm-up', () => {
  afterEach(() => document.querySelectorAll('data-host-test').forEach((el) => el.remove()));

  it('runs while a src file is on its way, in a task of its own', async () => {
    const el = await host((el) => (el.src = '/__faults/slow-300'));
    // Not in the task that asked for the data…
    expect(el.warmUps).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // …but in the next one: the server answers only after 300 ms.
    expect(el.warmUps).to.deep.equal([{ status: 'loading', hasData: false }]);
    await loaded(el);
    expect(el.controller.status).to.equal('ready');
    expect(el.controller.dataset!.deals.length).to.be.greaterThan(0);
    expect(el.warmUps).to.have.length(1);
  });

  it('runs once per element, however often the input changes', async () => {
    const el = await host((el) => (el.src = '/__faults/slow-100'));
    await loaded(el);
    el.src = '/__faults/slow-50';
    await el.updateComplete;
    await loaded(el);
    expect(el.controller.status).to.equal('ready');
    expect(el.warmUps).to.have.length(1);
  });

  it('is not needed for host data checked on the spot', async () => {
    // With the validator chunk already in, small host data is checked and shown at once.
    await import('@dealboard/dataset/validate');
    const el = await host((el) => (el.data = copyOfDataset()));
    await loaded(el);
    expect(el.controller.status).to.equal('ready');
    expect(el.warmUps).to.deep.equal([]);
  });
});

describe('DataController on a move', () => {
  afterEach(() => document.querySelectorAll('data-host-test').forEach((el) => el.remove()));

  it('finishes loading a src file when the element is moved while it loads', async () => {
    const el = document.createElement('data-host-test') as DataHostElement;
    const file = new Blob([JSON.stringify(copyOfDataset())], { type: 'application/json' });
    el.src = URL.createObjectURL(file);
    document.body.append(el);
    await el.updateComplete;
    expect(el.controller.status).to.equal('loading');
    // Moving disconnects the element, which stops its fetch.
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    const start = performance.now();
    while (el.controller.status === 'loading' && performance.now() - start < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(el.controller.status).to.equal('ready');
    expect(el.controller.dataset!.deals.length).to.be.greaterThan(0);
    box.remove();
  });
});
