/**
 * The picture as SVG text. Kept out of export.ts (a lazily loaded chunk):
 * the element's public `exportSvg()` returns it synchronously.
 */

// Presentation properties whose computed values are baked into exported SVG,
// so the file looks like the screen outside the shadow root and its styles.
const BAKED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'vector-effect',
] as const;

/** Serialises an on-screen SVG with its computed styles inlined as attributes. */
export function serializeSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const out = target[i]!;
    for (const name of BAKED) {
      const value = computed.getPropertyValue(name);
      if (value) out.setAttribute(name, value);
    }
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.ceil(width)));
  clone.setAttribute('height', String(Math.ceil(height)));
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}
