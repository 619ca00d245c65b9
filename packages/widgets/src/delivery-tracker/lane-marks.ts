import { noChange, nothing } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ChildPart, DirectiveParameters, PartInfo } from 'lit/directive.js';
import type { MilestoneKind } from '@dealboard/dataset';
import type { MilestoneState } from './deal-progress.js';
import { SYMBOL_RADIUS, TRACK_HEIGHT } from './layout.js';
import type { Lane, MarkCluster, MilestoneMark } from './layout.js';
import { symbolPath } from './milestone-kinds.js';
import { textWidth } from '../core/fit-text.js';

/** The marks the keyboard and the selection single out: milestone ids, or null. */
export interface MarkFocus {
  /** The one mark in the tab order (roving tabindex). */
  tabbable: string | null;
  /** The mark keyboard focus is on, ringed. */
  active: string | null;
  selected: string | null;
}

/** Accessible names of a lane's marks and of its clusters. */
export interface MarkNamer {
  mark: (mark: MilestoneMark) => string;
  cluster: (cluster: MarkCluster) => string;
  /** What the cluster's pill shows ("+1,234"). */
  count: (cluster: MarkCluster) => string;
}

const NO_FOCUS: MarkFocus = { tabbable: null, active: null, selected: null };

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const key in attributes) el.setAttribute(key, String(attributes[key]));
  return el;
}

const markClass = (kind: MilestoneKind, state: MilestoneState) =>
  `mark kind-${kind} state-${state}`;

function overdueRing(): SVGElement {
  return svgElement('circle', { class: 'overdue-ring', r: SYMBOL_RADIUS + 2 });
}

/** A mark of each kind and state with everything but its place and name, to clone. */
const blanks = new Map<string, SVGGElement>();

function blankMark(kind: MilestoneKind, state: MilestoneState): SVGGElement {
  const key = `${kind} ${state}`;
  let blank = blanks.get(key);
  if (!blank) {
    blank = svgElement('g', {
      class: markClass(kind, state),
      part: 'mark',
      role: 'option',
      tabindex: -1,
      'aria-selected': 'false',
    }) as SVGGElement;
    // The ring paints nothing at rest, yet it is the mark's hit area: the
    // whole track around the symbol answers hover and clicks.
    blank.append(
      svgElement('rect', { class: 'focus-ring', height: TRACK_HEIGHT - 2, rx: 4 }),
      svgElement('rect', { class: 'span', height: 6, rx: 2 }),
      svgElement('path', { class: 'symbol' }),
    );
    if (state === 'overdue') blank.append(overdueRing());
    blanks.set(key, blank);
  }
  return blank;
}

/** Sets a rectangle's place and width as numbers, not as text for the browser to parse. */
function place(rect: SVGRectElement, x: number, y: number, width: number): void {
  rect.x.baseVal.value = x;
  rect.y.baseVal.value = y;
  rect.width.baseVal.value = width;
}

/** A "+N" cluster mark: a pill with the count on it, to clone. */
let blankCluster: SVGGElement | null = null;

function newCluster(): SVGGElement {
  if (!blankCluster) {
    blankCluster = svgElement('g', {
      class: 'mark cluster',
      part: 'mark cluster',
      role: 'option',
      tabindex: -1,
      'aria-selected': 'false',
    }) as SVGGElement;
    blankCluster.append(
      svgElement('rect', { class: 'focus-ring', height: TRACK_HEIGHT - 2, rx: 4 }),
      svgElement('rect', { class: 'cluster-body', height: 14, rx: 7 }),
      svgElement('text', { class: 'cluster-count', 'text-anchor': 'middle' }),
    );
  }
  return blankCluster.cloneNode(true) as SVGGElement;
}

/** Room either side of the pill's count, px. */
const CLUSTER_PADDING = 5;
/** The pill's count text size, px (the tracker's styles). */
const CLUSTER_FONT = 10;

function drawCluster(
  g: SVGGElement,
  cluster: MarkCluster,
  name: string,
  text: string,
): SVGGElement {
  const { x0, x1, cx, cy } = cluster;
  const ring = g.firstElementChild as SVGRectElement;
  const body = ring.nextElementSibling as SVGRectElement;
  const count = body.nextElementSibling as SVGTextElement;
  // As wide as the milestones it holds span, and at least as wide as its count.
  const width = Math.max(x1 - x0, textWidth(text, CLUSTER_FONT) + 2 * CLUSTER_PADDING);
  const left = Math.min(x0, cx - width / 2);
  g.setAttribute('data-id', cluster.id);
  g.setAttribute('aria-label', name);
  g.setAttribute('tabindex', '-1');
  g.setAttribute('aria-selected', 'false');
  g.classList.remove('active');
  place(ring, left - 3, cy - TRACK_HEIGHT / 2 + 1, width + 6);
  place(body, left, cy - 7, width);
  count.setAttribute('x', String(cx));
  count.setAttribute('y', String(cy + 4));
  count.textContent = text;
  return g;
}

/** Puts a mark (a blank, or one drawn before) where `mark` goes, named `name`. */
function drawMark(g: SVGGElement, mark: MilestoneMark, name: string): SVGGElement {
  const { milestone, x0, x1, cx, cy } = mark;
  const ring = g.firstElementChild as SVGRectElement;
  const span = ring.nextElementSibling as SVGRectElement;
  const symbol = span.nextElementSibling!;
  const left = Math.min(x0, cx - SYMBOL_RADIUS) - 3;
  const right = Math.max(x1, cx + SYMBOL_RADIUS) + 3;
  g.setAttribute('data-id', milestone.id);
  g.setAttribute('aria-label', name);
  place(ring, left, cy - TRACK_HEIGHT / 2 + 1, right - left);
  place(span, x0, cy - 3, Math.max(x1 - x0, 1));
  symbol.setAttribute('d', symbolPath(milestone.kind, cx, cy));
  const overdue = symbol.nextElementSibling as SVGCircleElement | null;
  if (overdue) {
    overdue.cx.baseVal.value = cx;
    overdue.cy.baseVal.value = cy;
  }
  return g;
}

/** A mark drawn before, back to its blank state for `mark` (its state may have changed). */
function resetMark(g: SVGGElement, mark: MilestoneMark): SVGGElement {
  const { milestone, state } = mark;
  g.setAttribute('class', markClass(milestone.kind, state));
  g.setAttribute('tabindex', '-1');
  g.setAttribute('aria-selected', 'false');
  const overdue = g.querySelector('.overdue-ring');
  if (state === 'overdue' && !overdue) g.append(overdueRing());
  if (state !== 'overdue') overdue?.remove();
  return g;
}

/**
 * Puts a lane's marks in order inside its part, around the mark that has
 * keyboard focus, which must not move: moving it would take focus away.
 */
function order(nodes: readonly SVGGElement[], part: ChildPart): void {
  const parent = part.parentNode as Node;
  const root = parent.getRootNode() as Document | ShadowRoot;
  const focused = nodes.find((node) => node === root.activeElement);
  const at = focused ? nodes.indexOf(focused) : nodes.length;
  const before = focused ?? part.endNode;
  for (const node of nodes.slice(0, at)) parent.insertBefore(node, before);
  let after = focused;
  for (const node of nodes.slice(at + 1)) {
    parent.insertBefore(node, after!.nextSibling);
    after = node;
  }
}

/**
 * The marks of one lane of the timeline, as plain SVG: each mark is cloned
 * from a blank of its kind and state and placed once per layout (and
 * locale); later renders (hover, focus, selection) only move the tab stop,
 * the focus ring and the selection between them. A new layout redraws the
 * marks in place, so the mark that has keyboard focus keeps it.
 */
class LaneMarks extends Directive {
  private lane: Lane | null = null;
  private name: MarkNamer | null = null;
  private byId = new Map<string, SVGGElement>();
  /** The cluster drawn for each milestone in one: it shows their selection. */
  private clusterOf = new Map<string, SVGGElement>();
  private shown = NO_FOCUS;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('laneMarks() draws child nodes');
  }

  /** Without a DOM (server rendering) there is nothing to draw. */
  render(_lane: Lane, _name: MarkNamer, _focus: MarkFocus): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [lane, name, focus]: DirectiveParameters<this>) {
    let result: DocumentFragment | typeof noChange = noChange;
    if (lane !== this.lane || name !== this.name) {
      const first = this.lane === null;
      this.lane = lane;
      this.name = name;
      const nodes = this.redraw(lane, name);
      // The first time Lit inserts the marks; later they are put in order in place.
      if (first) {
        result = document.createDocumentFragment();
        for (const node of nodes) result.append(node);
      } else {
        order(nodes, part);
      }
    }
    this.show(focus);
    return result;
  }

  /**
   * The lane's marks, then its clusters, in order: those drawn before (by
   * id) redrawn, the others new.
   */
  private redraw(lane: Lane, name: MarkNamer): SVGGElement[] {
    const old = this.byId;
    this.byId = new Map();
    this.clusterOf = new Map();
    this.shown = NO_FOCUS;
    const reuse = (id: string) => {
      const before = old.get(id);
      old.delete(id);
      return before;
    };
    const nodes = lane.drawn.map((mark) => {
      const id = mark.milestone.id;
      const before = reuse(id);
      const node = before
        ? resetMark(before, mark)
        : (blankMark(mark.milestone.kind, mark.state).cloneNode(true) as SVGGElement);
      this.byId.set(id, drawMark(node, mark, name.mark(mark)));
      return node;
    });
    for (const cluster of lane.clusters) {
      const node = drawCluster(
        reuse(cluster.id) ?? newCluster(),
        cluster,
        name.cluster(cluster),
        name.count(cluster),
      );
      this.byId.set(cluster.id, node);
      for (const mark of cluster.marks) this.clusterOf.set(mark.milestone.id, node);
      nodes.push(node);
    }
    for (const gone of old.values()) gone.remove();
    return nodes;
  }

  private mark(id: string | null): SVGGElement | undefined {
    return id === null ? undefined : this.byId.get(id);
  }

  /** A selected milestone inside a cluster shows as the cluster selected. */
  private selectedMark(id: string | null): SVGGElement | undefined {
    return this.mark(id) ?? (id === null ? undefined : this.clusterOf.get(id));
  }

  private show(focus: MarkFocus): void {
    const was = this.shown;
    if (focus.tabbable !== was.tabbable) {
      this.mark(was.tabbable)?.setAttribute('tabindex', '-1');
      this.mark(focus.tabbable)?.setAttribute('tabindex', '0');
    }
    if (focus.active !== was.active) {
      this.mark(was.active)?.classList.remove('active');
      this.mark(focus.active)?.classList.add('active');
    }
    if (focus.selected !== was.selected) {
      this.selectedMark(was.selected)?.setAttribute('aria-selected', 'false');
      this.selectedMark(focus.selected)?.setAttribute('aria-selected', 'true');
    }
    this.shown = focus;
  }
}

/** Draws a lane's marks, singling out the tab stop, the focused and the selected one. */
export const laneMarks = directive(LaneMarks);
