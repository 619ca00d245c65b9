import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Dataset, Deal, Stance, StanceCategory } from '@dealboard/dataset';
import { DealboardElement } from '../core/dealboard-element.js';
import { baseStyles } from '../core/styles.js';
import { hatchPattern } from '../core/hatch-pattern.js';
import type { SelectDetail } from '../core/events.js';
import { countryLabel, formatPartialDate, nameOrder } from '../core/format.js';
import { citedSourceIds } from '../core/cited-sources.js';
import { memoizeLast } from '../core/memo.js';
import type { TableModel } from '../core/table-model.js';
import { MapGestures } from './gestures.js';
import { paths } from './paths.js';
import type { PathAttributes } from './paths.js';
import type { CountryShape, MapLayout, StanceShape } from './layout.js';
import { STANCE_HATCH, STANCE_LABEL, STANCE_ORDER, stancesInForce } from './stances.js';
import type { Hatch } from './stances.js';
import { loadedGeo, loadedWorld, loadGeo, loadWorld } from './chunks.js';
import type { MapGeo } from './chunks.js';
import type { WorldTopology } from './world.js';
import { NO_ZOOM, panBy, reveal, zoomAbout, zoomTransform } from './zoom.js';
import type { ViewPoint, Zoom } from './zoom.js';
import { mapStyles } from './country-stance-map.styles.js';

/** Zoom factor of one press of a button or of + / −. */
const ZOOM_STEP = 1.5;
/** Pan of one Shift + arrow press, as a fraction of the view. */
const PAN_STEP = 0.1;
/** Shift + arrow: which way the map moves (the view moves the other way). */
const PAN_KEYS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};
/** Zoom per wheel pixel: a mouse-wheel notch (100 px) zooms by about 1.2×. */
const WHEEL_RATE = 0.002;
/** Pixels per line, for wheels that scroll by lines. */
const LINE_HEIGHT = 16;
/** One empty list, so the memos see no change while flows are off. */
const NO_DEALS: readonly Deal[] = [];
/** Legend swatches draw their hatch as lines: the map's patterns follow its zoom. */
const SWATCH_HATCH: Readonly<Record<Hatch, string>> = {
  diagonal: 'M-2 6L4 0M2 12L14 0M10 12L18 4',
  cross: 'M-2 6L4 0M2 12L14 0M10 12L18 4M-2 6L4 12M2 0L14 12M10 0L18 8',
};

/** A country with no stance: drawn, not focusable. */
const landAttributes = ({ d }: CountryShape): PathAttributes => ({ class: 'country', d });

/**
 * A world map of where each country stands in the story: supplier, buyer,
 * opposing, partner… Countries with no stance in the data are drawn in a
 * neutral grey and are not focusable; the keyboard visits the others from
 * west to east. The outlines (Natural Earth 1:110m, de facto boundaries) are
 * a chunk of their own, downloaded when the first map connects, beside the
 * projection code (d3-geo), another: a page without a map loads neither.
 *
 * @summary World map of countries' stances, with quotes and sources.
 * @tag country-stance-map
 *
 * @attr src - URL of a dataset JSON file.
 * @attr src-timeout - Milliseconds a `src` fetch may take before it is stopped (default 20000).
 * @attr locale - BCP 47 locale for country names and dates.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr as-of - ISO date: show the stances as reported by then.
 * @attr selected - ISO alpha-3 code of the selected country.
 * @attr view - `chart` (the map) or `table`.
 * @attr heading - Title above the map.
 * @attr heading-level - Makes the title a heading of this level (1–6), for screen readers' heading navigation; without it the title is plain text.
 * @attr group - Name of a dashboard group: members share the selected country (it stands out on the map, the others dim) and the `as-of` date.
 * @attr focus - Fit the map to region keywords (`africa`, `americas`, `asia`, `east-asia`, `europe`, `middle-east`, `north-america`, `oceania`, `south-america`, `south-asia`) and/or ISO alpha-3 codes, comma-separated.
 * @attr highlight - Stance to highlight, dimming the others, as the legend buttons do: `supplier`, `buyer`, `buyer-suspended`, `buyer-sanctioned`, `opposing`, `partner` or `neutral`.
 * @attr show-flows - Draw each supplier → buyer deal as an arrow along a great circle.
 *
 * @fires dealboard-select - A country was chosen. `detail: { kind: 'country', id, country }` (both the ISO alpha-3 code).
 * @fires dealboard-error - Invalid or unloadable data. `detail: { errors }`.
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - Title and buttons.
 * @csspart svg - The map's SVG.
 * @csspart legend - The legend of stances (buttons that highlight a stance).
 * @csspart zoom - The zoom buttons.
 * @csspart tooltip - The detail panel.
 * @csspart table - The table view.
 * @csspart notice - Skipped-records notice.
 * @csspart error - The panel shown when nothing can be drawn, or the map outlines failed to load.
 * @csspart footer - The sources.
 *
 * @cssprop [--dealboard-stance-supplier=var(--dealboard-color-4)] - Fill of supplier countries.
 * @cssprop [--dealboard-stance-buyer=var(--dealboard-color-1)] - Fill of buyers.
 * @cssprop [--dealboard-stance-buyer-suspended=var(--dealboard-color-6)] - Fill of buyers whose deliveries are suspended (also hatched).
 * @cssprop [--dealboard-stance-buyer-sanctioned=var(--dealboard-color-5)] - Fill of buyers under sanctions (also cross-hatched).
 * @cssprop [--dealboard-stance-opposing=var(--dealboard-color-2)] - Fill of countries opposing the deals.
 * @cssprop [--dealboard-stance-partner=var(--dealboard-color-3)] - Fill of partners.
 * @cssprop [--dealboard-stance-neutral=var(--dealboard-color-8)] - Fill of countries with a neutral stance.
 * @cssprop [--dealboard-stance-none=var(--dealboard-grid)] - Fill of countries with no stance in the data.
 */
export class CountryStanceMap extends DealboardElement {
  static override styles = [baseStyles, mapStyles];

  /** Reactive properties, besides the base element's (see DealboardElement.properties). */
  static override properties: PropertyDeclarations = {
    focusOn: { attribute: 'focus' },
    highlight: { reflect: true },
    showFlows: { type: Boolean, attribute: 'show-flows' },
    world: { state: true, attribute: false },
    geo: { state: true, attribute: false },
    partsFailed: { state: true, attribute: false },
    zoom: { state: true, attribute: false },
  };

  /**
   * Region keywords and/or ISO alpha-3 codes to fit the map to, e.g. `asia`
   * or `IND,PAK,CHN`. (Not named `focus`: that is the element's method.)
   */
  focusOn: string | null = null;

  /** Stance category to highlight; the others are dimmed. */
  highlight: StanceCategory | null = null;

  /** Draw each supplier → buyer deal as an arrow. */
  showFlows = false;

  private world: WorldTopology | null = null;
  private geo: MapGeo | null = null;
  private partsFailed = false;
  private zoom: Zoom = NO_ZOOM;

  protected readonly defaultHeading = 'Where countries stand';
  protected readonly fileStem = 'country-stances';

  private readonly gestures = new MapGestures({
    zoomAbout: (factor, point) => this.zoomBy(factor, point),
    panBy: (dx, dy) => (this.zoom = panBy(this.zoom, dx, dy)),
  });

  private readonly stancesOf = memoizeLast(stancesInForce);
  // countriesOf and frameMap keep their own results, shared by the maps on the page.
  private readonly layoutFor = memoizeLast(
    (geo: MapGeo, ...args: Parameters<MapGeo['layoutMap']>) => geo.layoutMap(...args),
  );
  /** The countries' accessible names in a locale, worked out once per stance, not on every hover. */
  private readonly markNames = memoizeLast((_locale: string) => new WeakMap<Stance, string>());

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.world || !this.geo) void this.loadOutlines();
  }

  /**
   * Where the outlines come from: the lazily loaded Natural Earth 1:110m
   * chunk, or the outlines themselves when that chunk is already evaluated,
   * so the first update draws the map instead of a "Loading map…" state.
   */
  protected loadGeometry(): WorldTopology | Promise<WorldTopology> {
    return loadedWorld() ?? loadWorld();
  }

  /** The outlines and the geographic code, two chunks fetched side by side. */
  private async loadOutlines(): Promise<void> {
    this.partsFailed = false;
    try {
      const world = this.loadGeometry();
      const geo = loadedGeo() ?? loadGeo();
      if ('then' in world || 'then' in geo) {
        [this.world, this.geo] = await Promise.all([world, geo]);
      } else {
        // Both already evaluated: set before the first update (no await), which then draws the map.
        [this.world, this.geo] = [world, geo];
      }
    } catch (error) {
      console.error('[dealboard] The map outlines or drawing code could not be loaded.', error);
      this.partsFailed = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new focus is a new map: zooming starts afresh.
    if (changed.has('focusOn')) this.zoom = NO_ZOOM;
  }

  /** The map as laid out at `width`; null until the outlines and the geographic code have loaded. */
  private current(view: Dataset, width = this.plotWidth): MapLayout | null {
    const { world, geo } = this;
    if (!world || !geo) return null;
    const countries = geo.countriesOf(world);
    const frame = geo.frameMap(countries, width, this.focusOn);
    const deals = this.showFlows ? view.deals : NO_DEALS;
    return this.layoutFor(geo, countries, frame, this.stancesOf(view), deals);
  }

  private country(code: string): string {
    return countryLabel(code, this.lang_);
  }

  /** Country names for `codes`, in the alphabetical order of the locale. */
  private namesInOrder(codes: readonly string[]): string[] {
    const locale = this.lang_;
    return codes.map((code) => countryLabel(code, locale)).sort(nameOrder(locale));
  }

  /** "India: buyer since October 2018 — Buys the S-400 despite…" */
  private markName({ code, stance }: StanceShape, locale: string): string {
    const names = this.markNames(locale);
    let name = names.get(stance);
    if (name === undefined) {
      const since = stance.since ? ` since ${formatPartialDate(stance.since, locale)}` : '';
      name = `${countryLabel(code, locale)}: ${STANCE_LABEL[stance.category].toLowerCase()}${since} — ${stance.summary}`;
      names.set(stance, name);
    }
    return name;
  }

  private zoomBy(factor: number, point?: ViewPoint): void {
    this.zoom = zoomAbout(this.zoom, factor, point);
  }

  private readonly resetZoom = () => {
    this.zoom = NO_ZOOM;
  };

  /** Classes that dim or stand out a stance country: legend highlight, then group selection. */
  private emphasis({ code, stance }: StanceShape): string {
    const { highlight } = this;
    // An unknown category highlights nothing rather than dimming everything.
    const dimmed =
      highlight !== null && Object.hasOwn(STANCE_LABEL, highlight) && highlight !== stance.category;
    return dimmed ? 'dimmed' : this.linkClass(code);
  }

  private toggleHighlight(category: StanceCategory): void {
    this.highlight = this.highlight === category ? null : category;
  }

  /** Ctrl/⌘ + wheel (and a touchpad pinch, which browsers send as one) zooms; a plain wheel scrolls the page. */
  private readonly onWheel = {
    handleEvent: (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE_HEIGHT : 1;
      this.zoomBy(Math.exp(-event.deltaY * pixels * WHEEL_RATE), [
        (event.clientX - box.left) / box.width,
        (event.clientY - box.top) / box.height,
      ]);
    },
    passive: false,
  };

  protected override handleKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const pan = event.shiftKey ? PAN_KEYS[event.key] : undefined;
    if (pan) this.zoom = panBy(this.zoom, pan[0] * PAN_STEP, pan[1] * PAN_STEP);
    else if (event.key === '+' || event.key === '=') this.zoomKey(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') this.zoomKey(1 / ZOOM_STEP);
    else return false;
    return true;
  }

  /**
   * + / − from a country zoom about it, then keep it in view: zooming about
   * the centre would carry the focused country off the map (WCAG 2.4.11).
   */
  private zoomKey(factor: number): void {
    const id = this.focusInside ? this.activeId : null;
    const anchor = id === null ? null : this.anchorOf(id);
    if (id === null || !anchor) return this.zoomBy(factor);
    const { k, x, y } = this.zoom;
    this.zoomBy(factor, [x + anchor[0] * k, y + anchor[1] * k]);
    this.revealMark(id);
  }

  /** Where a stance country's centroid is on the unzoomed map, as a fraction of the view. */
  private anchorOf(id: string): ViewPoint | null {
    const view = this.shown;
    const layout = view ? this.current(view) : null;
    const mark = layout?.marks.find((m) => m.code === id);
    if (!layout || !mark) return null;
    const [x, y] = mark.anchor;
    return [x / layout.width, y / layout.height];
  }

  /** Pans a zoomed map so the country the keyboard moves to is in view. */
  protected override revealMark(id: string): void {
    const anchor = this.anchorOf(id);
    if (!anchor) return;
    const next = reveal(this.zoom, anchor);
    // Unmoved (in view, or not zoomed in): no new render.
    if (next.x !== this.zoom.x || next.y !== this.zoom.y) this.zoom = next;
  }

  protected override navigationRows(view: Dataset, width: number): string[][] {
    return [this.current(view, width)?.marks.map((m) => m.code) ?? []];
  }

  protected override selectionOf(id: string, view: Dataset): SelectDetail | null {
    return this.stancesOf(view).has(id) ? { kind: 'country', id, country: id } : null;
  }

  private readonly citedSources = memoizeLast(
    (stances: ReadonlyMap<string, Stance>, deals: readonly Deal[], sources: Dataset['sources']) =>
      citedSourceIds(sources, (cite) => {
        for (const stance of stances.values()) cite(stance.sources);
        for (const deal of deals) cite(deal.sources);
      }),
  );

  protected override sourceIdsShown(view: Dataset): string[] {
    // The deals' sources only while flows are drawn.
    return this.citedSources(
      this.stancesOf(view),
      this.showFlows ? view.deals : NO_DEALS,
      view.sources,
    );
  }

  /** Stances grouped as in the legend, then by country name. */
  private stancesInOrder(view: Dataset): Stance[] {
    const locale = this.lang_;
    const byName = nameOrder(locale);
    return [...this.stancesOf(view).values()].sort(
      (a, b) =>
        STANCE_ORDER.indexOf(a.category) - STANCE_ORDER.indexOf(b.category) ||
        byName(countryLabel(a.country, locale), countryLabel(b.country, locale)),
    );
  }

  protected override tableModel(view: Dataset): TableModel {
    const locale = this.lang_;
    return {
      caption: this.heading ?? this.defaultHeading,
      columns: [
        { label: 'Country' },
        { label: 'Stance' },
        { label: 'Since' },
        { label: 'Summary' },
        { label: 'Quote' },
        { label: 'Speaker' },
        { label: 'Sources' },
      ],
      csvColumns: [
        'country',
        'country_name',
        'stance',
        'since',
        'summary',
        'quote',
        'speaker',
        'quote_source',
        'sources',
      ],
      rows: this.stancesInOrder(view).map((stance) => ({
        id: stance.country,
        cells: [
          this.country(stance.country),
          STANCE_LABEL[stance.category],
          stance.since ? formatPartialDate(stance.since, locale) : '—',
          stance.summary,
          stance.quote ? `“${stance.quote.text}”${this.quoteCitation(stance.quote.source)}` : '—',
          stance.quote?.speaker ?? '—',
          this.citationNumbers(stance.sources),
        ],
        raw: [
          stance.country,
          this.country(stance.country),
          stance.category,
          stance.since ?? null,
          stance.summary,
          stance.quote?.text ?? null,
          stance.quote?.speaker ?? null,
          stance.quote?.source ?? null,
          stance.sources.join(' '),
        ],
      })),
    };
  }

  protected override renderDetail(id: string, view: Dataset): TemplateResult | typeof nothing {
    const stance = this.stancesOf(view).get(id);
    if (!stance) return nothing;
    const { quote } = stance;
    return html`<h3>${this.country(id)}</h3>
      <p>
        <strong>${STANCE_LABEL[stance.category]}</strong>${
          stance.since ? `, since ${formatPartialDate(stance.since, this.lang_)}` : ''
        }
      </p>
      <p>${stance.summary}</p>
      ${
        quote
          ? html`<blockquote>
              <p>“${quote.text}”${this.quoteCitation(quote.source)}</p>
              ${quote.speaker ? html`<p class="speaker">— ${quote.speaker}</p>` : nothing}
            </blockquote>`
          : nothing
      }
      <p>Sources:</p>
      ${this.renderCitations(stance.sources)}`;
  }

  private renderSwatch(category: StanceCategory | 'none'): TemplateResult {
    const hatch = category === 'none' ? undefined : STANCE_HATCH[category];
    return html`<svg class="swatch" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true">
      <rect class="stance-${category}" x="0.5" y="0.5" width="15" height="11"></rect>
      ${hatch ? svg`<path class="swatch-hatch" d=${SWATCH_HATCH[hatch]}></path>` : nothing}
    </svg>`;
  }

  private renderLegend(layout: MapLayout): TemplateResult {
    const categories = STANCE_ORDER.filter((c) => layout.counts.has(c));
    return html`<ul class="legend" part="legend" aria-label="Stances">
      ${categories.map(
        (category) =>
          html`<li>
            <button
              type="button"
              aria-pressed=${this.highlight === category}
              @click=${() => this.toggleHighlight(category)}
            >
              ${this.renderSwatch(category)}${STANCE_LABEL[category]}
              (${layout.counts.get(category)})
            </button>
          </li>`,
      )}
      <li>${this.renderSwatch('none')}No stance in the data</li>
      ${
        layout.flows.length
          ? html`<li>
              <svg class="swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
                <path class="flow" d="M1 6H15"></path>
                <path class="flow-head" d="M13 2L21 6L13 10Z"></path></svg
              >Deal, supplier → buyer
            </li>`
          : nothing
      }
    </ul>`;
  }

  /** A stance country: one option of the map's listbox. */
  private markAttributes(mark: StanceShape, locale: string): PathAttributes {
    const { code, stance } = mark;
    return {
      role: 'option',
      class: `mark country stance-${stance.category} ${this.emphasis(mark)}`,
      'data-id': code,
      tabindex: String(this.tabIndexFor(code)),
      'aria-selected': this.selected === code ? 'true' : 'false',
      'aria-label': this.markName(mark, locale),
      d: mark.d,
    };
  }

  /** Hatches, arcs and rings, drawn over the countries and hidden from assistive tech. */
  private renderOverlays(layout: MapLayout): TemplateResult {
    const ringed = (test: (code: string) => boolean) => layout.marks.find((m) => test(m.code));
    // Drawn in this order, so the focus ring is on top.
    const rings: [StanceShape | undefined, string][] = [
      [ringed((code) => code === this.linkedCountry), 'ring-linked'],
      [ringed((code) => code === this.hoverId), 'ring-hover'],
      [ringed((code) => code === this.selected), 'ring-selected'],
      [ringed((code) => this.isActive(code)), 'ring-active'],
    ];
    const hatches: PathAttributes[] = [];
    for (const mark of layout.marks) {
      const hatch = STANCE_HATCH[mark.stance.category];
      if (hatch) hatches.push({ class: `hatch hatch-${hatch} ${this.emphasis(mark)}`, d: mark.d });
    }
    return svg`<g class="overlays" aria-hidden="true">
      <g class="hatches" ${paths(hatches)}></g>
      ${layout.flows.map((f) => svg`<path class="flow" d=${f.d} marker-end="url(#flow-head)"></path>`)}
      ${rings.map(([mark, kind]) => (mark ? svg`<path class="ring ${kind}" d=${mark.d}></path>` : nothing))}
    </g>`;
  }

  private renderMap(layout: MapLayout, locale: string): TemplateResult {
    const { width, height, marks } = layout;
    const title = this.heading ?? this.defaultHeading;
    const k = this.zoom.k;
    // Patterns and arrowheads are drawn in the zoomed group: scale them back to stay the same on screen.
    // The groups around the options are role="none": Chromium drops the option role under a role-less SVG <g>.
    return html`<div class="map-frame">
      <svg
        class="map"
        part="svg"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role=${marks.length ? 'listbox' : 'img'}
        aria-label=${`${title}: world map, ${marks.length} ${marks.length === 1 ? 'country' : 'countries'} with a stance`}
        @wheel=${this.onWheel}
        @pointerdown=${this.gestures.down}
        @pointermove=${this.gestures.move}
        @pointerup=${this.gestures.up}
        @pointercancel=${this.gestures.up}
      >
        <defs>
          ${hatchPattern('hatch-diagonal', false, 1 / k)}
          ${hatchPattern('hatch-cross', true, 1 / k)}
          <marker
            id="flow-head"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth=${9 / k}
            markerHeight=${9 / k}
            orient="auto"
          >
            <path class="flow-head" d="M0 0L10 5L0 10Z"></path>
          </marker>
        </defs>
        <g class="zoom" role="none" transform=${zoomTransform(this.zoom, width, height)}>
          <g class="land" aria-hidden="true" ${paths(layout.others.map(landAttributes))}></g>
          <g
            class="marks"
            role="none"
            ${paths(marks.map((mark) => this.markAttributes(mark, locale)))}
          ></g>
          ${this.renderOverlays(layout)}
        </g>
      </svg>
      <div class="zoom-controls" part="zoom" role="group" aria-label="Zoom">
        <button type="button" @click=${() => this.zoomBy(ZOOM_STEP)}>
          <span aria-hidden="true">+</span><span class="visually-hidden">Zoom in</span>
        </button>
        <button type="button" @click=${() => this.zoomBy(1 / ZOOM_STEP)}>
          <span aria-hidden="true">−</span><span class="visually-hidden">Zoom out</span>
        </button>
        <button type="button" @click=${this.resetZoom}>
          Reset<span class="visually-hidden"> zoom</span>
        </button>
      </div>
    </div>`;
  }

  protected override renderPlot(view: Dataset, width: number): TemplateResult {
    if (this.partsFailed) {
      return html`<div class="error" role="alert" part="error">
        <strong>The map could not be loaded.</strong> Its outlines or drawing code did not download;
        the Table view still lists every stance.
      </div>`;
    }
    const layout = this.current(view, width);
    if (!layout) {
      return html`<div class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>Loading map…
      </div>`;
    }
    return html`${this.renderLegend(layout)}
      ${
        layout.marks.length
          ? nothing
          : html`<p class="empty">
              No stances ${this.asOf ? 'had been reported by this date' : 'in this data'}.
            </p>`
      }
      ${this.renderMap(layout, this.lang_)}
      ${
        layout.unplaced.length
          ? html`<p class="map-note">
              Too small to draw at this scale (see the Table view):
              ${this.namesInOrder(layout.unplaced).join(', ')}.
            </p>`
          : nothing
      }
      <p class="map-note boundary-note">
        Borders: Natural Earth 1:110m (world-atlas), de facto — areas as controlled on the ground,
        so Kashmir is divided between India, Pakistan and China, and Crimea is drawn as part of
        Russia. Lines are approximate at this scale. Disputed areas are not marked: this map data
        has no layer for them.
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'country-stance-map': CountryStanceMap;
  }
}
