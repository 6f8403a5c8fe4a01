/** Pieces of the chart that depend only on the model or the dataset: building the model, the data table, the export files. */
import type { Dataset, Locale } from '@tiendo/sdk';
import { html } from 'lit';
import { download } from '../render.js';
import { ChartInputError } from '../specs/errors.js';
import { CHART_KINDS, type ChartKind, type ChartModel } from '../specs/model.js';
import { rankingSpec } from '../specs/ranking.js';
import type { resolveSelection } from '../specs/selection.js';
import { shareSpec } from '../specs/share.js';
import { trendSpec } from '../specs/trend.js';

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

/** Saves the chart as `base.png`, `base.svg` or `base.csv` (the menu item `id`). */
export async function exportFile(id: string, base: string, chart: { toPNG(): Promise<string>; toSVG(): Promise<string>; toCSV(): string }): Promise<void> {
  if (id === 'png') download(`${base}.png`, await chart.toPNG());
  else if (id === 'svg') download(`${base}.svg`, new Blob([await chart.toSVG()], { type: 'image/svg+xml' }));
  else if (id === 'csv') download(`${base}.csv`, new Blob(['\ufeff', chart.toCSV()], { type: 'text/csv;charset=utf-8' }));
}

/** The model of a `kind` of chart for a dataset and a resolved selection; an unknown kind or id throws a `ChartInputError`. */
export function buildModel(dataset: Dataset, kind: ChartKind, sel: ReturnType<typeof resolveSelection>, locale: Locale, top?: number, highlight?: string): ChartModel {
  if (!CHART_KINDS.includes(kind)) throw new ChartInputError('missing-option', 'kind', `kind: expected ${CHART_KINDS.join(', ')}, received "${kind}"`);
  const builders: Record<ChartKind, () => ChartModel> = {
    ranking: () => rankingSpec(dataset, { metric: sel.metric ?? '', period: sel.period ?? '', ...(sel.parent ? { parent: sel.parent } : {}), ...(top ? { top } : {}), ...(highlight ? { highlight } : {}), locale }),
    trend: () => trendSpec(dataset, { unit: sel.unit ?? '', metric: sel.metric ?? '', locale }),
    share: () => shareSpec(dataset, { unit: sel.unit ?? '', period: sel.period ?? '', locale }),
  };
  return builders[kind]();
}
