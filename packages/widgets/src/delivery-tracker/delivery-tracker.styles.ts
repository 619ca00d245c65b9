import { css } from 'lit';

export const trackerStyles = css`
  /* One palette colour per kind; the shape tells kinds apart without it. */
  .kind-contract {
    --_kind: var(--_c1);
  }
  .kind-payment {
    --_kind: var(--_c2);
  }
  .kind-training {
    --_kind: var(--_c3);
  }
  .kind-shipment {
    --_kind: var(--_c4);
  }
  .kind-deployment {
    --_kind: var(--_c5);
  }
  .kind-test-firing {
    --_kind: var(--_c6);
  }
  .kind-suspension {
    --_kind: var(--_c7);
  }
  .kind-sanction {
    --_kind: var(--_fg);
  }
  .kind-diplomatic,
  .neutral {
    --_kind: var(--_c8);
  }
  .symbol {
    fill: var(--_kind);
    stroke: var(--_kind);
    stroke-width: 1px;
  }
  /* Expected (planned, forecast) is hollow; reported is filled. */
  .state-expected .symbol,
  .state-overdue .symbol {
    fill: var(--_bg);
    stroke-width: 2px;
  }
  /*
   * The ring paints nothing until a mark is focused or selected, yet the
   * track around the symbol still answers hover and clicks.
   */
  .mark > .focus-ring {
    fill: none;
    pointer-events: visible;
  }
  /* fill-opacity, not opacity: the same look without a paint effect per span. */
  .span {
    fill: var(--_kind);
    fill-opacity: 0.35;
  }
  .state-expected .span,
  .state-overdue .span {
    fill: none;
    stroke: var(--_kind);
    stroke-dasharray: 3 2;
  }
  /* A "+N" cluster: milestones a crowded lane has no track left for. */
  .cluster-body {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1px;
  }
  .cluster-count {
    fill: var(--_fg);
    font-size: 10px;
    font-weight: 600;
    pointer-events: none;
  }
  .overdue-ring {
    fill: none;
    stroke: var(--_error);
    stroke-width: 1.5px;
    stroke-dasharray: 2 2;
  }
  .conflict-link {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .as-of line {
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .as-of text {
    fill: var(--_accent);
    font-size: 11px;
  }
  .lane-rule {
    stroke: var(--_grid);
  }
  /* A linked lane is marked once, by its rule: a ring round each of its marks
     overlapped the next mark's on a crowded track. */
  .lane.linked .lane-rule {
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  .list .lane.linked {
    border-top: 3px solid var(--_accent);
  }
  .lane.linked .mark:not(.active, :focus-visible, [aria-selected='true']) > .focus-ring {
    stroke: none;
  }
  .lane-name {
    font-weight: 600;
  }
  .lane-text,
  .links {
    pointer-events: none;
  }
  .empty-lane {
    font-style: italic;
  }
  .mark:hover .symbol {
    opacity: 0.8;
  }

  /* The compact list, below about 480 px. */
  .list {
    display: grid;
    gap: 10px;
  }
  .list .lane {
    display: grid;
    gap: 2px;
    padding-top: 6px;
    border-top: 1px solid var(--_grid);
  }
  .lane-head {
    margin: 0 0 2px;
  }
  .lane-head .lane-status,
  .as-of-note,
  p.empty-lane {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .as-of-note {
    margin: 0 0 6px;
  }
  p.empty-lane {
    margin: 0;
  }
  .item {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    padding: 3px 4px;
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .item svg {
    flex: none;
    margin-top: 1px;
  }
  .item.conflict {
    border-left: 3px double var(--_fg);
  }
  .item.active {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
  }
  .item[aria-selected='true'] {
    background: var(--_panel);
    box-shadow: inset 0 0 0 1px var(--_fg);
  }

  @media (forced-colors: active) {
    .state-expected .symbol,
    .state-overdue .symbol {
      fill: Canvas;
      stroke: CanvasText;
    }
    .span,
    .conflict-link,
    .overdue-ring,
    .as-of line {
      stroke: CanvasText;
    }
  }
`;
