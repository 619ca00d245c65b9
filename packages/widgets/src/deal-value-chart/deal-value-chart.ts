import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ContextFigure, Dataset, Deal } from '@dealboard/dataset';
import { DealboardElement } from '../core/dealboard-element.js';
import { baseStyles } from '../core/styles.js';
import { hatchPattern } from '../core/hatch-pattern.js';
import type { SelectDetail } from '../core/events.js';
import { filterDeals, noDealsText } from '../core/filters.js';
import { citedSourceIds } from '../core/cited-sources.js';
import { memoizeLast } from '../core/memo.js';
import { ScrollingWindow, VIEWPORT_HEIGHT, windowed } from '../core/scrolling-window.js';
import {
  countryLabel,
  dealLabel,
  formatPartialDate,
  formatUsd,
  formatUsdLong,
  formatUsdWords,
  quantityText,
  relationWord,
} from '../core/format.js';
import { fitText, textWidth } from '../core/fit-text.js';
import type { TableModel } from '../core/table-model.js';
import {
  BAR_HEIGHT,
  LABEL_LINE,
  ROW_HEIGHT,
  VIRTUAL_ROWS,
  layoutChart,
  referenceLabel,
  rowIndex,
  rowMarks,
  visibleRows,
} from './layout.js';
import type { BarRow, ChartLayout, RowMarks, SortOrder } from './layout.js';
import { chartStyles } from './deal-value-chart.styles.js';

/** Context figures cited while context lines are off. */
const NO_CONTEXT: readonly ContextFigure[] = [];

/** Least room between a row's name and its value text, px. */
const VALUE_GAP = 12;

/**
 * A horizontal bar chart of arms-deal values in US dollars, one row per deal.
 * Where sources disagree the row shows the range and a dot for each claim;
 * "more than" claims are open-ended markers; deals with no disclosed value
 * say so instead of showing zero.
 *
 * @summary Values of arms and defence deals, with every source's claim.
 * @tag deal-value-chart
 *
 * @attr src - URL of a dataset JSON file.
 * @attr src-timeout - Milliseconds a `src` fetch may take before it is stopped (default 20000).
 * @attr locale - BCP 47 locale for numbers, dates, country names and the order of names.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr as-of - ISO date: show the story as it stood then.
 * @attr selected - Id of the selected deal.
 * @attr view - `chart` or `table`.
 * @attr heading - Title above the chart.
 * @attr heading-level - Makes the title a heading of this level (1–6), for screen readers' heading navigation; without it the title is plain text.
 * @attr sort - `value` (default), `date` or `name`.
 * @attr buyer - Comma-separated ISO alpha-3 codes of buyers to show.
 * @attr supplier - Comma-separated ISO alpha-3 codes of suppliers to show.
 * @attr show-context - Draw context figures (payments, targets) as reference lines.
 * @attr group - Name of a dashboard group: members share the selected country (its deals stand out, others dim) and the `as-of` date.
 *
 * @fires dealboard-select - A deal was chosen. `detail: { kind: 'deal', id, country }` (country: the buyer).
 * @fires dealboard-error - Invalid or unloadable data. `detail: { errors }`.
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - Title and buttons.
 * @csspart svg - The chart's SVG.
 * @csspart axis - The value axis.
 * @csspart mark - One deal's row.
 * @csspart legend - The legend.
 * @csspart tooltip - The detail panel.
 * @csspart table - The table view.
 * @csspart notice - Skipped-records notice.
 * @csspart error - The panel shown when nothing can be drawn.
 * @csspart footer - The sources.
 */
export class DealValueChart extends DealboardElement {
  static override styles = [baseStyles, chartStyles];

  /** Reactive properties, besides the base element's (see DealboardElement.properties). */
  static override properties: PropertyDeclarations = {
    sort: {},
    buyer: {},
    supplier: {},
    showContext: { type: Boolean, attribute: 'show-context' },
  };

  /** Row order: `value` (largest first), `date` (oldest first) or `name`. */
  sort: SortOrder = 'value';

  /** Comma-separated ISO alpha-3 codes: only deals bought by these. */
  buyer: string | null = null;

  /** Comma-separated ISO alpha-3 codes: only deals supplied by these. */
  supplier: string | null = null;

  /** Draw context figures (payments, targets) as reference lines. */
  showContext = false;

  /** Where the rows scroll when there are too many to draw at once. */
  private readonly rowWindow = new ScrollingWindow(this);

  protected readonly defaultHeading = 'Value of arms deals';
  protected readonly fileStem = 'deal-values';

  private readonly filtered = memoizeLast(
    (view: Dataset, buyer: string | null, supplier: string | null) => {
      const { deals, ids } = filterDeals(view.deals, buyer, supplier);
      // Context tied to a hidden deal is hidden with it.
      const context = view.contextFigures.filter((f) => !f.dealId || ids.has(f.dealId));
      return { deals, context };
    },
  );

  private readonly layoutFor = memoizeLast(
    (
      deals: readonly Deal[],
      context: ContextFigure[],
      width: number,
      sort: SortOrder,
      showContext: boolean,
      locale: string,
    ) =>
      layoutChart(deals, context, width, {
        sort,
        showContext,
        labelOf: (d) => dealLabel(d, locale),
        locale,
      }),
  );

  private current(view: Dataset): ChartLayout {
    const { deals, context } = this.filtered(view, this.buyer, this.supplier);
    return this.layoutFor(deals, context, this.plotWidth, this.sort, this.showContext, this.lang_);
  }

  private country(code: string): string {
    return countryLabel(code, this.lang_);
  }

  private dealLabel(deal: Deal): string {
    return dealLabel(deal, this.lang_);
  }

  private valueText(row: BarRow, { bounds }: RowMarks): string {
    const locale = this.lang_;
    switch (row.kind) {
      case 'point':
        return formatUsd(row.min!, locale);
      case 'range':
        return `${formatUsd(row.min!, locale)}–${formatUsd(row.max!, locale)}`;
      case 'bound':
        return bounds
          .map((b) => `${relationWord(b.relation)}${formatUsd(b.amountUsd, locale)}`)
          .join(', ');
      default:
        return 'Undisclosed';
    }
  }

  /** Accessible name stating the fact: "India, S-400 from Russia, 5.4 billion to 5.5 billion US dollars". */
  private rowName(row: BarRow, { bounds }: RowMarks): string {
    const { deal } = row;
    const locale = this.lang_;
    const who = `${this.country(deal.buyer)}, ${deal.system} from ${this.country(deal.supplier)}`;
    let value: string;
    if (row.kind === 'point') value = formatUsdWords(row.min!, locale);
    else if (row.kind === 'range')
      value = `${formatUsdWords(row.min!, locale).replace(' US dollars', '')} to ${formatUsdWords(row.max!, locale)}, sources disagree`;
    else if (row.kind === 'bound')
      value = bounds
        .map((b) => `${relationWord(b.relation)}${formatUsdWords(b.amountUsd, locale)}`)
        .join(', ');
    else value = 'value undisclosed';
    const alsoClaimed =
      row.kind !== 'bound' && bounds.length
        ? `; also claimed: ${bounds.map((b) => `${relationWord(b.relation)}${formatUsdWords(b.amountUsd, locale)}`).join(', ')}`
        : '';
    return `${who}, ${value}${alsoClaimed}`;
  }

  protected override navigationRows(view: Dataset): string[][] {
    return [this.current(view).rows.map((r) => r.deal.id)];
  }

  protected override selectionOf(id: string, view: Dataset): SelectDetail | null {
    const deal = view.deals.find((d) => d.id === id);
    return deal ? { kind: 'deal', id, country: deal.buyer } : null;
  }

  private readonly citedSources = memoizeLast(
    (deals: readonly Deal[], context: readonly ContextFigure[], sources: Dataset['sources']) =>
      citedSourceIds(sources, (cite) => {
        for (const deal of deals) {
          cite(deal.sources);
          for (const claim of deal.valueClaims) cite(claim.sources);
        }
        for (const figure of context) cite(figure.sources);
      }),
  );

  protected override sourceIdsShown(view: Dataset): string[] {
    const { deals, context } = this.filtered(view, this.buyer, this.supplier);
    return this.citedSources(deals, this.showContext ? context : NO_CONTEXT, view.sources);
  }

  protected override tableModel(view: Dataset): TableModel {
    const locale = this.lang_;
    const layout = this.current(view);
    return {
      caption: this.heading ?? this.defaultHeading,
      columns: [
        { label: 'Deal' },
        { label: 'Signed' },
        { label: 'Lowest claim', numeric: true },
        { label: 'Highest claim', numeric: true },
        { label: 'Claims and sources' },
      ],
      csvColumns: [
        'deal_id',
        'buyer',
        'supplier',
        'system',
        'date',
        'value_min_usd',
        'value_max_usd',
        'claims',
        'sources',
      ],
      rows: layout.rows.map((row) => {
        const { deal } = row;
        const marks = rowMarks(row, layout.x);
        const claims = [...marks.claims, ...marks.bounds];
        const claimText = claims.length
          ? claims
              .map(
                (c) =>
                  `${relationWord(c.relation)}${formatUsd(c.amountUsd, locale)} ${this.citationNumbers(c.sources)}`,
              )
              .join('; ')
          : 'Undisclosed';
        return {
          id: deal.id,
          cells: [
            this.dealLabel(deal),
            deal.date ? formatPartialDate(deal.date, locale) : 'Not reported',
            row.min !== null ? formatUsdLong(row.min, locale) : '—',
            row.max !== null ? formatUsdLong(row.max, locale) : '—',
            claimText,
          ],
          raw: [
            deal.id,
            deal.buyer,
            deal.supplier,
            deal.system,
            deal.date ?? null,
            row.min,
            row.max,
            claims.map((c) => `${c.relation}:${c.amountUsd}`).join(' ') || 'undisclosed',
            deal.sources.join(' '),
          ],
        };
      }),
    };
  }

  protected override renderDetail(id: string, view: Dataset): TemplateResult | typeof nothing {
    const layout = this.current(view);
    const row = layout.rows.find((r) => r.deal.id === id);
    if (!row) return nothing;
    const { deal } = row;
    const locale = this.lang_;
    const marks = rowMarks(row, layout.x);
    const claims = [...marks.claims, ...marks.bounds];
    return html`<h3>${this.dealLabel(deal)}</h3>
      ${deal.date ? html`<p>Signed: ${formatPartialDate(deal.date, locale)}</p>` : nothing}
      ${deal.quantity ? html`<p>Quantity: ${quantityText(deal.quantity, locale)}</p>` : nothing}
      ${deal.summary ? html`<p>${deal.summary}</p>` : nothing}
      ${
        claims.length
          ? html`<p>${claims.length === 1 ? 'Value claimed:' : `${claims.length} value claims:`}</p>
              <ul>
                ${claims.map((c) => {
                  const claim = deal.valueClaims.find((v) => v.id === c.id);
                  return html`<li>
                    <strong>${relationWord(c.relation)}${formatUsd(c.amountUsd, locale)}</strong>
                    ${claim?.quote ? `— “${claim.quote}”${this.quoteCitation(claim.quoteSource)}` : nothing}
                    ${this.renderCitations(c.sources)}
                  </li>`;
                })}
              </ul>`
          : html`<p>No source gives a value: undisclosed.</p>`
      }
      <p>Deal sources:</p>
      ${this.renderCitations(deal.sources)}`;
  }

  private renderLegend({ present, references }: ChartLayout): TemplateResult {
    const swatch = (content: TemplateResult) =>
      html`<svg width="22" height="14" aria-hidden="true" viewBox="0 0 22 14">${content}</svg>`;
    // Only what is drawn: a bar needs a value (a point, or a range's low end); claim dots come with ranges.
    return html`<ul class="legend" part="legend" aria-label="Legend">
      ${
        present.value
          ? html`<li>
              ${swatch(svg`<rect class="bar" x="0" y="2" width="22" height="10"></rect>`)}Value
              reported
            </li>`
          : nothing
      }
      ${
        present.range
          ? html`<li>
                ${swatch(svg`<rect class="range" x="0.5" y="2.5" width="21" height="9"></rect>`)}Range
                where sources disagree
              </li>
              <li>${swatch(svg`<circle class="dot" cx="11" cy="7" r="4"></circle>`)}Claim</li>`
          : nothing
      }
      ${
        present.estimate
          ? html`<li>
              ${swatch(svg`<circle class="dot approximate" cx="11" cy="7" r="4"></circle>`)}Estimate
              (“about”)
            </li>`
          : nothing
      }
      ${
        present.bound
          ? html`<li>
              ${swatch(svg`<path class="bound" d="M7 1 L15 7 L7 13 Z"></path>`)}Bound (“more than”)
            </li>`
          : nothing
      }
      ${
        present.undisclosed
          ? html`<li>
              ${swatch(svg`<rect class="undisclosed" x="1" y="2" width="20" height="10"></rect>`)}Undisclosed
            </li>`
          : nothing
      }
      ${
        references.length
          ? html`<li>
              ${swatch(svg`<g class="reference"><line x1="11" x2="11" y1="0" y2="14"></line></g>`)}Context
              figure (not a deal)
            </li>`
          : nothing
      }
    </ul>`;
  }

  private renderRow(
    row: BarRow,
    marks: RowMarks,
    layout: ChartLayout,
    width: number,
  ): TemplateResult {
    const id = row.deal.id;
    const barY = LABEL_LINE + 2;
    const mid = barY + BAR_HEIGHT / 2;
    const classes = `mark kind-${row.kind}${this.isActive(id) ? ' active' : ''}`;
    // A long name gives way to the value on its right (the full name is the tooltip).
    const label = this.dealLabel(row.deal);
    const value = this.valueText(row, marks);
    const shown = fitText(label, width - textWidth(value) - VALUE_GAP);
    // Texts sit outside the option, hidden from assistive tech: the option's
    // name states the fact in words, which "$5.4B–$5.5B" would not. Its place
    // among all rows is given, as only the rows in view may be drawn.
    // role="none": Chromium drops the option role under a role-less SVG <g>.
    return svg`<g class="row ${this.linkClass(row.deal.buyer)}" role="none" transform="translate(0 ${row.y})">
      <g class="row-text" aria-hidden="true">
        <text class="label" x="0" y="12">${shown}${shown === label ? nothing : svg`<title>${label}</title>`}</text>
        <text class="value" x=${width} y="12" text-anchor="end">${value}</text>
        ${row.kind === 'undisclosed' ? svg`<text class="undisclosed-text" x="8" y=${mid + 4}>value not disclosed</text>` : nothing}
      </g>
      <g class=${classes} part="mark" data-id=${id} role="option"
        tabindex=${this.tabIndexFor(id)} aria-selected=${this.selected === id ? 'true' : 'false'}
        aria-label=${this.rowName(row, marks)}
        aria-posinset=${rowIndex(row, layout) + 1} aria-setsize=${layout.rows.length}>
      <rect class="focus-ring" x="-4" y="-2" width=${width + 8} height=${LABEL_LINE + BAR_HEIGHT + 8} rx="4"></rect>
      ${
        row.kind === 'undisclosed'
          ? svg`<rect class="undisclosed" x="0.5" y=${barY + 0.5} width=${Math.min(width - 1, 140)} height=${BAR_HEIGHT - 1}></rect>`
          : nothing
      }
      ${
        marks.barEnd > 0
          ? svg`<rect class=${row.kind === 'point' && marks.estimate ? 'bar estimate' : 'bar'}
            x="0" y=${barY} width=${marks.barEnd} height=${BAR_HEIGHT}></rect>`
          : nothing
      }
      ${
        marks.range
          ? svg`<rect class="range" x=${marks.range[0]} y=${barY + 0.5} width=${Math.max(marks.range[1] - marks.range[0], 1)}
            height=${BAR_HEIGHT - 1}></rect>`
          : nothing
      }
      ${
        row.kind !== 'point'
          ? marks.claims.map(
              (c) => svg`<circle class="dot ${c.relation}" cx=${c.x} cy=${mid} r="4.5"></circle>`,
            )
          : nothing
      }
      ${marks.bounds.map((b) =>
        b.relation === 'at-least'
          ? svg`<path class="bound" d="M${b.x} ${barY - 1} L${b.x + 9} ${mid} L${b.x} ${barY + BAR_HEIGHT + 1} Z"></path>`
          : svg`<path class="bound" d="M${b.x} ${barY - 1} L${b.x - 9} ${mid} L${b.x} ${barY + BAR_HEIGHT + 1} Z"></path>`,
      )}
      </g>
    </g>`;
  }

  /** A context figure's amount in words as drawn: "about $800M". */
  private referenceAmount({ relation, amountUsd }: ContextFigure): string {
    return `${relationWord(relation)}${formatUsd(amountUsd, this.lang_)}`;
  }

  /**
   * The context figures' dashed lines, drawn under the rows: a line through a
   * deal's name made it hard to read. The rows' texts have a halo, so the
   * line stops short of them; it still shows between the bars.
   */
  private renderReferenceLines(layout: ChartLayout): TemplateResult[] {
    // An off-scale figure has no line; the others keep their place in the label stack (i).
    return layout.references.flatMap(({ x, offScale }, i) =>
      offScale
        ? []
        : svg`<g class="reference"><line x1=${x} x2=${x} y1=${(i % 3) * 16 + 4} y2=${layout.plotBottom}></line></g>`,
    );
  }

  /** The context figures' labels, over the rows, stacked in three lines at the top. */
  private renderReferenceLabels(layout: ChartLayout, width: number): TemplateResult[] {
    return layout.references.map(({ figure, x, offScale }, i) => {
      const y = (i % 3) * 16;
      // Off the scale: a label ending in an arrow at the right edge, no line.
      const amount = `${this.referenceAmount(figure)}${offScale ? ' →' : ''}`;
      const label = referenceLabel(offScale ? width : x, width, figure.label, amount);
      return svg`<g class=${offScale ? 'reference off-scale' : 'reference'}>
        <text x=${label.x} y=${y + 12} text-anchor=${label.left ? 'end' : 'start'}
          >${label.text}${label.text === label.full ? nothing : svg`<title>${label.full}</title>`}</text>
      </g>`;
    });
  }

  /**
   * The reference lines are drawn for the eye only (the picture is a list of
   * deals for assistive tech): the same figures, in full, as a hidden list.
   */
  private renderReferenceList({ references }: ChartLayout): TemplateResult | typeof nothing {
    if (!references.length) return nothing;
    return html`<ul class="visually-hidden" aria-label="Context figures (not deals)">
      ${references.map(
        ({ figure, offScale }) =>
          html`<li>
            ${figure.label}:
            ${this.referenceAmount(figure)}${offScale ? ' (beyond the scale of the deals)' : ''}
          </li>`,
      )}
    </ul>`;
  }

  /** Scrolls a row that is not drawn into view before the keyboard focuses it. */
  protected override revealMark(id: string): void {
    const view = this.shown;
    const row = view && this.current(view).rows.find((r) => r.deal.id === id);
    if (row) this.rowWindow.reveal(row.y, row.y + ROW_HEIGHT);
  }

  private renderAxis(layout: ChartLayout, y: number): TemplateResult {
    // The layout picks ticks whose labels fit, and where each is anchored.
    return svg`<g class="axis" part="axis" aria-hidden="true" transform="translate(0 ${y})">
      ${layout.ticks.map((t) => svg`<text x=${t.labelX} y="16" text-anchor=${t.anchor}>${t.label}</text>`)}
    </g>`;
  }

  protected override renderPlot(view: Dataset, width: number): TemplateResult {
    const layout = this.current(view);
    const title = this.heading ?? this.defaultHeading;
    if (!layout.rows.length) {
      // Blames the filters or the date only when one is set.
      return html`<p class="empty">${noDealsText(this.buyer, this.supplier, this.asOf)}</p>`;
    }
    // Many rows: scroll inside the frame and draw only those in view (and the
    // focused one, so the keyboard always has a tab stop); the axis stays put.
    // On paper and in downloads, every row.
    const virtual = layout.rows.length > VIRTUAL_ROWS && !this.wholePicture;
    let rows = layout.rows;
    if (virtual) {
      const offset = this.rowWindow.offsetWithin(layout.plotBottom);
      const slice = visibleRows(rows.length, layout.plotTop, offset, VIEWPORT_HEIGHT);
      const stop = this.tabStopId;
      rows = windowed(rows, slice, [rows.findIndex((r) => r.deal.id === stop)]);
    }
    const height = virtual ? layout.plotBottom : layout.height;
    const picture = html`<svg
      part="svg"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="listbox"
      aria-label=${`${title}: ${layout.rows.length} deals`}
    >
      <defs>${hatchPattern('dealboard-hatch')}</defs>
      <g class="grid" aria-hidden="true">
        ${layout.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${layout.plotTop} y2=${layout.plotBottom}></line>`)}
      </g>
      <g aria-hidden="true">${this.renderReferenceLines(layout)}</g>
      ${repeat(
        rows,
        // Keyed: a focused row keeps its DOM node while the window scrolls.
        (row) => row.deal.id,
        (row) => this.renderRow(row, rowMarks(row, layout.x), layout, width),
      )}
      <g aria-hidden="true">${this.renderReferenceLabels(layout, width)}</g>
      ${virtual ? nothing : this.renderAxis(layout, layout.plotBottom)}
    </svg>`;
    if (!virtual)
      return html`${this.renderLegend(layout)}${picture}${this.renderReferenceList(layout)}`;
    return html`${this.renderLegend(layout)}
      <div class="scroller" @scroll=${this.rowWindow.onScroll}>${picture}</div>
      ${this.renderReferenceList(layout)}
      <svg class="axis-strip" width=${width} height="24" aria-hidden="true">
        ${this.renderAxis(layout, 0)}
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'deal-value-chart': DealValueChart;
  }
}
