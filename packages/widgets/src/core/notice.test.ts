import { expect } from '@open-wc/testing';
import type { Dataset } from '@dealboard/dataset';
import '../define/deal-value-chart.js';
import type { DealValueChart } from '../deal-value-chart/deal-value-chart.js';
import { copyOfDataset, mount, nextEvent, settled, texts } from '../../test/helpers.js';
import type { DealboardErrorEvent } from './events.js';

// Loose access for building broken inputs.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A chart shown the bundled dataset as `change` leaves it; the notice's summary and the errors. */
async function noticeFor(
  change: (d: Loose) => void,
): Promise<{ el: DealValueChart; summary: string | undefined; errors: number }> {
  const el = await mount<DealValueChart>('<deal-value-chart></deal-value-chart>');
  const data = copyOfDataset() as Loose;
  change(data);
  const event = nextEvent<DealboardErrorEvent>(el, 'dealboard-error');
  el.data = data as Dataset;
  const { detail } = await event;
  await settled(el);
  return { el, summary: texts(el, 'details.notice summary')[0], errors: detail.errors.length };
}

const marks = (el: Element) => el.shadowRoot!.querySelectorAll('g.mark').length;

describe('the notice of problems in the data', () => {
  it('says every record is shown when the problems skip none (unknown and odd keys)', async () => {
    const { el, summary, errors } = await noticeFor((d) => {
      d.deals[0].notes = 'internal';
      d.deals[1] = JSON.parse(`{"__proto__": 1, ${JSON.stringify(d.deals[1]).slice(1)}`);
      Object.defineProperty(d.deals[2], 'constructor', { value: 1, enumerable: true });
    });
    expect(errors).to.equal(3);
    expect(summary).to.equal('The data has 3 problems; every record is shown.');
    expect(marks(el)).to.equal(4);
  });

  it('keeps a source with an unsafe link, and everything citing it', async () => {
    const { el, summary } = await noticeFor((d) => {
      d.sources[0].url = 'javascript:alert(1)';
    });
    expect(summary).to.equal('The data has 1 problem; every record is shown.');
    expect(marks(el)).to.equal(4);
    expect(texts(el, '[part="footer"] li')[0]).to.contain('Nikkei Asia');
    expect(el.shadowRoot!.querySelector('[part="footer"] a')).to.equal(null);
  });

  it('counts each value claim dropped from a deal that is kept', async () => {
    const { el, summary } = await noticeFor((d) => {
      for (const claim of d.deals[0].valueClaims.slice(1)) claim.amountUsd = -1;
    });
    expect(summary).to.equal('3 records were skipped because the data is invalid (3 problems).');
    expect(marks(el)).to.equal(4);
  });

  it('counts one record for a record with several problems', async () => {
    const { summary } = await noticeFor((d) => {
      d.stances[0].category = 'evil';
      d.stances[0].since = '2021-02-30';
    });
    expect(summary).to.equal('1 record was skipped because the data is invalid (2 problems).');
  });

  it('counts every skipped record past the cap on listed problems', async () => {
    const { summary, errors } = await noticeFor((d) => {
      d.stances = Array.from({ length: 1500 }, (_, i) => ({
        ...d.stances[0],
        id: `s-${i}`,
        category: 'evil',
      }));
    });
    expect(errors).to.equal(1001);
    expect(summary).to.match(/^1500 records were skipped because the data is invalid/);
  });

  it('counts the entries past a limit, which are never read', async () => {
    const { summary } = await noticeFor((d) => {
      const m = d.milestones[0];
      d.milestones = Array.from({ length: 12_000 }, (_, i) => ({ ...m, id: `m-${i}` }));
    });
    expect(summary).to.match(
      /^2000 records were skipped because the data is invalid \(1 problem\)/,
    );
  });
});
