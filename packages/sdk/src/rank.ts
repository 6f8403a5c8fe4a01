/** Ranking with competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranks, ties by Vietnamese collation. */

/** Options of `rank`. */
export interface RankOptions<T> {
  /** The value ranked on; `null` or NaN ranks last with `rank: null`. */
  by: (item: T) => number | null | undefined;
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

const collators = new Map<string, Intl.Collator>();
/** A cached `Intl.Collator` (default Vietnamese) for ordering names. */
export function collator(locale = 'vi'): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

/** Locales whose collation orders space, ASCII digits and ASCII lowercase letters by code unit, without contractions. */
const PLAIN_TAIL_LOCALES = new Set(['vi', 'vi-VN', 'en', 'en-US']);

/** True when `s` from index `i` on holds only spaces, ASCII digits and ASCII lowercase letters. */
function plainTail(s: string, i: number): boolean {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * The collator's comparison of two names, with a fast path that gives the same answer: names often
 * differ only in a plain tail after a shared prefix (`CĐCS 12` and `CĐCS 123`, `Phường 7` and
 * `Phường 11`). Equal prefixes weigh the same at every collation level, and in Vietnamese and English
 * collation space < digits < lowercase letters, each with its own primary weight and no contraction,
 * so such tails compare as their code units do. Anything else goes to `Intl.Collator`. A property
 * test checks this against the collator.
 */
export function nameComparator(locale = 'vi'): (a: string, b: string) => number {
  const compare = collator(locale).compare;
  if (!PLAIN_TAIL_LOCALES.has(locale)) return (a, b) => (a === b ? 0 : compare(a, b));
  return (a, b) => {
    if (a === b) return 0;
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (plainTail(a, i) && plainTail(b, i)) return a < b ? -1 : 1;
    return compare(a, b);
  };
}

const defaultName = (item: unknown): string => {
  const n = (item as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n : '';
};

/** The keys of an `AggregateNode`, in the order `aggregate` creates them. */
const NODE_KEYS = ['unit', 'actual', 'of', 'target', 'attainment', 'actualSource', 'targetSource', 'asOf', 'actualIndex', 'targetIndex', 'children'];

/**
 * True when `item`'s own keys are exactly those of an aggregate node, all enumerable string keys in
 * that order: then an object literal copies it like `Object.assign({}, item)` does, several times faster.
 */
function hasNodeKeys(item: object | null | undefined): boolean {
  if (item == null) return false;
  const keys = Object.keys(item);
  if (keys.length !== NODE_KEYS.length) return false;
  for (let j = 0; j < keys.length; j++) if (keys[j] !== NODE_KEYS[j]) return false;
  return Object.getOwnPropertySymbols(item).length === 0;
}

/** A copy of an item with aggregate-node keys (checked by `hasNodeKeys`) with `rank` and `tied` added. */
function copyNode(o: Record<string, unknown>, rank: number | null, tied: boolean): Record<string, unknown> {
  return {
    unit: o.unit, actual: o.actual, of: o.of, target: o.target, attainment: o.attainment, actualSource: o.actualSource,
    targetSource: o.targetSource, asOf: o.asOf, actualIndex: o.actualIndex, targetIndex: o.targetIndex, children: o.children,
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

/** Plain code units (space, digits, lowercase letters) in code-unit order as digits 1 .. 37; 0 is the end of the string. */
const PLAIN_DIGIT = new Uint8Array(123);
PLAIN_DIGIT[32] = 1;
for (let c = 48; c <= 57; c++) PLAIN_DIGIT[c] = c - 46;
for (let c = 97; c <= 122; c++) PLAIN_DIGIT[c] = c - 85;
/** Code units of a tail packed into a sort key: 38^10 < 2^53, so the key is an exact integer. */
const KEY_UNITS = 10;

/**
 * A number that orders `s` by the code units of its tail from `i` (the first `KEY_UNITS`; names
 * with equal keys are compared as strings), or -1 when the tail is not plain (see `plainTail`).
 */
function tailKey(s: string, i: number): number {
  let key = 0;
  for (let j = 0; j < KEY_UNITS; j++) {
    const c = i + j < s.length ? s.charCodeAt(i + j) : 0;
    if (c === 0 && i + j >= s.length) key *= 38;
    else {
      const d = c < 123 ? PLAIN_DIGIT[c]! : 0;
      if (d === 0) return -1;
      key = key * 38 + d;
    }
  }
  return plainTail(s, i + KEY_UNITS) ? key : -1;
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
 * Ranks items: returns copies in ranked order with `rank` and `tied` added. Ties keep one rank
 * and are ordered by the Vietnamese collation of their names, then by input order (stable).
 * Items without a value (`null`, `undefined`, NaN) come last, unranked, in the same name order.
 */
export function rank<T extends object>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  const { by, order = 'desc', method = 'competition', name = defaultName, locale = 'vi' } = options;
  const n = items.length;
  // Values go to a typed array (NaN for none, -0 as 0); only the distinct values are sorted
  // (natively), each item finds its group by binary search and a counting sort lays the groups out
  // in input order. The collator (slow) only ever compares names within a tie.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = by(items[i]!);
    values[i] = typeof v === 'number' ? v + 0 : Number.NaN; // v + 0 turns -0 into 0
  }
  const distinct = values.slice().sort(); // ascending, NaN last
  let k = 0; // distinct values, compacted in place at the front
  for (let j = 0; j < n; j++) {
    const v = distinct[j]!;
    if (v !== v) break;
    if (k === 0 || distinct[k - 1] !== v) distinct[k++] = v;
  }
  // Groups 0 .. k-1 in ranked order, then group k for the unranked.
  const desc = order === 'desc';
  const group = new Int32Array(n);
  const count = new Int32Array(k + 2);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let g: number;
    if (v !== v) g = k;
    else {
      let lo = 0;
      let hi = k - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (distinct[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      g = desc ? k - 1 - lo : lo;
    }
    group[i] = g;
    count[g + 1]!++;
  }
  for (let g = 0; g <= k; g++) count[g + 1]! += count[g]!; // now the start of each group
  const sorted = new Int32Array(n);
  const fill = count.slice(0, k + 1);
  for (let i = 0; i < n; i++) sorted[fill[group[i]!]!++] = i;

  // From here on items are read in input order, the order they usually lie in memory: reading
  // 100 000 of them in ranked order costs a cache miss or three each (item, unit, name).
  // Copies first, each with its group's rank; they are put in ranked order at the end.
  const copies: Ranked<T>[] = new Array(n);
  const fast = n > 0 && hasNodeKeys(items[0]!);
  const dense = method === 'dense';
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const g = group[i]!;
    const from = count[g]!;
    const r = g === k ? null : dense ? g + 1 : from + 1;
    const tied = g !== k && count[g + 1]! - from > 1;
    copies[i] = (fast && hasNodeKeys(item) ? copyNode(item as Record<string, unknown>, r, tied) : copyAny(item, r, tied)) as Ranked<T>;
  }

  // Names of the items that share a group, with the prefix every name of the group shares.
  const plain = PLAIN_TAIL_LOCALES.has(locale);
  const names: string[] = new Array(n);
  const first: (string | undefined)[] = new Array(k + 1);
  const common = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (count[g + 1]! - count[g]! < 2) continue;
    const s = name(items[i]!);
    names[i] = s;
    if (!plain) continue;
    const f = first[g];
    if (f === undefined) {
      first[g] = s;
      common[g] = s.length;
    } else {
      const m = Math.min(common[g]!, s.length);
      let c = 0;
      while (c < m && s.charCodeAt(c) === f.charCodeAt(c)) c++;
      common[g] = c;
    }
  }
  // A group sorts by code units when every name is plain after the group's common prefix: any two
  // then differ first within their plain tails, the fast path of `nameComparator`.
  const byCodeUnits = new Uint8Array(k + 1);
  const keys = new Float64Array(plain ? n : 0);
  if (plain) {
    byCodeUnits.fill(1);
    for (let i = 0; i < n; i++) {
      const s = names[i];
      const g = group[i]!;
      if (s === undefined || !byCodeUnits[g]) continue;
      const key = tailKey(s, common[g]!);
      if (key < 0) byCodeUnits[g] = 0;
      else keys[i] = key;
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
    if (byCodeUnits[g]) sortByKeys(keys, names, sorted, from, size, indexBuffer);
    else {
      for (let j = 0; j < size; j++) groupNames[j] = names[sorted[from + j]!]!;
      const cmp = (cmpName ??= nameComparator(locale));
      const pos = Array.from({ length: size }, (_, j) => j);
      pos.sort((a, b) => cmp(groupNames[a]!, groupNames[b]!));
      for (let j = 0; j < size; j++) indexBuffer[j] = sorted[from + pos[j]!]!;
      sorted.set(indexBuffer.subarray(0, size), from);
    }
  }
  const out: Ranked<T>[] = new Array(n);
  for (let j = 0; j < n; j++) out[j] = copies[sorted[j]!]!;
  return out;
}
