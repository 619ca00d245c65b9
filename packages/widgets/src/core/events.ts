import type { ValidationError } from '@dealboard/dataset';

/** What a `dealboard-select` event says was chosen. */
export interface SelectDetail {
  /** Kind of record: a deal, a milestone or a country. */
  kind: 'deal' | 'milestone' | 'country';
  id: string;
  /** ISO alpha-3 code of the country most concerned (the buyer, for deals). */
  country: string;
}

export interface ErrorDetail {
  errors: ValidationError[];
}

export type DealboardSelectEvent = CustomEvent<SelectDetail>;
export type DealboardErrorEvent = CustomEvent<ErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dealboard-select': DealboardSelectEvent;
    'dealboard-error': DealboardErrorEvent;
  }
}

/** Dispatches a `dealboard-*` event that crosses shadow roots, as hosts expect. */
export function fire<T>(target: EventTarget, type: `dealboard-${string}`, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}
