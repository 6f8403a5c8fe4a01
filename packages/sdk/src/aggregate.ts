/** Aggregation up the unit tree: counts sum; shares are ratios of sums; a parent's own figure wins. */
import { datasetIndex, figureIndex, walk } from './aggregate-index.js';
import { dayNumber } from './dates.js';
import { divide, type Fraction, type Ratio, toFraction, toNumber } from './exact.js';
import type { Finding } from './findings.js';
import type { Dataset } from './schemas/dataset.js';
import type { Actual, Target } from './schemas/figures.js';
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
  /**
   * actual ÷ target (for share metrics: (actual ÷ of) ÷ target), the nearest double to the exact
   * quotient (so equal fractions give equal numbers); `null` without a target. `exactAttainment`
   * gives it exactly.
   */
  attainment: number | null;
  /** Where `actual` comes from. */
  actualSource: FigureSource;
  /** Where `target` comes from. */
  targetSource: FigureSource;
  /** The latest date of the figures used (YYYY-MM-DD), when known. */
  asOf: string | null;
  /** The unit's own actual, when reported (its printed percent, source, flags). */
  actualRecord: Actual | null;
  /** The unit's own target, when reported. */
  targetRecord: Target | null;
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
  /** Every unit's node, in document order (the whole dataset's, also for a subtree). */
  all: AggregateNode[];
  /** Every node by unit id (built on first use). */
  readonly byUnit: Map<string, AggregateNode>;
  /** Disagreements between a parent's own figure and its children's sum (as of one date), and shares left out of a sum for want of `of`. */
  findings: Finding[];
}

const NONE = 0;
const REPORTED = 1;
const SUM = 2;
const SOURCES: readonly FigureSource[] = ['none', 'reported', 'sum'];

/**
 * Aggregates a metric for a period up the unit tree. Counts sum; for share metrics numerators and
 * denominators sum separately (a ratio of sums, never a mean of percents). A unit's own figure wins
 * over its children's sum, and a disagreement between the two is returned as a finding.
 *
 * The tree and the figures of a metric × period are indexed once per dataset object (datasets are
 * treated as immutable: change one by parsing a new one); the figures themselves are read on every call.
 */
export function aggregate(dataset: Dataset, options: AggregateOptions): AggregateResult {
  const { metric, period, asOf } = options;
  const isShare = dataset.metrics.find((m) => m.id === metric)?.kind === 'share';
  const limit = asOf ? dayNumber(asOf) : Infinity;
  const index = datasetIndex(dataset);
  const tree = index.tree;
  const figures = figureIndex(dataset, index, metric, period, asOf, limit);
  const { units, kidStart, kids } = tree;
  const n = units.length;
  const { actuals, targets } = dataset;
  const periodEnd = figures.periodEnd;

  // The figures are computed on flat arrays by position first, then each node is built once.
  const actualOf = figures.actual;
  const targetOf = figures.target;
  const actual = new Float64Array(n);
  const of = new Float64Array(n);
  const target = new Float64Array(n);
  // Bits: 1 actual known, 2 `of` known, 4 target known, 8 computed (reached from the start).
  const known = new Uint8Array(n);
  const actualSource = new Uint8Array(n);
  const targetSource = new Uint8Array(n);
  // Each position's date as a number: an index in `dateList` (the distinct dates, a few per
  // dataset), -1 for none; `later[d]` orders them as the strings compare.
  const date = new Int32Array(n).fill(-1);
  const dateList: string[] = [];
  const dateIndex = new Map<string, number>();
  let lastDate: string | null = null;
  let lastIndex = -1;
  for (let p = 0; p < n; p++) {
    const ai = actualOf[p]!;
    if (ai !== -1) {
      const a = actuals[ai]!;
      actual[p] = a.value;
      known[p]! |= 1;
      if (isShare && a.of != null) {
        of[p] = a.of;
        known[p]! |= 2;
      }
      actualSource[p] = REPORTED;
      const d = a.asOf ?? periodEnd;
      if (d !== null) {
        // Reports share their as-of date: the map only for another one.
        if (d !== lastDate) {
          let i = dateIndex.get(d);
          if (i === undefined) dateIndex.set(d, (i = dateList.push(d) - 1));
          lastDate = d;
          lastIndex = i;
        }
        date[p] = lastIndex;
      }
    }
    const ti = targetOf[p]!;
    if (ti !== -1) {
      target[p] = targets[ti]!.value;
      known[p]! |= 4;
      targetSource[p] = REPORTED;
    }
  }

  const later = new Int32Array(dateList.length);
  const byDate = dateList.map((_, i) => i).sort((x, y) => (dateList[x]! < dateList[y]! ? -1 : dateList[x]! > dateList[y]! ? 1 : 0));
  for (let r = 0; r < byDate.length; r++) later[byDate[r]!] = r;
  const dated = Uint8Array.from(dateList, (d) => (d ? 1 : 0)); // an empty string is no date to take the latest of

  let start: Int32Array;
  let order: Int32Array;
  if (options.unit) {
    const p = tree.pos.get(options.unit);
    start = p === undefined ? new Int32Array(0) : Int32Array.of(p);
    order = walk(tree, start);
  } else {
    start = tree.roots;
    order = tree.forestOrder ??= walk(tree, start);
  }

  const findings: Finding[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i]!;
    known[p]! |= 8;
    const k0 = kidStart[p]!;
    const k1 = kidStart[p + 1]!;
    if (k0 === k1) continue;
    let sumActual = 0;
    let sumOf = 0;
    let sumTarget = 0;
    let anyActual = false;
    let anyTarget = false;
    let latest = -1;
    // The parent's own figure is compared with its children's only as of the same date, and only
    // when every child's figure could join the sum.
    let comparable = true;
    for (let k = k0; k < k1; k++) {
      const c = kids[k]!;
      const bits = known[c]!;
      if (bits & 1) {
        if (isShare && !(bits & 2)) {
          // A share without its whole cannot join a ratio of sums: left out, and said so.
          comparable = false;
          findings.push({ code: 'share-without-of', severity: 'warning', path: `actuals[${actualOf[c]}].of`, unit: units[p]!.id, child: units[c]!.id });
          continue;
        }
        anyActual = true;
        sumActual += actual[c]!;
        if (isShare) sumOf += of[c]!;
        const d = date[c]!;
        if (d !== -1 && dated[d] && (latest === -1 || later[d]! > later[latest]!)) latest = d;
        if (d !== date[p]) comparable = false;
      }
      if (bits & 4 && !isShare) {
        anyTarget = true;
        sumTarget += target[c]!;
      }
    }
    if (anyActual) {
      if (actualSource[p] === NONE) {
        actual[p] = sumActual;
        known[p]! |= 1;
        if (isShare) {
          of[p] = sumOf;
          known[p]! |= 2;
        }
        actualSource[p] = SUM;
        date[p] = latest;
      } else if (comparable && (actual[p] !== sumActual || (isShare && (!(known[p]! & 2) || of[p] !== sumOf)))) {
        findings.push({
          code: 'aggregate-mismatch', severity: 'warning', path: `actuals[${actualOf[p]}].value`,
          unit: units[p]!.id, reported: actual[p]!, computed: sumActual,
        });
      }
    }
    if (anyTarget) {
      if (targetSource[p] === NONE) {
        target[p] = sumTarget;
        known[p]! |= 4;
        targetSource[p] = SUM;
      } else if (target[p] !== sumTarget) {
        findings.push({
          code: 'aggregate-target-mismatch', severity: 'info', path: `targets[${targetOf[p]}].value`,
          unit: units[p]!.id, reported: target[p]!, computed: sumTarget,
        });
      }
    }
  }

  // One node per unit, in document order.
  const nodes: AggregateNode[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const bits = known[p]!;
    const a = bits & 1 ? small(actual[p]!) : null;
    const o = bits & 2 ? small(of[p]!) : null;
    const t = bits & 4 ? small(target[p]!) : null;
    // The attainment as a double, `has` false for none (a share without `of` or of 0 has none).
    let has = false;
    let att = 0;
    if (bits & 8 && a !== null && t !== null && t !== 0) {
      if (!isShare) {
        has = true;
        att = a / t;
      } else if (o) {
        has = true;
        att = shareAttainment(a, o, t);
      }
    }
    const ai = actualOf[p]!;
    const ti = targetOf[p]!;
    const unit = units[p]!;
    const aSource = SOURCES[actualSource[p]!]!;
    const tSource = SOURCES[targetSource[p]!]!;
    const d = date[p]!;
    const asOf = d === -1 ? null : dateList[d]!;
    const actualRecord = ai === -1 ? null : actuals[ai]!;
    const targetRecord = ti === -1 ? null : targets[ti]!;
    // Two literals, one with the double and one with null (most units are leaves: they share one
    // frozen empty list of children). V8 boxes the double with the node, where the nodes live; one
    // literal given "a double or null" boxed it once more on its way in (100 000 boxes of garbage).
    // Nor is it set after the literal: a field that held null holds the division's young box, which
    // each scavenge then copies through 100 000 old-to-new slots (measured slower).
    const node: AggregateNode = has
      ? {
        unit, actual: a, of: o, target: t, attainment: att, actualSource: aSource, targetSource: tSource, asOf, actualRecord, targetRecord,
        children: NO_CHILDREN,
      }
      : {
        unit, actual: a, of: o, target: t, attainment: null, actualSource: aSource, targetSource: tSource, asOf, actualRecord, targetRecord,
        children: NO_CHILDREN,
      };
    nodes[p] = node;
  }
  for (let p = 0; p < n; p++) {
    const k0 = kidStart[p]!;
    const k1 = kidStart[p + 1]!;
    if (k0 === k1) continue;
    const children: AggregateNode[] = new Array(k1 - k0);
    for (let k = k0; k < k1; k++) children[k - k0] = nodes[kids[k]!]!;
    nodes[p]!.children = children;
  }
  const roots: AggregateNode[] = new Array(start.length);
  for (let i = 0; i < start.length; i++) roots[i] = nodes[start[i]!]!;
  let byUnit: Map<string, AggregateNode> | undefined;
  return {
    nodes: roots,
    all: nodes,
    findings,
    get byUnit() {
      if (!byUnit) {
        byUnit = new Map();
        for (const node of nodes) byUnit.set(node.unit.id, node);
      }
      return byUnit;
    },
  };
}

/**
 * `x` itself, but a whole number of 32 bits as the small integer V8 keeps unboxed (not -0). A number
 * read from a Float64Array is a boxed double even when whole, and a node field that first holds one
 * boxes every figure after it: 16 bytes per actual and per target, again in each copy `rank` makes.
 */
function small(x: number): number {
  return x === (x | 0) && (x !== 0 || 1 / x > 0) ? x | 0 : x;
}

/**
 * (actual ÷ of) ÷ target as the nearest double of the exact quotient: one division of two integers,
 * not two roundings (1 of 10 against 0,3 is exactly 1/3, as 1 of 3 against 1 is).
 */
function shareAttainment(a: number, o: number, t: number): number {
  return toNumber(shareRatio(a, o, t));
}

function shareRatio(a: number, o: number, t: number): Fraction {
  const of = toFraction(o);
  const target = toFraction(t);
  return divide(toFraction(a), { num: of.num * target.num, den: of.den * target.den });
}

/**
 * A node's attainment exactly, as a ratio (for `rank`'s `exact` option, so ties are decided on
 * fractions, not floats): actual ÷ target, or for share metrics actual ÷ (of × target); `null`
 * when the node has no attainment.
 */
export function exactAttainment(node: Pick<AggregateNode, 'actual' | 'of' | 'target' | 'attainment'>): Ratio | null {
  const { actual, of, target } = node;
  if (node.attainment === null || actual === null || target === null || target === 0) return null;
  if (of === null) return { num: actual, den: target };
  return of === 0 ? null : shareRatio(actual, of, target);
}
