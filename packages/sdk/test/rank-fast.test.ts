/**
 * Properties (fast-check) of rank's fast paths against plain references: ratios compared in doubles
 * against BigInt, `exact: exactAttainment` (read off the nodes) against the same function called
 * through a wrapper, grouping by hashed values against a plain sort, and the literal copy of
 * node-shaped items against `Object.assign`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { exactAttainment, nameComparator, rank } from '../src/index.js';
import { compare, compareNumberRatios, ratioFraction } from '../src/exact.js';

const RUNS = { numRuns: 300 };

/** Integers as doubles: small ones, ones around 2^53 (where doubles stop being exact) and huge ones. */
const integer = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.bigInt({ min: 2n ** 52n - 5n, max: 2n ** 54n + 5n }).map(Number),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(Number),
);
const positive = integer.map((x) => Math.abs(x) || 1);

describe('compareNumberRatios (property)', () => {
  it('orders integer ratios as BigInt cross-multiplication does, however large', () => {
    fc.assert(fc.property(integer, positive, integer, positive, (an, ad, bn, bd) => {
      // The doubles are integers, so BigInt(x) is their exact value.
      const l = BigInt(an) * BigInt(bd);
      const r = BigInt(bn) * BigInt(ad);
      assert.equal(compareNumberRatios(an, ad, bn, bd), l < r ? -1 : l > r ? 1 : 0);
    }), { numRuns: 2000 });
  });
  it('orders decimals and negative or zero denominators as the BigInt path does', () => {
    const num = fc.oneof(integer, fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0.1, 0.3, -0, 1e-7, 3.2e21));
    const den = fc.oneof(num.filter((x) => x !== 0), fc.constant(-3));
    fc.assert(fc.property(num, den, num, den, (an, ad, bn, bd) => {
      assert.equal(compareNumberRatios(an, ad, bn, bd), compare(ratioFraction({ num: an, den: ad }), ratioFraction({ num: bn, den: bd })));
    }), { numRuns: 2000 });
  });
});

/** A node-shaped item, its keys in the order `aggregate` makes them. */
function node(name: string, actual: number | null, of: number | null, target: number | null) {
  let attainment: number | null = null;
  if (actual !== null && target !== null && target !== 0) attainment = of === null ? actual / target : of === 0 ? null : actual / of / target;
  return {
    unit: { id: name, name }, actual, of, target, attainment, actualSource: 'reported', targetSource: 'reported',
    asOf: null, actualRecord: null, targetRecord: null, children: [],
  };
}
type Node = ReturnType<typeof node>;

/**
 * The ranking by a plain sort: by `key` (compared by `cmp`; none for `null` or NaN), then names,
 * then input order; as input positions with their ranks and ties.
 */
function reference<T, K>(
  items: readonly T[], key: (x: T) => K | null, cmp: (a: K, b: K) => number, name: (x: T) => string, desc: boolean, dense = false,
): { i: number; rank: number | null; tied: boolean }[] {
  const cmpName = nameComparator();
  const e = items.map((item, i) => ({ i, name: name(item), x: key(item) }));
  const byName = (a: (typeof e)[number], b: (typeof e)[number]) => cmpName(a.name, b.name) || a.i - b.i;
  const ranked = e.filter((x) => x.x !== null).sort((a, b) => (desc ? -1 : 1) * cmp(a.x!, b.x!) || byName(a, b));
  const same = (a: (typeof e)[number] | undefined, b: (typeof e)[number]) => a !== undefined && cmp(a.x!, b.x!) === 0;
  let r = 0;
  let d = 0;
  const out = ranked.map((x, j) => {
    if (!same(ranked[j - 1], x)) {
      r = j + 1;
      d++;
    }
    return { i: x.i, rank: (dense ? d : r) as number | null, tied: same(ranked[j - 1], x) || same(ranked[j + 1], x) };
  });
  return [...out, ...e.filter((x) => x.x === null).sort(byName).map((x) => ({ i: x.i, rank: null, tied: false }))];
}

describe('rank with exact: exactAttainment (property)', () => {
  // Counts and shares whose attainments collide as floats: equal fractions scaled by a huge factor,
  // and fractions one part in 2^60 apart (equal doubles, unequal fractions).
  const names = fc.constantFrom('CĐCS 1', 'CĐCS 2', 'CĐCS 10', 'Phường 3', 'An', 'Ấn', 'an');
  const scale = fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 9 }), fc.bigInt({ min: 2n ** 40n, max: 2n ** 60n }).map(Number));
  const count = fc.record({ name: names, p: fc.integer({ min: 0, max: 6 }), q: fc.integer({ min: 1, max: 4 }), m: scale, nudge: fc.constantFrom(0, 0, 1) })
    .map(({ name, p, q, m, nudge }) => node(name, p * m + nudge, null, q * m));
  const share = fc.record({ name: names, a: fc.integer({ min: 0, max: 6 }), of: fc.integer({ min: 0, max: 8 }), t: fc.constantFrom(0.3, 0.5, 1, 0.25) })
    .map(({ name, a, of, t }) => node(name, a, of, t));
  const nodes = fc.array(fc.oneof(count, count, share, fc.constant(0).map(() => node('Trống', null, null, 5)), fc.constant(0).map(() => node('Không', 3, null, 0))), { maxLength: 40 });

  it('ranks as the same function called through a wrapper (the general path) and as a plain sort on BigInt', () => {
    fc.assert(fc.property(nodes, fc.boolean(), (xs, desc) => {
      const order = desc ? 'desc' : 'asc';
      const opts = { by: (n: Node) => n.attainment, name: (n: Node) => n.unit.name, order } as const;
      const fast = rank(xs, { ...opts, exact: exactAttainment });
      const general = rank(xs, { ...opts, exact: (n) => exactAttainment(n) });
      assert.deepEqual(fast, general);
      const exactly = (n: Node) => (n.attainment === null ? null : ratioFraction(exactAttainment(n)!));
      const ref = reference(xs, exactly, compare, opts.name, desc);
      assert.deepEqual(fast.map((o) => ({ i: xs.findIndex((x) => x.unit === o.unit), rank: o.rank, tied: o.tied })), ref);
    }), RUNS);
  });
});

describe('rank grouping by value (property)', () => {
  // Values that repeat, that differ in their last bit, ±0, NaN, none, huge and tiny.
  const value = fc.oneof(
    fc.constantFrom(0, -0, 1, 1 + 2 ** -52, 1 - 2 ** -53, 0.1 + 0.2, 0.3, Number.NaN, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2),
    fc.integer({ min: -3, max: 3 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
    fc.constantFrom(Infinity, -Infinity),
  );
  const names = fc.constantFrom('CĐCS 1', 'CĐCS 01', 'CĐCS 12', 'CĐCS 2', 'Quận 1', 'quận 1', 'An', 'Ân', 'Ấn', '');
  const items = fc.array(fc.record({ name: names, v: value }), { maxLength: 80 }).map((xs) => xs.map((x, id) => ({ ...x, id })));
  it('orders, ranks and ties as a plain sort does', () => {
    const methods = fc.constantFrom('competition', 'dense') as fc.Arbitrary<'competition' | 'dense'>;
    fc.assert(fc.property(items, fc.boolean(), methods, (xs, desc, method) => {
      const out = rank(xs, { by: (x) => x.v, order: desc ? 'desc' : 'asc', method });
      const number = (x: (typeof xs)[number]) => (x.v === null || Number.isNaN(x.v) ? null : x.v + 0);
      const ref = reference(xs, number, (a, b) => (a < b ? -1 : a > b ? 1 : 0), (x) => x.name, desc, method === 'dense');
      assert.deepEqual(out.map((o) => ({ i: o.id, rank: o.rank, tied: o.tied })), ref);
    }), RUNS);
  });
});

describe('rank copies (property)', () => {
  // Node-shaped items, some changed in a way an object literal would not copy like Object.assign does.
  const sym = Symbol('s');
  const change = fc.constantFrom('none', 'none', 'extra', 'symbol', 'hidden-symbol', 'hidden', 'order', 'missing', 'null-proto', 'getter', 'rank');
  const items = fc.array(fc.record({ name: fc.constantFrom('A', 'B', 'C'), v: fc.integer({ min: 0, max: 3 }), change }), { maxLength: 20 }).map((xs) => xs.map(({ name, v, change }) => {
    const n: Record<PropertyKey, unknown> = node(name, v, null, 2);
    if (change === 'extra') n.extra = 1;
    if (change === 'symbol') n[sym] = 'x';
    if (change === 'hidden-symbol') Object.defineProperty(n, sym, { value: 'x', enumerable: false });
    if (change === 'hidden') Object.defineProperty(n, 'children', { value: [], enumerable: false });
    if (change === 'rank') n.rank = 99;
    if (change === 'missing') delete n.asOf;
    if (change === 'order') {
      const { unit, ...rest } = n;
      return { ...rest, unit };
    }
    if (change === 'getter') Object.defineProperty(n, 'asOf', { get: () => 'g', enumerable: true });
    if (change === 'null-proto') return Object.assign(Object.create(null), n);
    return n;
  }));
  it('are what Object.assign makes, with rank and tied set, key for key', () => {
    fc.assert(fc.property(items, (xs) => {
      const out = rank(xs, { by: (x) => x.attainment as number, name: (x) => (x.unit as { name: string }).name });
      for (const o of out) {
        const source = xs.find((x) => x.unit === o.unit)!;
        const expected = Object.assign({}, source) as Record<PropertyKey, unknown>;
        expected.rank = o.rank;
        expected.tied = o.tied;
        assert.deepEqual(Reflect.ownKeys(o), Reflect.ownKeys(expected));
        assert.equal(Object.getPrototypeOf(o), Object.prototype);
        for (const k of Reflect.ownKeys(expected)) assert.equal((o as Record<PropertyKey, unknown>)[k], expected[k]);
      }
    }), RUNS);
  });
});

describe('rank ties of names that end in a number (property)', () => {
  // Stems alike and not (one code unit apart, one a prefix of another, ending in a digit after a
  // letter), numbers with leading zeros, of more than 14 digits, none, and names of other shapes.
  const stem = fc.constantFrom('CĐCS ', 'CĐCS', 'CĐCS  ', 'Cđcs ', 'Phường ', 'Phương ', 'P1 ', '', 'An');
  const digits = fc.oneof(
    fc.integer({ min: 0, max: 200 }).map(String),
    fc.integer({ min: 0, max: 99 }).map((x) => `0${x}`),
    fc.bigInt({ min: 10n ** 13n - 3n, max: 10n ** 15n + 3n }).map(String),
    fc.constant(''),
  );
  const name = fc.oneof(fc.tuple(stem, digits).map(([s, d]) => s + d), fc.tuple(stem, stem, digits).map(([s, t, d]) => s + d + t));
  const items = fc.array(fc.record({ name, v: fc.integer({ min: 0, max: 2 }) }), { maxLength: 60 }).map((xs) => xs.map((x, id) => ({ ...x, id })));
  it('orders them as nameComparator does, then in input order', () => {
    fc.assert(fc.property(items, fc.boolean(), (xs, desc) => {
      const out = rank(xs, { by: (x) => x.v, order: desc ? 'desc' : 'asc' });
      const cmp = nameComparator();
      const sign = desc ? -1 : 1;
      const ref = [...xs].sort((a, b) => sign * (a.v - b.v) || cmp(a.name, b.name) || a.id - b.id);
      assert.deepEqual(out.map((o) => o.id), ref.map((x) => x.id));
    }), { numRuns: 1000 });
  });
});
