import { expect } from '@open-wc/testing';
import { findAccessibilityNode } from '@web/test-runner-commands';
import '../define/delivery-tracker.js';
import '../define/country-stance-map.js';
import { accessibilityTree, mount, settled } from '../../test/helpers.js';

/** Headings in the element's accessibility tree, as `level: name`. */
async function headings(tag: string): Promise<string[]> {
  const tree = await accessibilityTree(tag);
  const found: string[] = [];
  findAccessibilityNode(tree, (node) => {
    if (node.role === 'heading') found.push(`${node.level}: ${node.name}`);
    return false;
  });
  return found;
}

describe('heading-level', () => {
  it('makes the title a heading of that level, still naming the figure', async () => {
    const el = await mount(
      '<delivery-tracker heading="Deliveries" heading-level="3"></delivery-tracker>',
    );
    await settled(el);
    expect(await headings('delivery-tracker')).to.deep.equal(['3: Deliveries']);
    const figure = el.shadowRoot!.querySelector('[role="figure"]')!;
    expect(figure.getAttribute('aria-labelledby')).to.equal('title');
    await expect(el).to.be.accessible();

    el.setAttribute('heading-level', '2');
    await settled(el);
    expect(await headings('delivery-tracker')).to.deep.equal(['2: Deliveries']);
  });

  it('leaves the title plain text without it, or when it is not a level from 1 to 6', async () => {
    const el = await mount('<country-stance-map heading="Stances"></country-stance-map>');
    await settled(el);
    expect(await headings('country-stance-map')).to.deep.equal([]);
    for (const value of ['0', '7', '2.5', 'two']) {
      el.setAttribute('heading-level', value);
      await settled(el);
      expect(await headings('country-stance-map'), value).to.deep.equal([]);
    }
  });
});
