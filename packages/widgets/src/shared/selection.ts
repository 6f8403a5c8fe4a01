/** Defaults for what an element shows when its attributes leave it open. */
import { localize, type AggregateNode, type Dataset, type Locale, type Metric, type Period, type Unit } from '@tiendo/sdk';
import { SelectionError } from './base-element.js';
import { UI } from './i18n.js';

/** The unit with id `id`, or a `SelectionError` naming it. */
export function requireUnit(dataset: Dataset, id: string | undefined, locale: Locale): Unit {
  const unit = id ? dataset.units.find((u) => u.id === id) : dataset.units.find((u) => dataset.actuals.some((a) => a.unit === u.id));
  if (!unit) throw new SelectionError(`${UI[locale].unit} "${id ?? ''}"`);
  return unit;
}

/** The metric with id `id`, else the first metric with figures (for `unit`, if given). */
export function requireMetric(dataset: Dataset, id: string | undefined, locale: Locale, unit?: string): Metric {
  const metric = id
    ? dataset.metrics.find((m) => m.id === id)
    : (dataset.metrics.find((m) => dataset.actuals.some((a) => a.metric === m.id && (!unit || a.unit === unit))) ?? dataset.metrics[0]);
  if (!metric) throw new SelectionError(`${UI[locale].metric} "${id ?? ''}"`);
  return metric;
}

/** The period with id `id`, else the latest-ending period with figures (for `unit` and `metric`, if given). */
export function requirePeriod(dataset: Dataset, id: string | undefined, locale: Locale, unit?: string, metric?: string, units?: ReadonlySet<string>): Period {
  if (id) {
    const p = dataset.periods.find((x) => x.id === id);
    if (!p) throw new SelectionError(`${UI[locale].period} "${id}"`);
    return p;
  }
  const used = new Set(
    dataset.actuals.filter((a) => (!unit || a.unit === unit || units?.has(a.unit)) && (!metric || a.metric === metric)).map((a) => a.period),
  );
  const candidates = dataset.periods.filter((p) => used.has(p.id));
  const latest = (candidates.length ? candidates : dataset.periods).reduce<Period | undefined>((best, p) => (!best || p.end > best.end ? p : best), undefined);
  if (!latest) throw new SelectionError(`${UI[locale].period} ""`);
  return latest;
}

/**
 * Whether a unit's figure is illustrative: its own reported figures' flag, else (a sum over the
 * units below it) true when any figure summed is.
 */
export function isIllustrative(dataset: Dataset, node: AggregateNode): boolean {
  const own = node.actualIndex !== null ? dataset.actuals[node.actualIndex] : undefined;
  const target = node.targetIndex !== null ? dataset.targets[node.targetIndex] : undefined;
  if (own) return own.illustrative === true || target?.illustrative === true;
  const stack = [...node.children];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.actualIndex !== null && dataset.actuals[c.actualIndex]!.illustrative) return true;
    if (c.targetIndex !== null && dataset.targets[c.targetIndex]!.illustrative) return true;
    stack.push(...c.children);
  }
  return false;
}

/** The label of a metric or period in the locale. */
export const label = localize;
