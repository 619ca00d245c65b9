import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isPartialDate } from '@dealboard/dataset/core';
import type { Source, ValidationError } from '@dealboard/dataset';
import { safeUrl } from './safe-url.js';
import { formatPartialDate } from './format.js';
import type { TableModel } from './table-model.js';

/** The pieces of the frame every widget shares: table view, notices, error panel, sources. */

/** The records as a semantic table; the first column heads each row. */
export function tableTemplate(model: TableModel): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">
        ${model.caption}
      </caption>
      <thead>
        <tr>
          ${model.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map(
          (row) =>
            html`<tr>
              ${row.cells.map((cell, i) =>
                i === 0
                  ? html`<th scope="row">${cell}</th>`
                  : html`<td class=${model.columns[i]?.numeric ? 'num' : ''}>${cell}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * How many records were skipped (`skipped`, as the validator counted them)
 * and why, expandable to every path and message. Some problems skip nothing
 * (an unknown field is left out, its record shown): then it says so.
 */
export function noticeTemplate(errors: ValidationError[], skipped: number): TemplateResult {
  const problems = `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}`;
  return html`<details class="notice" part="notice">
    <summary>
      ${
        skipped
          ? html`${skipped === 1 ? '1 record was' : `${skipped} records were`} skipped because the
            data is invalid (${problems}).`
          : html`The data has ${problems}; every record is shown.`
      }
    </summary>
    <ul>
      ${errors.slice(0, 100).map((e) => html`<li><code>${e.path || '/'}</code> ${e.message}</li>`)}
      ${errors.length > 100 ? html`<li>… and ${errors.length - 100} more.</li>` : nothing}
    </ul>
  </details>`;
}

/** Why nothing can be drawn, in plain words, announced to assistive tech. */
export function errorTemplate(message: string, errors: ValidationError[]): TemplateResult {
  const details = errors.filter((e) => e.message !== message);
  return html`<div class="error" role="alert" part="error">
    <strong>Nothing to show.</strong> ${message}
    ${
      details.length
        ? html`<ul>
            ${details.slice(0, 20).map((e) => html`<li><code>${e.path || '/'}</code> ${e.message}</li>`)}
            ${details.length > 20 ? html`<li>… and ${details.length - 20} more.</li>` : nothing}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The numbered sources behind what is shown (details cite them by number), and the as-of date. */
export function sourcesTemplate(
  sources: Source[],
  asOf: string | null,
  locale: string,
): TemplateResult {
  if (!sources.length) return html``;
  // A div, not <footer>: several widgets on a page must not add several contentinfo landmarks.
  return html`<div class="footer" part="footer">
    Sources:
    <ol>
      ${sources.map((s) => {
        const url = safeUrl(s.url);
        const title = url
          ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${s.title}</a>`
          : s.title;
        return html`<li>
          ${s.publisher}, “${title}”, ${formatPartialDate(s.date, locale)} (${s.kind})
        </li>`;
      })}
    </ol>
    ${asOf && isPartialDate(asOf) ? html`<p>As of ${formatPartialDate(asOf, locale)}.</p>` : nothing}
  </div>`;
}
