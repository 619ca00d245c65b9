// Helpers shared by the contestants' entries (each bundles only what it uses).

/** Left margin for row and lane labels, px. */
export const LABEL_MARGIN = 200;
/** Labels closer than this (px) are thinned, as the chart libraries do by default. */
export const LABEL_GAP = 14;

/** Every k-th label so that shown labels are at least LABEL_GAP px apart. */
export function thinned(labels, plotHeight) {
  const step = Math.max(1, Math.ceil(LABEL_GAP / (plotHeight / Math.max(labels.length, 1))));
  return labels.filter((_, i) => i % step === 0);
}

/** Okabe–Ito based palette: one colour per stance category. */
export const STANCE_COLORS = {
  supplier: '#d55e00',
  buyer: '#0072b2',
  'buyer-suspended': '#56b4e9',
  'buyer-sanctioned': '#cc79a7',
  opposing: '#e69f00',
  partner: '#009e73',
  neutral: '#999999',
};
export const NO_STANCE = '#d8dee4';

/** One colour per milestone kind. */
export const KIND_COLORS = {
  contract: '#0072b2',
  payment: '#009e73',
  training: '#56b4e9',
  shipment: '#d55e00',
  deployment: '#e69f00',
  'test-firing': '#cc79a7',
  suspension: '#999999',
  sanction: '#b3261e',
  diplomatic: '#6a3d9a',
};

export const BAR_COLOR = '#0072b2';

/** 1, 2 or 5 × 10^k steps from 0 to past `max` (the floor's axis). */
function ticks(max, count) {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const out = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(v);
  return out;
}

/** "$1.5B": short US-dollar amounts for axes. */
export function usd(value) {
  if (value >= 1e9) return `$${+(value / 1e9).toFixed(1)}B`;
  if (value >= 1e6) return `$${+(value / 1e6).toFixed(1)}M`;
  if (value >= 1e3) return `$${+(value / 1e3).toFixed(1)}K`;
  return `$${value}`;
}

/** Height of the floor's value axis below the bars, px. */
const AXIS_HEIGHT = 24;

/**
 * The floor's bar chart geometry, shared with the Lit control so that both
 * draw the same picture: plot size, band per row, which labels show, the
 * axis values and the value → x scale.
 */
export function barLayout(rows, width, height) {
  const plotWidth = width - LABEL_MARGIN - 16;
  const plotHeight = height - AXIS_HEIGHT;
  const band = plotHeight / rows.length;
  const every = Math.max(1, Math.ceil(LABEL_GAP / band));
  const values = ticks(Math.max(...rows.map((r) => r.value)), 5);
  const top = values[values.length - 1];
  return { plotWidth, plotHeight, band, every, values, x: (v) => (v / top) * plotWidth };
}
