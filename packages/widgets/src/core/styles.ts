import { css } from 'lit';

/**
 * Styles every Dealboard element shares. Public `--dealboard-*` custom
 * properties map onto private `--_*` variables, so the theme API is read in
 * one place. Light and dark palettes are Okabe–Ito based (colour-blind safe).
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: content;
    min-width: 0;
    /* The widgets' own words are English and their pictures run left to right (amounts and
       time grow rightwards): they keep that direction in a right-to-left page, where SVG
       labels anchored at their start would otherwise run out of the picture and English
       sentences end with their full stop on the left. Names in other scripts still read in
       their own direction. */
    direction: ltr;
    /* The reader's default text size (their browser setting), not the page's
       root size: a page setting html { font-size: 62.5% } must not shrink it.
       Important, as a shadow root's important rule outranks the page's, so
       that not even * { all: unset !important } sizes the frame's text. */
    font-size: medium !important;
    --_font: var(--dealboard-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_bg: var(--dealboard-background, #ffffff);
    --_fg: var(--dealboard-text, #1b1f24);
    --_muted: var(--dealboard-muted, #59636e);
    --_grid: var(--dealboard-grid, #d8dee4);
    --_panel: var(--dealboard-panel, #f6f8fa);
    --_focus: var(--dealboard-focus, #0969da);
    --_accent: var(--dealboard-accent, #0072b2);
    --_error: var(--dealboard-error, #b3261e);
    --_c1: var(--dealboard-color-1, #0072b2);
    --_c2: var(--dealboard-color-2, #e69f00);
    --_c3: var(--dealboard-color-3, #009e73);
    --_c4: var(--dealboard-color-4, #d55e00);
    --_c5: var(--dealboard-color-5, #cc79a7);
    --_c6: var(--dealboard-color-6, #56b4e9);
    --_c7: var(--dealboard-color-7, #8a7a00);
    --_c8: var(--dealboard-color-8, #6e7781);
    --_radius: var(--dealboard-radius, 6px);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_bg: var(--dealboard-background, #0d1117);
    --_fg: var(--dealboard-text, #e6edf3);
    --_muted: var(--dealboard-muted, #9ea7b3);
    --_grid: var(--dealboard-grid, #30363d);
    --_panel: var(--dealboard-panel, #161b22);
    --_focus: var(--dealboard-focus, #58a6ff);
    --_accent: var(--dealboard-accent, #56b4e9);
    --_error: var(--dealboard-error, #ff8a80);
    --_c1: var(--dealboard-color-1, #56b4e9);
    --_c2: var(--dealboard-color-2, #e69f00);
    --_c3: var(--dealboard-color-3, #2fc39a);
    --_c4: var(--dealboard-color-4, #ff8c42);
    --_c5: var(--dealboard-color-5, #e3a3c8);
    --_c6: var(--dealboard-color-6, #9fd3f5);
    --_c7: var(--dealboard-color-7, #f0e442);
    --_c8: var(--dealboard-color-8, #9ea7b3);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_bg: var(--dealboard-background, #0d1117);
      --_fg: var(--dealboard-text, #e6edf3);
      --_muted: var(--dealboard-muted, #9ea7b3);
      --_grid: var(--dealboard-grid, #30363d);
      --_panel: var(--dealboard-panel, #161b22);
      --_focus: var(--dealboard-focus, #58a6ff);
      --_accent: var(--dealboard-accent, #56b4e9);
      --_error: var(--dealboard-error, #ff8a80);
      --_c1: var(--dealboard-color-1, #56b4e9);
      --_c2: var(--dealboard-color-2, #e69f00);
      --_c3: var(--dealboard-color-3, #2fc39a);
      --_c4: var(--dealboard-color-4, #ff8c42);
      --_c5: var(--dealboard-color-5, #e3a3c8);
      --_c6: var(--dealboard-color-6, #9fd3f5);
      --_c7: var(--dealboard-color-7, #f0e442);
      --_c8: var(--dealboard-color-8, #9ea7b3);
    }
  }
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    /* 14px at the usual 16px default; more for readers who ask browsers for larger text. */
    font-size: var(--dealboard-font-size, 0.875em);
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 12px;
    overflow: hidden;
  }
  .base * {
    box-sizing: inherit;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 8px;
  }
  .title {
    font-weight: 600;
    font-size: 1.05em;
    margin: 0;
  }
  .actions {
    display: flex;
    gap: 6px;
    align-items: center;
    position: relative;
  }
  button,
  summary {
    font: inherit;
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_panel);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 3px 10px;
    cursor: pointer;
    min-height: 28px;
  }
  button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  details.menu {
    position: relative;
  }
  details.menu > summary {
    /* Not inherited from .base: a summary's parent in the flat tree is a slot
       in the details' own shadow root. As content-box the Download menu stood
       8px taller than the Table button. */
    box-sizing: border-box;
    list-style: none;
    display: inline-flex;
    align-items: center;
  }
  details.menu > summary::-webkit-details-marker {
    display: none;
  }
  details.menu > ul {
    /* As for the summary: inherited from a slot, content-box made the items
       (width 100% plus padding) stick out of the list and past the frame. */
    box-sizing: border-box;
    position: absolute;
    right: 0;
    z-index: 2;
    margin: 4px 0 0;
    padding: 4px;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    min-width: 11em;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  details.menu li button {
    width: 100%;
    text-align: left;
    border: 0;
    background: none;
  }
  details.menu li button:hover {
    background: var(--_panel);
  }
  .plot {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }
  svg text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .axis text,
  .muted {
    fill: var(--_muted);
  }
  .axis line,
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .mark {
    cursor: pointer;
    outline: none;
  }
  /* Thicker than the linked ring (same hue family): keyboard focus must not look like a link. */
  .mark:focus-visible .focus-ring,
  .mark.active .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .focus-ring {
    /* Transparent, not none: the whole row answers hover and clicks. */
    fill: transparent;
    stroke: none;
  }
  .mark[aria-selected='true'] .focus-ring {
    stroke: var(--_fg);
    stroke-width: 2px;
    stroke-dasharray: 4 2;
  }
  /* A group selection elsewhere: its country's marks stand out. Only shapes
     dim (a map's country, a row's or lane's marks); a dimmed row's text goes
     muted, not faint, so it stays readable (WCAG 1.4.3, 4.5:1). */
  path.dimmed,
  .dimmed :is(rect, path, circle):not(.focus-ring) {
    opacity: 0.3;
  }
  .dimmed {
    color: var(--_muted);
  }
  .dimmed text {
    fill: var(--_muted);
  }
  .linked .focus-ring {
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    flex: none;
  }
  /* Floats over the picture by the hovered mark (placed from script, through
     the CSSOM): it never moves the page. Sources lists are left to the panel,
     which a click fills, so the tooltip stays short enough to read at a glance. */
  .hover-tooltip {
    position: absolute;
    visibility: hidden; /* until placed by the mark */
    z-index: 1; /* under the open Download menu (2) */
    display: flex;
    flex-direction: column;
    max-width: min(22em, 100%);
    max-height: 20em;
    padding: 6px 10px;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    font-size: 0.85em;
    pointer-events: none;
  }
  /* Text cut at the maximum height fades out, in the bottom padding, which
     text that fits never reaches. */
  .tip-body {
    min-height: 0;
    overflow: hidden;
    padding-bottom: 0.75em;
    mask-image: linear-gradient(to bottom, #000 calc(100% - 0.75em), transparent);
  }
  /* The citation lists, and the "Sources:" label of the last one (a label
     followed by a list with no labelled list after it; "Units:" keeps its line). */
  .hover-tooltip .cite,
  .hover-tooltip p:has(+ .cite):not(:has(~ p + .cite)) {
    display: none;
  }
  .hover-tooltip .hint {
    flex: none;
    margin: 0;
    color: var(--_muted);
  }
  .detail {
    margin-top: 8px;
    padding: 8px 10px;
    background: var(--_panel);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    font-size: 0.9em;
    min-height: 2.5em;
  }
  :is(.detail, .hover-tooltip) h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  :is(.detail, .hover-tooltip) :is(p, ul) {
    margin: 2px 0;
  }
  :is(.detail, .hover-tooltip) ul {
    padding-left: 1.2em;
  }
  .detail .hint {
    color: var(--_muted);
  }
  blockquote {
    margin: 4px 0;
    padding-left: 8px;
    border-left: 3px solid var(--_grid);
  }
  .cite {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    /* A shadow at an edge with more table beyond it: the covers scroll with
       the table and hide a shadow once its edge is reached. */
    --_shade: color-mix(in srgb, var(--_fg) 22%, transparent);
    background:
      linear-gradient(to right, var(--_bg) 40%, transparent) left / 32px 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 40%, transparent) right / 32px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_shade), transparent) left / 12px 100% no-repeat
        scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_shade), transparent) right / 12px 100%
        no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: left;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  /* Room for a deal's or a country's name when the table has to scroll. */
  tr > :first-child {
    min-width: 9em;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    margin: 0 0 8px;
    padding: 6px 10px;
    border: 1px solid var(--_c2);
    border-radius: 4px;
    font-size: 0.9em;
  }
  .notice summary {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    font-size: 1em;
  }
  .notice code {
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .error {
    padding: 10px 12px;
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: 4px;
    color: var(--_fg);
  }
  .error strong {
    color: var(--_error);
  }
  .error ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .loading {
    display: flex;
    gap: 8px;
    align-items: center;
    color: var(--_muted);
    padding: 16px 0;
  }
  .spinner {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid var(--_grid);
    border-top-color: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: spin 0.8s linear infinite;
    }
    .hover-tooltip {
      animation: tip-in 120ms ease-out;
    }
    .mark rect,
    .mark path,
    .mark circle {
      transition: opacity 150ms ease;
    }
  }
  @keyframes tip-in {
    from {
      opacity: 0;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .footer {
    margin-top: 10px;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .footer ol {
    margin: 2px 0 0;
    padding-left: 1.6em;
  }
  .footer a {
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Too many rows or lanes to draw at once: VIEWPORT_HEIGHT in scrolling-window.ts. */
  .scroller {
    max-height: 560px;
    overflow-y: auto;
    overflow-x: hidden;
    overscroll-behavior: contain;
  }
  @media (forced-colors: active) {
    .mark .bar,
    .mark .dot,
    .mark .symbol,
    .mark .area {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark[aria-selected='true'] .focus-ring,
    .mark:focus-visible .focus-ring {
      stroke: Highlight;
    }
    /* Forced colours drop the box-shadow and repaint the border, all the
       pressed state had: show it in system colours that opt out of that. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
      outline-color: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
  @media print {
    .toolbar .actions,
    .detail,
    .hover-tooltip {
      display: none;
    }
    .base {
      background: none;
    }
  }
`;
