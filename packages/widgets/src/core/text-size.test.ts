import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../define/deal-value-chart.js';
import { mount, settled } from '../../test/helpers.js';

/** The reader's default text size, as set in the browser's settings. */
async function setDefaultTextSize(px: number): Promise<void> {
  await executeServerCommand('set-default-font-size', { px });
}

/** Computed font size, px, of the element's first `selector` in its shadow root. */
function sizeOf(el: Element, selector: string): number {
  return parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
}

describe('text size', () => {
  afterEach(async () => {
    await setDefaultTextSize(16);
    document.documentElement.style.fontSize = '';
  });

  it('is 14px at the usual default, whatever the page sets on its root', async () => {
    await setDefaultTextSize(16);
    document.documentElement.style.fontSize = '62.5%';
    const el = await mount('<deal-value-chart></deal-value-chart>');
    await settled(el);
    expect(sizeOf(el, '[part~="base"]')).to.equal(14);
    expect(sizeOf(el, '[part~="footer"]')).to.be.below(14);
  });

  it("follows a reader's larger default text size in the frame's text", async () => {
    await setDefaultTextSize(24);
    const el = await mount('<deal-value-chart></deal-value-chart>');
    await settled(el);
    expect(sizeOf(el, '[part~="base"]')).to.equal(21);
    expect(sizeOf(el, '#title')).to.be.above(21);
    expect(sizeOf(el, '[part~="footer"]')).to.be.above(14);
    // The picture's labels keep the size its layout places them by.
    expect(sizeOf(el, 'svg text')).to.equal(12);
  });

  it('takes a size the host sets', async () => {
    await setDefaultTextSize(24);
    const el = await mount(
      '<deal-value-chart style="--dealboard-font-size: 13px"></deal-value-chart>',
    );
    await settled(el);
    expect(sizeOf(el, '[part~="base"]')).to.equal(13);
  });
});
