import { expect, fixture, html } from '@open-wc/testing';
import { render, svg } from 'lit';
import { paths } from './paths.js';
import type { PathAttributes } from './paths.js';

describe('paths()', () => {
  async function group() {
    const host = await fixture<SVGSVGElement>(html`<svg></svg>`);
    const draw = (list: PathAttributes[]) => render(svg`<g ${paths(list)}></g>`, host);
    const drawn = () => [...host.querySelectorAll('g > path')] as SVGPathElement[];
    return { draw, drawn };
  }

  it('draws one path per entry, with its attributes in order', async () => {
    const { draw, drawn } = await group();
    draw([
      { role: 'option', class: 'mark a', d: 'M0,0L1,1Z' },
      { role: 'option', class: 'mark b', d: 'M2,2L3,3Z' },
    ]);
    const [a, b] = drawn();
    expect(drawn()).to.have.length(2);
    expect(a!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(a!.getAttributeNames()).to.deep.equal(['role', 'class', 'd']);
    expect(b!.getAttribute('class')).to.equal('mark b');
    expect(b!.getAttribute('d')).to.equal('M2,2L3,3Z');
  });

  it('keeps the elements by position and touches only what changed', async () => {
    const { draw, drawn } = await group();
    draw([
      { class: 'a', tabindex: '0', d: 'M0,0Z' },
      { class: 'b', tabindex: '-1', d: 'M1,1Z' },
    ]);
    const before = drawn();
    // An attribute changed behind its back stays: the directive sets only what it changed.
    before[1]!.setAttribute('d', 'changed elsewhere');
    draw([
      { class: 'a', tabindex: '-1', d: 'M0,0Z' },
      { class: 'b dimmed', tabindex: '0', d: 'M1,1Z' },
    ]);
    const after = drawn();
    expect(after[0]).to.equal(before[0]);
    expect(after[1]).to.equal(before[1]);
    expect(after.map((p) => p.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    expect(after[1]!.getAttribute('class')).to.equal('b dimmed');
    expect(after[1]!.getAttribute('d')).to.equal('changed elsewhere');
  });

  it('adds and removes paths at the end, and leaves out null attributes', async () => {
    const { draw, drawn } = await group();
    draw([{ class: 'a', 'aria-label': 'A' }]);
    const [first] = drawn();
    draw([
      { class: 'a', 'aria-label': null },
      { class: 'b', 'aria-label': 'B' },
      { class: 'c', 'aria-label': 'C' },
    ]);
    expect(drawn()).to.have.length(3);
    expect(drawn()[0]).to.equal(first);
    expect(first!.hasAttribute('aria-label')).to.be.false;
    expect(drawn().map((p) => p.getAttribute('class'))).to.deep.equal(['a', 'b', 'c']);
    draw([{ class: 'a', 'aria-label': null }]);
    expect(drawn()).to.have.length(1);
    expect(drawn()[0]).to.equal(first);
    draw([]);
    expect(drawn()).to.have.length(0);
  });
});
