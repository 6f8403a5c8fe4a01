/** Look-ups on a validated dataset, shared by the computations and the widgets. */
import { dayNumber } from './dates.js';
import type { Dataset } from './schemas/dataset.js';
import type { Actual, Target } from './schemas/figures.js';
import type { Unit } from './schemas/unit.js';

/** The children of every unit, in document order; roots under the key `''`. */
export function childrenIndex(dataset: Dataset): Map<string, Unit[]> {
  const map = new Map<string, Unit[]>();
  for (const u of dataset.units) {
    const key = u.parent ?? '';
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(u);
  }
  return map;
}

/** The target of a unit × metric × period, with its index in `dataset.targets`. */
export function findTarget(dataset: Dataset, unit: string, metric: string, period: string): { target: Target; index: number } | undefined {
  const index = dataset.targets.findIndex((t) => t.unit === unit && t.metric === metric && t.period === period);
  return index === -1 ? undefined : { target: dataset.targets[index]!, index };
}

/**
 * The latest actual of a unit × metric × period (by `asOf`, where absent means the period end),
 * no later than `asOf` when given; with its index in `dataset.actuals`.
 */
export function findActual(dataset: Dataset, unit: string, metric: string, period: string, asOf?: string): { actual: Actual; index: number } | undefined {
  const p = dataset.periods.find((x) => x.id === period);
  const limit = asOf ? dayNumber(asOf) : Infinity;
  let best: { actual: Actual; index: number; day: number } | undefined;
  dataset.actuals.forEach((a, index) => {
    if (a.unit !== unit || a.metric !== metric || a.period !== period) return;
    const day = a.asOf ? dayNumber(a.asOf) : p ? dayNumber(p.end) : Infinity;
    if (day > limit) return;
    if (!best || day >= best.day) best = { actual: a, index, day };
  });
  return best ? { actual: best.actual, index: best.index } : undefined;
}

/** The date an actual stands for: its `asOf`, or its period's end. */
export function actualDate(dataset: Dataset, actual: Actual): string | undefined {
  return actual.asOf ?? dataset.periods.find((p) => p.id === actual.period)?.end;
}

/** Every unit below `unit` (not itself), depth first in document order. */
export function descendants(dataset: Dataset, unit: string, index = childrenIndex(dataset)): Unit[] {
  const out: Unit[] = [];
  const stack = [...(index.get(unit) ?? [])].reverse();
  const seen = new Set<string>();
  while (stack.length) {
    const u = stack.pop()!;
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push(u);
    const kids = index.get(u.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
