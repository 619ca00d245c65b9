import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/**
 * A 45° hatch fill — single or crossed lines — for marks that must not be
 * told apart by colour alone (estimates, suspended or sanctioned buyers).
 * `scale` undoes a zoom so the hatch keeps its size on screen. The lines
 * take their colour from the widget's `.hatch-line` style.
 */
export function hatchPattern(id: string, crossed = false, scale = 1): SVGTemplateResult {
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"
    patternTransform="scale(${scale}) rotate(45)">
    <path class="hatch-line" d=${crossed ? 'M0 0V6M0 0H6' : 'M0 0V6'}></path>
  </pattern>`;
}
