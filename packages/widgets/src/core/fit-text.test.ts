import { expect } from '@open-wc/testing';
import { fitText, textWidth } from './fit-text.js';

describe('fitText (pure)', () => {
  it('keeps a text that fits and shortens one that does not, with an ellipsis', () => {
    expect(fitText('India ← Russia', 200)).to.equal('India ← Russia');
    const short = fitText('India ← Russia, S-400 Triumf long-range missile systems', 120);
    expect(short).to.match(/^India ← Russia.*…$/);
    expect(textWidth(short)).to.be.at.most(120);
    expect(fitText('India', 3)).to.equal('…');
  });

  it('estimates by font size', () => {
    expect(textWidth('abcd', 10)).to.equal(textWidth('abcd', 20) / 2);
    expect(textWidth(fitText('A long name for a small font', 60, 10), 10)).to.be.at.most(60);
  });
});
