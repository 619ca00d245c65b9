import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { dataset, validateDataset } from '@dealboard/dataset';
import { mutatedDataset } from '../../packages/dataset/test/mutations.mjs';
import { WIDGETS, idle, recordFigure } from './widgets.js';
import type { DealboardEl } from './widgets.js';

/** Hand-written cases the generator might miss. */
function handWritten(): unknown[] {
  const base = () =>
    structuredClone(dataset) as unknown as Record<string, unknown[]> & { deals: any[] };
  const cases: unknown[] = [];
  const edit = (fn: (d: ReturnType<typeof base>) => void) => {
    const d = base();
    fn(d);
    cases.push(d);
  };
  edit((d) => (d.deals[0].valueClaims[0].amountUsd = 'five billion'));
  edit((d) => delete d.deals[1].buyer);
  edit((d) => (d.deals[0].valueClaims[1].amountUsd = NaN));
  edit((d) => (d.deals[0].valueClaims[1].amountUsd = Infinity));
  edit((d) => (d.deals[0].valueClaims[2].amountUsd = -1));
  edit((d) => (d.deals[0].valueClaims[2].amountUsd = 1e300));
  edit((d) => (d.deals[2].date = '2021-13-45'));
  edit((d) => (d.deals[3].supplier = 'ZZZ'));
  edit((d) => (d.deals = []));
  edit((d) => (d.deals[0].system = 'x'.repeat(1_000_000)));
  edit((d) => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 5000; i++) deep = (deep.next = {}) as Record<string, unknown>;
    d.deals[1].summary = root;
  });
  edit((d) => d.deals.push(structuredClone(d.deals[0])));
  edit((d) => (d.deals[1].sources = ['missing-source']));
  edit((d) =>
    d.deals.push(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
    ),
  );
  edit((d) => ((d as any).milestones[0].dealId = 'nowhere'));
  edit((d) => ((d as any).stances[0].country = 'XXX'));
  edit((d) => ((d as any).milestones = 'none'));
  cases.push(
    null,
    'a string',
    42,
    [],
    { deals: null },
    JSON.parse('{"__proto__": {"admin": true}}'),
  );
  return cases;
}

const generated = fc.sample(mutatedDataset(dataset), { numRuns: 400, seed: 20261123 });
// Only inputs that really are invalid: each must produce a notice or an error.
const CASES = [...handWritten(), ...generated]
  .filter((input) => !validateDataset(input).ok)
  .slice(0, 230);

type Path = 'property' | 'inline' | 'src';

/**
 * What the element receives through a path: inline JSON and `src` carry the
 * JSON text (NaN becomes null, undefined fields vanish), the property the object.
 */
function received(path: Path, input: unknown): { text: string; value: unknown } {
  const text = JSON.stringify(input) ?? 'undefined';
  if (path === 'property') return { text, value: input };
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    return { text, value: undefined };
  }
}

async function feed(el: DealboardEl, path: Path, input: unknown): Promise<void> {
  const { text } = received(path, input);
  if (path === 'property') {
    el.data = input;
  } else if (path === 'inline') {
    let script = el.querySelector('script[type="application/json"]');
    if (!script) {
      script = document.createElement('script');
      script.setAttribute('type', 'application/json');
      el.append(script);
    }
    script.textContent = text;
  } else {
    el.src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  }
  await new Promise((resolve) => setTimeout(resolve));
  await idle(el);
}

describe('robustness: malformed datasets through every data path', () => {
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`has a corpus of at least 200 invalid cases`, () => {
    expect(CASES.length).to.be.at.least(200);
  });

  for (const widget of WIDGETS) {
    for (const path of ['property', 'inline', 'src'] as Path[]) {
      it(`<${widget.tag}> via ${path}: reports every case, keeps every valid record, throws nothing`, async () => {
        uncaught = [];
        const el = document.createElement(widget.tag) as DealboardEl;
        document.body.append(el);
        let events = 0;
        el.addEventListener('dealboard-error', () => (events += 1));
        const failures: string[] = [];
        let tried = 0;
        let previous = '';
        for (const [i, input] of CASES.entries()) {
          const { text, value } = received(path, input);
          // The same inline text again is no change (NaN and Infinity both become null).
          if (path === 'inline' && text === previous) continue;
          previous = text;
          // null/undefined as a property are no bad input (null: the host's data is
          // still loading; undefined: not set, the bundled data shows);
          // a case whose JSON form is valid is no bad-input case for that path.
          if (path === 'property' && (input === null || input === undefined)) continue;
          if (text !== 'undefined' && validateDataset(value).ok) continue;
          tried += 1;
          const before = events;
          await feed(el, path, input);
          const { data } = validateDataset(value);
          const panel = el.shadowRoot!.querySelector('[role="alert"], details.notice');
          const valid =
            data && data.deals.length + data.milestones.length + data.stances.length > 0
              ? data
              : null;
          const expected = valid ? widget.expected(valid) : 0;
          const rendered = widget.rendered(el);
          if (events === before) failures.push(`#${i}: no dealboard-error`);
          if (!panel) failures.push(`#${i}: no notice or error panel`);
          if (rendered !== expected)
            failures.push(`#${i}: rendered ${rendered} of ${expected} valid records`);
        }
        el.remove();
        await recordFigure(`bad-input ${widget.tag} ${path}`, { tried, failed: failures.length });
        expect(tried).to.be.at.least(200);
        expect(failures, failures.slice(0, 5).join('\n')).to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    }
  }
});
