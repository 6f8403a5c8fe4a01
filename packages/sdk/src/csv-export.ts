/** Writes a dataset (or the part of it a widget shows) back to the long CSV that `parseDatasetCsv` reads. */
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import type { Dataset } from './schemas/dataset.js';

/** Which rows to keep: each list, when given, keeps only those ids. */
export interface CsvSelection {
  /** Unit ids to keep. */
  units?: readonly string[];
  /** Metric ids to keep. */
  metrics?: readonly string[];
  /** Period ids to keep. */
  periods?: readonly string[];
  /** Whether quality ratings are written (default: when no `metrics` list is given). */
  ratings?: boolean;
  /** Units whose ratings to keep (default: `units`), e.g. the top-most rated units a sum was made of. */
  ratingUnits?: readonly string[];
  /** Rating schemes to keep (quality ratings of other schemes are left out). */
  schemes?: readonly string[];
}

/**
 * The long CSV of a dataset: one row per actual (with its target), one per target without an
 * actual, and one per quality rating (its `sector`, `scheme`, `evaluated`, `strong`, `share`): the one
 * CSV writer of every element's download. Formula-like cells (`=`, `+`, `-`, `@` first) are prefixed with `'` so a spreadsheet
 * shows them as text.
 */
export function datasetToCsv(dataset: Dataset, selection: CsvSelection = {}): string {
  const keep = (list: readonly string[] | undefined, id: string) => !list || list.includes(id);
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const periods = new Map(dataset.periods.map((p) => [p.id, p]));
  const rows: string[][] = [CSV_COLUMNS.slice()];
  const withActual = new Set<string>();
  const targets = new Map(dataset.targets.map((t) => [`${t.unit}\u0000${t.metric}\u0000${t.period}`, t]));
  const push = (r: Partial<Record<CsvColumn, string | number | undefined>>) => rows.push(CSV_COLUMNS.map((c) => cell(r[c])));
  const base = (unit: string, metric: string | undefined, period: string) => {
    const u = units.get(unit);
    const p = periods.get(period);
    return {
      unit, unit_name: u?.name, unit_kind: u?.kind, parent: u?.parent ?? undefined, metric, period,
      period_label: p?.label.vi, period_start: p?.start, period_end: p?.end,
    };
  };
  for (const a of dataset.actuals) {
    if (!keep(selection.units, a.unit) || !keep(selection.metrics, a.metric) || !keep(selection.periods, a.period)) continue;
    const key = `${a.unit}\u0000${a.metric}\u0000${a.period}`;
    withActual.add(key);
    const t = targets.get(key);
    push({
      ...base(a.unit, a.metric, a.period), target: t?.value, actual: a.value, of: a.of, as_of: a.asOf, printed: a.printed,
      source: a.source?.name, source_url: a.source?.url, source_date: a.source?.date,
      illustrative: a.illustrative || t?.illustrative ? 'true' : undefined, note: a.note,
    });
  }
  for (const t of dataset.targets) {
    const key = `${t.unit}\u0000${t.metric}\u0000${t.period}`;
    if (withActual.has(key) || !keep(selection.units, t.unit) || !keep(selection.metrics, t.metric) || !keep(selection.periods, t.period)) continue;
    push({ ...base(t.unit, t.metric, t.period), target: t.value, source: t.source?.name, illustrative: t.illustrative ? 'true' : undefined });
  }
  const ratings = selection.ratings ?? !selection.metrics;
  for (const q of ratings ? dataset.qualityRatings : []) {
    if (!keep(selection.ratingUnits ?? selection.units, q.unit) || !keep(selection.periods, q.period) || (selection.schemes && !selection.schemes.includes(q.scheme ?? ''))) continue;
    push({
      ...base(q.unit, undefined, q.period), sector: q.sector, scheme: q.scheme, evaluated: q.evaluated, strong: q.strong, share: q.share,
      printed: q.printed, source: q.source?.name, source_url: q.source?.url, source_date: q.source?.date, illustrative: q.illustrative ? 'true' : undefined,
    });
  }
  return `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
}

/**
 * A cell as RFC 4180 writes it, exactly as `d3-dsv`'s `csvFormatRows` does: in double quotes (its
 * quotes doubled) when it holds a comma, a quote or a line break. Four lines of our own, so that the
 * writer, which every element carries for its download, does not carry the CSV parser with it.
 */
function quote(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cell(v: string | number | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
}
