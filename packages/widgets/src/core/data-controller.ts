import type { ReactiveController, ReactiveElement } from 'lit';
import { dataset as bundled } from '@dealboard/dataset';
import type { Dataset, ValidationError, ValidationResult } from '@dealboard/dataset';
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
/** Largest `src` body accepted (characters): a dashboard dataset is far smaller. */
export const MAX_BODY_CHARS = 20_000_000;

type Validate = (input: unknown) => ValidationResult;
let validate: Validate | null = null;

/**
 * The validator is only needed for a host's own data, so it loads on first
 * use as its own chunk: pages that show the bundled data never download it.
 */
async function loadValidator(): Promise<Validate> {
  validate ??= (await import('@dealboard/dataset/validate')).validateDataset;
  return validate;
}

/**
 * Resolves the data an element shows, by precedence: the `data` property, then
 * an inline `<script type="application/json">` child, then the `src` URL, then
 * the bundled dataset. Host data is validated: invalid records are dropped and
 * reported, and nothing that goes wrong escapes to the page.
 */
export class DataController implements ReactiveController {
  status: DataStatus = 'ready';
  dataset: Dataset | null = bundled;
  /** Problems found in the current input (records skipped, or why nothing shows). */
  errors: ValidationError[] = [];
  /** Plain-words reason nothing can be shown, when `status` is `error`. */
  message = '';

  private inline: string | null = null;
  private resolvedFrom: unknown[] = [];
  private fetchAbort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private pendingErrors: ValidationError[] | null = null;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
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
    // Resolve afresh on reconnection (an aborted fetch must be restarted).
    this.resolvedFrom = [];
  }

  hostUpdate(): void {
    const inputs = [this.host.data, this.inline, this.host.src];
    if (inputs.every((value, i) => Object.is(value, this.resolvedFrom[i]))) return;
    this.resolvedFrom = inputs;
    this.resolve();
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
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.accept(data);
    } else if (this.inline !== null) {
      this.acceptText(this.inline, 'The inline JSON data');
    } else if (src) {
      void this.load(src);
    } else {
      this.show(bundled, []);
    }
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
      const response = await fetch(src, {
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        failure = `Could not load data from ${src}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
      } else {
        text = await response.text();
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

  private accept(input: unknown): void {
    if (!validate) {
      this.status = 'loading';
      const inputs = this.resolvedFrom;
      loadValidator().then(
        () => {
          // Only if no newer input arrived meanwhile.
          if (this.resolvedFrom !== inputs) return;
          this.accept(input);
          this.host.requestUpdate();
        },
        () => {
          this.fail('The data validator could not be loaded.');
          this.host.requestUpdate();
        },
      );
      return;
    }
    const { data, errors } = validate(input);
    const empty = !data || data.deals.length + data.milestones.length + data.stances.length === 0;
    if (empty) {
      this.fail('The data has no valid records to show.', errors);
    } else {
      this.show(data, errors);
    }
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
