/**
 * Long-format CSV text: one row per unit × metric × period (× as-of date), with the target and/or the
 * actual. Split into cells by d3-dsv, then built and validated by `datasetFromCsvRows`; every
 * problem names its line and column.
 * @module
 */
import { csvParseRows } from 'd3-dsv';
import { datasetFromCsvRows, type CsvOptions } from './csv-rows.js';
import { DatasetError } from './dataset-error.js';
import { parseDatasetJson, stripBom } from './parse.js';
import type { Dataset } from './schemas/dataset.js';

export { CSV_COLUMNS, KNOWN_METRICS, csvLocation, datasetFromCsvRows, type CsvColumn, type CsvOptions } from './csv-rows.js';

/** Parses a long-format CSV (UTF-8, with or without BOM) into a validated dataset. */
export function parseDatasetCsv(text: string, options: CsvOptions = {}): Dataset {
  const body = stripBom(text).replace(/\r\n?/g, '\n');
  if (!body.trim()) throw new DatasetError([{ code: 'empty-input', path: '' }]);
  const rows = csvParseRows(body);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  if (header.length === 1) {
    const h = body.split('\n', 1)[0]!;
    const used = [';', '\t', '|'].find((d) => h.includes(d));
    if (used) throw new DatasetError([{ code: 'csv-delimiter', path: '', line: 1, detail: used }]);
  }
  return datasetFromCsvRows(rows, options);
}

/** Parses dataset text, JSON or long CSV: `format` says which, or the first character does (`{` is JSON). */
export function parseDatasetText(text: string, format?: 'json' | 'csv', options: CsvOptions = {}): Dataset {
  const f = format ?? (/^\s*[{[]/.test(stripBom(text)) ? 'json' : 'csv');
  return f === 'json' ? parseDatasetJson(text) : parseDatasetCsv(text, options);
}
