import { expect } from '@open-wc/testing';
import { dataset } from '@dealboard/dataset';
import { filterDeals, parseCodes } from './filters.js';

describe('filterDeals', () => {
  it('keeps the deals of the listed buyers and suppliers, and knows their ids', () => {
    const { deals, ids } = filterDeals(dataset.deals, 'ind, tur', null);
    expect(deals.length).to.be.greaterThan(0);
    expect(deals.every((d) => d.buyer === 'IND' || d.buyer === 'TUR')).to.equal(true);
    for (const deal of dataset.deals) expect(ids.has(deal.id)).to.equal(deals.includes(deal));
  });

  it('unfiltered, hands back the same list instead of a copy', () => {
    const { deals, ids } = filterDeals(dataset.deals, null, ' , ');
    expect(deals).to.equal(dataset.deals);
    expect(dataset.deals.every((d) => ids.has(d.id))).to.equal(true);
    expect(parseCodes(' , ')).to.equal(null);
  });
});
