/**
 * Defaults for what a chart shows when the page does not say: the first metric, the latest period
 * with figures, the first unit with figures, so `<tiendo-chart kind="ranking" src="…">` works as is.
 * @module
 */
import { type Dataset, defaultParent, defaultSelection, unitScope } from '@tiendo/sdk';
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

/**
 * The selection with the missing ids filled in from the dataset (ids given are kept, even if unknown):
 * the SDK's defaults, as the widgets use them (first metric with figures; latest-ending period with
 * figures with targets for a ranking, with ratings for a share chart; the first root with units below
 * it as a ranking's parent); a trend shows the unit with the most figures.
 */
export function resolveSelection(dataset: Dataset, kind: ChartKind, given: ChartSelection): ChartSelection {
  const out: ChartSelection = { ...given };
  const known = (list: readonly { id: string }[], id: string | undefined) => (id && list.some((x) => x.id === id) ? id : undefined);
  if (kind === 'ranking' || kind === 'trend') {
    out.metric ??= defaultSelection(dataset, {}).metric?.id;
  }
  if (kind === 'ranking') {
    // Without a parent, the units of the first root with units below it (`rankingSpec` and <tiendo-ranking> alike).
    const parent = known(dataset.units, out.parent) ?? defaultParent(dataset)?.id;
    const scope = parent ? new Set(dataset.units.filter((u) => u.parent === parent).map((u) => u.id)) : undefined;
    out.period ??= defaultSelection(dataset, { metric: known(dataset.metrics, out.metric) }, scope, { figures: 'targeted' }).period.id;
  }
  if (kind === 'trend') {
    const counts = new Map<string, number>();
    for (const a of dataset.actuals) if (a.metric === out.metric) counts.set(a.unit, (counts.get(a.unit) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    out.unit ??= best?.[0] ?? dataset.units[0]?.id;
  }
  if (kind === 'share') {
    out.unit ??= dataset.qualityRatings[0]?.unit ?? dataset.units[0]?.id;
    const unit = known(dataset.units, out.unit);
    out.period ??= defaultSelection(dataset, {}, unit ? unitScope(dataset, unit) : undefined, { figures: 'ratings', metric: false }).period.id;
  }
  return out;
}
