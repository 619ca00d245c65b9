import { LitElement, html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { BUNDLED_REPORTING_PERIOD } from '@dealboard/dataset/core';
import { GroupController } from '../core/group-controller.js';
import type { GroupState } from '../core/group.js';
import { formatPartialDate, safeLocale } from '../core/format.js';
import { baseStyles } from '../core/styles.js';
import type { Theme } from '../core/dealboard-element.js';
import { monthIndex, monthsBetween, toMonth } from './months.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { sliderStyles } from './timeline-slider.styles.js';

/** Time between steps while playing. */
const PLAY_STEP_MS = 900;

/**
 * The months in which the story was reported: from the first source to the
 * latest. `as-of` hides what no source had published yet, so earlier months
 * would show an empty dashboard.
 */
function defaultRange(): [string, string] {
  return [toMonth(BUNDLED_REPORTING_PERIOD.first), toMonth(BUNDLED_REPORTING_PERIOD.last)];
}

/**
 * A month slider that sets `as-of` for every Dealboard element in its
 * `group`: drag it, or use the arrow keys (one month a step), or press Play.
 *
 * @summary Sets the `as-of` date of a group of Dealboard elements.
 * @tag dealboard-timeline-slider
 *
 * @attr group - The group whose `as-of` it sets.
 * @attr min - First month (`YYYY-MM`); defaults to the month of the earliest source.
 * @attr max - Last month (`YYYY-MM`); defaults to the latest source date.
 * @attr value - The month shown (`YYYY-MM`); empty shows everything.
 * @attr label - Visible label.
 * @attr sync-url - Keep the group's `as-of` and selected country in the URL hash.
 * @attr autoplay - Start playing on load, unless the reader prefers reduced motion.
 * @attr locale - BCP 47 locale for the month names.
 * @attr theme - `light`, `dark` or `auto`.
 *
 * @csspart base - The frame.
 * @csspart range - The range input.
 * @csspart play - The play/pause button.
 */
export class DealboardTimelineSlider extends LitElement {
  static override styles = [baseStyles, sliderStyles];

  /**
   * Reactive properties, declared here rather than with Lit's decorators, as
   * in DealboardElement (bundle size, issue #9).
   */
  static override properties: PropertyDeclarations = {
    group: { reflect: true },
    min: {},
    max: {},
    value: { reflect: true },
    label: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    autoplay: { type: Boolean },
    locale: {},
    theme: { reflect: true },
    playing: { state: true, attribute: false },
  };

  group: string | null = null;
  min: string | null = null;
  max: string | null = null;
  value: string | null = null;
  label = 'Show the story as of';
  syncUrl = false;
  autoplay = false;
  locale: string | undefined = undefined;
  theme: Theme | undefined = undefined;

  private playing = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private country: string | null = null;

  private readonly groupLink = new GroupController(this, (shared) => this.applyShared(shared));

  private get months(): string[] {
    const [first, last] = defaultRange();
    return monthsBetween(toMonth(this.min ?? first), toMonth(this.max ?? last));
  }

  private get lang_(): string {
    return safeLocale(this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      window.addEventListener('popstate', this.onPopState);
      this.applyShared(readUrlState(location.hash, this.group ?? ''), true);
    }
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.autoplay && !reduce) this.play();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.pause();
  }

  private readonly onPopState = () =>
    this.applyShared(readUrlState(location.hash, this.group ?? ''), true);

  /** Takes on a state from the group or the URL; `publish` passes URL state on to the group. */
  private applyShared(shared: GroupState, publish = false): void {
    this.value = shared.asOf ? toMonth(shared.asOf) : null;
    this.country = shared.country;
    if (publish) this.groupLink.publish(shared);
    else this.writeUrl('replace');
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl || !this.group) return;
    const hash = writeUrlState(location.hash, this.group, {
      asOf: this.value,
      country: this.country,
    });
    if (hash === location.hash || (hash === '' && !location.hash)) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Sets the month and tells the group. */
  private setMonth(month: string | null, history: 'push' | 'replace'): void {
    this.value = month;
    this.groupLink.publish({ asOf: month });
    this.writeUrl(history);
  }

  /** Dragging updates the group live; the URL gets one history entry when it is let go. */
  private onInput(event: Event): void {
    const index = Number((event.target as HTMLInputElement).value);
    this.value = this.months[index] ?? null;
    this.groupLink.publish({ asOf: this.value });
  }

  private onChange(): void {
    this.writeUrl('push');
  }

  play(): void {
    if (this.timer) return;
    const months = this.months;
    // Playing from the end (or from "everything") starts over.
    if (!this.value || this.value >= months[months.length - 1]!) this.setMonth(months[0]!, 'push');
    this.playing = true;
    this.timer = setInterval(() => {
      const i = months.indexOf(this.value ?? '');
      if (i < 0 || i >= months.length - 1) this.pause();
      else this.setMonth(months[i + 1]!, 'replace');
    }, PLAY_STEP_MS);
  }

  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playing = false;
  }

  private togglePlay(): void {
    if (this.playing) {
      this.pause();
      this.writeUrl('push');
    } else this.play();
  }

  private showAll(): void {
    this.pause();
    this.setMonth(null, 'push');
    // The button disables itself (nothing left to clear), which would drop
    // focus to the page: it goes to the slider, which now reads "All dates".
    this.renderRoot.querySelector<HTMLInputElement>('#range')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A value set by the host (attribute or property) reaches the group too.
    if (changed.has('value') && changed.get('value') !== undefined)
      this.groupLink.publish({ asOf: this.value });
  }

  protected override render(): TemplateResult {
    const months = this.months;
    const index = this.value
      ? Math.min(Math.max(monthIndex(this.value) - monthIndex(months[0]!), 0), months.length - 1)
      : months.length - 1;
    const text = this.value ? formatPartialDate(this.value, this.lang_) : 'All dates';
    // Play says what a press does next (Play, Pause), so it has no
    // aria-pressed: a toggle button's name must not change (APG).
    return html`<div class="base slider" part="base">
      <label for="range">${this.label}</label>
      <input
        id="range"
        part="range"
        type="range"
        min="0"
        max=${months.length - 1}
        step="1"
        .value=${String(index)}
        aria-valuetext=${text}
        @input=${this.onInput}
        @change=${this.onChange}
      />
      <output for="range" aria-hidden="true">${text}</output>
      <button type="button" class="play" part="play" @click=${this.togglePlay}>
        ${this.playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" ?disabled=${!this.value} @click=${this.showAll}>All dates</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dealboard-timeline-slider': DealboardTimelineSlider;
  }
}
