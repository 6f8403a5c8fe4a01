/**
 * What a figure is, once, for every element: a selection (unit × metric × period) turned into the
 * actual, target, attainment, pace and status, the printed percent checked, the illustrative flag and
 * the sources; and the one default for what a page leaves open. The same for quality ratings is
 * `quality-figures.ts` (an element that shows no ratings does not load the classification).
 * @module
 */
import { aggregate, type AggregateNode } from './aggregate.js';
import { progressStatus, type ProgressStatus } from './describe.js';
import { TiendoError } from './errors.js';
import { pace, type Pace } from './pace.js';
import { checkPrinted, type PrintedCheck } from './printed.js';
import type { Dataset } from './schemas/dataset.js';
import type { Metric } from './schemas/metric.js';
import type { Period } from './schemas/period.js';
import type { Source } from './schemas/common.js';
import type { Unit } from './schemas/unit.js';
import { childrenIndex, descendants } from './select.js';

/** A printed percent with its check. */
export interface PrintedFigure {
  /** The text as printed (`87,5%`). */
  text: string;
  /** `checkPrinted` of it against the figures. */
  check: PrintedCheck;
}

/** One unit's figure for a metric and period, as every element shows it. */
export interface ProgressFigure {
  /** The unit. */
  unit: Unit;
  /** The metric. */
  metric: Metric;
  /** The period. */
  period: Period;
  /** The figure reached (for a share metric: the count that qualifies). */
  actual: number;
  /** The target, `null` without one (a target of 0 is no target). */
  target: number | null;
  /** For a share metric, what `actual` is out of; `null` for counts. */
  of: number | null;
  /** actual ÷ target (for shares: (actual ÷ of) ÷ target); `null` without a target. */
  attainment: number | null;
  /** For a share metric, actual ÷ of; `null` for counts. */
  share: number | null;
  /** Date of the figure. */
  asOf: string | null;
  /** Pace against the straight line, for a count with a target; `null` otherwise. */
  pace: Pace | null;
  /** The status in one word (see `STATUS_TEXT`). */
  status: ProgressStatus;
  /** The percent the source printed, checked; `null` when none was printed (or it cannot be checked). */
  printed: PrintedFigure | null;
  /** True when any figure used is illustrative. */
  illustrative: boolean;
  /** Sources of the actual and the target, without repeats. */
  sources: Source[];
  /** The aggregate node the figure comes from. */
  node: AggregateNode;
}

/**
 * The figure of an aggregate node for its metric and period; `null` when the node has no actual.
 * One rule for pace: a count with a target, as of the figure's date (the period's end when it has
 * none); a share has no pace (it is not reached step by step), its status compares the share with
 * its target.
 */
export function figureOf(node: AggregateNode, metric: Metric, period: Period): ProgressFigure | null {
  const { actual } = node;
  if (actual === null) return null;
  const target = node.target !== null && node.target > 0 ? node.target : null;
  const isShare = metric.kind === 'share';
  const share = isShare && node.of ? actual / node.of : null;
  let p: Pace | null = null;
  if (!isShare && target !== null) p = pace({ actual, target, start: period.start, end: period.end, ...(node.asOf ? { asOf: node.asOf } : {}) });
  const attainment = target !== null ? node.attainment : null;
  const status = isShare ? (attainment === null ? 'no-target' : progressStatus(attainment, 1, null)) : progressStatus(actual, target, p);
  const printedText = node.actualRecord?.printed;
  const whole = isShare ? node.of : target;
  const printed = printedText && whole ? { text: printedText, check: checkPrinted(actual, whole, printedText) } : null;
  return {
    unit: node.unit, metric, period, actual, target, of: node.of, attainment, share, asOf: node.asOf, pace: p, status, printed,
    illustrative: isIllustrative(node),
    sources: uniqueSources([node.actualRecord?.source, node.targetRecord?.source]),
    node,
  };
}

/** The figure of one unit × metric × period (summed up from the units below when it has none of its own). */
export function progressFigure(dataset: Dataset, selection: { unit: Unit; metric: Metric; period: Period }): ProgressFigure | null {
  const { unit, metric, period } = selection;
  const [node] = aggregate(dataset, { metric: metric.id, period: period.id, unit: unit.id }).nodes;
  return node ? figureOf(node, metric, period) : null;
}

/**
 * True when a figure used is illustrative: the unit's own actual or target, or, for a figure summed
 * from the units below, any of theirs.
 */
export function isIllustrative(node: AggregateNode): boolean {
  if (node.actualRecord?.illustrative || node.targetRecord?.illustrative) return true;
  const summed = node.actualSource === 'sum' || node.targetSource === 'sum';
  return summed && node.children.some(isIllustrative);
}

/** Sources without repeats (by name), in order. */
export function uniqueSources(sources: readonly (Source | undefined)[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (s && !seen.has(s.name)) seen.set(s.name, s);
  return [...seen.values()];
}

/** A unit and every unit below it. */
export function unitScope(dataset: Dataset, unit: string): Set<string> {
  return new Set([unit, ...descendants(dataset, unit, childrenIndex(dataset)).map((u) => u.id)]);
}

/** What a page says it wants shown; every field optional. */
export interface SelectionInput {
  /** Unit id. */
  unit?: string | undefined;
  /** Metric id. */
  metric?: string | undefined;
  /** Period id. */
  period?: string | undefined;
}

/** Thrown by `defaultSelection` for an id the dataset lacks: `what` says which kind, `id` which one. */
export class SelectionMissingError extends TiendoError {
  /** `unit`, `metric` or `period`. */
  readonly what: 'unit' | 'metric' | 'period';
  /** The id asked for. */
  readonly id: string;
  constructor(what: 'unit' | 'metric' | 'period', id: string) {
    super('unknown-selection', `no ${what} "${id}" in the dataset`, what);
    this.name = 'SelectionMissingError';
    this.what = what;
    this.id = id;
  }
}

/**
 * The one default for what a page leaves open, given the units in view (`scope`: a unit and those
 * below it, or a ranking's units; all units when absent):
 * - metric: the first with figures in scope, else the first;
 * - period: the latest-ending with figures in scope for that metric (`figures`: actuals, the default;
 *   `targeted`: actuals with a target, as a ranking by attainment needs; `ratings`: quality ratings;
 *   `both`: actuals or ratings), else the latest-ending;
 * ids given are looked up and a `SelectionMissingError` names one the dataset lacks.
 */
export function defaultSelection(
  dataset: Dataset, given: SelectionInput, scope?: ReadonlySet<string>, options: { figures?: 'actuals' | 'targeted' | 'ratings' | 'both'; metric?: boolean } = {},
): { metric: Metric | null; period: Period } {
  const inScope = (u: string) => !scope || scope.has(u);
  let metric: Metric | null = null;
  if (given.metric) {
    metric = dataset.metrics.find((m) => m.id === given.metric) ?? null;
    if (!metric) throw new SelectionMissingError('metric', given.metric);
  } else if (options.metric !== false) {
    metric = dataset.metrics.find((m) => dataset.actuals.some((a) => a.metric === m.id && inScope(a.unit))) ?? dataset.metrics[0] ?? null;
  }
  let period: Period | undefined;
  if (given.period) {
    period = dataset.periods.find((p) => p.id === given.period);
    if (!period) throw new SelectionMissingError('period', given.period);
  } else {
    const used = new Set<string>();
    const figures = options.figures ?? 'actuals';
    const targeted = figures === 'targeted' ? new Set(dataset.targets.map((t) => `${t.unit}\u0000${t.metric}\u0000${t.period}`)) : null;
    if (figures !== 'ratings') {
      for (const a of dataset.actuals) {
        if (!inScope(a.unit) || (metric && a.metric !== metric.id)) continue;
        if (!targeted || targeted.has(`${a.unit}\u0000${a.metric}\u0000${a.period}`)) used.add(a.period);
      }
    }
    if (figures !== 'actuals') for (const q of dataset.qualityRatings) if (inScope(q.unit)) used.add(q.period);
    period = latestEnding(dataset.periods.filter((p) => used.has(p.id))) ?? latestEnding(dataset.periods);
    if (!period) throw new SelectionMissingError('period', '');
  }
  return { metric, period };
}

/** The unit with `id`, else the first unit with figures; a `SelectionMissingError` when there is none. */
export function defaultUnit(dataset: Dataset, id: string | undefined, has: 'actuals' | 'ratings' = 'actuals'): Unit {
  const list: readonly { unit: string }[] = has === 'ratings' ? dataset.qualityRatings : dataset.actuals;
  const unit = id ? dataset.units.find((u) => u.id === id) : dataset.units.find((u) => list.some((a) => a.unit === u.id));
  if (!unit) throw new SelectionMissingError('unit', id ?? '');
  return unit;
}

/** The parent a ranking shows the units of by default: the first root with units below it. */
export function defaultParent(dataset: Dataset): Unit | null {
  const withChildren = new Set(dataset.units.map((u) => u.parent).filter(Boolean));
  return dataset.units.find((u) => !u.parent && withChildren.has(u.id)) ?? null;
}

function latestEnding(periods: readonly Period[]): Period | undefined {
  return periods.reduce<Period | undefined>((best, p) => (!best || p.end > best.end || (p.end === best.end && p.start > best.start) ? p : best), undefined);
}

