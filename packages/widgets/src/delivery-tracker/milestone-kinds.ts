import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { MilestoneKind } from '@dealboard/dataset';

interface KindStyle {
  /** In running text and accessible names: "test firing". */
  word: string;
  /** In the legend. */
  legend: string;
  shape: SymbolType;
  /** Degrees: a turned triangle and a turned cross make two more fillable shapes. */
  rotate: number;
}

/**
 * One distinct, fillable shape per kind, so kinds read without colour and
 * expected milestones can be drawn hollow. Colours come from the stylesheet.
 */
export const KINDS: Record<MilestoneKind, KindStyle> = {
  contract: { word: 'contract', legend: 'Contract', shape: symbolSquare, rotate: 0 },
  payment: { word: 'payment', legend: 'Payment', shape: symbolDiamond, rotate: 0 },
  training: { word: 'training', legend: 'Training', shape: symbolTriangle, rotate: 0 },
  shipment: { word: 'shipment', legend: 'Shipment or delivery', shape: symbolCircle, rotate: 0 },
  deployment: { word: 'deployment', legend: 'Deployment', shape: symbolStar, rotate: 0 },
  'test-firing': { word: 'test firing', legend: 'Test firing', shape: symbolCross, rotate: 0 },
  suspension: { word: 'suspension', legend: 'Suspension', shape: symbolTriangle, rotate: 180 },
  sanction: { word: 'sanction', legend: 'Sanction', shape: symbolCross, rotate: 45 },
  diplomatic: {
    word: 'diplomatic event',
    legend: 'Diplomatic event',
    shape: symbolWye,
    rotate: 0,
  },
};

/** Legend order: roughly the order a deal unfolds in. */
export const KIND_ORDER = Object.keys(KINDS) as MilestoneKind[];

/** Symbol area in px² (d3's unit): about 10 px across. */
const SYMBOL_AREA = 90;

const paths = new Map<MilestoneKind, string>();

/** SVG path of a kind's symbol, centred on 0,0 (turn it with {@link KINDS}' `rotate`). */
export function symbolPath(kind: MilestoneKind): string {
  let d = paths.get(kind);
  if (d === undefined) {
    d = symbol(KINDS[kind].shape, SYMBOL_AREA)() ?? '';
    paths.set(kind, d);
  }
  return d;
}
