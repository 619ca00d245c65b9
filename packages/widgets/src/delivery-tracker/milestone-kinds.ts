import type { MilestoneKind } from '@dealboard/dataset';

/** Symbol area in px²: about 10 px across. */
export const SYMBOL_AREA = 90;

/**
 * Symbol outlines of area {@link SYMBOL_AREA}: d3-shape's circle, square,
 * diamond, triangle, star, cross and wye at that size (`d3.symbol(type, 90)`),
 * written out so the tracker needs no path generator. Each is relative to its
 * centre (it opens with a relative move), so one path places it anywhere; the
 * turned triangle and cross are the same outlines turned 180° and 45°. Each
 * shape's size follows from the area: the square's side is √90 ≈ 9.487, the
 * circle's radius √(90 ∕ π) ≈ 5.352, and so on.
 */
const SHAPES = {
  circle: 'm5.352,0a5.352,5.352,0,1,1,-10.704,0a5.352,5.352,0,1,1,10.704,0',
  square: 'm-4.743,-4.743h9.487v9.487h-9.487z',
  diamond: 'm0,-8.828l5.097,8.828l-5.097,8.828l-5.097,-8.828z',
  triangle: 'm0,-8.324l7.208,12.486h-14.416z',
  'triangle-down': 'm0,8.324l-7.208,-12.486h14.416z',
  star:
    'm0,-8.954l2.01,6.187h6.506l-5.263,3.824l2.01,6.187l-5.263,-3.824' +
    'l-5.263,3.824l2.01,-6.187l-5.263,-3.824h6.506z',
  cross: 'm-6.364,-2.121h4.243v-4.243h4.242v4.243h4.243v4.242h-4.243v4.243h-4.242v-4.243h-4.243z',
  'cross-turned':
    'm-3.0003,-5.9998l3.0003,3.0003l3.0003,-3.0003l2.9995,2.9995l-3.0003,3.0003l3.0003,3.0003' +
    'l-2.9995,2.9995l-3.0003,-3.0003l-3.0003,3.0003l-2.9995,-2.9995l3.0003,-3.0003l-3.0003,-3.0003z',
  wye: 'm2.56,1.478v5.12h-5.12v-5.12l-4.434,-2.56l2.56,-4.434l4.434,2.56l4.434,-2.56l2.56,4.434z',
} as const;

export type SymbolShape = keyof typeof SHAPES;

interface KindStyle {
  /** In running text and accessible names: "test firing". */
  word: string;
  /** In the legend. */
  legend: string;
  /** A turned triangle and a turned cross make two more fillable shapes. */
  shape: SymbolShape;
}

/**
 * One distinct, fillable shape per kind, so kinds read without colour and
 * expected milestones can be drawn hollow. Colours come from the stylesheet.
 */
export const KINDS: Record<MilestoneKind, KindStyle> = {
  contract: { word: 'contract', legend: 'Contract', shape: 'square' },
  payment: { word: 'payment', legend: 'Payment', shape: 'diamond' },
  training: { word: 'training', legend: 'Training', shape: 'triangle' },
  shipment: { word: 'shipment', legend: 'Shipment or delivery', shape: 'circle' },
  deployment: { word: 'deployment', legend: 'Deployment', shape: 'star' },
  'test-firing': { word: 'test firing', legend: 'Test firing', shape: 'cross' },
  suspension: { word: 'suspension', legend: 'Suspension', shape: 'triangle-down' },
  sanction: { word: 'sanction', legend: 'Sanction', shape: 'cross-turned' },
  diplomatic: { word: 'diplomatic event', legend: 'Diplomatic event', shape: 'wye' },
};

/** Legend order: roughly the order a deal unfolds in. */
export const KIND_ORDER = Object.keys(KINDS) as MilestoneKind[];

/**
 * SVG path of a kind's symbol centred on x,y: placed by its path, not by a
 * transform, so a thousand symbols add no transform to the page's paint.
 */
export function symbolPath(kind: MilestoneKind, x = 0, y = 0): string {
  return `M${x},${y}${SHAPES[KINDS[kind].shape]}`;
}
