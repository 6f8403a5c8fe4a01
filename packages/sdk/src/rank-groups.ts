/**
 * The groups `rank` ranks: items with equal values, laid out in ranked order by a counting sort.
 * @module
 */

/** Items grouped by value: groups `0 .. k-1` in ranked order, then group `k` for items without a value. */
export interface ValueGroups {
  /** The number of distinct values. */
  k: number;
  /** The distinct values, ascending. */
  distinct: Float64Array;
  /** Each item's group. */
  group: Int32Array;
  /** `count[g]` is where group `g` starts in `sorted`, `count[g + 1]` where it ends (`k + 2` entries). */
  count: Int32Array;
  /** Item positions, group after group, each group in input order. */
  sorted: Int32Array;
}

// The bits of a double, for hashing it.
const bits = new Float64Array(1);
const halves = new Uint32Array(bits.buffer);

/** A hash place for `v` in a table of `mask + 1` places. */
function hashPlace(v: number, mask: number): number {
  bits[0] = v;
  let h = Math.imul(halves[0]! ^ Math.imul(halves[1]!, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/**
 * Groups `values` (NaN for none; no -0): the distinct values are found by open-addressing hashing on
 * their bits (a `Map` of numbers boxes every key it hashes), only those are sorted (natively), and
 * each item's group is its value's place in that order, ascending or (`desc`) descending.
 *
 * Each loop is a function of its own: called once per ranking, a function with a long loop is entered
 * from that loop (on-stack replacement), and the cached code then gave up after the loop, on every
 * call, for want of the feedback the first call had not gathered yet.
 */
export function groupByValue(values: Float64Array, desc: boolean): ValueGroups {
  const n = values.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // `table[place]` is a slot (index in `seen`) or -1; slots number distinct values in order of first sight.
  const table = new Int32Array(size).fill(-1);
  const seen = new Float64Array(n);
  const slotOf = new Int32Array(n);
  const k = slotValues(values, table, seen, slotOf, mask);
  const distinct = seen.slice(0, k).sort(); // ascending
  const groupOfSlot = slotGroups(distinct, table, seen, mask, desc);
  const group = new Int32Array(n);
  const count = new Int32Array(k + 2);
  const sorted = new Int32Array(n);
  layOut(slotOf, groupOfSlot, k, group, count, sorted);
  return { k, distinct, group, count, sorted };
}

/** Sets `slotOf[i]` to the slot of `values[i]` (-1 for NaN), giving each new value the next slot; returns how many there are. */
function slotValues(values: Float64Array, table: Int32Array, seen: Float64Array, slotOf: Int32Array, mask: number): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) {
      slotOf[i] = -1;
      continue;
    }
    let h = hashPlace(v, mask);
    let s = table[h]!;
    // Equal doubles other than ±0 (never here) have equal bits, so `===` finds the value's slot.
    while (s !== -1 && seen[s] !== v) {
      h = (h + 1) & mask;
      s = table[h]!;
    }
    if (s === -1) {
      s = k++;
      table[h] = s;
      seen[s] = v;
    }
    slotOf[i] = s;
  }
  return k;
}

/** The group of each slot: the place of its value in `distinct` (ascending), or from the end when `desc`. */
function slotGroups(distinct: Float64Array, table: Int32Array, seen: Float64Array, mask: number, desc: boolean): Int32Array {
  const k = distinct.length;
  const groupOfSlot = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    const v = distinct[j]!;
    let h = hashPlace(v, mask);
    while (seen[table[h]!] !== v) h = (h + 1) & mask;
    groupOfSlot[table[h]!] = desc ? k - 1 - j : j;
  }
  return groupOfSlot;
}

/** Fills `group`, `count` (group starts) and `sorted` (positions group after group, each in input order). */
function layOut(slotOf: Int32Array, groupOfSlot: Int32Array, k: number, group: Int32Array, count: Int32Array, sorted: Int32Array): void {
  const n = slotOf.length;
  for (let i = 0; i < n; i++) {
    const s = slotOf[i]!;
    const g = s === -1 ? k : groupOfSlot[s]!;
    group[i] = g;
    count[g + 1]!++;
  }
  for (let g = 0; g <= k; g++) count[g + 1]! += count[g]!; // now the start of each group
  const fill = count.slice(0, k + 1);
  for (let i = 0; i < n; i++) sorted[fill[group[i]!]!++] = i;
}
