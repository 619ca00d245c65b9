import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, SVGTemplateResult, TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isPartialDate, latestSourceDate } from '@dealboard/dataset/core';
import type { Dataset, Deal, Milestone, MilestoneKind, PartialDate } from '@dealboard/dataset';
import { DealboardElement } from '../core/dealboard-element.js';
import { baseStyles } from '../core/styles.js';
import type { SelectDetail } from '../core/events.js';
import { filterDeals, noDealsText } from '../core/filters.js';
import { citedSourceIds } from '../core/cited-sources.js';
import { memoizeLast } from '../core/memo.js';
import { ScrollingWindow, VIEWPORT_HEIGHT, windowed } from '../core/scrolling-window.js';
import { fitText, textWidth } from '../core/fit-text.js';
import { dealLabel, formatNumber, formatPartialDate, quantityText } from '../core/format.js';
import type { TableModel } from '../core/table-model.js';
import type { MilestoneState } from './deal-progress.js';
import {
  bySpan,
  isVirtual,
  LANE_HEAD,
  layoutTracker,
  SYMBOL_RADIUS,
  TRACK_HEIGHT,
  visibleLanes,
} from './layout.js';
import type { ConflictLink, Lane, MarkCluster, MilestoneMark, TrackerLayout } from './layout.js';
import { laneMarks } from './lane-marks.js';
import type { MarkFocus, MarkNamer } from './lane-marks.js';
import { KIND_ORDER, KINDS, symbolPath } from './milestone-kinds.js';
import {
  clusterDates,
  clusterCount,
  clusterName,
  dateText,
  laneName,
  markNamer,
  markText,
  moreText,
  precisionNote,
  progressText,
  STATUS_WORDS,
  stateWord,
} from './wording.js';
import { trackerStyles } from './delivery-tracker.styles.js';

/** A "+N" cluster's pill, as the legend and the compact list show it. */
const CLUSTER_SWATCH = svg`<rect class="cluster-body" x="-10" y="-6" width="20" height="12" rx="6"></rect>`;
/**
 * A timeline of how arms deals unfold, one lane per deal: contracts,
 * payments, training, shipments, deployments, test firings, suspensions,
 * sanctions and diplomatic events on a shared time axis. Reported milestones
 * are filled, expected ones hollow, and expected ones whose window passed
 * without a report are marked overdue. A date is drawn as the span it names
 * (a year, a month, a window), never as a false 1 January. Rival claims about
 * one event are both shown, bracketed together. Each lane states the deal's
 * status and units delivered of units ordered, as of the `as-of` date
 * (default: the newest source's date, so the page never changes by itself).
 * Below about 480 px the lanes become a list, each of at most 16 items (the
 * first milestones, then "+N more"). With many lanes (more than
 * 12) the timeline scrolls inside a 560 px viewport, the time axis below it,
 * and draws only the lanes in view; the keyboard, the table and the CSV
 * still reach every milestone.
 *
 * @summary Milestones and deliveries of arms deals over time, with every source.
 * @tag delivery-tracker
 *
 * @attr src - URL of a dataset JSON file.
 * @attr src-timeout - Milliseconds a `src` fetch may take before it is stopped (default 20000).
 * @attr locale - BCP 47 locale for numbers and dates.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr as-of - ISO date: show the story as it stood then; also what "overdue" is measured against.
 * @attr selected - Id of the selected milestone.
 * @attr view - `chart` or `table`.
 * @attr heading - Title above the chart.
 * @attr heading-level - Makes the title a heading of this level (1–6), for screen readers' heading navigation; without it the title is plain text.
 * @attr group - Name of a dashboard group: members share the selected country (its lanes stand out, others dim) and the `as-of` date.
 * @attr buyer - Comma-separated ISO alpha-3 codes of buyers to show.
 * @attr supplier - Comma-separated ISO alpha-3 codes of suppliers to show.
 *
 * @fires dealboard-select - A milestone was chosen. `detail: { kind: 'milestone', id, country }` (country: the buyer).
 * @fires dealboard-error - Invalid or unloadable data. `detail: { errors }`.
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - Title and buttons.
 * @csspart svg - The timeline's SVG (wide layout).
 * @csspart list - The list of lanes (compact layout, below about 480 px).
 * @csspart lane - One deal's lane.
 * @csspart mark - One milestone.
 * @csspart axis - The time axis.
 * @csspart legend - The legend.
 * @csspart tooltip - The detail panel.
 * @csspart table - The table view.
 * @csspart notice - Skipped-records notice.
 * @csspart error - The panel shown when nothing can be drawn.
 * @csspart footer - The sources.
 */
export class DeliveryTracker extends DealboardElement {
  static override styles = [baseStyles, trackerStyles];

  /** Reactive properties, besides the base element's (see DealboardElement.properties). */
  static override properties: PropertyDeclarations = { buyer: {}, supplier: {} };

  /** Comma-separated ISO alpha-3 codes: only deals bought by these. */
  buyer: string | null = null;

  /** Comma-separated ISO alpha-3 codes: only deals supplied by these. */
  supplier: string | null = null;

  /** Where the lanes scroll when there are too many to draw at once. */
  private readonly laneWindow = new ScrollingWindow(this);

  protected readonly defaultHeading = 'Deal milestones and deliveries';
  protected readonly fileStem = 'delivery-tracker';

  private readonly filtered = memoizeLast(
    (view: Dataset, buyer: string | null, supplier: string | null) => {
      const { deals, ids } = filterDeals(view.deals, buyer, supplier);
      return { deals, milestones: view.milestones.filter((m) => ids.has(m.dealId)) };
    },
  );

  private readonly layoutFor = memoizeLast(
    (deals: readonly Deal[], milestones: Milestone[], width: number, asOf: PartialDate | null) =>
      layoutTracker(deals, milestones, width, { asOf }),
  );

  private readonly latestSource = memoizeLast(latestSourceDate);

  /**
   * The date the story is told as of: the `as-of` attribute, else the newest
   * source's date, never today's, so the page does not change by itself.
   */
  private asOfDate(view: Dataset): PartialDate | null {
    return this.asOf && isPartialDate(this.asOf) ? this.asOf : this.latestSource(view);
  }

  private current(view: Dataset, width = this.plotWidth): TrackerLayout {
    const { deals, milestones } = this.filtered(view, this.buyer, this.supplier);
    return this.layoutFor(deals, milestones, width, this.asOfDate(view));
  }

  /** Each mark and cluster by id, worked out once per layout (hover and focus ask for one each). */
  private readonly byId = memoizeLast(({ lanes }: TrackerLayout) => {
    const index = new Map<string, MilestoneMark | MarkCluster>();
    for (const lane of lanes) {
      for (const cluster of lane.clusters) index.set(cluster.id, cluster);
      for (const mark of lane.marks) index.set(mark.milestone.id, mark);
    }
    return index;
  });

  private markById(view: Dataset, id: string): MilestoneMark | undefined {
    const found = this.byId(this.current(view)).get(id);
    return found && 'milestone' in found ? found : undefined;
  }

  private clusterById(view: Dataset, id: string): MarkCluster | undefined {
    const found = this.byId(this.current(view)).get(id);
    return found && !('milestone' in found) ? found : undefined;
  }

  /** The index of each mark's (and cluster's) lane, worked out once per layout. */
  private readonly laneOfMark = memoizeLast(({ lanes }: TrackerLayout) => {
    const index = new Map<string, number>();
    lanes.forEach((lane, i) => {
      for (const mark of lane.marks) index.set(mark.milestone.id, i);
      for (const cluster of lane.clusters) index.set(cluster.id, i);
    });
    return index;
  });

  // Asked for on every render (hover, focus): worked out once per layout.
  private readonly rowsOf = memoizeLast(({ lanes, compact }: TrackerLayout) => {
    // Lanes without milestones have nothing to stop at; the first mark is the tab stop.
    const withMarks = lanes.filter((lane) => lane.marks.length);
    // The keyboard stops at what is drawn: a clustered milestone at its
    // cluster, once (in the list, the "+N more" item after the lane's first ones).
    const rows = withMarks.map((lane) => {
      const row: string[] = [];
      for (const { milestone, cluster } of lane.marks) {
        if (!cluster) row.push(milestone.id);
        else if (cluster.marks[0]!.milestone === milestone) row.push(cluster.id);
      }
      return row;
    });
    // A list reads top to bottom: there Up and Down step through every item, lane after lane.
    return compact ? [rows.flat()] : rows;
  });

  protected override navigationRows(view: Dataset, width: number): string[][] {
    return this.rowsOf(this.current(view, width));
  }

  protected override selectionOf(id: string, view: Dataset): SelectDetail | null {
    const mark = this.markById(view, id);
    return mark ? { kind: 'milestone', id, country: mark.deal.buyer } : null;
  }

  // Asked for on every render and for every citation number: worked out once per data.
  private readonly citedSources = memoizeLast(
    (deals: readonly Deal[], milestones: Milestone[], sources: Dataset['sources']) =>
      citedSourceIds(sources, (cite) => {
        for (const d of deals) {
          cite(d.sources);
          cite(d.quantity?.sources);
        }
        for (const m of milestones) {
          cite(m.sources);
          cite(m.units?.sources);
        }
      }),
  );

  protected override sourceIdsShown(view: Dataset): string[] {
    const { deals, milestones } = this.filtered(view, this.buyer, this.supplier);
    return this.citedSources(deals, milestones, view.sources);
  }

  protected override tableModel(view: Dataset): TableModel {
    const locale = this.lang_;
    return {
      caption: this.heading ?? this.defaultHeading,
      columns: [
        { label: 'Milestone' },
        { label: 'Date' },
        { label: 'Deal' },
        { label: 'Kind' },
        { label: 'Status' },
        { label: 'Units', numeric: true },
        { label: 'Sources' },
      ],
      csvColumns: [
        'milestone_id',
        'deal_id',
        'buyer',
        'supplier',
        'system',
        'kind',
        'status',
        'date',
        'until',
        'label',
        'units',
        'unit',
        'conflict_group',
        'sources',
      ],
      rows: [...this.current(view).marks].sort(bySpan).map(({ milestone: m, deal, state }) => ({
        id: m.id,
        cells: [
          m.label,
          dateText(m, locale),
          dealLabel(deal, locale),
          KINDS[m.kind].word,
          state,
          m.units ? quantityText(m.units, locale) : '—',
          this.citationNumbers(m.sources),
        ],
        raw: [
          m.id,
          deal.id,
          deal.buyer,
          deal.supplier,
          deal.system,
          m.kind,
          state,
          m.date,
          m.until ?? null,
          m.label,
          m.units?.count ?? null,
          m.units?.unit ?? null,
          m.conflictGroup ?? null,
          m.sources.join(' '),
        ],
      })),
    };
  }

  private asOfText(view: Dataset): string {
    const date = this.asOfDate(view);
    return date ? formatPartialDate(date, this.lang_) : '';
  }

  private stateLine(mark: MilestoneMark, view: Dataset): TemplateResult {
    if (mark.state !== 'overdue') return html`<p>Status: ${stateWord(mark.state)}</p>`;
    return html`<p>
      Status: <strong>expected, overdue</strong>: the time it was expected in had passed by
      ${this.asOfText(view)} without a source reporting it.
    </p>`;
  }

  /** How many of a cluster's milestones its detail names; the table lists them all. */
  private static readonly CLUSTER_DETAIL = 8;

  /** The detail of a "+N" cluster of the timeline, or of the "+N more" item of the list (`compact`). */
  private renderClusterDetail(cluster: MarkCluster, compact: boolean): TemplateResult {
    const locale = this.lang_;
    const { marks } = cluster;
    const named = marks.slice(0, DeliveryTracker.CLUSTER_DETAIL);
    const rest = marks.length - named.length;
    const count = formatNumber(marks.length, locale);
    return html`<h3>
        ${compact ? `${count} more milestones, not listed one by one` : `${count} milestones with no room of their own`}
      </h3>
      <p>${dealLabel(cluster.deal, locale)} · ${clusterDates(cluster, locale)}</p>
      <ul>
        ${named.map(
          ({ milestone: m, state }) =>
            html`<li>
              ${dateText(m, locale)}: ${m.label} (${KINDS[m.kind].word}, ${stateWord(state)})
            </li>`,
        )}
      </ul>
      <p>
        ${rest ? `And ${formatNumber(rest, locale)} more. ` : ''}The table view lists every one,
        with its sources.
      </p>`;
  }

  protected override renderDetail(id: string, view: Dataset): TemplateResult | typeof nothing {
    const cluster = this.clusterById(view, id);
    if (cluster) return this.renderClusterDetail(cluster, this.current(view).compact);
    const mark = this.markById(view, id);
    if (!mark) return nothing;
    const { milestone: m, deal } = mark;
    const locale = this.lang_;
    const note = precisionNote(m);
    return html`<h3>${m.label}</h3>
      <p>${dealLabel(deal, locale)} · ${KINDS[m.kind].legend}</p>
      <p>Date: ${dateText(m, locale)}${note ? ` (${note})` : ''}</p>
      ${this.stateLine(mark, view)}
      ${
        m.units
          ? html`<p>Units: ${quantityText(m.units, locale)}</p>
              ${this.renderCitations(m.units.sources)}`
          : nothing
      }
      ${
        m.quote
          ? html`<blockquote>“${m.quote}”${this.quoteCitation(m.quoteSource)}</blockquote>`
          : nothing
      }
      <p>Sources:</p>
      ${this.renderCitations(m.sources)}
      ${
        mark.conflictsWith.length
          ? html`<p><strong>Sources disagree.</strong> Also claimed about this event:</p>
              <ul>
                ${mark.conflictsWith.map(
                  (rival) =>
                    html`<li>
                      “${rival.label}” (${dateText(rival, locale)}, ${rival.status})
                      ${this.renderCitations(rival.sources)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }`;
  }

  /** A symbol centred on 0,0, for the legend and the list. */
  private renderSymbol(kind: MilestoneKind, state: MilestoneState): SVGTemplateResult {
    return svg`<path class="symbol" d=${symbolPath(kind)}></path>
      ${state === 'overdue' ? svg`<circle class="overdue-ring" r=${SYMBOL_RADIUS + 2}></circle>` : nothing}`;
  }

  private swatch(content: SVGTemplateResult, className = ''): TemplateResult {
    return html`<svg
      class=${className}
      width="22"
      height="16"
      viewBox="-11 -8 22 16"
      aria-hidden="true"
    >
      ${content}
    </svg>`;
  }

  /** The kinds and states the marks show, for the legend. */
  private readonly shownInLegend = memoizeLast(({ marks }: TrackerLayout) => {
    const kinds = new Set<MilestoneKind>();
    const states = new Set<MilestoneState>();
    for (const m of marks) {
      kinds.add(m.milestone.kind);
      states.add(m.state);
    }
    return { kinds: KIND_ORDER.filter((kind) => kinds.has(kind)), states };
  });

  private renderLegend(layout: TrackerLayout): TemplateResult {
    const { kinds, states } = this.shownInLegend(layout);
    const has = (state: MilestoneState) => states.has(state);
    const stateSwatch = (state: MilestoneState) =>
      this.swatch(
        svg`<g class="state-${state}">${this.renderSymbol('shipment', state)}</g>`,
        'neutral',
      );
    return html`<ul class="legend" part="legend" aria-label="Legend">
      ${kinds.map(
        (kind) =>
          html`<li>
            ${this.swatch(this.renderSymbol(kind, 'reported'), `kind-${kind}`)}${KINDS[kind].legend}
          </li>`,
      )}
      <li>${stateSwatch('reported')}Reported (filled)</li>
      ${has('expected') || has('overdue') ? html`<li>${stateSwatch('expected')}Expected (hollow)</li>` : nothing}
      ${
        has('overdue')
          ? html`<li>${stateSwatch('overdue')}Overdue: expected time passed, no report</li>`
          : nothing
      }
      ${
        layout.compact
          ? nothing
          : html`<li>
              ${this.swatch(svg`<rect class="span" x="-10" y="-3" width="20" height="6" rx="2"></rect>`, 'neutral')}Span:
              the year, month or window a date names
            </li>`
      }
      ${
        layout.lanes.some((lane) => lane.clusters.length) && !layout.compact
          ? html`<li>
              ${this.swatch(CLUSTER_SWATCH, 'neutral')}Milestones with no room of their own (the
              table lists them)
            </li>`
          : nothing
      }
      ${
        layout.links.length && !layout.compact
          ? html`<li>
              ${this.swatch(svg`<path class="conflict-link" d="M-9 -4V4H9V-4"></path>`)}Rival claims
              about one event
            </li>`
          : nothing
      }
    </ul>`;
  }

  private noMilestonesText(view: Dataset): string {
    const asOf = this.asOfText(view);
    return asOf ? `No milestones reported as of ${asOf}.` : 'No milestones reported.';
  }

  /** Accessible names of the marks and clusters, worked out once per layout and locale. */
  private readonly markNames = memoizeLast((_layout: TrackerLayout, locale: string): MarkNamer => ({
    mark: markNamer(locale),
    cluster: (cluster) => clusterName(cluster, locale),
    count: (cluster) => clusterCount(cluster, locale),
  }));

  /** The tab stop (by the core's roving-tabindex rule), the focused mark and the selected one. */
  private markFocus(): MarkFocus {
    const active = this.activeId !== null && this.isActive(this.activeId) ? this.activeId : null;
    return { tabbable: this.tabStopId, active, selected: this.selected };
  }

  // Texts sit outside the options, hidden from assistive tech: the lane's
  // and each option's accessible name state the same facts in words.
  private renderLane(
    lane: Lane,
    width: number,
    view: Dataset,
    marks: { name: MarkNamer; focus: MarkFocus },
  ): SVGTemplateResult {
    const locale = this.lang_;
    // SVG text does not wrap: a long deal name is shortened to keep its status
    // in the picture (the lane's accessible name, the detail and the table
    // view have it whole).
    const status = ` · ${STATUS_WORDS[lane.status]}`;
    const name = fitText(dealLabel(lane.deal, locale), width - textWidth(status));
    return svg`<g class="lane ${this.linkClass(lane.deal.buyer)}" part="lane" role="group"
      aria-label=${laneName(lane, locale)}>
      <g class="lane-text" aria-hidden="true">
        <line class="lane-rule" x1="0" x2=${width} y1=${lane.y} y2=${lane.y}></line>
        <text x="0" y=${lane.y + 15}><tspan class="lane-name">${name}</tspan><tspan
          class="muted">${status}</tspan></text>
        <text class="muted" x="0" y=${lane.y + 30}>${fitText(progressText(lane.progress, locale), width)}</text>
        ${
          lane.marks.length
            ? nothing
            : svg`<text class="empty-lane muted" x="0" y=${lane.y + LANE_HEAD + TRACK_HEIGHT / 2 + 4}>${this.noMilestonesText(view)}</text>`
        }
      </g>
      ${laneMarks(lane, marks.name, marks.focus)}
    </g>`;
  }

  private renderGrid(layout: TrackerLayout): SVGTemplateResult {
    const { years, plotTop, plotBottom } = layout;
    const lines = [...years.map((y) => y.x0), ...years.slice(-1).map((y) => y.x1)];
    return svg`<g class="grid" aria-hidden="true">
        ${lines.map((x) => svg`<line x1=${x} x2=${x} y1=${plotTop} y2=${plotBottom}></line>`)}
      </g>`;
  }

  private renderAxis(layout: TrackerLayout, y: number): SVGTemplateResult {
    return svg`<g class="axis" part="axis" aria-hidden="true" transform="translate(0 ${y})">
        ${layout.years
          .filter((y) => y.labelled)
          .map(
            (y) =>
              svg`<text x=${(y.x0 + y.x1) / 2} y="16" text-anchor="middle">${formatPartialDate(y.date, this.lang_)}</text>`,
          )}
      </g>`;
  }

  /** The as-of line from `top` to `bottom`, labelled at the top unless `label` is false. */
  private renderAsOf(
    layout: TrackerLayout,
    width: number,
    [top, bottom] = [4, layout.plotBottom],
    label = true,
  ): SVGTemplateResult | typeof nothing {
    if (!layout.asOf) return nothing;
    const { x, date } = layout.asOf;
    const right = x > width * 0.6;
    return svg`<g class="as-of" aria-hidden="true">
      <line x1=${x} x2=${x} y1=${top} y2=${bottom}></line>
      ${label ? svg`<text x=${right ? x - 4 : x + 4} y="12" text-anchor=${right ? 'end' : 'start'}>as of ${formatPartialDate(date, this.lang_)}</text>` : nothing}
    </g>`;
  }

  private listLabel(layout: TrackerLayout, view: Dataset): string {
    const title = this.heading ?? this.defaultHeading;
    const asOf = this.asOfText(view);
    const { lanes, marks } = layout;
    const count = (n: number) => formatNumber(n, this.lang_);
    return `${title}${asOf ? `, as of ${asOf}` : ''}: ${count(lanes.length)} deals, ${count(marks.length)} milestones`;
  }

  private renderLinks(links: readonly ConflictLink[]): SVGTemplateResult {
    return svg`<g class="links" aria-hidden="true">
        ${links.map(
          (link) =>
            svg`<path class="conflict-link" data-from=${link.from.milestone.id} data-to=${link.to.milestone.id} d=${link.d}></path>`,
        )}
      </g>`;
  }

  private renderTimeline(layout: TrackerLayout, width: number, view: Dataset): TemplateResult {
    const marks = { name: this.markNames(layout, this.lang_), focus: this.markFocus() };
    // Printed or downloaded, the picture is whole: every lane, the axis under them.
    if (isVirtual(layout) && !this.wholePicture) {
      return this.renderScrolling(layout, width, view, marks);
    }
    return html`<svg
      part="svg"
      width=${width}
      height=${layout.height}
      viewBox="0 0 ${width} ${layout.height}"
      role="listbox"
      aria-label=${this.listLabel(layout, view)}
    >
      ${this.renderGrid(layout)} ${this.renderAxis(layout, layout.plotBottom)}
      ${this.renderLinks(layout.links)}
      ${layout.lanes.map((lane) => this.renderLane(lane, width, view, marks))}
      ${this.renderAsOf(layout, width)}
    </svg>`;
  }

  /** Scrolls a mark whose lane is not drawn (or not in view) into view before the keyboard focuses it. */
  protected override revealMark(id: string): void {
    const view = this.shown;
    const mark = view ? this.byId(this.current(view)).get(id) : undefined;
    if (!view || !mark) return;
    // The scroller's content starts at the top of the first lane.
    const y = mark.cy - this.current(view).plotTop;
    this.laneWindow.reveal(y - TRACK_HEIGHT, y + TRACK_HEIGHT);
  }

  /**
   * Many lanes: they scroll inside a fixed-height viewport and only those in
   * view (plus an overscan) are drawn. The as-of label sits in a strip above the
   * viewport and the time axis in one below it, both always in view.
   */
  private renderScrolling(
    layout: TrackerLayout,
    width: number,
    view: Dataset,
    marks: { name: MarkNamer; focus: MarkFocus },
  ): TemplateResult {
    const { plotTop, plotBottom } = layout;
    const offset = this.laneWindow.offsetWithin(plotBottom - plotTop);
    const slice = visibleLanes(layout.lanes, plotTop + offset, VIEWPORT_HEIGHT);
    // Also drawn: the lane of the tab stop, so the keyboard always has one,
    // and that of the mark focus is on, until focus has left it (removing a
    // focused node blurs it).
    const laneOf = this.laneOfMark(layout);
    const focused = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-id');
    const keep = [marks.focus.tabbable, focused].map((id) => laneOf.get(id ?? ''));
    const lanes = windowed(layout.lanes, slice, keep);
    const drawn = new Set(lanes.map((lane) => lane.deal));
    const links = layout.links.filter((l) => drawn.has(l.from.deal) || drawn.has(l.to.deal));
    const height = plotBottom - plotTop;
    return html`${
        layout.asOf
          ? html`<svg class="as-of-strip" width=${width} height=${plotTop} aria-hidden="true">
              ${this.renderAsOf(layout, width, [4, plotTop])}
            </svg>`
          : nothing
      }
      <div class="scroller" @scroll=${this.laneWindow.onScroll}>
        <svg
          part="svg"
          width=${width}
          height=${height}
          viewBox="0 ${plotTop} ${width} ${height}"
          role="listbox"
          aria-label=${this.listLabel(layout, view)}
        >
          ${this.renderGrid(layout)} ${this.renderLinks(links)}
          ${repeat(
            lanes,
            // Keyed: a lane (and the focused mark in it) keeps its nodes while the window scrolls.
            (lane) => lane.deal.id,
            (lane) => this.renderLane(lane, width, view, marks),
          )}
          ${this.renderAsOf(layout, width, [plotTop, plotBottom], false)}
        </svg>
      </div>
      <svg class="axis-strip" width=${width} height="24" aria-hidden="true">
        ${this.renderAxis(layout, 0)}
      </svg>`;
  }

  private renderList(layout: TrackerLayout, view: Dataset): TemplateResult {
    const locale = this.lang_;
    const asOf = this.asOfText(view);
    return html`${asOf ? html`<p class="as-of-note">As of ${asOf}.</p>` : nothing}
      <div class="list" part="list" role="listbox" aria-label=${this.listLabel(layout, view)}>
        ${layout.lanes.map(
          (lane) =>
            html`<div
              class="lane ${this.linkClass(lane.deal.buyer)}"
              part="lane"
              role="group"
              aria-label=${laneName(lane, locale)}
            >
              <p class="lane-head" aria-hidden="true">
                <span class="lane-name">${dealLabel(lane.deal, locale)}</span><br /><span
                  class="lane-status"
                  >${STATUS_WORDS[lane.status]} · ${progressText(lane.progress, locale)}</span
                >
              </p>
              ${lane.marks.length ? nothing : html`<p class="empty-lane" aria-hidden="true">${this.noMilestonesText(view)}</p>`}
              ${lane.drawn.map(
                (mark) =>
                  html`<div
                    class="mark item kind-${mark.milestone.kind} state-${mark.state}${mark.conflictsWith.length ? ' conflict' : ''}${this.isActive(mark.milestone.id) ? ' active' : ''}"
                    part="mark"
                    data-id=${mark.milestone.id}
                    role="option"
                    tabindex=${this.tabIndexFor(mark.milestone.id)}
                    aria-selected=${this.selected === mark.milestone.id ? 'true' : 'false'}
                  >
                    ${this.swatch(this.renderSymbol(mark.milestone.kind, mark.state))}
                    <span>${markText(mark, locale)}</span>
                  </div>`,
              )}
              ${lane.clusters.map((cluster) => this.renderMoreItem(cluster, layout))}
            </div>`,
        )}
      </div>`;
  }

  /**
   * A compact lane's "+N more" item: an option like the others, which the
   * keyboard stops at and whose detail names the milestones in it (the table
   * lists each). A selected milestone in it shows as it selected, as a
   * cluster of the timeline does.
   */
  private renderMoreItem(cluster: MarkCluster, layout: TrackerLayout): TemplateResult {
    const { id } = cluster;
    const chosen = this.selected === null ? undefined : this.byId(layout).get(this.selected);
    const selected =
      chosen === cluster || (chosen && 'milestone' in chosen && chosen.cluster === cluster);
    return html`<div
      class="mark item cluster${this.isActive(id) ? ' active' : ''}"
      part="mark cluster"
      data-id=${id}
      role="option"
      tabindex=${this.tabIndexFor(id)}
      aria-selected=${selected ? 'true' : 'false'}
    >
      ${this.swatch(CLUSTER_SWATCH, 'neutral')}
      <span>${moreText(cluster, this.lang_)}</span>
    </div>`;
  }

  protected override renderPlot(view: Dataset, width: number): TemplateResult {
    const layout = this.current(view, width);
    if (!layout.lanes.length) {
      return html`<p class="empty">${noDealsText(this.buyer, this.supplier, this.asOf)}</p>`;
    }
    return html`${this.renderLegend(layout)}
    ${layout.compact ? this.renderList(layout, view) : this.renderTimeline(layout, width, view)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'delivery-tracker': DeliveryTracker;
  }
}
