import { expect } from '@open-wc/testing';
import { linearScale } from './linear-scale.js';

describe('linearScale (pure)', () => {
  it('maps a niced domain onto the range', () => {
    const x = linearScale([0, 5.3e9], [0, 550]);
    expect(x.domain).to.deep.equal([0, 5.5e9]);
    expect(x(0)).to.equal(0);
    expect(x(2.75e9)).to.equal(275);
    expect(x(5.5e9)).to.equal(550);
  });

  it('gives round ticks inside the domain', () => {
    const x = linearScale([0, 30e9], [0, 600]);
    expect(x.ticks(4)).to.deep.equal([0, 10e9, 20e9, 30e9]);
  });

  it('does not divide by zero on an empty domain', () => {
    const x = linearScale([0, 0], [0, 100]);
    expect(Number.isFinite(x(0))).to.be.true;
  });
});
