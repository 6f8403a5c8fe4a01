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
  /** Children, in document order; a leaf shares one frozen empty list (read it, do not push to it). */
  children: AggregateNode[];
}

/** The children of a leaf: one frozen empty list shared by every leaf. */
const NO_CHILDREN: AggregateNode[] = Object.freeze([]) as unknown as AggregateNode[];

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
  const periodEnd = dataset.periods.find((p) => p.id === period)?.end ?? null;
  // Dates repeat (one as-of date per report), so each is converted once.
  const days = new Map<string, number>();
  let lastDate: string | null = null;
  let lastDay = Infinity;
  const day = (date: string | null): number => {
    if (date === null) return Infinity;
    if (date === lastDate) return lastDay; // reports share their as-of date: skip the map
    lastDate = date;
    let n = days.get(date);
    if (n === undefined) days.set(date, (n = dayNumber(date)));
    return (lastDay = n);
  };
  const limit = asOf ? dayNumber(asOf) : Infinity;

  // One node per unit, in document order; byUnit doubles as the id index.
  const byUnit = new Map<string, AggregateNode>();
  const units = dataset.units;
  for (const unit of units) {
    if (byUnit.has(unit.id)) continue;
    byUnit.set(unit.id, {
      unit, actual: null, of: null, target: null, attainment: null, actualSource: 'none', targetSource: 'none',
      asOf: null, actualIndex: null, targetIndex: null, children: NO_CHILDREN,
    });
  }
  const actuals = dataset.actuals;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i]!;
    if (a.metric !== metric || a.period !== period) continue;
    const node = byUnit.get(a.unit);
    if (!node) continue;
    const date = a.asOf ?? periodEnd;
    const d = day(date);
    if (d > limit) continue;
    // The latest figure wins; of two with the same date, the later in the document.
    if (node.actualIndex !== null && d < day(node.asOf)) continue;
    node.actual = a.value;
    node.of = isShare ? (a.of ?? null) : null;
    node.actualSource = 'reported';
    node.asOf = date;
    node.actualIndex = i;
  }
  const targets = dataset.targets;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.metric !== metric || t.period !== period) continue;
    const node = byUnit.get(t.unit);
    if (!node || node.targetIndex !== null) continue;
    node.target = t.value;
    node.targetSource = 'reported';
    node.targetIndex = i;
  }
  const roots: AggregateNode[] = [];
  for (const node of byUnit.values()) {
    const p = node.unit.parent;
    const parent = p ? byUnit.get(p) : undefined;
    if (parent) {
      // Most units are leaves: they share one frozen empty list until a child comes.
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
    } else roots.push(node);
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
