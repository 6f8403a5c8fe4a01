/** Aggregation up the unit tree: counts sum; shares are ratios of sums; a parent's own figure wins. */
import { dayNumber } from './dates.js';
import type { Finding } from './findings.js';
import type { Dataset } from './schemas/dataset.js';
import type { Unit } from './schemas/unit.js';

/** Where a node's figure comes from. */
export type FigureSource = 'reported' | 'sum' | 'none';

/** One unit's figures for a metric and period, with its children's. */
export interface AggregateNode {
  /** The unit. */
  unit: Unit;
  /** The actual: reported by the unit, else the sum of its children's; `null` when neither exists. */
  actual: number | null;
  /** For share metrics, what `actual` is out of; `null` for counts. */
  of: number | null;
  /** The target: reported, else the sum of the children's; `null` when neither exists. */
  target: number | null;
  /** actual ÷ target (for share metrics: (actual ÷ of) ÷ target); `null` without a target. */
  attainment: number | null;
  /** Where `actual` comes from. */
  actualSource: FigureSource;
  /** Where `target` comes from. */
  targetSource: FigureSource;
  /** The latest date of the figures used (YYYY-MM-DD), when known. */
  asOf: string | null;
  /** Index of the reported actual in `dataset.actuals`, when reported. */
  actualIndex: number | null;
  /** Index of the reported target in `dataset.targets`, when reported. */
  targetIndex: number | null;
  /** Children, in document order. */
  children: AggregateNode[];
}

/** Options of `aggregate`. */
export interface AggregateOptions {
  /** Metric id. */
  metric: string;
  /** Period id. */
  period: string;
  /** Root of the subtree; absent means every root of the dataset. */
  unit?: string;
  /** Use figures no later than this date (YYYY-MM-DD); default: the latest. */
  asOf?: string;
}

/** Result of `aggregate`. */
export interface AggregateResult {
  /** The requested unit's node, or every root's. */
  nodes: AggregateNode[];
  /** Every node by unit id. */
  byUnit: Map<string, AggregateNode>;
  /** Disagreements between a parent's own figure and its children's sum. */
  findings: Finding[];
}

/**
 * Aggregates a metric for a period up the unit tree. Counts sum; for share metrics numerators and
 * denominators sum separately (a ratio of sums, never a mean of percents). A unit's own figure wins
 * over its children's sum, and a disagreement between the two is returned as a finding.
 */
export function aggregate(dataset: Dataset, options: AggregateOptions): AggregateResult {
  const { metric, period, asOf } = options;
  const metricDef = dataset.metrics.find((m) => m.id === metric);
  const isShare = metricDef?.kind === 'share';
  const periodDef = dataset.periods.find((p) => p.id === period);
  const endDay = periodDef ? dayNumber(periodDef.end) : Infinity;
  const limit = asOf ? dayNumber(asOf) : Infinity;

  const actualByUnit = new Map<string, { index: number; day: number }>();
  const actuals = dataset.actuals;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i]!;
    if (a.metric !== metric || a.period !== period) continue;
    const day = a.asOf ? dayNumber(a.asOf) : endDay;
    if (day > limit) continue;
    const prev = actualByUnit.get(a.unit);
    if (!prev || day >= prev.day) actualByUnit.set(a.unit, { index: i, day });
  }
  const targetByUnit = new Map<string, number>();
  dataset.targets.forEach((t, i) => {
    if (t.metric === metric && t.period === period && !targetByUnit.has(t.unit)) targetByUnit.set(t.unit, i);
  });

  const byUnit = new Map<string, AggregateNode>();
  const units = dataset.units;
  for (const unit of units) {
    const ai = actualByUnit.get(unit.id);
    const ti = targetByUnit.get(unit.id);
    const a = ai ? actuals[ai.index]! : undefined;
    byUnit.set(unit.id, {
      unit,
      actual: a ? a.value : null,
      of: a && isShare ? (a.of ?? null) : null,
      target: ti !== undefined ? dataset.targets[ti]!.value : null,
      attainment: null,
      actualSource: a ? 'reported' : 'none',
      targetSource: ti !== undefined ? 'reported' : 'none',
      asOf: ai ? isoDay(ai.day) : null,
      actualIndex: ai ? ai.index : null,
      targetIndex: ti ?? null,
      children: [],
    });
  }
  const roots: AggregateNode[] = [];
  for (const unit of units) {
    const node = byUnit.get(unit.id)!;
    const parent = unit.parent ? byUnit.get(unit.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  const start = options.unit ? [byUnit.get(options.unit)].filter((n): n is AggregateNode => !!n) : roots;
  // Post-order without recursion, so a deep tree cannot overflow the stack.
  const order: AggregateNode[] = [];
  const stack = [...start];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children) stack.push(c);
  }
  const findings: Finding[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (node.children.length) sumChildren(node, isShare, findings);
    node.attainment = attainmentOf(node, isShare);
  }
  return { nodes: start, byUnit, findings };
}

function sumChildren(node: AggregateNode, isShare: boolean, findings: Finding[]): void {
  let actual = 0;
  let of = 0;
  let target = 0;
  let anyActual = false;
  let anyTarget = false;
  let latest: string | null = null;
  for (const c of node.children) {
    if (c.actual !== null) {
      anyActual = true;
      actual += c.actual;
      if (isShare) of += c.of ?? 0;
      if (c.asOf && (!latest || c.asOf > latest)) latest = c.asOf;
    }
    if (c.target !== null && !isShare) {
      anyTarget = true;
      target += c.target;
    }
  }
  if (anyActual) {
    if (node.actualSource === 'none') {
      node.actual = actual;
      node.of = isShare ? of : null;
      node.actualSource = 'sum';
      node.asOf = latest;
    } else if (node.actual !== actual || (isShare && node.of !== of)) {
      findings.push({
        code: 'aggregate-mismatch', severity: 'warning', path: `actuals[${node.actualIndex}].value`,
        unit: node.unit.id, reported: node.actual!, computed: actual,
      });
    }
  }
  if (anyTarget) {
    if (node.targetSource === 'none') {
      node.target = target;
      node.targetSource = 'sum';
    } else if (node.target !== target) {
      findings.push({
        code: 'aggregate-target-mismatch', severity: 'info', path: `targets[${node.targetIndex}].value`,
        unit: node.unit.id, reported: node.target!, computed: target,
      });
    }
  }
}

function attainmentOf(node: AggregateNode, isShare: boolean): number | null {
  if (node.actual === null || node.target === null || node.target === 0) return null;
  if (isShare) return node.of ? node.actual / node.of / node.target : null;
  return node.actual / node.target;
}

function isoDay(day: number): string | null {
  return Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : null;
}
