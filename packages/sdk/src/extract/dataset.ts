/**
 * A dataset from extracted figures: units, metrics, periods, targets, actuals (with the printed
 * percent and the source), quality ratings and thresholds, validated by `parseDataset`. Figures
 * that a dataset cannot hold faithfully (no unit or period, sub-counts, transfers, approximate
 * counts, other counted things) stay out, and the dataset's notes say so.
 * @module
 */
import { normalizeName } from '../names.js';
import { KNOWN_METRICS } from '../csv-rows.js';
import { parseDataset } from '../parse.js';
import type { Dataset, DatasetInput } from '../schemas/dataset.js';
import type { Source } from '../schemas/common.js';
import { displayName, unitMentions } from './units.js';
import type { ExtractedFigure, ExtractedPeriod, ExtractedTarget, ExtractedThreshold, ExtractOptions } from './types.js';

/** An id from a name: `Quận Hoàng Mai` → `hoang-mai`. */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'don-vi';
}

const EN_LABEL = (p: ExtractedPeriod): string =>
  p.label.replace(/^Năm /, '').replace(/^Nhiệm kỳ /, 'Term ').replace(/^Giai đoạn /, '').replace(/^Quý (\w+)\/(\d+)$/, (_m, q: string, y: string) => `Q${['I', 'II', 'III', 'IV'].indexOf(q) + 1} ${y}`);

/** What the dataset is built from: the figures, lone targets and thresholds of an extraction (as read, or edited by hand). */
export interface ExtractionParts {
  /** The figures. */
  figures: readonly ExtractedFigure[];
  /** Lone targets. */
  targets?: readonly ExtractedTarget[];
  /** Thresholds. */
  thresholds?: readonly ExtractedThreshold[];
}

/**
 * Builds a valid dataset from extracted (or hand-corrected) figures. Only figures with a unit and a
 * period go in; sub-counts, transfers, approximate counts and `other` figures stay out, with a note.
 */
export function datasetFromExtraction(parts: ExtractionParts, options: ExtractOptions = {}): Dataset {
  const notes: string[] = [];
  const source: Source | undefined = options.source ? { name: options.source, ...(options.url ? { url: options.url } : {}), ...(options.published ? { date: options.published } : {}) } : undefined;
  const units = new Map<string, NonNullable<DatasetInput['units']>[number]>();
  const unitId = (name: string | undefined): string | undefined => {
    if (!name) return undefined;
    // One unit however its name is written: old or new tone placement, spacing, case.
    const key = normalizeName(name).toLowerCase();
    for (const u of units.values()) if (normalizeName(u.fullName ?? '').toLowerCase() === key) return u.id;
    const [m] = unitMentions(name, 0, name.length, []);
    const display = m && m.start === 0 ? displayName(m) : name;
    let id = slug(m?.proper || display);
    if ([...units.values()].some((u) => u.id === id)) id = slug(display);
    for (let k = 2; [...units.values()].some((u) => u.id === id); k++) id = `${slug(display)}-${k}`;
    units.set(id, { id, name: display, fullName: name, kind: m?.kind ?? 'other' });
    return id;
  };
  const periods = new Map<string, NonNullable<DatasetInput['periods']>[number]>();
  const periodId = (p: ExtractedPeriod | undefined): string | undefined => {
    if (!p) return undefined;
    if (!periods.has(p.id)) periods.set(p.id, { id: p.id, label: { vi: p.label, en: EN_LABEL(p) }, start: p.start, end: p.end });
    return p.id;
  };
  const metrics = new Set<string>();
  const targets = new Map<string, NonNullable<DatasetInput['targets']>[number]>();
  const actuals = new Map<string, NonNullable<DatasetInput['actuals']>[number]>();
  const ratings = new Map<string, NonNullable<DatasetInput['qualityRatings']>[number]>();
  const left = (f: { quote: string }, why: string) => notes.push(`Không đưa vào bộ dữ liệu (${why}): “${f.quote.length > 120 ? `${f.quote.slice(0, 117)}…` : f.quote}”`);
  const addTarget = (unit: string, metric: string, period: string, value: number, quote: string) => {
    const key = `${unit}|${metric}|${period}`;
    const prev = targets.get(key);
    if (prev && prev.value !== value) notes.push(`Hai chỉ tiêu khác nhau cho ${unit} × ${metric} × ${period}: ${prev.value} và ${value} (“${quote}”); giữ ${prev.value}.`);
    if (!prev) targets.set(key, { unit, metric, period, value, ...(source ? { source } : {}) });
    metrics.add(metric);
  };
  for (const f of parts.figures) {
    if (f.metric === 'other') continue;
    if (f.partOf !== undefined || f.qualifier) {
      left(f, 'số liệu thành phần');
      continue;
    }
    if (f.approximate) {
      left(f, 'số gần đúng');
      continue;
    }
    const unit = unitId(f.unitName);
    const period = periodId(f.period);
    if (!unit || !period) {
      left(f, unit ? 'không rõ kỳ' : 'không rõ đơn vị');
      continue;
    }
    if (f.metric === 'strong-share') {
      if (!f.sector) {
        left(f, 'không rõ khu vực');
        continue;
      }
      const key = `${unit}|${period}|${f.sector}`;
      if (ratings.has(key)) continue;
      const counts = f.of !== undefined && Number.isInteger(f.actual) && Number.isInteger(f.of) && f.actual <= f.of ? { evaluated: f.of, strong: f.actual } : f.share !== undefined ? { share: f.share } : null;
      if (!counts) {
        left(f, 'thiếu tổng số CĐCS được đánh giá');
        continue;
      }
      ratings.set(key, { unit, period, sector: f.sector, scheme: /vững mạnh/iu.test(f.quote) ? 'vung-manh' : 'hoan-thanh-tot', ...counts, ...(f.printed ? { printed: f.printed } : {}), ...(source ? { source } : {}) });
      continue;
    }
    metrics.add(f.metric);
    if (f.target !== undefined) addTarget(unit, f.metric, period, f.target, f.quote);
    const key = `${unit}|${f.metric}|${period}|${f.asOf ?? ''}`;
    if (actuals.has(key)) {
      left(f, 'trùng đơn vị, chỉ số và kỳ với một số liệu trước');
      continue;
    }
    const note = f.notes.join('; ');
    actuals.set(key, {
      unit, metric: f.metric, period, value: f.actual,
      ...(f.asOf ? { asOf: f.asOf } : {}),
      ...(f.printed ? { printed: f.printed } : {}),
      ...(source ? { source } : {}),
      ...(note ? { note: note.slice(0, 2000) } : {}),
    });
  }
  for (const t of parts.targets ?? []) {
    const unit = unitId(t.unitName);
    const period = periodId(t.period);
    if (unit && period) addTarget(unit, t.metric, period, t.target, t.quote);
    else left(t, unit ? 'không rõ kỳ' : 'không rõ đơn vị');
  }
  const thresholds = (parts.thresholds ?? []).map((t) => {
    const unit = unitId(t.unitName);
    const period = periodId(t.period);
    return { sector: t.sector, share: t.share, comparison: t.comparison, ...(unit ? { unit } : {}), ...(period ? { period } : {}), ...(source ? { source } : {}) };
  });
  const input: DatasetInput = {
    title: options.title ?? options.source ?? 'Số liệu từ bài báo',
    ...(source ? { source } : {}),
    ...(notes.length ? { notes: notes.join('\n').slice(0, 2000) } : {}),
    ...(options.published ? { updated: options.published } : {}),
    units: [...units.values()],
    metrics: KNOWN_METRICS.filter((m) => metrics.has(m.id)),
    periods: [...periods.values()],
    targets: [...targets.values()],
    actuals: [...actuals.values()],
    ...(ratings.size ? { qualityRatings: [...ratings.values()] } : {}),
    ...(thresholds.length ? { thresholds } : {}),
  };
  return parseDataset(input);
}
