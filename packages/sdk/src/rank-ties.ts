/**
 * Whether the ties `rank` found by floats are the exact ones, when it is given the exact values.
 * @module
 */
import { type AggregateNode, exactAttainment } from './aggregate.js';
import { compareNumberRatios, compareRatio, type Ratio } from './exact.js';

/**
 * True when the float groups are the exact ones: the items of each tie are equal as fractions, and
 * no two neighbouring values within rounding of each other are equal or out of order as fractions.
 * Ties are checked in input order (the order items usually lie in memory; in ranked order each
 * item read was a cache miss), each item against the first of its group.
 */
export function floatsAgreeWithExact<T>(
  items: readonly T[], exact: (item: T) => Ratio | null | undefined, group: Int32Array, sorted: Int32Array, count: Int32Array, k: number,
  distinct: Float64Array, desc: boolean,
): boolean {
  const n = items.length;
  // The exact value of the first item (in input order) of each tie.
  const base: (Ratio | undefined)[] = new Array(k).fill(undefined);
  if (exact === (exactAttainment as unknown)) {
    if (!nodeTiesAgree(items as readonly unknown[] as readonly AttainmentFields[], group, count, k, base)) return false;
  } else {
    for (let i = 0; i < n; i++) {
      const g = group[i]!;
      if (g === k || count[g + 1]! - count[g]! < 2) continue;
      const v = exact(items[i]!);
      if (!v) return false;
      const b = base[g];
      if (b === undefined) base[g] = v;
      else if (compareRatio(b, v) !== 0) return false;
    }
  }
  // The exact value of the first item of group `g` (`sorted` keeps input order within a group).
  const value = (g: number): Ratio | null | undefined => base[g] ?? exact(items[sorted[count[g]!]!]!);
  // Neighbouring distinct values (ascending in `distinct`) that rounding could have split or swapped.
  for (let j = 0; j + 1 < k; j++) {
    const a = distinct[j]!;
    const b = distinct[j + 1]!;
    if (b - a > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) continue;
    // The groups of the two values (groups run in ranked order, `distinct` ascending).
    const [lo, hi] = desc ? [value(k - 1 - j), value(k - 2 - j)] : [value(j), value(j + 1)];
    if (!lo || !hi || compareRatio(lo, hi) >= 0) return false;
  }
  return true;
}

/** The fields of a node `exactAttainment` reads. */
type AttainmentFields = Pick<AggregateNode, 'actual' | 'of' | 'target' | 'attainment'>;

/**
 * The tie check of `floatsAgreeWithExact` for `exact: exactAttainment`, with the same answers but
 * without a ratio object per item: `exactAttainment` of a count whose figures are numbers is
 * `{ num: actual, den: target }`, and `compareNumberRatios` is what `compareRatio` does with two of
 * those. Anything else (shares, figures of other types, a group whose first is such) goes through
 * `exactAttainment` and `compareRatio` themselves. Sets `base[g]` only for groups whose first went so.
 */
function nodeTiesAgree(items: readonly AttainmentFields[], group: Int32Array, count: Int32Array, k: number, base: (Ratio | undefined)[]): boolean {
  const n = items.length;
  // Per group: 0 nothing seen yet, 1 its first is baseNum / baseDen (a count), 2 its first is `base[g]`.
  const state = new Uint8Array(k);
  const baseNum = new Float64Array(k);
  const baseDen = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (g === k || count[g + 1]! - count[g]! < 2) continue;
    const node = items[i]!;
    // The reads and tests of `exactAttainment`, in its order.
    const { actual, of, target } = node;
    if (node.attainment === null || actual === null || target === null || target === 0) return false;
    const s = state[g]!;
    if (of === null && typeof actual === 'number' && typeof target === 'number' && s !== 2) {
      if (s === 0) {
        state[g] = 1;
        baseNum[g] = actual;
        baseDen[g] = target;
      } else if (compareNumberRatios(baseNum[g]!, baseDen[g]!, actual, target) !== 0) return false;
      continue;
    }
    const v = exactAttainment(node);
    if (!v) return false;
    if (s === 0) {
      state[g] = 2;
      base[g] = v;
    } else if (compareRatio(s === 1 ? { num: baseNum[g]!, den: baseDen[g]! } : base[g]!, v) !== 0) return false;
  }
  return true;
}
