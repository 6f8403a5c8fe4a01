/**
 * The light-DOM table reader, a module of its own: the data controller imports it only when an
 * element has a `<table>` (the embed's loader fetches it with such an element's code), so pages
 * without one do not carry it nor the SDK's row builder. Registers itself when it runs.
 * @module
 */
import { columnOfHeader, DatasetError, datasetFromTable, safeParseDataset, sectorOfText, slugId, type Dataset, type DatasetInput } from '@tiendo/sdk';
import { setTableReader } from './data-controller.js';
import type { TableContext } from './inline-data.js';

/**
 * Reads a light-DOM table straight into a dataset (SDK `datasetFromTable`, no CSV on the way).
 * Columns are recognised by their headers in Vietnamese or English (`Đơn vị`, `Thực hiện`, `Chỉ
 * tiêu`, `Đạt`, `Khu vực`, `Vững mạnh` …); a row's `data-unit` gives its id. Errors name the
 * table's row (1 = the first below the header) and its column as the header reads.
 */
export function readTable(table: HTMLTableElement, ctx: TableContext): Dataset {
  const headRow = table.tHead?.rows[0] ?? table.rows[0];
  if (!headRow) throw new DatasetError([{ code: 'empty-input', path: 'table' }]);
  const labels = [...headRow.cells].map((c) => c.textContent?.trim() ?? '');
  const columns: string[] = labels.map((h) => columnOfHeader(h) ?? '');
  const bodyRows = [...table.rows].filter((r) => r !== headRow && r.parentElement?.tagName !== 'TFOOT');
  const caption = table.caption?.textContent?.trim() || undefined;
  const records = bodyRows.map((r) => {
    const rec: Record<string, string> = {};
    [...r.cells].forEach((c, i) => {
      const col = columns[i];
      const text = c.textContent?.trim() ?? '';
      if (col && text) rec[col] = text;
    });
    const id = r.dataset['unit'] ?? rec['unit'] ?? (rec['unit_name'] ? slugId(rec['unit_name']) : ctx.unit);
    if (id) rec['unit'] = id;
    if (!rec['unit_name'] && r.cells[0]?.tagName === 'TH') rec['unit_name'] = r.cells[0].textContent?.trim() ?? '';
    return rec;
  });
  const labelOf = (col: string) => labels[columns.indexOf(col)] || col;
  if (columns.includes('evaluated') || columns.includes('strong')) return readRatings(records, ctx, caption, labelOf);

  const period = ctx.period ?? String(new Date().getFullYear());
  const metric = ctx.metric ?? 'value';
  const header = ['unit', 'unit_name', 'metric', 'period', 'target', 'actual', 'printed', 'as_of', 'source'];
  const rows = records.map((r) => header.map((c) => r[c] ?? (c === 'metric' ? metric : c === 'period' ? period : '')));
  // A unit id made from a name is reported at the name's column.
  const dataset = datasetFromTable(rows, { header, labels: header.map((c) => labelOf(c === 'unit' && !columns.includes('unit') ? 'unit_name' : c)), title: caption ?? 'Bảng' });
  for (const m of dataset.metrics) {
    if (m.id === 'value' || m.labels.vi === m.id) {
      m.labels = { vi: caption ?? m.id };
      m.noun = { vi: ' ' };
    }
  }
  return dataset;
}

function readRatings(records: Record<string, string>[], ctx: TableContext, caption: string | undefined, labelOf: (col: string) => string): Dataset {
  const period = ctx.period ?? String(new Date().getFullYear());
  const unit = ctx.unit ?? 'don-vi';
  const num = (v: string | undefined) => (v === undefined ? undefined : /^\d+$/.test(v.replace(/\./g, '')) ? Number(v.replace(/\./g, '')) : (v as unknown as number));
  const year = /^\d{4}$/.test(period) ? period : '2000';
  const input: DatasetInput = {
    title: caption ?? 'Bảng',
    units: [{ id: unit, name: caption ?? unit, kind: 'other' }],
    metrics: [],
    periods: [{ id: period, label: { vi: period }, start: `${year}-01-01`, end: `${year}-12-31` }],
    qualityRatings: records.map((r) => ({
      unit, period,
      sector: sectorOfText(r['sector'] ?? '') ?? slugId(r['sector'] ?? ''),
      evaluated: num(r['evaluated'])!, strong: num(r['strong'])!,
      ...(r['printed'] ? { printed: r['printed'] } : {}),
    })),
  };
  const parsed = safeParseDataset(input);
  if (parsed.success) return parsed.data;
  // Rating i is table row i + 1: its field is the column.
  throw new DatasetError(parsed.error.issues.map((i) => {
    const m = /^qualityRatings\[(\d+)\]\.(\w+)/.exec(i.path);
    return m ? { ...i, path: '', row: Number(m[1]) + 1, column: labelOf(m[2]!) } : i;
  }));
}

setTableReader(readTable);
