import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, classifyQuality, findThreshold, parseDataset, TiendoError } from '../src/index.js';
import { sampleDataset } from '../src/sample.js';
import { minimal } from './helpers.js';

const STRICT_90 = { share: 0.9, comparison: 'strict' } as const;
const INCLUSIVE_50 = { share: 0.5, comparison: 'inclusive' } as const;

describe('classify', () => {
  it('strict (“trên 90%”): exactly 90% fails, as counts and as a ratio', () => {
    assert.equal(classify({ strong: 45, evaluated: 50 }, STRICT_90).pass, false);
    assert.equal(classify(0.9, STRICT_90).pass, false);
    assert.equal(classify({ strong: 46, evaluated: 50 }, STRICT_90).pass, true);
  });
  it('inclusive (“50% trở lên”): exactly 50% passes', () => {
    assert.equal(classify({ strong: 25, evaluated: 50 }, INCLUSIVE_50).pass, true);
    assert.equal(classify({ strong: 24, evaluated: 50 }, INCLUSIVE_50).pass, false);
    assert.equal(classify(0.5, INCLUSIVE_50).pass, true);
  });
  it('compares counts exactly where floats would not: 3 of 10 is at least 30%, though 0.1 × 3 is 0.30000000000000004', () => {
    assert.equal(classify({ strong: 3, evaluated: 10 }, { share: 0.3, comparison: 'strict' }).pass, false);
    assert.equal(classify({ strong: 2, evaluated: 3 }, { share: 0.6667, comparison: 'inclusive' }).pass, false);
    assert.equal(classify({ strong: 2, evaluated: 3 }, { share: 0.6666, comparison: 'inclusive' }).pass, true);
  });
  it('returns the share, threshold, comparison and margin', () => {
    const c = classify({ strong: 46, evaluated: 50 }, STRICT_90);
    assert.deepEqual({ ...c, margin: Math.round(c.margin * 1e9) / 1e9 }, { pass: true, share: 0.92, threshold: 0.9, comparison: 'strict', margin: 0.02 });
  });
  it('throws a TiendoError for a negative share or nothing evaluated', () => {
    for (const bad of [-0.1, Number.NaN, Infinity, { strong: 1, evaluated: 0 }, { strong: -1, evaluated: 5 }]) {
      assert.throws(() => classify(bad, STRICT_90), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-number', JSON.stringify(bad));
    }
  });
});

describe('findThreshold', () => {
  it("finds the threshold a unit set for a period (Hoàng Mai's 2018 goal)", () => {
    const t = findThreshold(sampleDataset, 'state', '2018', 'hoang-mai')!;
    assert.deepEqual([t.share, t.comparison, t.unit, t.period], [0.9, 'strict', 'hoang-mai', '2018']);
    assert.ok(t.source);
  });
  it('falls back to the default for other units and periods', () => {
    assert.deepEqual(findThreshold(sampleDataset, 'state', '2018', 'ba-dinh'), { sector: 'state', share: 0.9, comparison: 'strict' });
    assert.deepEqual(findThreshold(sampleDataset, 'non-state', '2017', 'hoang-mai'), { sector: 'non-state', share: 0.5, comparison: 'inclusive' });
    assert.equal(findThreshold(sampleDataset, 'mining'), null);
  });
  it('applies a threshold to the units below the unit that set it, the nearest winning, period-specific first', () => {
    const d = parseDataset(minimal({
      units: [{ id: 'city', name: 'C', kind: 'other' }, { id: 'd', name: 'D', kind: 'other', parent: 'city' }, { id: 'g', name: 'G', kind: 'other', parent: 'd' }],
      thresholds: [
        { sector: 'state', share: 0.8, comparison: 'inclusive', unit: 'city' },
        { sector: 'state', share: 0.85, comparison: 'inclusive', unit: 'd' },
        { sector: 'state', share: 0.95, comparison: 'strict', unit: 'd', period: '2020' },
        { sector: 'state', share: 0.7, comparison: 'inclusive' },
      ],
    }));
    assert.equal(findThreshold(d, 'state', '2020', 'g')!.share, 0.95);
    assert.equal(findThreshold(d, 'state', '2019', 'g')!.share, 0.85);
    assert.equal(findThreshold(d, 'state', '2020', 'city')!.share, 0.8);
    assert.equal(findThreshold(d, 'state', '2020')!.share, 0.7);
  });
});

describe('classifyQuality', () => {
  it("uses a unit's own counts against its own threshold", () => {
    const q = classifyQuality(sampleDataset, { unit: 'hoang-mai', period: '2018' });
    const own = sampleDataset.qualityRatings.filter((r) => r.unit === 'hoang-mai' && r.period === '2018');
    assert.deepEqual(q.map((s) => s.sector.id), ['state', 'non-state']);
    for (const s of q) {
      const r = own.find((x) => x.sector === s.sector.id)!;
      assert.deepEqual([s.evaluated, s.strong, s.source, s.illustrative], [r.evaluated, r.strong, 'reported', true]);
      assert.equal(s.threshold!.unit, 'hoang-mai');
      assert.equal(s.result!.pass, classify({ strong: r.strong!, evaluated: r.evaluated! }, s.threshold!).pass);
    }
  });
  it('sums the counts of the units below when a unit has none of its own (a ratio of sums)', () => {
    const q = classifyQuality(sampleDataset, { unit: 'ha-noi', period: '2018' });
    const state = q.find((s) => s.sector.id === 'state')!;
    const rows = sampleDataset.qualityRatings.filter((r) => r.period === '2018' && r.sector === 'state');
    const evaluated = rows.reduce((s, r) => s + r.evaluated!, 0);
    const strong = rows.reduce((s, r) => s + r.strong!, 0);
    assert.deepEqual([state.source, state.evaluated, state.strong, state.share], ['sum', evaluated, strong, strong / evaluated]);
    assert.equal(state.threshold!.unit, undefined, 'the city falls back to the default threshold');
  });
  it('classifies a share printed without counts (Quảng Trị: 90% state is not more than 90%; 65% non-state passes)', () => {
    const q = classifyQuality(sampleDataset, { unit: 'quang-tri', period: 'term-2018-2023' });
    assert.deepEqual(q.map((s) => [s.sector.id, s.evaluated, s.share, s.printed, s.result!.pass, s.illustrative]), [
      ['state', null, 0.9, '90%', false, false],
      ['non-state', null, 0.65, '65%', true, false],
    ]);
  });
  it('filters by rating scheme and returns nothing for a unit without ratings', () => {
    assert.equal(classifyQuality(sampleDataset, { unit: 'quang-tri', period: 'term-2018-2023', scheme: 'vung-manh' }).length, 0);
    assert.equal(classifyQuality(sampleDataset, { unit: 'hoang-mai', period: '2017' }).length, 0);
  });
  it('has no result for a sector without any threshold', () => {
    const d = parseDataset(minimal({
      sectors: [{ id: 'fdi', labels: { vi: 'FDI' } }],
      qualityRatings: [{ unit: 'a', period: '2020', sector: 'fdi', evaluated: 10, strong: 9 }],
    }));
    const [s] = classifyQuality(d, { unit: 'a', period: '2020' });
    assert.deepEqual([s!.threshold, s!.result, s!.share], [null, null, 0.9]);
  });
});
