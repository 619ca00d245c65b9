import { expect, fixture, html } from '@open-wc/testing';
import { scrollIntoWindow, windowed } from './scrolling-window.js';

describe('windowed', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('is the slice in view, with kept items outside it in document order', () => {
    expect(windowed(items, [2, 4], [])).to.deep.equal(['c', 'd']);
    expect(windowed(items, [2, 4], [6, 0, undefined, 3, 0])).to.deep.equal(['a', 'c', 'd', 'g']);
    expect(windowed(items, [2, 4], [5, 6])).to.deep.equal(['c', 'd', 'f', 'g']);
    expect(windowed(items, [2, 4], [-1, 7])).to.deep.equal(['c', 'd']);
  });
});

describe('scrollIntoWindow', () => {
  it('centres content out of view and leaves content in view alone', async () => {
    const scroller = await fixture<HTMLElement>(
      html`<div style="height: 100px; overflow: auto"><div style="height: 1000px"></div></div>`,
    );
    expect(scrollIntoWindow(scroller, 20, 60)).to.equal(null);
    expect(scrollIntoWindow(scroller, 500, 540)).to.equal(470);
    expect(scroller.scrollTop).to.equal(470);
    expect(scrollIntoWindow(scroller, 480, 560)).to.equal(null);
    expect(scrollIntoWindow(scroller, 0, 40)).to.equal(0);
  });
});
