/** Pieces of the chart's view that depend only on the model or the dataset: the data table and the source line. */
import type { Dataset, Locale } from '@tiendo/sdk';
import { safeHref } from '@tiendo/widgets/core';
import { html, nothing } from 'lit';
import type { ChartModel } from '../specs/model.js';
import { UI_TEXT, formatDate } from './chart-text.js';

/** The chart's rows as a real table for assistive technology (visually hidden). */
export function dataTable(m: ChartModel) {
  const { caption, columns, numeric, rows, rowHeader } = m.table;
  // The 1px box around the table: a table grows to its content whatever its width, so on its
  // own it would widen the page on a phone.
  return html`<div class="visually-hidden"><table class="visually-hidden" part="table">
    <caption>${caption}</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    <tbody>${rows.map(
      (r) => html`<tr>${r.map((cell, i) =>
        i === rowHeader ? html`<th scope="row">${cell}</th>` : html`<td class=${numeric[i] ? 'num' : ''}>${cell}</td>`,
      )}</tr>`,
    )}</tbody>
  </table></div>`;
}

/** “Nguồn: … Cập nhật: …” of the dataset; only http(s) links (the widgets' `safeHref`). */
export function sourceLine(d: Dataset | null, locale: Locale) {
  if (!d || (!d.source && !d.updated)) return nothing;
  const t = UI_TEXT[locale];
  const url = safeHref(d.source?.url);
  const name = d.source ? (url ? html`<a href=${url} rel="noopener">${d.source.name}</a>` : d.source.name) : nothing;
  return html`<p class="source" part="source">
    ${d.source ? html`${t.source} ${name}. ` : nothing}${d.updated ? `${t.updated} ${formatDate(d.updated, locale)}.` : ''}
  </p>`;
}
