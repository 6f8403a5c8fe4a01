/**
 * The cells of a table (a light-DOM `<table>` in a widget, a spreadsheet range) → a validated
 * dataset, without CSV text: the long-CSV row builder of `csv-rows.ts` names each problem by the
 * table's own row and column.
 * @module
 */
import { datasetFromRows, type CsvOptions } from './csv-rows.js';
import type { Dataset } from './schemas/dataset.js';

/** Options of `datasetFromTable`. */
export interface TableOptions extends CsvOptions {
  /** The long-CSV column of each cell of a row, in order (`unit`, `target`, …; `''` skips the cell). */
  header: readonly string[];
  /** The table's own header texts (`Chỉ tiêu`), used as the `column` of issues; default `header`. */
  labels?: readonly string[];
}

/**
 * Builds a dataset from the body rows of a table (`rows[0]` is the first row below the header).
 * Throws a `DatasetError` whose issues have the 1-based `row` and the `column` as the table's
 * header reads (`hàng 2, cột Chỉ tiêu: …`), never a CSV line. Whitespace in a cell reads as one space.
 */
export function datasetFromTable(rows: readonly (readonly string[])[], { header, labels = header, ...options }: TableOptions): Dataset {
  const keep = header.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
  const cells = (r: readonly string[]) => keep.map((i) => (r[i] ?? '').replace(/\s+/g, ' ').trim());
  return datasetFromRows([keep.map((i) => header[i]!), ...rows.map(cells)], options, { labels: keep.map((i) => labels[i] ?? header[i]!) });
}
