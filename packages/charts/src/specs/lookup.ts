/** Look-ups that fail with a `ChartInputError` naming the option, shared by the builders. */
import type { Dataset, Metric, Period, Unit } from '@tiendo/sdk';
import { ChartInputError } from './errors.js';

const known = (ids: readonly { id: string }[]) => ids.slice(0, 8).map((x) => x.id).join(', ') + (ids.length > 8 ? ', …' : '');

/** The metric with this id. */
export function metricOf(dataset: Dataset, id: string | undefined, option = 'metric'): Metric {
  if (!id) throw new ChartInputError('missing-option', option, `${option}: required (one of ${known(dataset.metrics)})`);
  const m = dataset.metrics.find((x) => x.id === id);
  if (!m) throw new ChartInputError('unknown-metric', option, `${option}: unknown metric "${id}" (known: ${known(dataset.metrics)})`, id);
  return m;
}

/** The period with this id. */
export function periodOf(dataset: Dataset, id: string | undefined, option = 'period'): Period {
  if (!id) throw new ChartInputError('missing-option', option, `${option}: required (one of ${known(dataset.periods)})`);
  const p = dataset.periods.find((x) => x.id === id);
  if (!p) throw new ChartInputError('unknown-period', option, `${option}: unknown period "${id}" (known: ${known(dataset.periods)})`, id);
  return p;
}

/** The unit with this id. */
export function unitOf(dataset: Dataset, id: string | undefined, option = 'unit'): Unit {
  if (!id) throw new ChartInputError('missing-option', option, `${option}: required`);
  const u = dataset.units.find((x) => x.id === id);
  if (!u) throw new ChartInputError('unknown-unit', option, `${option}: unknown unit "${id}"`, id);
  return u;
}
