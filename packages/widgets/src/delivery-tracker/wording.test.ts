import { expect } from '@open-wc/testing';
import { dataset, latestSourceDate } from '@dealboard/dataset';
import { layoutTracker } from './layout.js';
import { markName, markNamer } from './wording.js';

describe('mark names', () => {
  it('names many marks at once exactly as it names each one', () => {
    const { marks } = layoutTracker(dataset.deals, dataset.milestones, 800, {
      asOf: latestSourceDate(dataset),
    });
    expect(marks.some((m) => m.conflictsWith.length)).to.be.true;
    for (const locale of ['en', 'de', 'ar']) {
      const name = markNamer(locale);
      // Twice over: the second pass reads the remembered deals and dates.
      for (let pass = 0; pass < 2; pass++) {
        expect(marks.map(name)).to.deep.equal(marks.map((m) => markName(m, locale)));
      }
    }
    expect(
      markNamer('en')(marks.find((m) => m.milestone.id === 'ind-s400-first-batteries')!),
    ).to.equal(
      'India ← Russia, S-400 Triumf: shipment, expected September 2021 – October 2021, First batteries expected between September and October 2021 (overdue)',
    );
  });
});
