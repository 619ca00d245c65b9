import type { Dataset, Source } from '@dealboard/dataset';
import type { TableModel } from './table-model.js';

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in spreadsheets.
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV of the rows shown, with a header comment citing the data and its sources. */
export function toCsv(
  table: TableModel,
  dataset: Pick<Dataset, 'version'>,
  sources: Source[],
): string {
  const comment = [
    `# ${table.caption} — Dealboard dataset ${dataset.version}`,
    ...sources.map((s) => `# Source [${s.id}]: ${s.publisher}, "${s.title}", ${s.date}`),
  ].map((line) => line.replace(/[\r\n]+/g, ' '));
  const lines = [
    table.csvColumns.map(csvCell).join(','),
    ...table.rows.map((row) => row.raw.map(csvCell).join(',')),
  ];
  return [...comment, ...lines].join('\r\n') + '\r\n';
}

/** A plain-text citation of what the widget shows. */
export function citation(
  title: string,
  dataset: Pick<Dataset, 'version'>,
  sources: Source[],
): string {
  const list = sources.map((s) => `${s.publisher}, “${s.title}” (${s.date})`).join('; ');
  return `${title}. Dealboard dataset ${dataset.version}. Sources: ${list}.`;
}

// Presentation properties whose computed values are baked into exported SVG,
// so the file looks like the screen outside the shadow root and its styles.
const BAKED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
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

/** Rasterises serialised SVG to a PNG at the device's pixel ratio. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const scale = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the reader as a download. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Only http(s) links from data become clickable; `javascript:` and the like never do. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
