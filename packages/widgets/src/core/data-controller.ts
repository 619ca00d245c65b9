import type { ReactiveController, ReactiveElement } from 'lit';
import { loadedValidator } from '@dealboard/dataset/core';
import type { Dataset, ValidationError, ValidationResult, Validator } from '@dealboard/dataset';
import { fire } from './events.js';

/** The element side of the data controller: the inputs a host can set. */
export interface DataHost extends ReactiveElement {
  data: unknown;
  src: string | null;
  /** Milliseconds a `src` fetch may take. */
  srcTimeout: number;
}

export type DataStatus = 'loading' | 'ready' | 'error';

/** Default for how long a `src` fetch may take before it is stopped with a clear message. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Largest `src` body or inline JSON accepted (characters, or bytes as a `src` declares its size): a dashboard dataset is far smaller. */
export const MAX_BODY_CHARS = 20_000_000;

/** Above this many records, checking runs in slices, and laying out and drawing in tasks of their own. */
const LARGE_INPUT = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Records in a dataset-shaped input, counted cheaply (no validation; hostile getters count as none). */
function recordCount(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 0;
  let count = 0;
  for (const key of ['deals', 'milestones', 'stances', 'contextFigures', 'sources']) {
    try {
      const list: unknown = (input as Record<string, unknown>)[key];
      if (Array.isArray(list)) count += list.length;
    } catch {
      // The validator reports it.
    }
  }
  return count;
}

let validator: Validator | null = null;
let bundled: Dataset | null = null;

/**
 * The validator is only needed for a host's own data, and the bundled dataset
 * only without it, so each loads on first use as its own chunk: a page
 * downloads one or the other, never both.
 */
async function loadValidator(): Promise<Validator> {
  validator ??= await import('@dealboard/dataset/validate');
  return validator;
}

async function loadBundled(): Promise<Dataset> {
  bundled ??= (await import('@dealboard/dataset/data')).dataset;
  return bundled;
}

/**
 * Resolves the data an element shows, by precedence: the `data` property
 * (`null`: the host's data is still loading), then an inline
 * `<script type="application/json">` child, then the `src` URL, then the
 * bundled dataset. Host data is validated: invalid records are dropped and
 * reported, and nothing that goes wrong escapes to the page.
 */
export class DataController implements ReactiveController {
  status: DataStatus = 'loading';
  dataset: Dataset | null = null;
  /**
   * Set while a chunk this input needs (validator, bundled data) is loading;
   * resolves once it is in and the result is stored. The element's
   * `updateComplete` waits for it, so "updated" means "showing the data".
   */
  pending: Promise<void> | null = null;
  /** Problems found in the current input (records skipped, or why nothing shows). */
  errors: ValidationError[] = [];
  /** Records the validator left out of the current input (the notice's count). */
  skipped = 0;
  /** Plain-words reason nothing can be shown, when `status` is `error`. */
  message = '';

  private inline: string | null = null;
  private resolvedFrom: unknown[] = [];
  private fetchAbort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private pendingErrors: ValidationError[] | null = null;
  private warmedUp = false;
  /** A checked copy of the host's `data` object, to become `data` at the next update. */
  private copyFor: { input: object; copy: Dataset } | null = null;
  /** The copy that is the host's `data`, and the object it was made from, held only weakly. */
  private checked: { copy: Dataset; from: WeakRef<object> } | null = null;

  /**
   * @param steps Work the host can do ahead of its render. `warmUp` (e.g. the
   *   page's first `Intl` use, which sets up locale data) runs while a chunk
   *   or a `src` file is on its way, so that the wait hides it. For a large
   *   input, `layOut` (the memoised view model) runs in a task of its own
   *   after the check, so that the render only has to draw.
   */
  constructor(
    private readonly host: DataHost,
    private readonly steps: { warmUp?: () => void; layOut?: () => void } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved while loading: the disconnection dropped that load (and aborted a
    // fetch), so resolve again rather than show "Loading…" for ever.
    if (this.resolvedFrom.length === 0) this.host.requestUpdate();
    this.readInline();
    // Inline JSON may be added or edited after the element upgrades.
    this.observer = new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.fetchAbort?.abort();
    this.fetchAbort = null;
    // Resolve afresh on reconnection (an aborted fetch must be restarted);
    // host data is checked already, and moving the element must not check it again.
    if (this.host.data === undefined || this.host.data === null) this.resolvedFrom = [];
  }

  hostUpdate(): void {
    // A check that finished since the last update (a chunk loaded, slices done)…
    this.swapInCopy();
    const inputs = [this.host.data, this.inline, this.host.src];
    if (inputs.every((value, i) => Object.is(value, this.resolvedFrom[i]))) return;
    this.resolvedFrom = inputs;
    try {
      this.resolve();
    } catch (error) {
      // A bug here must not break the host page: say so in the widget instead.
      console.error('[dealboard]', error);
      this.fail('The data could not be read.');
    }
    // …or one done just now, in this update.
    this.swapInCopy();
  }

  hostUpdated(): void {
    if (!this.pendingErrors) return;
    const errors = this.pendingErrors;
    this.pendingErrors = null;
    fire(this.host, 'dealboard-error', { errors });
  }

  private readInline(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.inline) return false;
    this.inline = text;
    return true;
  }

  private resolve(): void {
    this.fetchAbort?.abort();
    this.fetchAbort = null;
    this.copyFor = null;
    this.checked = null;
    const { data, src } = this.host;
    if (data === null) {
      // The host's own data is on its way (as in React's `useState(null)`
      // until a fetch resolves): say so, rather than show the bundled story
      // until the real data arrives. `undefined` means no data of the host's.
      this.status = 'loading';
    } else if (data !== undefined) {
      this.accept(data, true);
    } else if (this.inline !== null) {
      this.acceptText(this.inline, 'The inline JSON data');
    } else if (src) {
      void this.load(src);
    } else if (bundled) {
      this.show(bundled, []);
    } else {
      this.afterLoading(loadBundled, 'The bundled data could not be loaded.', (data) =>
        this.show(data, []),
      );
    }
  }

  /**
   * Shows "Loading…" until `load` resolves, then runs `then` and re-renders;
   * a newer input in the meantime wins and the result is dropped (`then`
   * gets `current` to check that again after its own awaits).
   */
  private afterLoading<T>(
    load: () => Promise<T>,
    failure: string,
    then: (value: T, current: () => boolean) => void | Promise<void>,
  ): void {
    this.status = 'loading';
    const inputs = this.resolvedFrom;
    const current = () => this.resolvedFrom === inputs;
    const pending = (async () => {
      let value: T;
      try {
        const loading = load();
        this.headStart();
        value = await loading;
      } catch {
        if (current()) this.fail(failure);
        return;
      }
      try {
        if (current()) await then(value, current);
      } catch (error) {
        console.error('[dealboard]', error);
        if (current()) this.fail('The data could not be read.');
      }
    })().finally(() => {
      if (this.pending === pending) this.pending = null;
      if (current()) this.host.requestUpdate();
    });
    this.pending = pending;
  }

  private async load(src: string): Promise<void> {
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.status = 'loading';
    const timeout = this.host.srcTimeout > 0 ? this.host.srcTimeout : FETCH_TIMEOUT_MS;
    const timer = setTimeout(() => abort.abort('timeout'), timeout);
    let failure = '';
    let text = '';
    try {
      const request = fetch(src, { signal: abort.signal, headers: { accept: 'application/json' } });
      this.headStart();
      const response = await request;
      if (!response.ok) {
        failure = `Could not load data from ${src}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
      } else {
        // A declared size over the limit is refused before the body is read.
        const size = Number(response.headers.get('content-length'));
        if (size > MAX_BODY_CHARS) {
          failure = `The file at ${src} is too large to show (${size.toLocaleString()} bytes).`;
          void response.body?.cancel().catch(() => {});
        } else {
          text = await response.text();
        }
      }
    } catch {
      if (abort.signal.aborted && abort.signal.reason !== 'timeout') return; // superseded: a newer input wins
      failure = abort.signal.aborted
        ? `Loading data from ${src} took longer than ${timeout / 1000} seconds and was stopped.`
        : `Could not load data from ${src}: the network request failed.`;
    } finally {
      clearTimeout(timer);
    }
    if (this.fetchAbort !== abort) return;
    this.fetchAbort = null;
    if (failure) this.fail(failure);
    else this.acceptText(text, `The file at ${src}`);
    this.host.requestUpdate();
  }

  private acceptText(text: string, what: string): void {
    if (text.length > MAX_BODY_CHARS) {
      this.fail(`${what} is too large to show (${text.length.toLocaleString()} characters).`);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.fail(`${what} is not valid JSON.`);
      return;
    }
    this.accept(parsed);
  }

  /** Whether `current` (the host's `data`) is the checked copy of `value`. */
  isCopyOf(current: unknown, value: unknown): boolean {
    return (
      this.checked !== null &&
      current === this.checked.copy &&
      value === this.checked.from.deref() &&
      value !== undefined
    );
  }

  private accept(input: unknown, fromProperty = false): void {
    const property = fromProperty && typeof input === 'object' ? input : null;
    const large = recordCount(input) > LARGE_INPUT;
    // Already evaluated (a chunk the page loaded up front): no import() round trip, no "Loading…" frame.
    validator ??= loadedValidator();
    if (validator && !large) {
      this.take(validator.validateDataset(input), property);
      return;
    }
    // Load the validator first. Many records are checked in slices of about
    // 25 ms, then laid out and drawn in a task each, so the page is never
    // blocked for the whole of it.
    const failure = 'The data validator could not be loaded.';
    this.afterLoading(loadValidator, failure, async (check, current) => {
      if (!large) {
        this.take(check.validateDataset(input), property);
        return;
      }
      await nextTask();
      if (!current()) return;
      const result = await check.validateDatasetInSlices(input);
      if (!current()) return;
      await nextTask();
      if (!current()) return;
      this.take(result, property);
      if (this.status !== 'ready') return;
      try {
        this.steps.layOut?.();
      } catch {
        // The render meets the same problem and shows it.
      }
      await nextTask();
    });
  }

  /**
   * Runs the host's `warmUp` step once, in a task of its own right after this
   * one: the wait for a chunk or a file hides it, and it does not lengthen the
   * task that asked for the data. Only a head start: the render does the same
   * work again if it has not run.
   */
  private headStart(): void {
    if (this.warmedUp) return;
    this.warmedUp = true;
    setTimeout(() => {
      try {
        this.steps.warmUp?.();
      } catch {
        // The render meets the same problem and shows it.
      }
    }, 0);
  }

  private take({ data, errors, skipped }: ValidationResult, property: object | null = null): void {
    this.skipped = skipped;
    const empty = !data || data.deals.length + data.milestones.length + data.stances.length === 0;
    if (empty) {
      this.fail('The data has no valid records to show.', errors);
    } else {
      this.show(data, errors);
      if (property) this.copyFor = { input: property, copy: data };
    }
  }

  /**
   * The host's `data` becomes the checked copy, and the object it set is held
   * only weakly (to know it if it is set again): otherwise a large input
   * would stay in memory twice, as given and as checked. Done in an update,
   * so that setting `data` does not ask for a render of its own (a large
   * input is laid out and drawn in tasks of their own).
   */
  private swapInCopy(): void {
    const swap = this.copyFor;
    this.copyFor = null;
    if (!swap || this.host.data !== swap.input) return;
    this.checked = { copy: swap.copy, from: new WeakRef(swap.input) };
    this.host.data = swap.copy;
    // Changed in place: `afterLoading` knows this resolution by the array.
    this.resolvedFrom[0] = swap.copy;
  }

  private show(dataset: Dataset, errors: ValidationError[]): void {
    this.status = 'ready';
    this.dataset = dataset;
    this.errors = errors;
    this.message = '';
    if (errors.length) this.pendingErrors = errors;
  }

  private fail(message: string, errors: ValidationError[] = []): void {
    this.status = 'error';
    this.dataset = null;
    this.message = message;
    this.errors = errors.length ? errors : [{ path: '', message }];
    this.pendingErrors = this.errors;
  }
}
