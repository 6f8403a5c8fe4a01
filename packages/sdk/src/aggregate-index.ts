/**
 * The indexes `aggregate` works on, cached per dataset object: the unit tree by position, and the
 * reported actual and target of every unit for a metric × period × as-of date.
 * @module
 */
import { dayNumber } from './dates.js';
import type { Dataset } from './schemas/dataset.js';
import type { Unit } from './schemas/unit.js';

/**
 * The tree of a dataset by position: `units[p]` is the first unit of each id (document order), `pos`
 * maps an id to its position, `parent[p]` is the parent's position or -1 for a root, the children of
 * `p` are `kids[kidStart[p] .. kidStart[p + 1]]` in document order. Built once per units array.
 */
export interface TreeIndex {
  unitsRef: readonly Unit[];
  unitsLength: number;
  units: Unit[];
  pos: Map<string, number>;
  parent: Int32Array;
  kidStart: Int32Array;
  kids: Int32Array;
  roots: Int32Array;
  /** The walk order of the whole forest (see `walk`), computed on first use. */
  forestOrder: Int32Array | null;
}

/** The reported actual and target of every position for one metric × period × as-of date. */
export interface FigureIndex {
  actualsRef: readonly unknown[];
  actualsLength: number;
  targetsRef: readonly unknown[];
  targetsLength: number;
  periodEnd: string | null;
  /** Index in `dataset.actuals` of each position's actual, -1 for none. */
  actual: Int32Array;
  /** Index in `dataset.targets` of each position's target, -1 for none. */
  target: Int32Array;
}

export interface DatasetIndex {
  tree: TreeIndex;
  figures: Map<string, FigureIndex>;
}

/**
 * Indexes cached per dataset object. A dataset is treated as immutable once parsed; the cache is
 * also dropped when `units`, `targets` or `actuals` is replaced by another array or changes length.
 */
const indexes = new WeakMap<Dataset, DatasetIndex>();
/** Figure indexes kept per dataset (metric × period × as-of combinations); older ones are dropped. */
const MAX_FIGURE_INDEXES = 32;

export function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  const units = dataset.units;
  if (!index || index.tree.unitsRef !== units || index.tree.unitsLength !== units.length) {
    index = { tree: treeIndex(units), figures: new Map() };
    indexes.set(dataset, index);
  }
  return index;
}

function treeIndex(all: readonly Unit[]): TreeIndex {
  const pos = new Map<string, number>();
  const units: Unit[] = [];
  for (let i = 0; i < all.length; i++) {
    const u = all[i]!;
    if (pos.has(u.id)) continue;
    pos.set(u.id, units.length);
    units.push(u);
  }
  const n = units.length;
  const parent = new Int32Array(n);
  const kidStart = new Int32Array(n + 1);
  let rootCount = 0;
  for (let p = 0; p < n; p++) {
    const id = units[p]!.parent;
    const q = id ? pos.get(id) : undefined;
    if (q === undefined) {
      parent[p] = -1;
      rootCount++;
    } else {
      parent[p] = q;
      kidStart[q + 1]!++;
    }
  }
  for (let p = 0; p < n; p++) kidStart[p + 1]! += kidStart[p]!;
  const fill = kidStart.slice(0, n);
  const kids = new Int32Array(n - rootCount);
  const roots = new Int32Array(rootCount);
  let r = 0;
  for (let p = 0; p < n; p++) {
    const q = parent[p]!;
    if (q === -1) roots[r++] = p;
    else kids[fill[q]!++] = p;
  }
  return { unitsRef: all, unitsLength: all.length, units, pos, parent, kidStart, kids, roots, forestOrder: null };
}

/**
 * Depth-first pre-order from `start`, each node's children pushed in document order onto a stack
 * (so the last is visited first); walked backwards, every child comes before its parent.
 */
export function walk(tree: TreeIndex, start: ArrayLike<number>): Int32Array {
  const { kidStart, kids } = tree;
  let order = new Int32Array(Math.max(16, tree.units.length));
  let size = 0;
  const stack: number[] = [];
  for (let i = 0; i < start.length; i++) stack.push(start[i]!);
  while (stack.length) {
    const p = stack.pop()!;
    if (size === order.length) {
      const grown = new Int32Array(size * 2);
      grown.set(order);
      order = grown;
    }
    order[size++] = p;
    for (let k = kidStart[p]!, end = kidStart[p + 1]!; k < end; k++) stack.push(kids[k]!);
  }
  return order.subarray(0, size);
}

export function figureIndex(dataset: Dataset, index: DatasetIndex, metric: string, period: string, asOf: string | undefined, limit: number): FigureIndex {
  const key = `${metric}\u0000${period}\u0000${asOf ?? ''}`;
  const { actuals, targets } = dataset;
  const periodEnd = dataset.periods.find((p) => p.id === period)?.end ?? null;
  const cached = index.figures.get(key);
  if (
    cached && cached.actualsRef === actuals && cached.actualsLength === actuals.length && cached.targetsRef === targets &&
    cached.targetsLength === targets.length && cached.periodEnd === periodEnd
  ) return cached;

  const { pos } = index.tree;
  const n = index.tree.units.length;
  const actual = new Int32Array(n).fill(-1);
  const target = new Int32Array(n).fill(-1);
  const bestDay = new Float64Array(n);
  // Dates repeat (one as-of date per report), so each is converted once.
  const days = new Map<string, number>();
  let lastDate: string | null = null;
  let lastDay = Infinity;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i]!;
    if (a.metric !== metric || a.period !== period) continue;
    const p = pos.get(a.unit);
    if (p === undefined) continue;
    const date = a.asOf ?? periodEnd;
    let d: number;
    if (date === null) d = Infinity;
    else if (date === lastDate) d = lastDay; // reports share their as-of date: skip the map
    else {
      let m = days.get(date);
      if (m === undefined) days.set(date, (m = dayNumber(date)));
      lastDate = date;
      d = lastDay = m;
    }
    if (d > limit) continue;
    // The latest figure wins; of two with the same date, the later in the document.
    if (actual[p] !== -1 && d < bestDay[p]!) continue;
    actual[p] = i;
    bestDay[p] = d;
  }
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.metric !== metric || t.period !== period) continue;
    const p = pos.get(t.unit);
    if (p === undefined || target[p] !== -1) continue;
    target[p] = i;
  }
  const figures: FigureIndex = {
    actualsRef: actuals, actualsLength: actuals.length, targetsRef: targets, targetsLength: targets.length, periodEnd, actual, target,
  };
  if (index.figures.size >= MAX_FIGURE_INDEXES) index.figures.clear();
  index.figures.set(key, figures);
  return figures;
}
