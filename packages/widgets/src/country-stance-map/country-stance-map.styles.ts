import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_s-supplier: var(--dealboard-stance-supplier, var(--_c4));
    --_s-buyer: var(--dealboard-stance-buyer, var(--_c1));
    --_s-buyer-suspended: var(--dealboard-stance-buyer-suspended, var(--_c6));
    --_s-buyer-sanctioned: var(--dealboard-stance-buyer-sanctioned, var(--_c5));
    --_s-opposing: var(--dealboard-stance-opposing, var(--_c2));
    --_s-partner: var(--dealboard-stance-partner, var(--_c3));
    --_s-neutral: var(--dealboard-stance-neutral, var(--_c8));
    --_s-none: var(--dealboard-stance-none, var(--_grid));
  }
  .map-frame {
    position: relative;
    container-type: inline-size;
  }
  svg.map {
    /* Follows the element's width at once; the map is redrawn for it after. */
    width: 100%;
    height: auto;
    overflow: hidden;
    /* One finger scrolls the page; pinches and Ctrl + wheel are the map's. */
    touch-action: pan-x pan-y;
    user-select: none;
  }
  .country {
    fill: var(--_s-none);
    stroke: var(--_bg);
    stroke-width: 0.5px;
    stroke-linejoin: round;
  }
  .country,
  .ring,
  .flow {
    /* Borders stay hairlines when zoomed. */
    vector-effect: non-scaling-stroke;
  }
  .stance-supplier {
    fill: var(--_s-supplier);
  }
  .stance-buyer {
    fill: var(--_s-buyer);
  }
  .stance-buyer-suspended {
    fill: var(--_s-buyer-suspended);
  }
  .stance-buyer-sanctioned {
    fill: var(--_s-buyer-sanctioned);
  }
  .stance-opposing {
    fill: var(--_s-opposing);
  }
  .stance-partner {
    fill: var(--_s-partner);
  }
  .stance-neutral {
    fill: var(--_s-neutral);
  }
  .stance-none {
    fill: var(--_s-none);
  }
  .overlays {
    pointer-events: none;
  }
  .hatch-diagonal {
    fill: url(#hatch-diagonal);
  }
  .hatch-cross {
    fill: url(#hatch-cross);
  }
  .hatch-line,
  .swatch-hatch {
    stroke: var(--_bg);
    stroke-width: 1.5px;
    stroke-opacity: 0.8;
    fill: none;
  }
  .ring {
    fill: none;
  }
  .ring-linked {
    stroke: var(--_accent);
    stroke-width: 2px;
  }
  .ring-hover {
    stroke: var(--_fg);
    stroke-width: 1px;
  }
  .ring-selected {
    stroke: var(--_fg);
    stroke-width: 2px;
    stroke-dasharray: 4 2;
  }
  .ring-active {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .flow {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5px;
    stroke-opacity: 0.75;
  }
  .flow-head {
    fill: var(--_fg);
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch rect {
    stroke: var(--_muted);
    stroke-width: 0.5px;
  }
  .zoom-controls {
    position: absolute;
    left: 4px;
    bottom: 4px;
    display: flex;
    gap: 4px;
  }
  .zoom-controls button {
    min-width: 28px;
    position: relative;
  }
  /* On a narrow map the buttons would cover land (South America's tip): put them below. */
  @container (max-width: 479px) {
    .zoom-controls {
      position: static;
      margin-top: 4px;
    }
  }
  .empty,
  .map-note {
    margin: 6px 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .detail .speaker {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .country {
      stroke: CanvasText;
    }
    .ring-active,
    .ring-selected {
      stroke: Highlight;
    }
  }
  @media print {
    .zoom-controls {
      display: none;
    }
  }
`;
