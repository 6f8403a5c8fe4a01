/** Properties (fast-check) of the exact rules: ties, ratings up the tree, pace bands. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregate, classifyQuality, exactAttainment, pace, parseDataset, rank, type DatasetInput } from '../src/index.js';

const RUNS = { numRuns: 200 };

describe('ties (property)', () => {
  // Units of a share metric: value out of `of` against a share target with 1–2 decimals.
  const unit = fc.record({ value: fc.nat({ max: 50 }), extra: fc.nat({ max: 50 }), target: fc.integer({ min: 1, max: 100 }) });
  it('two units tie exactly when their attainments are equal as fractions', () => {
    fc.assert(fc.property(fc.array(unit, { minLength: 2, maxLength: 12 }), (xs) => {
      const input: DatasetInput = {
        title: 'T',
        units: xs.map((_, i) => ({ id: `u${i}`, name: `U ${i}`, kind: 'other' })),
        metrics: [{ id: 's', labels: { vi: 'S' }, noun: { vi: 'CĐCS' }, kind: 'share' }],
        periods: [{ id: 'p', label: { vi: 'P' }, start: '2020-01-01', end: '2020-12-31' }],
        targets: xs.map((x, i) => ({ unit: `u${i}`, metric: 's', period: 'p', value: x.target / 100 })),
        actuals: xs.map((x, i) => ({ unit: `u${i}`, metric: 's', period: 'p', value: x.value, of: x.value + x.extra + 1 })),
      };
      const nodes = aggregate(parseDataset(input), { metric: 's', period: 'p' }).nodes;
      const ranked = rank(nodes, { by: (n) => n.attainment, exact: exactAttainment, name: (n) => n.unit.name });
      // The exact attainment: value / (of × target/100), compared by cross-multiplying BigInts.
      const frac = (id: string) => {
        const x = xs[Number(id.slice(1))]!;
        return [BigInt(x.value) * 100n, BigInt(x.value + x.extra + 1) * BigInt(x.target)] as const;
      };
      for (const a of ranked) {
        for (const b of ranked) {
          const [an, ad] = frac(a.unit.id);
          const [bn, bd] = frac(b.unit.id);
          assert.equal(a.rank === b.rank, an * bd === bn * ad, `${a.unit.id} ${a.rank} vs ${b.unit.id} ${b.rank}`);
        }
      }
    }), RUNS);
  });
});

describe('ratings up the tree (property)', () => {
  // A random tree of up to 12 units; each unit rated (counts) with some chance.
  const tree = fc.array(fc.record({ parent: fc.nat(), rated: fc.boolean(), evaluated: fc.integer({ min: 1, max: 40 }), strongPart: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 12 });
  it('classification of a tree equals the ratio of sums over its top-most rated units', () => {
    fc.assert(fc.property(tree, (xs) => {
      const units = xs.map((x, i) => ({ id: `u${i}`, name: `U ${i}`, kind: 'other' as const, ...(i > 0 ? { parent: `u${x.parent % i}` } : {}) }));
      const ratings = xs.flatMap((x, i) => (x.rated ? [{ unit: `u${i}`, period: 'p', sector: 'state', evaluated: x.evaluated, strong: Math.floor(x.evaluated * x.strongPart) }] : []));
      const d = parseDataset({ title: 'T', units, metrics: [], periods: [{ id: 'p', label: { vi: 'P' }, start: '2020-01-01', end: '2020-12-31' }], qualityRatings: ratings });
      // Independently: walk down from the root, stopping at each rated unit.
      const kids = (id: string) => units.filter((u) => 'parent' in u && u.parent === id).map((u) => u.id);
      const top = (id: string): string[] => (ratings.some((r) => r.unit === id) ? [id] : kids(id).flatMap(top));
      const used = ratings.filter((r) => top('u0').includes(r.unit));
      const q = classifyQuality(d, { unit: 'u0', period: 'p' }).find((s) => s.sector.id === 'state');
      if (!used.length) return assert.equal(q, undefined);
      const evaluated = used.reduce((s, r) => s + r.evaluated, 0);
      const strong = used.reduce((s, r) => s + r.strong, 0);
      assert.deepEqual([q!.evaluated, q!.strong, q!.result!.pass], [evaluated, strong, strong * 10 > evaluated * 9]);
    }), RUNS);
  });
});

describe('pace (property)', () => {
  it('is symmetric around expected-by-now: d above is ahead exactly when d below is behind', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 364 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 20 }), (day, target, d, tolPct) => {
      // Expected-by-now as a whole number of figures: target × days / 365 made whole by the target's choice.
      const total = 365;
      const t = target * total;
      const expected = target * day; // t × day / total
      const asOf = new Date(Date.UTC(2021, 0, day)).toISOString().slice(0, 10);
      const tolerance = tolPct / 100;
      const above = pace({ actual: expected + d, target: t, start: '2021-01-01', end: '2021-12-31', asOf, tolerance });
      const below = pace({ actual: Math.max(0, expected - d), target: t, start: '2021-01-01', end: '2021-12-31', asOf, tolerance });
      if (expected - d < 0 || above.status === 'achieved') return;
      assert.equal(above.status === 'ahead', below.status === 'behind', `d=${d} tol=${tolerance}: ${above.status} / ${below.status}`);
      assert.equal(above.status === 'on-pace', below.status === 'on-pace');
    }), { numRuns: 1000 });
  });
  it('at exactly the edge of the band it is on pace on both sides', () => {
    // expected 1000 by day 73 of 365 (target 5000), tolerance 5%: 1050 and 950 are on the edges.
    const common = { target: 5000, start: '2021-01-01', end: '2021-12-31', asOf: '2021-03-14', tolerance: 0.05 };
    assert.equal(pace({ ...common, actual: 1050 }).status, 'on-pace');
    assert.equal(pace({ ...common, actual: 950 }).status, 'on-pace');
    assert.equal(pace({ ...common, actual: 1051 }).status, 'ahead');
    assert.equal(pace({ ...common, actual: 949 }).status, 'behind');
  });
});
