/**
 * Long-format CSV text: one row per unit × metric × period (× as-of date), with the target and/or the
 * actual. Split into cells by d3-dsv, then built and validated by `datasetFromCsvRows`; every
 * problem names its line and column.
 * @module
 */
import { csvParseRows, dsvFormat } from 'd3-dsv';
import { datasetFromCsvRows, type CsvOptions } from './csv-rows.js';
import { DatasetError } from './dataset-error.js';
import { parseDatasetJson, stripBom } from './parse.js';
import type { Dataset } from './schemas/dataset.js';

export { CSV_COLUMNS, KNOWN_METRICS, csvLocation, datasetFromCsvRows, type CsvColumn, type CsvOptions } from './csv-rows.js';

/**
 * Parses a long-format CSV (UTF-8, with or without BOM) into a validated dataset. The separator is
 * detected from the header: commas, or semicolons (a spreadsheet's “CSV” in a Vietnamese locale) or
 * tabs (cells copied from a spreadsheet); headers may be written in Vietnamese (`Đơn vị`, `Chỉ tiêu`).
 */
export function parseDatasetCsv(text: string, options: CsvOptions = {}): Dataset {
  const body = stripBom(text).replace(/\r\n?/g, '\n');
  if (!body.trim()) throw new DatasetError([{ code: 'empty-input', path: '' }]);
  const delimiter = detectDelimiter(body.split('\n', 1)[0]!);
  const rows = delimiter === ',' ? csvParseRows(body) : dsvFormat(delimiter).parseRows(body);
  const header = rows[0] ?? [];
  if (header.length === 1 && header[0]!.includes('|')) throw new DatasetError([{ code: 'csv-delimiter', path: '', line: 1, detail: '|' }]);
  return datasetFromCsvRows(rows, options);
}

/** The separator of a CSV header line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(line: string): ',' | ';' | '\t' {
  const count = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in count) count[c as ',' | ';' | '\t']++;
  }
  const best = (['\t', ';'] as const).find((d) => count[d] > count[','] && count[d] >= count[d === ';' ? '\t' : ';']);
  return best ?? ',';
}

/** Parses dataset text, JSON or long CSV: `format` says which, or the first character does (`{` is JSON). */
export function parseDatasetText(text: string, format?: 'json' | 'csv', options: CsvOptions = {}): Dataset {
  const f = format ?? (/^\s*[{[]/.test(stripBom(text)) ? 'json' : 'csv');
  return f === 'json' ? parseDatasetJson(text) : parseDatasetCsv(text, options);
}
