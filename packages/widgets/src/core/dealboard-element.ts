import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { asOf as storyAsOf, isPartialDate } from '@dealboard/dataset/core';
import type { Dataset, Source } from '@dealboard/dataset';
import { DataController } from './data-controller.js';
import { ResizeController } from './resize-controller.js';
import { GroupController } from './group-controller.js';
import { fire } from './events.js';
import type { SelectDetail } from './events.js';
import { countryName, formatPartialDate, safeLocale } from './format.js';
import { memoizeLast } from './memo.js';
import { moveInGrid, tabStop } from './grid-navigation.js';
import { serializeSvg } from './serialize-svg.js';
import { placeTooltip } from './tooltip-placement.js';
import type { TableModel } from './table-model.js';
import {
  errorTemplate,
  noticeTemplate,
  sourcesTemplate,
  tableTemplate,
} from './frame-templates.js';
import { baseStyles } from './styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Width the picture is laid out at for printing, so no mark is clipped on paper. */
const PRINT_WIDTH = 680;
/** Padding of the `base` part on each side (see styles). */
const FRAME_PADDING = 12;

const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

type ExportHelpers = typeof import('./export.js');

let exportHelpers: Promise<ExportHelpers> | null = null;

/**
 * The Download menu's helpers (CSV, citation, PNG, file download) serve only
 * a click in that menu, so they are not part of what every element loads
 * first (issue #9, weight): they load on first use as a chunk of their own,
 * fetched when the menu opens so it is usually in by the click. One promise
 * for the page; a failed load is forgotten, so the next click tries again.
 */
function loadExport(): Promise<ExportHelpers> {
  exportHelpers ??= import('./export.js').catch((error: unknown) => {
    exportHelpers = null;
    throw error;
  });
  return exportHelpers;
}

/** `heading-level` if it is a heading level (1–6), else undefined. */
function headingLevel(value: number | undefined): number | undefined {
  return Number.isInteger(value) && value! >= 1 && value! <= 6 ? value : undefined;
}

/** The footer numbers while nothing is shown. */
const NO_NUMBERS: ReadonlyMap<string, number> = new Map();

/**
 * The shared core of every Dealboard element: data in (bundled, `src`,
 * inline JSON, `data`) with validation and error display, locale, theme,
 * size, keyboard focus, selection, the table view, sources and exports.
 * A widget supplies its picture, its table model, its detail and the order
 * in which the keyboard visits its marks.
 *
 * @fires dealboard-select - A mark was chosen by click or Enter. `detail: { kind, id, country }`.
 * @fires dealboard-error - The input had invalid records or could not be loaded. `detail: { errors }`.
 *
 * @csspart base - The frame around everything.
 * @csspart toolbar - Title and buttons.
 * @csspart svg - The chart's SVG.
 * @csspart legend - The legend.
 * @csspart tooltip - The detail panel below the picture, for the focused or selected mark.
 * @csspart hover-tooltip - The tooltip floating over the picture by the hovered mark (hidden from assistive tech, which gets the detail panel on focus).
 * @csspart table - The table view.
 * @csspart notice - The notice listing skipped invalid records.
 * @csspart error - The panel shown when nothing can be drawn.
 * @csspart footer - The list of sources.
 *
 * @cssprop [--dealboard-font=system-ui] - Font family.
 * @cssprop [--dealboard-font-size=0.875em] - Base font size of the frame's text (title, legend, detail, table, sources): 14px at the browser's usual 16px default, and larger for readers who set a larger default text size. The picture's labels stay 12px.
 * @cssprop [--dealboard-background=#ffffff] - Background colour.
 * @cssprop [--dealboard-text=#1b1f24] - Text colour.
 * @cssprop [--dealboard-muted=#59636e] - Secondary text and axis colour.
 * @cssprop [--dealboard-grid=#d8dee4] - Grid lines and borders.
 * @cssprop [--dealboard-panel=#f6f8fa] - Background of buttons and panels.
 * @cssprop [--dealboard-focus=#0969da] - Keyboard focus ring.
 * @cssprop [--dealboard-accent=#0072b2] - Accent colour.
 * @cssprop [--dealboard-error=#b3261e] - Error colour.
 * @cssprop [--dealboard-color-1=#0072b2] - Palette colour 1 of 8 (Okabe–Ito based, colour-blind safe); likewise --dealboard-color-2 … --dealboard-color-8.
 * @cssprop [--dealboard-radius=6px] - Corner radius of the frame.
 */
export abstract class DealboardElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The reactive properties, declared here rather than with Lit's decorators:
   * the decorators' runtime and one call per property cost about 0.6 KB gzip
   * of the CDN file's 40 KB (issue #9). Each field below is typed and
   * documented where it is declared. Subclasses add theirs the same way; Lit
   * merges them with these.
   */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    locale: {},
    theme: { reflect: true },
    asOf: { attribute: 'as-of' },
    selected: { reflect: true },
    view: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    group: { reflect: true },
    linkedCountry: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    hoverId: { state: true, attribute: false },
    focusInside: { state: true, attribute: false },
    printing: { state: true, attribute: false },
    exporting: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /**
   * A whole dataset object; overrides inline JSON, `src` and the bundled data.
   * Once checked, `data` reads back as the checked copy the widget shows
   * (invalid records left out), and the object you set is no longer held, so
   * a large input can be freed. Later changes to that object do not reach the
   * widget: set `data` to a new object to show them. Setting the same object
   * again (as React does on every render) changes nothing. `null` says your
   * data is still loading: the widget shows "Loading data…" until you set
   * it. Leave it `undefined` for inline JSON, `src` or the bundled data.
   */
  get data(): Dataset | null | undefined {
    return this.dataInput;
  }
  set data(value: Dataset | null | undefined) {
    if (this.dataController.isCopyOf(this.dataInput, value)) return;
    this.dataInput = value;
  }
  private dataInput: Dataset | null | undefined = undefined;

  /** URL of a dataset JSON file. */
  src: string | null = null;

  /** Milliseconds a `src` fetch may take before it is stopped with a message. */
  srcTimeout = 20_000;

  /** BCP 47 locale for numbers and dates; defaults to the nearest `lang`, then the browser's. */
  locale: string | undefined = undefined;

  /** `light` (default), `dark`, or `auto` to follow the reader's system. */
  theme: Theme | undefined = undefined;

  /** ISO date: show the story as it stood on that date. */
  asOf: string | null = null;

  /** Id of the selected record. */
  selected: string | null = null;

  /** `chart` (default) or `table`. */
  view: 'chart' | 'table' = 'chart';

  /** Title shown above the chart and used as its accessible name. */
  heading: string | undefined = undefined;

  /**
   * Makes the title a heading of this level (1–6) for screen-reader heading
   * navigation. Without it the title is plain text: only the page knows
   * which level fits under its own headings.
   */
  headingLevel: number | undefined = undefined;

  /**
   * Name of a dashboard group: elements with the same group share the
   * selected country and the `as-of` date.
   */
  group: string | null = null;

  /** Country selected anywhere in the group: its marks are highlighted, others dimmed. */
  protected linkedCountry: string | null = null;

  /** The mark the keyboard is on (or was last on): the tab stop. */
  protected activeId: string | null = null;
  /** The mark under the pointer, which the hover tooltip shows. */
  protected hoverId: string | null = null;
  /** Whether focus is on a mark: the detail panel then follows the active one. */
  protected focusInside = false;
  private printing = false;
  private exporting = false;
  private status = '';

  protected readonly dataController = new DataController(this, {
    warmUp: () => this.warmUpLocale(),
    layOut: () => this.layOutAhead(),
  });
  protected readonly size = new ResizeController(this);
  protected readonly groupLink = new GroupController(this, (shared) => {
    // Another member selected another country (or cleared it): a selection
    // here of a different country goes, or three widgets would show three.
    if (shared.country !== this.linkedCountry && this.selected) {
      const view = this.shown;
      const mine = view ? this.selectionOf(this.selected, view)?.country : undefined;
      if (mine !== shared.country) this.selected = null;
    }
    this.linkedCountry = shared.country;
    this.asOf = shared.asOf;
  });

  private navRows: string[][] = [];
  /** The mark that takes Tab, worked out once per layout and active mark. */
  private readonly tabStopOf = memoizeLast(tabStop);
  /** Each footer source's number, per footer: a look-up for every citation of a table or detail. */
  private readonly footerNumbers = memoizeLast(
    (footer: readonly string[]) => new Map(footer.map((id, i) => [id, i + 1])),
  );
  private readonly viewOf = memoizeLast((dataset: Dataset, date: string | null) =>
    date && isPartialDate(date) ? storyAsOf(dataset, date) : dataset,
  );

  /** Default title, e.g. "Value of arms deals". */
  protected abstract readonly defaultHeading: string;
  /** File name stem for downloads. */
  protected abstract readonly fileStem: string;

  /** The picture: legend and SVG, laid out at `width` px. */
  protected abstract renderPlot(view: Dataset, width: number): TemplateResult;
  /** The records shown, for the table view and the CSV. */
  protected abstract tableModel(view: Dataset): TableModel;
  /** Detail of one mark (claims, dates, sources). */
  protected abstract renderDetail(id: string, view: Dataset): TemplateResult | typeof nothing;
  /** Ids of the focusable marks in keyboard order, one array per row. */
  protected abstract navigationRows(view: Dataset, width: number): string[][];
  /** What `dealboard-select` reports for a mark. */
  protected abstract selectionOf(id: string, view: Dataset): SelectDetail | null;
  /**
   * Ids of the sources behind what is shown, in footer order. Memoise it: the
   * same array while what is shown is unchanged, as every citation looks its
   * number up in it.
   */
  protected abstract sourceIdsShown(view: Dataset): string[];

  /**
   * The page's first `Intl` use sets up the browser's locale data (20–60 ms
   * here), and each kind of formatter a little more: done while the data is
   * on its way, and for a large input ahead of the layout's task. Only the
   * formats every element uses (country names; dates in the sources list).
   */
  private warmUpLocale(): void {
    const lang = this.lang_;
    countryName('US', 'US', lang);
    formatPartialDate('2000', lang);
  }

  /** Works out the picture's layout (memoised) ahead of the render that draws it. */
  private layOutAhead(): void {
    const view = this.shown;
    if (view && this.view === 'chart') this.navigationRows(view, this.plotWidth);
  }

  /** Hook to bring a mark into the DOM and into view before focus moves to it (virtual lists, zoom). */
  protected revealMark(_id: string): void {}

  /**
   * True while the picture is printed or downloaded: a widget that draws only
   * what is in view (a virtual list) draws all of it then.
   */
  protected get wholePicture(): boolean {
    return this.printing || this.exporting;
  }

  /** Hook for widget-specific keys (zoom, pan); return true when handled. */
  protected handleKey(_event: KeyboardEvent): boolean {
    return false;
  }

  /** The locale in force. */
  protected get lang_(): string {
    return safeLocale(this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? undefined);
  }

  /** The dataset as shown (after `as-of`), or null while loading or on error. */
  protected get shown(): Dataset | null {
    const dataset = this.dataController.dataset;
    return dataset ? this.viewOf(dataset, this.asOf) : null;
  }

  /** Width available to the picture. */
  protected get plotWidth(): number {
    const outer = this.printing ? PRINT_WIDTH : this.size.measure() || 640;
    return Math.max(outer - 2 * FRAME_PADDING, 200);
  }

  /**
   * Also waits for the chunk the data needs (the validator or the bundled
   * dataset) and the render after it, so that after `await el.updateComplete`
   * the data is drawn. A `src` fetch is not waited for: it may take long.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.dataController.pending) {
      await this.dataController.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page with its menu open: the menu listens for presses again.
    this.watchMenu(this.renderRoot.querySelector<HTMLDetailsElement>('details.menu[open]'));
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchMenu(null);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  /** The mark that takes Tab: the active one while it is in the data, else the first. */
  protected get tabStopId(): string | null {
    return this.tabStopOf(this.navRows, this.activeId);
  }

  protected tabIndexFor(id: string): number {
    return id === this.tabStopId ? 0 : -1;
  }

  /** Marks the focused mark for styling without relying on :focus alone. */
  protected isActive(id: string): boolean {
    return this.focusInside && id === this.activeId;
  }

  /** `linked` or `dimmed` for a mark of `country` while a group selection is active, else ''. */
  protected linkClass(country: string): string {
    if (!this.linkedCountry) return '';
    return country === this.linkedCountry ? 'linked' : 'dimmed';
  }

  /** Each footer source's 1-based number; empty while nothing is shown. */
  private footerNumbersNow(): ReadonlyMap<string, number> {
    const view = this.shown;
    return view ? this.footerNumbers(this.sourceIdsShown(view)) : NO_NUMBERS;
  }

  protected sourceById(id: string): Source | undefined {
    return this.dataController.dataset?.sources.find((s) => s.id === id);
  }

  /**
   * A record's source ids in the order of their numbers in the footer, as
   * citations are read ("[1] [3] [4]", not "[3] [4] [1]"); ids the footer
   * does not list come last, as given.
   */
  protected citationOrder(
    ids: readonly string[],
    numbers: ReadonlyMap<string, number> = this.footerNumbersNow(),
  ): string[] {
    const place = (id: string) => numbers.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...ids].sort((a, b) => place(a) - place(b));
  }

  /** Sources cited by a record as their footer numbers, for a table cell: "[1] [3]". */
  protected citationNumbers(ids: readonly string[]): string {
    const numbers = this.footerNumbersNow();
    return this.citationOrder(ids, numbers)
      .map((id) => `[${numbers.get(id) ?? id}]`)
      .join(' ');
  }

  /**
   * After quoted words, the footer number of the source they are from (" [2]"),
   * when the record says which of its sources that is; otherwise nothing.
   */
  protected quoteCitation(sourceId: string | undefined): string {
    const n = sourceId === undefined ? undefined : this.footerNumbersNow().get(sourceId);
    return n ? ` [${n}]` : '';
  }

  /** Sources cited by a record, as a list for its detail. */
  protected renderCitations(ids: readonly string[]): TemplateResult {
    const numbers = this.footerNumbersNow();
    return html`<ul class="cite">
      ${this.citationOrder(ids, numbers).map((id) => {
        const source = this.sourceById(id);
        const n = numbers.get(id);
        return html`<li>
          ${n ? `[${n}] ` : ''}${source ? `${source.publisher}, “${source.title}” (${formatPartialDate(source.date, this.lang_)})` : id}
        </li>`;
      })}
    </ul>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected && !this.activeId) this.activeId = this.selected;
  }

  /** Selects a mark and tells the host. */
  protected select(id: string): void {
    const view = this.shown;
    const detail = view ? this.selectionOf(id, view) : null;
    if (!detail) return;
    this.selected = id;
    this.activeId = id;
    this.linkedCountry = this.group ? detail.country : null;
    this.groupLink.publish({ country: detail.country });
    fire(this, 'dealboard-select', detail);
  }

  /** Clears the selection here and in the group. */
  protected clearSelection(): void {
    this.selected = null;
    this.linkedCountry = null;
    this.groupLink.publish({ country: null });
  }

  /** The selection and data a mark was last brought into view for. */
  private revealed: [string | null, Dataset | null] = [null, null];

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('asOf')) this.groupLink.publish({ asOf: this.asOf });
    // Placed after every render while a mark is hovered, not only when the
    // pointer moves to another: a relayout (resize, sort, new data, as-of)
    // moves the mark under a still pointer, and the tooltip must follow.
    if (this.hoverId) this.placeTip(this.hoverId);
    // A mark selected from outside (the attribute, a group, a script) is
    // brought into view in a widget that scrolls or zooms: once it is drawn,
    // and after this update, as revealing may ask for another.
    const [id, data] = [this.selected, this.dataController.dataset];
    if (id && data && (id !== this.revealed[0] || data !== this.revealed[1])) {
      this.revealed = [id, data];
      void this.updateComplete.then(() => {
        if (this.selected === id) this.revealMark(id);
      });
    }
  }

  private markId(event: Event): string | null {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.classList.contains('mark'))
        return target.getAttribute('data-id');
    }
    return null;
  }

  /** The drawn mark of a record, if it is drawn. */
  private markElement(id: string): SVGElement | HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<SVGElement | HTMLElement>('.mark')].find(
      (el) => el.getAttribute('data-id') === id,
    );
  }

  private readonly onPlotClick = (event: MouseEvent) => {
    const id = this.markId(event);
    if (id) this.select(id);
  };

  /**
   * Hover shows the mark's detail in a tooltip over the picture, not in the
   * panel below it: filling the panel pushed the page down by hundreds of
   * pixels at every mark. Where it fits depends on its size, so it is
   * placed once drawn (in `updated`), before the browser paints.
   */
  private readonly onPlotOver = (event: PointerEvent) => {
    this.hoverId = this.markId(event);
  };

  /**
   * Measures the tooltip at its natural size and moves it by the mark,
   * through the CSSOM: a strict Content-Security-Policy allows that, not a
   * style attribute. (Hidden by the stylesheet until placed.)
   */
  private placeTip(id: string): void {
    const mark = this.markElement(id);
    const tip = this.renderRoot.querySelector<HTMLElement>('.hover-tooltip');
    const plot = this.renderRoot.querySelector('.plot');
    const base = this.renderRoot.querySelector('.base');
    if (!tip || !plot || !base) return;
    const { style } = tip;
    if (!mark) {
      // No mark to sit by (filtered out, or scrolled out of the drawn rows).
      style.visibility = 'hidden';
      return;
    }
    style.width = '';
    style.left = style.top = '0';
    const size = tip.getBoundingClientRect();
    const at = placeTooltip(mark.getBoundingClientRect(), size, base.getBoundingClientRect());
    const origin = plot.getBoundingClientRect();
    // The measured width is kept: placed near the right edge, the tooltip
    // would otherwise wrap narrower and grow taller than was measured.
    style.width = `${Math.ceil(size.width)}px`;
    style.left = `${at.left - origin.left}px`;
    style.top = `${at.top - origin.top}px`;
    style.visibility = 'visible';
  }

  /** Pointer gone, or the marks moved under it (a scroll, a zoom): the tooltip goes. */
  private readonly onPlotLeave = () => {
    this.hoverId = null;
  };

  private readonly onPlotFocusIn = (event: FocusEvent) => {
    const id = this.markId(event);
    if (id) {
      this.activeId = id;
      this.focusInside = true;
    }
  };

  private readonly onPlotFocusOut = () => {
    this.focusInside = false;
  };

  private readonly onPlotKey = async (event: KeyboardEvent) => {
    if (this.handleKey(event)) {
      event.preventDefault();
      return;
    }
    // Buttons inside the plot (legend, zoom) keep their own keys.
    if (this.markId(event) === null) return;
    const current = this.tabStopId;
    if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      this.select(current);
    } else if (event.key === 'Escape' && (this.selected || this.linkedCountry)) {
      this.clearSelection();
    } else if (NAV_KEYS.has(event.key)) {
      event.preventDefault();
      const next = moveInGrid(this.navRows, current, event.key);
      if (!next) return;
      this.activeId = next;
      this.revealMark(next);
      await this.updateComplete;
      this.focusMark(next);
    }
  };

  /** The id of the mark that has keyboard focus, if one has. */
  private focusedMarkId(): string | null {
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    return focused?.classList.contains('mark') ? focused.getAttribute('data-id') : null;
  }

  /**
   * Drawing new data can move or replace the focused mark (rows re-sorted by
   * their new values, a directive reusing a path for another country), and
   * the browser then drops focus to the page or leaves it on another record.
   * Focus goes back to the same record, or, if it left the data, to the tab
   * stop, so a keyboard user stays where they were. With no mark left (the
   * table view is shown, or `as-of` left nothing to draw) it goes to the
   * table, else to the Table button: both near where it was, and both lead
   * to the same records, where the page would leave the reader at its top.
   */
  protected override update(changed: PropertyValues<this>): void {
    const focused = this.focusedMarkId();
    super.update(changed);
    if (focused === null || this.focusedMarkId() === focused) return;
    const stop = tabStop(this.navRows, focused);
    if (stop !== null) this.focusMark(stop);
    if (!(this.renderRoot as ShadowRoot).activeElement)
      (this.renderRoot.querySelector<HTMLElement>('.table-wrap') ?? this.viewButton())?.focus();
  }

  /** Moves keyboard focus to a mark by id. */
  protected focusMark(id: string): void {
    this.markElement(id)?.focus();
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  /** The Table button: where focus goes when no mark is left to hold it. */
  private viewButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.actions > button[aria-pressed]');
  }

  private shownSources(view: Dataset): Source[] {
    return this.sourceIdsShown(view)
      .map((id) => this.sourceById(id))
      .filter((s): s is Source => Boolean(s));
  }

  /**
   * Closes the Download menu with focus on its summary: closing hides the
   * item that has focus, and the browser would drop focus to the page.
   */
  private closeMenu(event: Event): void {
    const menu = (event.target as Element).closest('details');
    if (!menu?.open) return;
    menu.querySelector('summary')!.focus();
    menu.open = false;
  }

  /**
   * Starts loading the export helpers as the Download menu opens. A short
   * frame (nothing to draw) would clip the open list, as `.base` hides its
   * overflow and the host contains its paint: the frame grows to hold the
   * list while it is open.
   */
  private readonly onMenuToggle = (event: Event) => {
    const menu = event.currentTarget as HTMLDetailsElement;
    const base = menu.closest<HTMLElement>('.base')!;
    base.style.minHeight = '';
    this.watchMenu(menu.open ? menu : null);
    if (!menu.open) return;
    loadExport().catch(() => {});
    const bottom = menu.querySelector('ul')!.getBoundingClientRect().bottom;
    base.style.minHeight = `${Math.ceil(bottom - base.getBoundingClientRect().top + FRAME_PADDING)}px`;
  };

  /** The open Download menu, listened for presses outside it; null when closed. */
  private menuOpen: HTMLDetailsElement | null = null;

  /** Listens for presses outside `menu` while it is open, and only then. */
  private watchMenu(menu: HTMLDetailsElement | null): void {
    if (menu === this.menuOpen) return;
    const options = { capture: true };
    if (this.menuOpen) document.removeEventListener('pointerdown', this.onPagePress, options);
    if (menu) document.addEventListener('pointerdown', this.onPagePress, options);
    this.menuOpen = menu;
  }

  /**
   * Light dismiss: a press anywhere outside the open menu closes it (in the
   * capture phase, so a page that stops the event cannot keep it open). A
   * click elsewhere moves focus nowhere, so focusout alone left menus open,
   * several at once, over legends and bars. The composed path sees through
   * shadow roots: a press on the menu itself is not outside it.
   */
  private readonly onPagePress = (event: PointerEvent) => {
    const menu = this.menuOpen;
    if (menu && !event.composedPath().includes(menu)) menu.open = false;
  };

  /** Escape closes the Download menu (a disclosure does not by itself). */
  private readonly onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !(event.currentTarget as HTMLDetailsElement).open) return;
    event.stopPropagation(); // one Escape closes one thing, not also a dialog around the widget
    this.closeMenu(event);
  };

  /**
   * The menu closes when focus moves on to another element (Tab past its
   * last item), so it does not float over the chart. Not when focus goes
   * nowhere (relatedTarget null): Safari does not focus a clicked button, so
   * a click on an item starts that way and must still reach the item.
   */
  private readonly onMenuFocusOut = (event: FocusEvent) => {
    const menu = event.currentTarget as HTMLDetailsElement;
    const next = event.relatedTarget as Node | null;
    if (next && !menu.contains(next)) menu.open = false;
  };

  /**
   * Runs a Download-menu action once the export helpers are in. Whatever
   * fails, the helpers' chunk not loading included, is said in the status
   * region, never thrown into the page.
   */
  private async withExport(
    label: string,
    action: (helpers: ExportHelpers) => void | Promise<void>,
  ): Promise<void> {
    try {
      await action(await loadExport());
    } catch (error) {
      console.error('[dealboard]', error);
      this.status = `${label} failed. Please try again.`;
    }
  }

  private downloadCsv(view: Dataset): Promise<void> {
    return this.withExport('Download CSV', ({ download, toCsv }) => {
      const csv = toCsv(this.tableModel(view), view, this.shownSources(view));
      download(`${this.fileStem}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    });
  }

  /** The picture as the reader sees it, with computed colours and fonts baked in. */
  exportSvg(): string | null {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part~="svg"]');
    if (!svg) return null;
    const background = getComputedStyle(this.renderRoot.querySelector('.base')!).backgroundColor;
    return serializeSvg(svg, background);
  }

  private downloadPicture(kind: 'svg' | 'png'): Promise<void> {
    return this.withExport(`Download ${kind.toUpperCase()}`, (helpers) =>
      this.writePicture(kind, helpers),
    );
  }

  private async writePicture(
    kind: 'svg' | 'png',
    { download, svgToPng }: ExportHelpers,
  ): Promise<void> {
    // The picture is read from the chart view. From the table view, the chart
    // is drawn, read and the table put back in microtasks, before the browser
    // next paints: the reader keeps seeing the table, and focus (on the
    // Download summary, outside the body that is swapped) stays put.
    const shown = this.view;
    this.view = 'chart';
    this.exporting = true;
    let compact = false;
    let picture: { text: string; width: number; height: number } | null = null;
    try {
      await this.updateComplete;
      // A compact layout (a list on a phone) has no picture: export the print layout.
      compact = !this.renderRoot.querySelector('svg[part~="svg"]');
      if (compact) {
        this.printing = true;
        await this.updateComplete;
      }
      const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part~="svg"]');
      const text = this.exportSvg();
      if (svg && text) {
        const { width, height } = svg.getBoundingClientRect();
        picture = { text, width, height };
      }
    } finally {
      this.view = shown;
      this.exporting = false;
      if (compact) this.printing = false;
    }
    if (!picture) return;
    const { text, width, height } = picture;
    if (kind === 'svg') {
      download(`${this.fileStem}.svg`, new Blob([text], { type: 'image/svg+xml' }));
    } else {
      download(`${this.fileStem}.png`, await svgToPng(text, width, height));
    }
  }

  private copyCitation(view: Dataset): Promise<void> {
    return this.withExport('Copy citation', async ({ citation }) => {
      const text = citation(this.heading ?? this.defaultHeading, view, this.shownSources(view));
      try {
        await navigator.clipboard.writeText(text);
        this.status = 'Citation copied.';
      } catch {
        this.status = `Copy this citation: ${text}`;
      }
    });
  }

  private renderToolbar(view: Dataset | null): TemplateResult {
    const title = this.heading ?? this.defaultHeading;
    const level = headingLevel(this.headingLevel);
    return html`<div class="toolbar" part="toolbar">
      <p
        class="title"
        id="title"
        role=${level ? 'heading' : nothing}
        aria-level=${level ?? nothing}
      >
        ${title}
      </p>
      ${
        view
          ? html`<div class="actions">
              <button type="button" aria-pressed=${this.view === 'table'} @click=${this.toggleView}>
                Table
              </button>
              <details
                class="menu"
                @toggle=${this.onMenuToggle}
                @keydown=${this.onMenuKey}
                @focusout=${this.onMenuFocusOut}
              >
                <summary aria-label="Download and share">Download</summary>
                <ul @click=${this.closeMenu}>
                  <li>
                    <button type="button" @click=${() => this.downloadCsv(view)}>
                      Download CSV
                    </button>
                  </li>
                  <li>
                    <button type="button" @click=${() => this.downloadPicture('svg')}>
                      Download SVG
                    </button>
                  </li>
                  <li>
                    <button type="button" @click=${() => this.downloadPicture('png')}>
                      Download PNG
                    </button>
                  </li>
                  <li>
                    <button type="button" @click=${() => this.copyCitation(view)}>
                      Copy citation
                    </button>
                  </li>
                </ul>
              </details>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderBody(view: Dataset): TemplateResult {
    if (this.view === 'table') return tableTemplate(this.tableModel(view));
    const width = this.plotWidth;
    this.navRows = this.navigationRows(view, width);
    // The panel, in the page's flow, follows focus and selection only; hover
    // has its own tooltip, which must not move the page.
    const detailId = (this.focusInside ? this.activeId : null) ?? this.selected;
    const detail = detailId ? this.renderDetail(detailId, view) : nothing;
    return html`<div
        class="plot"
        @click=${this.onPlotClick}
        @pointerover=${this.onPlotOver}
        @pointerleave=${this.onPlotLeave}
        @scroll=${{ handleEvent: this.onPlotLeave, capture: true }}
        @wheel=${{ handleEvent: this.onPlotLeave, passive: true }}
        @focusin=${this.onPlotFocusIn}
        @focusout=${this.onPlotFocusOut}
        @keydown=${this.onPlotKey}
      >
        ${this.renderPlot(view, width)} ${this.renderHoverTooltip(view)}
      </div>
      ${
        // Nothing drawn (filtered out, or not yet as of the date): no panel
        // inviting the reader to select a mark.
        detail === nothing && !this.navRows.some((row) => row.length > 0)
          ? nothing
          : html`<div class="detail" part="tooltip">
              ${
                detail === nothing
                  ? html`<span class="hint"
                      >Select or focus a mark for its details and sources.</span
                    >`
                  : detail
              }
            </div>`
      }`;
  }

  /**
   * The hovered mark's detail, floating by it. aria-hidden: it repeats what
   * the panel shows on focus, and a pointer alone brings it up.
   */
  private renderHoverTooltip(view: Dataset): TemplateResult | typeof nothing {
    const detail = this.hoverId ? this.renderDetail(this.hoverId, view) : nothing;
    if (detail === nothing) return nothing;
    return html`<div class="hover-tooltip" part="hover-tooltip" aria-hidden="true">
      <div class="tip-body">${detail}</div>
      <p class="hint">Click for all details and sources.</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    const { status, message, errors, skipped } = this.dataController;
    let body: TemplateResult | typeof nothing = nothing;
    let view: Dataset | null;
    try {
      view = status === 'ready' ? this.shown : null;
      if (status === 'error') body = errorTemplate(message, errors);
      else if (view) body = this.renderBody(view);
    } catch (error) {
      // A bug or an unforeseen input must not break the host page.
      console.error('[dealboard]', error);
      view = null;
      body = errorTemplate('Something went wrong while drawing this chart.', []);
    }
    return html`<div
      class="base"
      part="base"
      role="figure"
      aria-labelledby="title"
      aria-busy=${status === 'loading'}
    >
      ${this.renderToolbar(view)}
      ${
        status === 'loading'
          ? html`<div class="loading" role="status">
              <span class="spinner" aria-hidden="true"></span>Loading data…
            </div>`
          : nothing
      }
      ${status === 'ready' && errors.length ? noticeTemplate(errors, skipped) : nothing} ${body}
      ${view ? sourcesTemplate(this.shownSources(view), this.asOf, this.lang_) : nothing}
      <div class="visually-hidden" role="status">${this.status}</div>
    </div>`;
  }
}
