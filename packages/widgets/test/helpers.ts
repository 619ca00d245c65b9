import { a11ySnapshot } from '@web/test-runner-commands';
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { Dataset } from '@dealboard/dataset';
import { dataset } from '@dealboard/dataset';

/** A deep copy of the bundled dataset to mutate in a test. */
export function copyOfDataset(): Dataset {
  return structuredClone(dataset);
}

/** A valid dataset of `count` deals with distinct values, largest first in data order. */
export function manyDeals(count: number): Dataset {
  const data = copyOfDataset();
  const base = data.deals[3]!; // AK-203: one exact claim
  data.deals = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `deal-${i}`,
    system: `System ${i}`,
    valueClaims: [{ ...base.valueClaims[0]!, id: `claim-${i}`, amountUsd: 1e6 * (count - i) }],
  }));
  data.milestones = [];
  data.contextFigures = [];
  return data;
}

/** Waits until the element has rendered after its size settled. */
export async function settled(
  el: HTMLElement & { updateComplete: Promise<boolean> },
): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Mounts markup inside a box of the given width and waits for it to settle. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  markup: string,
  width = 800,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  box.innerHTML = markup;
  const el = box.firstElementChild as T;
  await settled(el);
  return el;
}

/** Resolves with the next event of a type on a target. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as T), { once: true }),
  );
}

/** Texts of the elements matching a selector in an element's shadow root. */
export function texts(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((n) =>
    (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

export interface Offered {
  name: string;
  blob: Blob;
}

/** Catches the files `download()` offers (and stops the real download) while `run` goes on. */
export async function offered(run: () => unknown): Promise<Offered> {
  let caught: Promise<Offered> | null = null;
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    // The object URL is revoked a second after the click: read it now.
    const name = link.download;
    caught = fetch(link.href)
      .then((response) => response.blob())
      .then((blob) => ({ name, blob }));
  };
  document.addEventListener('click', onClick);
  try {
    await run();
    await waitUntil(() => caught, 'no file was offered', { timeout: 10_000 });
    return await caught!;
  } finally {
    document.removeEventListener('click', onClick);
  }
}

/** A button of the Download menu, by its label. */
export function menuButton(el: Element, label: string): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!button) throw new Error(`no "${label}" button`);
  return button;
}

/** The `.scroller` of a widget that has too many rows or lanes to draw at once. */
export function scroller(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
}

/** Scrolls a widget's `.scroller` to `top` and waits until what came into view is drawn. */
export async function scrollTo(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  top: number,
): Promise<void> {
  scroller(el).scrollTop = top;
  scroller(el).dispatchEvent(new Event('scroll'));
  await nextFrame();
  await settled(el);
}

/**
 * The elements matching `selector` that the `.scroller` shows: wholly inside
 * its viewport, or (`partly`) overlapping it.
 */
export function inScroller(el: Element, selector: string, partly = false): Element[] {
  const view = scroller(el).getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll(selector)].filter((node) => {
    const at = node.getBoundingClientRect();
    return partly
      ? at.bottom > view.top && at.top < view.bottom
      : at.top >= view.top && at.bottom <= view.bottom;
  });
}

/** Of `texts`, those drawn past the left or right edge of `frame` (by more than 1 px). */
export function pastEdges(frame: Element, texts: Iterable<Element>): string[] {
  const edges = frame.getBoundingClientRect();
  return [...texts]
    .filter((text) => {
      const { left, right } = text.getBoundingClientRect();
      return left < edges.left - 1 || right > edges.right + 1;
    })
    .map((text) => text.textContent!);
}

/** A node of Chromium's accessibility tree, as the a11y-snapshot command returns it. */
export interface AXNode {
  role: string;
  name?: string;
  selected?: boolean;
  /** A heading's level. */
  level?: number;
  children: AXNode[];
}

/** Chromium's accessibility tree below the first element matching a (shadow-piercing) selector. */
export async function accessibilityTree(selector: string): Promise<AXNode> {
  return (await a11ySnapshot({ selector })) as unknown as AXNode;
}
