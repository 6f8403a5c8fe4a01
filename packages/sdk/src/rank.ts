/** Ranking with competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranks, exact ties, ties by Vietnamese collation. */
import { compareRatio, type Ratio } from './exact.js';
import { groupByValue } from './rank-groups.js';
import { floatsAgreeWithExact } from './rank-ties.js';
import { DIGIT_KEY_UNITS, digitRunFirst, nameComparator, PLAIN_TAIL_LOCALES, Tail, tailKey, tailKind } from './names.js';

/** Options of `rank`. */
export interface RankOptions<T> {
  /** The value ranked on; `null` or NaN ranks last with `rank: null`. */
  by: (item: T) => number | null | undefined;
  /**
   * The exact value of `by` (e.g. `exactAttainment` of an aggregate node), when `by` is a rounded
   * quotient: then two items tie exactly when these are equal as fractions (1 of 10 against a share
   * target of 0,3 ties 1 of 3 against 1), whatever the floats say. Consulted only for items whose
   * floats are equal or within rounding of each other.
   */
  exact?: (item: T) => Ratio | null | undefined;
  /** `desc` (default: highest first) or `asc`. */
  order?: 'asc' | 'desc';
  /** `competition` (default: 1, 2, 2, 4) or `dense` (1, 2, 2, 3). */
  method?: 'competition' | 'dense';
  /** Name used to order ties; defaults to `item.name`. */
  name?: (item: T) => string;
  /** Locale of the collation of names (default `vi`). */
  locale?: string;
}

/** An item with its rank: `rank` is `null` when it has no value; `tied` when it shares its rank. */
export type Ranked<T> = T & { rank: number | null; tied: boolean };

const defaultName = (item: unknown): string => {
  const n = (item as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n : '';
};

/** The keys of an `AggregateNode`, in the order `aggregate` creates them. */
const NODE_KEYS = ['unit', 'actual', 'of', 'target', 'attainment', 'actualSource', 'targetSource', 'asOf', 'actualRecord', 'targetRecord', 'children'];

/** True while `Object.prototype` has no enumerable keys (so `for … in` over a plain object sees only its own keys). */
function prototypeIsPlain(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

/**
 * True when `item`'s own enumerable keys are exactly those of an aggregate node, all string keys in
 * that order, and it has no symbol keys: then an object literal copies it like `Object.assign({}, item)`
 * does, several times faster. `for … in` reads the keys without making an array (`Object.keys` made
 * one per item, garbage the collector then had to sweep); it sees only own keys when the prototype
 * is `Object.prototype` and that has no enumerable keys (`plainProto`, checked once per ranking).
 */
function hasNodeKeys(item: object | null | undefined, plainProto: boolean): boolean {
  if (item == null || !plainProto || Object.getPrototypeOf(item) !== Object.prototype) return false;
  let j = 0;
  for (const key in item) if (j === NODE_KEYS.length || key !== NODE_KEYS[j++]) return false;
  return j === NODE_KEYS.length && Object.getOwnPropertySymbols(item).length === 0;
}

/** A copy of an item with aggregate-node keys (checked by `hasNodeKeys`) with `rank` and `tied` added. */
function copyNode(o: Record<string, unknown>, rank: number | null, tied: boolean): Record<string, unknown> {
  return {
    unit: o.unit, actual: o.actual, of: o.of, target: o.target, attainment: o.attainment, actualSource: o.actualSource,
    targetSource: o.targetSource, asOf: o.asOf, actualRecord: o.actualRecord, targetRecord: o.targetRecord, children: o.children,
    rank, tied,
  };
}

/** A copy of any item with `rank` and `tied` set. */
function copyAny(item: object, rank: number | null, tied: boolean): Record<string, unknown> {
  // Object.assign then set: V8 adds properties to a spread copy (`{ ...item, rank }`) ten times slower.
  const copy = Object.assign({}, item) as Record<string, unknown>;
  copy.rank = rank;
  copy.tied = tied;
  return copy;
}

/**
 * Sorts `index[from .. from + size]` (item positions) stably by the code units of their names,
 * through their keys (`tailKey`), comparing names only when keys are equal: a merge sort with
 * insertion sort of short runs, comparing inline (a comparator called by `Array.prototype.sort`
 * costs more than the comparison itself).
 */
function sortByKeys(keys: Float64Array, names: readonly string[], index: Int32Array, from: number, size: number, indexBuffer: Int32Array): void {
  // `before(a, b)`: a strictly before b.
  const before = (a: number, b: number): boolean => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb || (ka === kb && names[a]! < names[b]!);
  };
  const RUN = 16;
  const end = from + size;
  for (let lo = from; lo < end; lo += RUN) {
    const hi = Math.min(lo + RUN, end);
    for (let i = lo + 1; i < hi; i++) {
      const x = index[i]!;
      let j = i - 1;
      while (j >= lo && before(x, index[j]!)) {
        index[j + 1] = index[j]!;
        j--;
      }
      index[j + 1] = x;
    }
  }
  for (let width = RUN; width < size; width *= 2) {
    for (let lo = from; lo < end - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, end);
      if (!before(index[mid]!, index[mid - 1]!)) continue; // already in order
      for (let i = lo; i < mid; i++) indexBuffer[i - lo] = index[i]!;
      let a = 0;
      const aEnd = mid - lo;
      let b = mid;
      let out = lo;
      // Stable: unless the right one is strictly before, the left run (earlier in the input) goes first.
      while (a < aEnd && b < hi) {
        if (before(index[b]!, indexBuffer[a]!)) index[out++] = index[b++]!;
        else index[out++] = indexBuffer[a++]!;
      }
      while (a < aEnd) index[out++] = indexBuffer[a++]!;
    }
  }
}

/**
 * For a group whose names do not all share one stem before a closing number: whether every tail after
 * the prefix all its names share is plain and of one kind (letters, or digits whose run does not
 * start with 0), so that any two names differ first within their tails, the fast path of
 * `nameComparator`; if so, sets each name's key (`tailKey`) for `sortByKeys`.
 *
 * A group whose names do share one stem (a closing run of digits, not starting with 0, of at most
 * `DIGIT_KEY_UNITS` digits, or none, after the same code units) is keyed by `rank` itself: there two
 * names differ first within their numbers, which `nameComparator` orders by value (a shorter run is
 * smaller; no run comes first), so the key is the run's length × 10^14 + its value, 0 for none.
 */
function tailKeys(names: readonly string[], sorted: Int32Array, from: number, size: number, keys: Float64Array): boolean {
  const f = names[sorted[from]!]!;
  let common = f.length;
  for (let j = 1; j < size; j++) {
    const s = names[sorted[from + j]!]!;
    const m = Math.min(common, s.length);
    let c = 0;
    while (c < m && s.charCodeAt(c) === f.charCodeAt(c)) c++;
    common = c;
  }
  // Bits: 1 digits, 2 letters.
  let kinds = 0;
  for (let j = 0; j < size; j++) {
    const s = names[sorted[from + j]!]!;
    const t = tailKind(s, common);
    if (t === Tail.Other || (t === Tail.Digits && (digitRunFirst(s, common) === 48 || s.length - common > DIGIT_KEY_UNITS))) return false;
    kinds |= t === Tail.Empty ? 0 : t;
    if (kinds === 3) return false;
  }
  for (let j = 0; j < size; j++) {
    const i = sorted[from + j]!;
    const s = names[i]!;
    const t = tailKind(s, common);
    keys[i] = t === Tail.Empty ? 0 : tailKey(s, common, t as typeof Tail.Digits | typeof Tail.Letters);
  }
  return true;
}

/**
 * Ranks items: returns copies in ranked order with `rank` and `tied` added. Ties keep one rank
 * and are ordered by the Vietnamese collation of their names, then by input order (stable).
 * Items without a value (`null`, `undefined`, NaN) come last, unranked, in the same name order.
 */
export function rank<T extends object>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  const { by, exact, order = 'desc', method = 'competition', name = defaultName, locale = 'vi' } = options;
  const n = items.length;
  // Values go to a typed array (NaN for none, -0 as 0); `groupByValue` sorts only the distinct values
  // and lays the groups out in input order. The collator (slow) only ever compares names within a tie.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = by(items[i]!);
    values[i] = typeof v === 'number' ? v + 0 : Number.NaN; // v + 0 turns -0 into 0
  }
  const desc = order === 'desc';
  const { k, distinct, group, count, sorted } = groupByValue(values, desc);
  if (exact && !floatsAgreeWithExact(items, exact, group, sorted, count, k, distinct, desc)) return rankExact(items, options);

  // From here on items are read in input order, the order they usually lie in memory: reading
  // 100 000 of them in ranked order costs a cache miss or three each (item, unit, name).
  // Names of the items that share a group. Most groups' names are one stem and a number (`CĐCS 12`,
  // `Phường 7`): those sort by the number alone, read here in the same pass (see `tailKeys`).
  const plain = PLAIN_TAIL_LOCALES.has(locale);
  const names: string[] = new Array(n);
  const keys = new Float64Array(plain ? n : 0);
  // Per group: its first name, where that name's stem ends, and whether every name so far has that stem.
  const first: (string | undefined)[] = new Array(k + 1);
  const stemEnd = new Int32Array(k + 1);
  const stemmed = new Uint8Array(k + 1);
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (count[g + 1]! - count[g]! < 2) continue;
    const s = name(items[i]!);
    names[i] = s;
    if (!plain) continue;
    // The run of digits that ends the name: `j` is where it starts, `value` its value.
    let j = s.length;
    let value = 0;
    let scale = 1;
    while (j > 0) {
      const c = s.charCodeAt(j - 1);
      if (c < 48 || c > 57) break;
      value += (c - 48) * scale;
      scale *= 10;
      j--;
    }
    const len = s.length - j;
    const keyed = len === 0 || (len <= DIGIT_KEY_UNITS && s.charCodeAt(j) !== 48);
    keys[i] = len === 0 ? 0 : len * 1e14 + value;
    const f = first[g];
    if (f === undefined) {
      first[g] = s;
      stemEnd[g] = j;
      stemmed[g] = keyed ? 1 : 0;
    } else if (stemmed[g] === 1) {
      let same = keyed && j === stemEnd[g];
      for (let c = 0; same && c < j; c++) same = s.charCodeAt(c) === f.charCodeAt(c);
      if (!same) stemmed[g] = 0;
    }
  }

  let cmpName: ((a: string, b: string) => number) | undefined;
  const groupNames: string[] = [];
  const indexBuffer = new Int32Array(n);
  for (let g = 0; g <= k; g++) {
    const from = count[g]!;
    const size = count[g + 1]! - from;
    if (size < 2) continue;
    // Ties by name, stable: the group is in input order, so equal names keep it.
    if (plain && (stemmed[g] === 1 || tailKeys(names, sorted, from, size, keys))) sortByKeys(keys, names, sorted, from, size, indexBuffer);
    else {
      for (let j = 0; j < size; j++) groupNames[j] = names[sorted[from + j]!]!;
      const cmp = (cmpName ??= nameComparator(locale));
      const pos = Array.from({ length: size }, (_, j) => j);
      pos.sort((a, b) => cmp(groupNames[a]!, groupNames[b]!));
      for (let j = 0; j < size; j++) indexBuffer[j] = sorted[from + pos[j]!]!;
      sorted.set(indexBuffer.subarray(0, size), from);
    }
  }
  return copies(items, sorted, group, count, k, method === 'dense', indexBuffer);
}

/**
 * The copies, each with its group's rank, made in input order and put at their place (in `sorted`)
 * in the result; `place` is scratch of `items.length`. A function of its own, as the other phases of
 * `rank` are: V8 then optimizes it whole, with the feedback of earlier calls, instead of entering it
 * from a loop before (on-stack replacement) and giving up where a later part had not run yet.
 */
function copies<T extends object>(
  items: readonly T[], sorted: Int32Array, group: Int32Array, count: Int32Array, k: number, dense: boolean, place: Int32Array,
): Ranked<T>[] {
  const n = items.length;
  for (let j = 0; j < n; j++) place[sorted[j]!] = j;
  const out: Ranked<T>[] = new Array(n);
  const plainProto = prototypeIsPlain();
  const fast = n > 0 && hasNodeKeys(items[0]!, plainProto);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const g = group[i]!;
    const from = count[g]!;
    const r = g === k ? null : dense ? g + 1 : from + 1;
    const tied = g !== k && count[g + 1]! - from > 1;
    out[place[i]!] = (fast && hasNodeKeys(item, plainProto) ? copyNode(item as Record<string, unknown>, r, tied) : copyAny(item, r, tied)) as Ranked<T>;
  }
  return out;
}

/**
 * The exact ranking, for the rare inputs whose floats disagree with their exact values: sorted by
 * the exact values (ties when equal as fractions), then by name, then by input order.
 */
function rankExact<T extends object>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  const { by, exact, order = 'desc', method = 'competition', name = defaultName, locale = 'vi' } = options;
  const cmpName = nameComparator(locale);
  const sign = order === 'desc' ? -1 : 1;
  const entries = items.map((item, i) => {
    const v = by(item);
    const has = typeof v === 'number' && !Number.isNaN(v);
    return { item, i, name: name(item), x: has ? (exact?.(item) ?? { num: v + 0, den: 1 }) : null };
  });
  const byName = (a: (typeof entries)[number], b: (typeof entries)[number]) => cmpName(a.name, b.name) || a.i - b.i;
  const ranked = entries.filter((e) => e.x).sort((a, b) => sign * compareRatio(a.x!, b.x!) || byName(a, b));
  const unranked = entries.filter((e) => !e.x).sort(byName);
  const out: Ranked<T>[] = [];
  let rankNo = 0;
  let dense = 0;
  for (let j = 0; j < ranked.length; j++) {
    const e = ranked[j]!;
    const same = (o: (typeof entries)[number] | undefined) => o !== undefined && compareRatio(o.x!, e.x!) === 0;
    if (!same(ranked[j - 1])) {
      rankNo = j + 1;
      dense++;
    }
    out.push(copyAny(e.item, method === 'dense' ? dense : rankNo, same(ranked[j - 1]) || same(ranked[j + 1])) as Ranked<T>);
  }
  for (const e of unranked) out.push(copyAny(e.item, null, false) as Ranked<T>);
  return out;
}

