/**
 * Data written inside the element: an inline `<script type="application/json">`, or a plain
 * `<table>` that readers without JavaScript see (progressive enhancement).
 * @module
 */
import { DatasetError, datasetFromCsvRows, parseDataset, type Dataset, type DatasetInput, type Issue } from '@tiendo/sdk';

/** What the light-DOM table path needs from the element: its selection attributes. */
export interface TableContext {
  unit?: string | undefined;
  metric?: string | undefined;
  period?: string | undefined;
}

/** Header words (vi and en, lower case, without diacritics) → long-CSV column. */
const HEADERS: [RegExp, string][] = [
  [/^(unit|ma don vi|id)$/, 'unit'],
  [/^(don vi|ten don vi|unit name|name|ten|lien doan lao dong|ldld)$/, 'unit_name'],
  [/^(chi so|metric)$/, 'metric'],
  [/^(ky|nam|period|year)$/, 'period'],
  [/^(chi tieu|ke hoach|target|plan|chi tieu nam|ke hoach nam)$/, 'target'],
  [/^(thuc hien|ket qua|actual|result|da dat|so lieu)$/, 'actual'],
  [/^(ti le|ty le|dat|% dat|ti le dat|ty le dat|printed|percent|% of target)$/, 'printed'],
  [/^(ngay|tinh den|as of|as_of|den ngay)$/, 'as_of'],
  [/^(nguon|source)$/, 'source'],
  [/^(khu vuc|sector)$/, 'sector'],
  [/^(so cdcs duoc danh gia|duoc danh gia|danh gia|evaluated|so duoc danh gia)$/, 'evaluated'],
  [/^(vung manh|cdcs vung manh|strong|so vung manh)$/, 'strong'],
];

/** Lower case, no diacritics, đ → d, single spaces: `Chỉ tiêu` → `chi tieu`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An id from a name: `Quận Hoàng Mai` → `quan-hoang-mai`. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'don-vi';
}

/** The dataset in an inline `<script type="application/json">` child, or `undefined` if none. */
export function readInlineJson(host: Element): unknown {
  const script = [...host.children].find((c): c is HTMLScriptElement => c instanceof HTMLScriptElement && /json/.test(c.type));
  if (!script) return undefined;
  const text = script.textContent ?? '';
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetError([{ code: 'invalid-json', path: '', detail: `inline <script type="application/json">: ${(e as Error).message}` }]);
  }
}

/** The first `<table>` child of the element, if any. */
export function findTable(host: Element): HTMLTableElement | undefined {
  return [...host.children].find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
}

const SECTORS: [RegExp, string][] = [
  [/ngoai nha nuoc|non-state|non state|private/, 'non-state'],
  [/nha nuoc|state|public/, 'state'],
];

/**
 * Reads a light-DOM table into a dataset. Columns are recognised by their headers in Vietnamese or
 * English (`Đơn vị`, `Thực hiện`, `Chỉ tiêu`, `Đạt`, `Khu vực`, `Vững mạnh` …); a row's
 * `data-unit` gives its id. Errors name the table row and the column header.
 */
export function readTable(table: HTMLTableElement, ctx: TableContext): Dataset {
  const headRow = table.tHead?.rows[0] ?? table.rows[0];
  if (!headRow) throw new DatasetError([{ code: 'empty-input', path: 'table' }]);
  const headers = [...headRow.cells].map((c) => c.textContent?.trim() ?? '');
  const columns = headers.map((h) => HEADERS.find(([re]) => re.test(fold(h)))?.[1] ?? '');
  const bodyRows = [...table.rows].filter((r) => r !== headRow && r.parentElement?.tagName !== 'TFOOT');
  const caption = table.caption?.textContent?.trim() || undefined;
  const records = bodyRows.map((r) => {
    const rec: Record<string, string> = {};
    [...r.cells].forEach((c, i) => {
      const col = columns[i];
      const text = c.textContent?.trim() ?? '';
      if (col && text) rec[col] = text;
    });
    const id = r.dataset['unit'] ?? rec['unit'] ?? (rec['unit_name'] ? slug(rec['unit_name']) : ctx.unit);
    if (id) rec['unit'] = id;
    if (!rec['unit_name'] && r.cells[0]?.tagName === 'TH') rec['unit_name'] = r.cells[0].textContent?.trim() ?? '';
    return rec;
  });
  const headerOf = (col: string | undefined) => (col ? (headers[columns.indexOf(col)] ?? col) : undefined);
  const where = (issue: Issue, row?: number, col?: string): Issue => {
    const column = headerOf(col);
    return { ...issue, path: `table row ${row ?? '?'}`, ...(column ? { column } : {}), line: undefined as never };
  };
  if (columns.includes('evaluated') || columns.includes('strong')) return readRatings(records, ctx, caption, where);

  const period = ctx.period ?? String(new Date().getFullYear());
  const metric = ctx.metric ?? 'value';
  const cols = ['unit', 'unit_name', 'metric', 'period', 'target', 'actual', 'printed', 'as_of', 'source'];
  // The cells are already split: the long-CSV rows go to the SDK without CSV text or a CSV parser.
  const rows = [cols, ...records.map((r) => cols.map((c) => r[c] ?? (c === 'metric' ? metric : c === 'period' ? period : '')))];
  let dataset: Dataset;
  try {
    dataset = datasetFromCsvRows(rows, { title: caption ?? 'Bảng' });
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    const rev: Record<string, string> = { target: 'target', actual: 'actual', printed: 'printed', as_of: 'as_of', unit: 'unit_name', metric: 'metric', period: 'period' };
    throw new DatasetError(e.issues.map((i) => where(i, i.line !== undefined ? i.line - 1 : undefined, i.column ? rev[i.column] ?? i.column : undefined)));
  }
  for (const m of dataset.metrics) {
    if (m.id === 'value' || m.labels.vi === m.id) {
      m.labels = { vi: caption ?? m.id };
      m.noun = { vi: ' ' };
    }
  }
  return dataset;
}

function readRatings(records: Record<string, string>[], ctx: TableContext, caption: string | undefined, where: (i: Issue, row?: number, col?: string) => Issue): Dataset {
  const period = ctx.period ?? String(new Date().getFullYear());
  const unit = ctx.unit ?? 'don-vi';
  const num = (v: string | undefined) => (v === undefined ? undefined : /^\d+$/.test(v.replace(/\./g, '')) ? Number(v.replace(/\./g, '')) : (v as unknown as number));
  const input: DatasetInput = {
    title: caption ?? 'Bảng',
    units: [{ id: unit, name: caption ?? unit, kind: 'other' }],
    metrics: [],
    periods: [{ id: period, label: { vi: period }, start: `${/^\d{4}$/.test(period) ? period : '2000'}-01-01`, end: `${/^\d{4}$/.test(period) ? period : '2000'}-12-31` }],
    qualityRatings: records.map((r) => ({
      unit, period,
      sector: SECTORS.find(([re]) => re.test(fold(r['sector'] ?? '')))?.[1] ?? slug(r['sector'] ?? ''),
      evaluated: num(r['evaluated'])!, strong: num(r['strong'])!,
      ...(r['printed'] ? { printed: r['printed'] } : {}),
    })),
  };
  try {
    return parseDataset(input);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    throw new DatasetError(e.issues.map((i) => {
      const m = /^qualityRatings\[(\d+)\]\.(\w+)/.exec(i.path);
      return m ? where(i, Number(m[1]) + 1, m[2]) : i;
    }));
  }
}
