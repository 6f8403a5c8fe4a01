/**
 * Long-format CSV rows → a validated dataset: one row per unit × metric × period (× as-of date),
 * with the target and/or the actual; every problem names its line and column. No text parsing
 * here (that is `csv.ts`), so light-DOM tables need no CSV parser.
 * @module
 */
import { DatasetError } from './dataset-error.js';
import { describeReceived, type Issue } from './errors.js';
import { columnOfHeader, metricOfText, sectorOfText, slugId } from './csv-headers.js';
import { DEFAULT_SECTORS } from './defaults.js';
import { parseNumberVi } from './format.js';
import { safeParseDataset } from './parse.js';
import type { Dataset, DatasetInput } from './schemas/dataset.js';
import type { UnitKind } from './schemas/unit.js';
import type { CsvColumn } from './csv-columns.js';

/** The columns of the long CSV, in the order `datasetToCsv` writes them. */
export { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';

/** Metrics known without labels in the CSV. */
export const KNOWN_METRICS: NonNullable<DatasetInput['metrics']> = [
  { id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New union members' }, noun: { vi: 'đoàn viên', en: 'members' }, verb: { vi: 'kết nạp', en: 'admitted' }, kind: 'count' },
  { id: 'grassroots-unions', labels: { vi: 'Thành lập CĐCS', en: 'New grassroots unions' }, noun: { vi: 'CĐCS', en: 'grassroots unions' }, verb: { vi: 'thành lập', en: 'founded' }, kind: 'count' },
];

/** Options of `parseDatasetCsv`. */
export interface CsvOptions {
  /** Title of the dataset (default “Dữ liệu CSV”). */
  title?: string;
}

type Row = Partial<Record<CsvColumn, string>>;
interface Origin { line: number; columns: Partial<Record<string, CsvColumn>> }

const TRUE = new Set(['true', '1', 'x', 'yes', 'có', 'co']);
const FIELD_COLUMN: Record<string, CsvColumn> = {
  unit: 'unit', metric: 'metric', period: 'period', asOf: 'as_of', printed: 'printed', of: 'of', note: 'note',
  name: 'unit_name', kind: 'unit_kind', parent: 'parent', start: 'period_start', end: 'period_end', label: 'period_label', illustrative: 'illustrative',
};

/**
 * Builds a validated dataset from the rows of a long CSV, already split into cells (the first row is
 * the header). `parseDatasetCsv` splits the text; the widgets' light-DOM tables give their cells.
 */
export function datasetFromCsvRows(rows: readonly (readonly string[])[], options: CsvOptions = {}): Dataset {
  return datasetFromRows(rows, options);
}

/**
 * The builder behind `datasetFromCsvRows` and `datasetFromTable` (`table.ts`): issues name the CSV
 * `line` (newlines inside cells counted) or, given the `table`'s header texts, its `row` below the
 * header and the `column` as the table's header reads.
 */
export function datasetFromRows(rows: readonly (readonly string[])[], options: CsvOptions, table?: { labels: readonly string[] }): Dataset {
  // Headers as written in a spreadsheet (`Đơn vị`, `Chỉ tiêu`, `Thực hiện` …) name long-CSV columns.
  const header = (rows[0] ?? []).map((h) => columnOfHeader(h) ?? h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  // Without an id column, a unit's id is made from its name (`Quận Hoàng Mai` → `quan-hoang-mai`).
  const idFromName = !header.includes('unit') && header.includes('unit_name');
  const issues: Issue[] = [];
  // Figures need a metric and a target or an actual; quality ratings a sector.
  const ratingsOnly = header.includes('sector') && !header.includes('metric');
  const missing = ['unit', ...(ratingsOnly ? [] : ['metric']), 'period'].filter((c) => !header.includes(c) && !(c === 'unit' && idFromName));
  if (!ratingsOnly && !header.includes('target') && !header.includes('actual')) missing.push('target or actual');
  if (missing.length) {
    throw new DatasetError(placed(missing.map((m) => ({ code: 'csv-header' as const, path: '', line: 1, expected: m, detail: (rows[0] ?? []).map((h) => h.trim()).join(', ') })), header, table));
  }

  const ds: Required<Pick<DatasetInput, 'units' | 'metrics' | 'periods' | 'targets' | 'actuals'>> & DatasetInput = {
    title: options.title ?? 'Dữ liệu CSV', units: [], metrics: [], periods: [], targets: [], actuals: [], sectors: [...DEFAULT_SECTORS], qualityRatings: [],
  };
  const origins: Origins = { units: [], metrics: [], periods: [], targets: [], actuals: [], qualityRatings: [] };
  const units = new Map<string, number>();
  const metrics = new Set<string>();
  const periods = new Set<string>();
  const targets = new Map<string, number>();
  const parents: { id: string; line: number }[] = [];

  let line = table ? 1 : 1 + newlines(rows[0] ?? []);
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    line += 1;
    const rowLine = line;
    if (!table) line += newlines(cells);
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    // More cells than columns: usually an unquoted Vietnamese number (1,400 or 110,6%) split in two.
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      issues.push({ code: 'csv-extra-cells', path: '', line: rowLine, expected: String(header.length), received: String(cells.length) });
      continue;
    }
    const row: Row = {};
    header.forEach((h, i) => {
      const v = cells[i]?.trim();
      if (v) row[h as CsvColumn] = v;
    });
    wordsToIds(row, idFromName);
    const num = (col: CsvColumn): number | undefined => {
      const v = row[col];
      if (v === undefined) return undefined;
      try {
        return parseNumberVi(v);
      } catch {
        issues.push({ code: 'csv-value', path: '', line: rowLine, column: col, expected: 'a number ≥ 0', received: describeReceived(v) });
        return undefined;
      }
    };
    const rating = row.sector !== undefined;
    for (const col of rating ? (['unit', 'period'] as const) : (['unit', 'metric', 'period'] as const)) {
      if (!row[col]) issues.push({ code: 'required', path: '', line: rowLine, column: col });
    }
    if (!row.unit || !row.period || (!rating && !row.metric)) continue;

    if (!units.has(row.unit)) {
      units.set(row.unit, ds.units.length);
      ds.units.push({ id: row.unit, name: row.unit_name ?? row.unit, kind: (row.unit_kind ?? 'other') as UnitKind, ...(row.parent ? { parent: row.parent } : {}) });
      origins.units.push({ line: rowLine, columns: FIELD_COLUMN });
      if (row.parent) parents.push({ id: row.parent, line: rowLine });
    }
    if (row.metric && !metrics.has(row.metric)) {
      metrics.add(row.metric);
      const known = KNOWN_METRICS.find((m) => m.id === row.metric);
      ds.metrics.push(known ?? { id: row.metric, labels: { vi: row.metric }, noun: { vi: row.metric } });
      origins.metrics.push({ line: rowLine, columns: { id: 'metric' } });
    }
    if (!periods.has(row.period)) {
      periods.add(row.period);
      const year = /^\d{4}$/.test(row.period) ? row.period : null;
      const start = row.period_start ?? (year ? `${year}-01-01` : undefined);
      const end = row.period_end ?? (year ? `${year}-12-31` : undefined);
      if (!start) issues.push({ code: 'required', path: '', line: rowLine, column: 'period_start', expected: 'a date YYYY-MM-DD' });
      if (!end) issues.push({ code: 'required', path: '', line: rowLine, column: 'period_end', expected: 'a date YYYY-MM-DD' });
      ds.periods.push({ id: row.period, label: { vi: row.period_label ?? (year ? `Năm ${year}` : row.period), en: row.period_label ?? row.period }, start: start ?? '', end: end ?? '' });
      origins.periods.push({ line: rowLine, columns: { id: 'period', start: 'period_start', end: 'period_end', label: 'period_label' } });
    }
    const source = row.source ? { name: row.source, ...(row.source_url ? { url: row.source_url } : {}), ...(row.source_date ? { date: row.source_date } : {}) } : undefined;
    const illustrative = row.illustrative ? TRUE.has(row.illustrative.toLowerCase()) : undefined;
    if (rating) {
      const evaluated = num('evaluated');
      const strong = num('strong');
      const share = num('share');
      if (!ds.sectors!.some((x) => x.id === row.sector)) ds.sectors!.push({ id: row.sector!, labels: { vi: row.sector! } });
      ds.qualityRatings!.push({
        unit: row.unit, period: row.period, sector: row.sector!,
        ...(row.scheme ? { scheme: row.scheme } : {}),
        ...(evaluated !== undefined ? { evaluated } : {}),
        ...(strong !== undefined ? { strong } : {}),
        ...(share !== undefined ? { share } : {}),
        ...(row.printed ? { printed: row.printed } : {}),
        ...(source ? { source } : {}),
        ...(illustrative !== undefined ? { illustrative } : {}),
      });
      origins.qualityRatings.push({ line: rowLine, columns: { ...FIELD_COLUMN, sector: 'sector', scheme: 'scheme', evaluated: 'evaluated', strong: 'strong', share: 'share', name: 'source', url: 'source_url', date: 'source_date' } });
      continue;
    }
    const metric = row.metric!; // a figure row without a metric was skipped above
    const target = num('target');
    if (target !== undefined) {
      const key = `${row.unit}\u0000${row.metric}\u0000${row.period}`;
      const prev = targets.get(key);
      if (prev === undefined) {
        targets.set(key, ds.targets.length);
        ds.targets.push({ unit: row.unit, metric, period: row.period, value: target, ...(illustrative !== undefined ? { illustrative } : {}) });
        origins.targets.push({ line: rowLine, columns: { ...FIELD_COLUMN, value: 'target' } });
      } else if (ds.targets[prev]!.value !== target) {
        issues.push({ code: 'csv-value', path: '', line: rowLine, column: 'target', expected: String(ds.targets[prev]!.value), detail: `line ${origins.targets[prev]!.line}`, received: String(target) });
      }
    }
    const actual = num('actual');
    const of = num('of');
    if (actual !== undefined) {
      ds.actuals.push({
        unit: row.unit, metric, period: row.period, value: actual,
        ...(of !== undefined ? { of } : {}),
        ...(row.as_of ? { asOf: row.as_of } : {}),
        ...(row.printed ? { printed: row.printed } : {}),
        ...(source ? { source } : {}),
        ...(row.note ? { note: row.note } : {}),
        ...(illustrative !== undefined ? { illustrative } : {}),
      });
      origins.actuals.push({ line: rowLine, columns: { ...FIELD_COLUMN, value: 'actual', name: 'source', url: 'source_url', date: 'source_date' } });
    }
  }
  for (const p of parents) {
    if (!units.has(p.id)) {
      units.set(p.id, ds.units.length);
      ds.units.push({ id: p.id, name: p.id, kind: 'other' });
      origins.units.push({ line: p.line, columns: { id: 'parent' } });
    }
  }
  if (rows.length < 2 || (!ds.units.length && !issues.length)) {
    throw new DatasetError(placed([{ code: 'empty-input', path: '', line: line + 1, detail: 'no-rows' }], header, table));
  }
  const result = safeParseDataset(ds);
  if (result.success && !issues.length) {
    ORIGINS.set(result.data, origins);
    return result.data;
  }
  // A cell the CSV reading already reported (a missing period start) is not reported twice.
  const reported = new Set(issues.map((i) => `${i.line}|${i.column}`));
  const located = result.success ? [] : result.error.issues.map((i) => locate(i, origins)).filter((i) => !reported.has(`${i.line}|${i.column}`));
  throw new DatasetError(placed([...issues, ...located].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), header, table));
}

type Origins = Record<'units' | 'metrics' | 'periods' | 'targets' | 'actuals' | 'qualityRatings', Origin[]>;

/** The CSV line of every record of the datasets `parseDatasetCsv` returned. */
const ORIGINS = new WeakMap<Dataset, Origins>();

/** The CSV line and column a path like `actuals[3].printed` came from, when `dataset` was read from a CSV. */
export function csvLocation(dataset: Dataset, path: string): { line: number; column?: CsvColumn } | undefined {
  const origins = ORIGINS.get(dataset);
  return origins ? originOf(path, origins) : undefined;
}

function originOf(path: string, origins: Origins): { line: number; column?: CsvColumn } | undefined {
  const m = /^(\w+)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(path);
  const origin = m ? origins[m[1] as keyof Origins]?.[Number(m[2])] : undefined;
  if (!origin) return undefined;
  const field = m![4] ?? m![3];
  const column = field ? origin.columns[field] : undefined;
  return column ? { line: origin.line, column } : { line: origin.line };
}

/** In a table, line L is row L − 1 (the header, row 0, is named by its column alone), and a column is named by its header text. */
function placed(issues: Issue[], header: readonly string[], table: { labels: readonly string[] } | undefined): Issue[] {
  if (!table) return issues;
  return issues.map(({ line, ...i }) => ({
    ...i,
    ...(line !== undefined && line > 1 ? { row: line - 1 } : {}),
    ...(i.column !== undefined ? { column: table.labels[header.indexOf(i.column)] ?? i.column } : {}),
    ...(i.detail && /^line \d+$/.test(i.detail) ? { detail: `row ${Number(i.detail.slice(5)) - 1}` } : {}),
  }));
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/** Maps an issue on a path of the built dataset back to the CSV line and column it came from. */
function locate(issue: Issue, origins: Origins): Issue {
  const at = originOf(issue.path, origins);
  if (!at) return issue;
  // A duplicate's first occurrence is a line too (`actuals[0]` means nothing in a CSV).
  const first = issue.code === 'duplicate-id' && issue.detail ? originOf(issue.detail, origins) : undefined;
  return { ...issue, path: '', ...at, ...(first ? { detail: `line ${first.line}` } : {}) };
}


/**
 * Cells as people write them, read as ids: a unit's id from its name when the file has no id column,
 * `Năm 2021` as the period `2021`, a known metric or sector by its words (`Kết nạp đoàn viên`,
 * `Khu vực nhà nước`).
 */
function wordsToIds(row: Row, idFromName: boolean): void {
  if (idFromName && row.unit_name) row.unit = slugId(row.unit_name);
  // Such a file names parents by their names too.
  if (idFromName && row.parent) row.parent = slugId(row.parent);
  const year = row.period && /^(?:năm|nam|year)\s+(\d{4})$/i.exec(row.period);
  if (year) {
    row.period_label ??= row.period;
    row.period = year[1]!;
  }
  if (row.metric) row.metric = metricOfText(row.metric) ?? row.metric;
  if (row.sector) row.sector = sectorOfText(row.sector) ?? row.sector;
}
