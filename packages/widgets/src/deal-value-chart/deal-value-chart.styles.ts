import { css } from 'lit';

export const chartStyles = css`
  .bar {
    fill: var(--_c1);
  }
  .range,
  .bar.estimate {
    fill: url(#dealboard-hatch);
    stroke: var(--_c1);
    stroke-width: 1px;
  }
  .hatch-line {
    stroke: var(--_c1);
    stroke-width: 2px;
  }
  .dot {
    fill: var(--_c1);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .dot.approximate,
  .dot.hollow {
    fill: var(--_bg);
    stroke: var(--_c1);
    stroke-width: 2px;
  }
  .bound {
    fill: var(--_c2);
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .undisclosed {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .undisclosed-text {
    fill: var(--_muted);
    font-style: italic;
  }
  .row-text {
    pointer-events: none;
  }
  /* A halo in the background colour: gridlines and reference lines stop short of text. */
  .row-text text,
  .reference text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-weight: 500;
  }
  .reference line {
    stroke: var(--_c4);
    stroke-width: 1.5px;
    stroke-dasharray: 2 3;
  }
  /* Small text needs 4.5:1, which the line colour is not on white (3.9:1):
     a fifth of the text colour takes it there, darker on light, lighter on dark. */
  .reference text {
    fill: color-mix(in srgb, var(--_c4) 80%, var(--_fg));
    font-size: 11px;
  }
  .mark:hover .bar,
  .mark:hover .range {
    opacity: 0.85;
  }
`;
