import { expect } from '@open-wc/testing';
import { alpha3ToNumeric, dataset } from '@dealboard/dataset';
import topology from './geometry/world-110m.js';
import { featureCode } from './iso.js';

const features = topology.objects.countries.geometries;

describe('featureCode (world-atlas id → ISO alpha-3)', () => {
  it('matches every country of the dataset to its outline by ISO 3166-1 numeric code', () => {
    // The standard's own codes, written out here, not read from the table under test.
    const expected: Record<string, string> = {
      AFG: '004',
      AUS: '036',
      CHN: '156',
      IND: '356',
      JPN: '392',
      PAK: '586',
      RUS: '643',
      TUR: '792',
      USA: '840',
    };
    const codes = new Set([
      ...dataset.stances.map((s) => s.country),
      ...dataset.deals.flatMap((d) => [d.buyer, d.supplier]),
    ]);
    expect([...codes].sort()).to.deep.equal(Object.keys(expected));
    for (const code of codes) {
      const outline = features.filter((g) => g.id === expected[code]);
      expect(outline, code).to.have.length(1);
      expect(featureCode(outline[0]!.id)).to.equal(code);
    }
  });

  it('maps every outline with an id to a code and back', () => {
    const withId = features.filter((g) => g.id !== undefined);
    expect(withId.length).to.be.greaterThan(170);
    for (const { id } of withId) {
      const code = featureCode(id);
      expect(code, `feature ${id}`).to.match(/^[A-Z]{3}$/);
      expect(alpha3ToNumeric(code!)).to.equal(id);
    }
    // No two outlines claim one country.
    const codes = withId.map((g) => featureCode(g.id));
    expect(new Set(codes).size).to.equal(codes.length);
  });

  it('gives null for the areas without an ISO code, and never guesses', () => {
    // Kosovo, Northern Cyprus and Somaliland have no id in world-atlas.
    expect(features.filter((g) => g.id === undefined)).to.have.length(3);
    for (const id of [undefined, null, '', 'IND', '-99', 1000, 3.5]) {
      expect(featureCode(id), String(id)).to.be.null;
    }
    // Numbers and unpadded strings are world-atlas ids too.
    expect(featureCode(4)).to.equal('AFG');
    expect(featureCode('4')).to.equal('AFG');
  });
});
