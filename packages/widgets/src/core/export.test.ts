import { expect } from '@open-wc/testing';
import { citation, toCsv } from './export.js';
import { safeUrl } from './safe-url.js';
import type { TableModel } from './table-model.js';

const table: TableModel = {
  caption: 'Deals',
  columns: [{ label: 'Deal' }, { label: 'Value', numeric: true }],
  csvColumns: ['deal', 'value_usd'],
  rows: [
    { id: 'a', cells: ['A', '$1'], raw: ['India, "S-400"', 5.4e9] },
    { id: 'b', cells: ['B', '—'], raw: ['=HYPERLINK("x")', null] },
  ],
};
const sources = [
  {
    id: 'nyt',
    publisher: 'The New York Times',
    title: 'Ties\nexpand',
    date: '2021-12-06',
    kind: 'news' as const,
  },
];

describe('export helpers (pure)', () => {
  it('writes CSV with a citing header, quoting and formula guards', () => {
    const csv = toCsv(table, { version: '1.2.3' }, sources);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('# Deals — Dealboard dataset 1.2.3');
    expect(lines[1]).to.equal('# Source [nyt]: The New York Times, "Ties expand", 2021-12-06');
    expect(lines[2]).to.equal('deal,value_usd');
    expect(lines[3]).to.equal('"India, ""S-400""",5400000000');
    expect(lines[4]).to.equal(`"'=HYPERLINK(""x"")",`);
  });

  it('cites the dataset version and every source', () => {
    expect(citation('Deals', { version: '1.2.3' }, sources)).to.equal(
      'Deals. Dealboard dataset 1.2.3. Sources: The New York Times, “Ties\nexpand” (2021-12-06).',
    );
  });

  it('lets only http(s) links through', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).to.equal(null);
    expect(safeUrl('data:text/html,<script>')).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });
});
