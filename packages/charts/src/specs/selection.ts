/**
 * Defaults for what a chart shows when the page does not say: the first metric, the latest period
 * with figures, the first unit with figures, so `<tiendo-chart kind="ranking" src="…">` works as is.
 * @module
 */
import type { Dataset } from '@tiendo/sdk';
import type { ChartKind } from './model.js';

/** What a chart shows; every field optional as written on the page. */
export interface ChartSelection {
  /** Metric id (ranking, trend). */
  metric?: string;
  /** Period id (ranking, share). */
  period?: string;
  /** Unit id (trend, share). */
  unit?: string;
  /** Parent unit id (ranking). */
  parent?: string;
}

const latest = <T extends { start: string; end: string }>(list: T[]): T | undefined =>
  [...list].sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))[0];

/** The selection with the missing ids filled in from the dataset (ids given are kept, even if unknown). */
export function resolveSelection(dataset: Dataset, kind: ChartKind, given: ChartSelection): ChartSelection {
  const out: ChartSelection = { ...given };
  if (kind === 'ranking' || kind === 'trend') {
    out.metric ??= (dataset.metrics.find((m) => dataset.actuals.some((a) => a.metric === m.id)) ?? dataset.metrics[0])?.id;
  }
  if (kind === 'ranking') {
    const periods = dataset.periods.filter((p) => dataset.actuals.some((a) => a.period === p.id && a.metric === out.metric) && dataset.targets.some((t) => t.period === p.id && t.metric === out.metric));
    out.period ??= latest(periods.length ? periods : dataset.periods)?.id;
  }
  if (kind === 'trend') {
    const counts = new Map<string, number>();
    for (const a of dataset.actuals) if (a.metric === out.metric) counts.set(a.unit, (counts.get(a.unit) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    out.unit ??= best?.[0] ?? dataset.units[0]?.id;
  }
  if (kind === 'share') {
    const ratings = dataset.qualityRatings;
    out.unit ??= ratings[0]?.unit ?? dataset.units[0]?.id;
    const periods = dataset.periods.filter((p) => ratings.some((q) => q.period === p.id && q.unit === out.unit));
    out.period ??= latest(periods.length ? periods : dataset.periods)?.id;
  }
  return out;
}
