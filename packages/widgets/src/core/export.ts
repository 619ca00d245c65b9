/**
 * What the Download menu needs: the CSV, the citation, the PNG and the file
 * download. Only a click on that menu uses it, so the element loads this
 * module with `import()` on first use (see `loadExport` in
 * dealboard-element.ts) and bundlers make it a chunk of its own; nothing
 * that renders may import it statically.
 */
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
