/** Property-based tests (fast-check): invariants that must hold for any input, not just the examples. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregate, checkPrinted, formatNumber, formatPercent, parseDataset, parseNumberVi, rank, type DatasetInput } from '../src/index.js';
import { nameComparator, placeTones } from '../src/names.js';

const RUNS = { numRuns: 300 };

describe('rank (property)', () => {
  const items = fc.array(
    fc.record({
      name: fc.constantFrom('An', 'Ân', 'Ấn', 'Bình', 'Đông', 'Dũng', 'an', ''),
      value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null), fc.double({ min: -10, max: 10, noNaN: true })),
    }),
    { maxLength: 60 },
  ).map((xs) => xs.map((x, id) => ({ ...x, id })));

  for (const method of ['competition', 'dense'] as const) {
    for (const order of ['desc', 'asc'] as const) {
      it(`${method} ${order}: a permutation of the input, ranks non-decreasing, ranked by value, nulls last`, () => {
        fc.assert(fc.property(items, (xs) => {
          const out = rank(xs, { by: (x) => x.value, method, order });
          // A permutation: every input exactly once, as a copy with the same fields.
          assert.deepEqual(out.map((x) => x.id).sort((a, b) => a - b), xs.map((x) => x.id));
          for (const o of out) {
            assert.notEqual(o, xs[o.id]);
            assert.equal(o.value, xs[o.id]!.value);
          }
          const ranked = out.filter((o) => o.rank !== null);
          assert.ok(out.slice(ranked.length).every((o) => o.rank === null && o.value === null), 'unranked items come last');
          const sign = order === 'desc' ? -1 : 1;
          for (let i = 1; i < ranked.length; i++) {
            const [p, c] = [ranked[i - 1]!, ranked[i]!];
            assert.ok(c.rank! >= p.rank!, 'ranks never decrease');
            assert.ok(sign * (c.value! - p.value!) >= 0, 'values in order');
            assert.equal(c.rank === p.rank, c.value === p.value, 'same rank exactly when same value');
          }
          for (const o of ranked) {
            const better = ranked.filter((x) => sign * (o.value! - x.value!) > 0);
            const expected = method === 'competition' ? better.length + 1 : new Set(better.map((x) => x.value)).size + 1;
            assert.equal(o.rank, expected);
            assert.equal(o.tied, ranked.filter((x) => x.value === o.value).length > 1);
          }
        }), RUNS);
      });
    }
  }
});

describe('aggregate (property)', () => {
  // A random forest: unit i's parent is an earlier unit (or none); leaves carry counts.
  const forest = fc.array(fc.record({ parent: fc.nat(), root: fc.boolean(), actual: fc.nat({ max: 100_000 }), target: fc.nat({ max: 100_000 }) }), { minLength: 1, maxLength: 80 });

  it('the figure of every unit without its own equals the sum over the leaves below it', () => {
    fc.assert(fc.property(forest, (spec) => {
      const units: DatasetInput['units'] = spec.map((s, i) => ({ id: `u${i}`, name: `U${i}`, kind: 'other', ...(i > 0 && !s.root ? { parent: `u${s.parent % i}` } : {}) }));
      const hasChild = new Set(units.map((u) => u.parent).filter(Boolean));
      const leaves = spec.map((s, i) => ({ ...s, i })).filter((s) => !hasChild.has(`u${s.i}`));
      const d = parseDataset({
        title: 'P', units,
        metrics: [{ id: 'm', labels: { vi: 'M' }, noun: { vi: 'm' } }],
        periods: [{ id: 'p', label: { vi: 'P' }, start: '2020-01-01', end: '2020-12-31' }],
        targets: leaves.map((l) => ({ unit: `u${l.i}`, metric: 'm', period: 'p', value: l.target })),
        actuals: leaves.map((l) => ({ unit: `u${l.i}`, metric: 'm', period: 'p', value: l.actual })),
      });
      const r = aggregate(d, { metric: 'm', period: 'p' });
      assert.deepEqual(r.findings, []);
      const parentOf = new Map(units.map((u) => [u.id, u.parent]));
      const below = (leaf: string, unit: string): boolean => {
        for (let u: string | null | undefined = leaf; u; u = parentOf.get(u)) if (u === unit) return true;
        return false;
      };
      for (const u of units) {
        const mine = leaves.filter((l) => below(`u${l.i}`, u.id));
        const node = r.byUnit.get(u.id)!;
        assert.equal(node.actual, mine.reduce((s, l) => s + l.actual, 0));
        assert.equal(node.target, mine.reduce((s, l) => s + l.target, 0));
        assert.equal(node.actualSource, hasChild.has(u.id) ? 'sum' : 'reported');
      }
      // The roots' sum is the sum over all leaves.
      assert.equal(r.nodes.reduce((s, n) => s + n.actual!, 0), leaves.reduce((s, l) => s + l.actual, 0));
    }), { numRuns: 150 });
  });
});

describe('aggregate dates and mismatches (property)', () => {
  // A random forest whose leaves, and some parents, report as of a few dates (none: the period end).
  const DATES = ['2020-03-31', '2020-06-30', '2020-12-31', undefined];
  const forest = fc.array(fc.record({
    parent: fc.nat(), root: fc.boolean(), reports: fc.boolean(), value: fc.nat({ max: 50 }), date: fc.constantFrom(...DATES),
  }), { minLength: 1, maxLength: 40 });

  it('a node without its own figure takes the latest date of its children; a mismatch is found only as of one date', () => {
    fc.assert(fc.property(forest, (spec) => {
      const units: DatasetInput['units'] = spec.map((s, i) => ({ id: `u${i}`, name: `U${i}`, kind: 'other', ...(i > 0 && !s.root ? { parent: `u${s.parent % i}` } : {}) }));
      const kids = spec.map((_, i) => units.flatMap((u, j) => (u.parent === `u${i}` ? [j] : [])));
      const own = spec.map((s, i) => kids[i]!.length === 0 || s.reports);
      const d = parseDataset({
        title: 'P', units,
        metrics: [{ id: 'm', labels: { vi: 'M' }, noun: { vi: 'm' } }],
        periods: [{ id: 'p', label: { vi: 'P' }, start: '2020-01-01', end: '2020-12-31' }],
        actuals: spec.flatMap((s, i) => (own[i] ? [{ unit: `u${i}`, metric: 'm', period: 'p', value: s.value, ...(s.date ? { asOf: s.date } : {}) }] : [])),
      });
      // The reference, recursively: [actual, date] of each unit, and the units found disagreeing.
      const mismatches: string[] = [];
      const figure = (i: number): [number, string] => {
        const below = kids[i]!.map(figure);
        const sum = below.reduce((x, [v]) => x + v, 0);
        if (!own[i]) return [sum, below.map(([, date]) => date).reduce((x, y) => (y > x ? y : x))];
        const mine: [number, string] = [spec[i]!.value, spec[i]!.date ?? '2020-12-31'];
        if (below.length && below.every(([, date]) => date === mine[1]) && sum !== mine[0]) mismatches.push(`u${i}`);
        return mine;
      };
      const r = aggregate(d, { metric: 'm', period: 'p' });
      spec.forEach((_, i) => {
        const [actual, asOf] = figure(i);
        const node = r.byUnit.get(`u${i}`)!;
        assert.deepEqual([node.actual, node.asOf], [actual, asOf]);
      });
      assert.deepEqual(r.findings.filter((f) => f.code === 'aggregate-mismatch').map((f) => f.unit).sort(), [...new Set(mismatches)].sort());
    }), RUNS);
  });
});

describe('Vietnamese numbers (property)', () => {
  it('formatNumber then parseNumberVi gives the number back, in vi (1.548,25)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 10, 100), (k, scale) => {
      const n = k / scale;
      assert.equal(parseNumberVi(formatNumber(n)), n);
    }), RUNS);
  });
  it('formatPercent then parseNumberVi gives the percent rounded half up at its decimals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (k, digits) => {
      // ratio = k / 10^(digits+2) exactly as a decimal, so the percent is k / 10^digits.
      const ratio = Number(`${k}e-${digits + 2}`);
      const text = formatPercent(ratio, { digits });
      assert.match(text, /%$/);
      assert.equal(parseNumberVi(text), Number(`${k}e-${digits}`));
    }), RUNS);
  });
});

describe('checkPrinted (property)', () => {
  /** An independent verdict with BigInt only: printed is P / 10^d percent; computed is 100·a / t. */
  function bigVerdict(a: bigint, t: bigint, P: bigint, d: number): string {
    const s = 10n ** BigInt(d);
    if (100n * a * s === P * t) return 'exact';
    if ((2n * 100n * a * s + t) / (2n * t) === P) return 'rounded';
    if ((100n * a * s) / t === P) return 'truncated';
    return 'mismatch';
  }
  const text = (P: bigint, d: number) => {
    const s = P.toString().padStart(d + 1, '0');
    return d ? `${s.slice(0, -d)},${s.slice(-d)}%` : `${s}%`;
  };
  it('agrees with a big-integer computation on every verdict', () => {
    fc.assert(fc.property(
      fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: 2 }), fc.boolean(),
      (a, t, d, nudge, truncate) => {
        const s = 10n ** BigInt(d);
        const [A, T] = [BigInt(a), BigInt(t)];
        // Print the truncated or rounded value, sometimes nudged by a unit of the last digit.
        const base = truncate ? (100n * A * s) / T : (2n * 100n * A * s + T) / (2n * T);
        const P = base + BigInt(nudge) < 0n ? 0n : base + BigInt(nudge);
        const r = checkPrinted(a, t, text(P, d));
        assert.equal(r.verdict, bigVerdict(A, T, P, d), `${a}/${t} printed ${text(P, d)}`);
        assert.equal(r.digits, d);
        assert.equal(r.printed, Number(P) / Number(s));
      },
    ), { numRuns: 1000 });
  });
});

describe('nameComparator (property)', () => {
  // Names built from a shared stem and tails that mix plain and non-plain characters.
  const ALPHABET = [' ', '0', '1', '2', '9', 'a', 'b', 'd', 'z', 'A', 'B', 'Đ', 'đ', 'ă', 'â', 'ơ', 'ư', 'ê', 'e\u0301', '-', '.', ',', '(', '_', 'Ạ', 'ạ', 'ỹ'];
  const tail = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 6 }).map((xs) => xs.join(''));
  const stem = fc.constantFrom('', 'CĐCS ', 'Phường ', 'Quận Hoàng Mai', 'a', 'Công ty 1', 'CĐCS 0', 'Phường 10', 'Ứng Hoà', 'Thuỷ ');
  for (const locale of ['vi', 'en']) {
    it(`orders names exactly as Intl.Collator('${locale}', { numeric: true }) does with tones placed alike`, () => {
      const numeric = new Intl.Collator(locale, { numeric: true }).compare;
      const collatorCompare = (a: string, b: string) => numeric(placeTones(a), placeTones(b));
      const cmp = nameComparator(locale);
      fc.assert(fc.property(stem, tail, tail, (s, x, y) => {
        const [a, b] = [s + x, s + y];
        assert.equal(Math.sign(cmp(a, b)), Math.sign(collatorCompare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }), { numRuns: 3000 });
    });
  }
});
