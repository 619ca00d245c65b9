import { expect } from '@open-wc/testing';
import { asOf, dataset } from '@dealboard/dataset';
import { STANCE_HATCH, STANCE_LABEL, STANCE_ORDER, stancesInForce } from './stances.js';

describe('stancesInForce', () => {
  it('gives each country its latest stance in the view', () => {
    const stances = stancesInForce(dataset);
    expect([...stances.keys()].sort()).to.deep.equal([
      'AFG',
      'AUS',
      'CHN',
      'IND',
      'JPN',
      'PAK',
      'RUS',
      'TUR',
      'USA',
    ]);
    expect(stances.get('CHN')!.id).to.equal('chn-buyer-suspended');
    expect(stances.get('TUR')!.id).to.equal('tur-buyer-sanctioned');
  });

  it('follows the as-of cut: later stances and unreported ones are gone', () => {
    const stances = stancesInForce(asOf(dataset, '2021-06'));
    expect(stances.has('AFG')).to.be.false; // since August 2021
    expect(stances.get('CHN')!.category).to.equal('buyer-suspended');
    expect(stancesInForce(asOf(dataset, '2019')).size).to.equal(0); // every source is from 2021
  });

  it('labels and orders every category, and hatches the troubled buyers', () => {
    expect(Object.keys(STANCE_LABEL).sort()).to.deep.equal([...STANCE_ORDER].sort());
    expect(Object.keys(STANCE_HATCH)).to.deep.equal(['buyer-suspended', 'buyer-sanctioned']);
  });
});
