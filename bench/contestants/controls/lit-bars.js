// Control, never a target: the floor's bar chart (same marks, same thinned
// labels, same axis) as a bare Lit element that formats its axis with `Intl`,
// as Dealboard must (Lit renders; amounts in the reader's locale). No input
// check, no frame (title, legend, table view, sources, keyboard, theming):
// what the stack Dealboard is built on costs before any of Dealboard's own work.
import { LitElement, html, svg } from 'lit';
import { BAR_COLOR, LABEL_MARGIN, barLayout } from '../shared.js';

let amount = null;
/** "$1.5B" in the page's locale, as Dealboard formats amounts. */
const usd = (value) =>
  (amount ??= new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  })).format(value);

class LitBars extends LitElement {
  static properties = {
    rows: { attribute: false },
    width: { type: Number },
    height: { type: Number },
  };

  render() {
    const { rows, width, height } = this;
    const { plotHeight, band, every, values, x } = barLayout(rows, width, height);
    const bar = (row, i) =>
      svg`<rect x="0" y=${i * band + band * 0.1} width=${x(row.value)} height=${Math.max(band * 0.8, 0.5)}></rect>`;
    const label = (row, i) =>
      i % every === 0
        ? svg`<text x=${LABEL_MARGIN - 6} y=${i * band + band / 2 + 4}>${row.label}</text>`
        : null;
    return html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="img">
      <g stroke="#d8dee4" transform="translate(${LABEL_MARGIN} 0)">
        ${values.map((v) => svg`<line x1=${x(v)} x2=${x(v)} y1="0" y2=${plotHeight}></line>`)}
      </g>
      <g font-size="11" fill="#59636e" text-anchor="middle">
        ${values.map((v) => svg`<text x=${LABEL_MARGIN + x(v)} y=${plotHeight + 16}>${usd(v)}</text>`)}
      </g>
      <g fill=${BAR_COLOR} transform="translate(${LABEL_MARGIN} 0)">${rows.map(bar)}</g>
      <g font-size="11" text-anchor="end" fill="#1b1f24">${rows.map(label)}</g>
    </svg>`;
  }
}
customElements.define('lit-bars-control', LitBars);

export async function mount(container, rows, { width, height }) {
  const chart = document.createElement('lit-bars-control');
  Object.assign(chart, { rows, width, height });
  container.append(chart);
  await chart.updateComplete;
  return chart;
}

/** New values for the same rows: Lit updates the marks in place. */
export async function update(chart, rows) {
  chart.rows = rows;
  await chart.updateComplete;
}
