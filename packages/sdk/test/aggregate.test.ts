import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, type DatasetInput, parseDataset } from '../src/index.js';
import { sampleDataset } from '../src/sample.js';
import { minimal } from './helpers.js';

type Fig = [unit: string, value: number, asOf?: string];
const fig = (metric: string) => ([unit, value, asOf]: Fig) => ({ unit, metric, period: '2020', value, ...(asOf ? { asOf } : {}) });

/** city → district d1 (wards w1, w2 → grassroots g1, g2, g3) and district d2 (grassroots g4): depth 4. */
function tree(targets: Fig[], actuals: Fig[], extra: Partial<DatasetInput> = {}) {
  return parseDataset(minimal({
    units: [
      { id: 'city', name: 'Thành phố', kind: 'city-federation' },
      { id: 'd1', name: 'Quận 1', kind: 'district-federation', parent: 'city' },
      { id: 'w1', name: 'Phường 1', kind: 'ward-federation', parent: 'd1' },
      { id: 'g1', name: 'CĐCS 1', kind: 'grassroots-union', parent: 'w1' },
      { id: 'g2', name: 'CĐCS 2', kind: 'grassroots-union', parent: 'w1' },
      { id: 'w2', name: 'Phường 2', kind: 'ward-federation', parent: 'd1' },
      { id: 'g3', name: 'CĐCS 3', kind: 'grassroots-union', parent: 'w2' },
      { id: 'd2', name: 'Quận 2', kind: 'district-federation', parent: 'city' },
      { id: 'g4', name: 'CĐCS 4', kind: 'grassroots-union', parent: 'd2' },
    ],
    targets: targets.map(fig('members')),
    actuals: actuals.map(fig('members')),
    ...extra,
  }));
}

const LEAVES: Fig[] = [['g1', 10], ['g2', 20], ['g3', 30], ['g4', 40]];

describe('aggregate', () => {
  it('keeps figures as they are, beyond 32 bits and -0 alike', () => {
    const d = tree([['g1', 3e9], ['g2', -0], ['g3', 7], ['g4', 2 ** 31 - 1]], [['g1', 2 ** 31], ['g2', -0], ['g3', 5], ['g4', 1]]);
    const at = aggregate(d, { metric: 'members', period: '2020' }).byUnit;
    assert.deepEqual([at.get('g1')!.target, at.get('g1')!.actual, at.get('w1')!.target, at.get('w1')!.actual], [3e9, 2 ** 31, 3e9, 2 ** 31]);
    assert.ok(Object.is(at.get('g2')!.target, -0) && Object.is(at.get('g2')!.actual, -0));
    assert.deepEqual([at.get('d2')!.target, at.get('city')!.actual, at.get('w2')!.attainment], [2 ** 31 - 1, 2 ** 31 + 6, 5 / 7]);
  });
  it('sums counts up a tree of depth 4', () => {
    const d = tree(LEAVES.map(([u, v]) => [u, v * 2]), LEAVES);
    const r = aggregate(d, { metric: 'members', period: '2020' });
    const at = (id: string) => r.byUnit.get(id)!;
    assert.deepEqual([at('w1').actual, at('w2').actual, at('d1').actual, at('d2').actual, at('city').actual], [30, 30, 60, 40, 100]);
    assert.deepEqual([at('w1').target, at('d1').target, at('city').target], [60, 120, 200]);
    assert.equal(at('city').attainment, 0.5);
    assert.deepEqual([at('city').actualSource, at('city').targetSource, at('g1').actualSource], ['sum', 'sum', 'reported']);
    assert.deepEqual([at('g1').actualRecord, at('city').actualRecord], [d.actuals[0], null]);
    assert.deepEqual(r.nodes.map((n) => n.unit.id), ['city']);
    assert.deepEqual(at('d1').children.map((c) => c.unit.id), ['w1', 'w2']);
    assert.deepEqual(r.findings, []);
  });
  it("uses a parent's own figure over its children's sum, and reports the disagreement", () => {
    const d = tree([['d1', 50], ...LEAVES], [...LEAVES, ['d1', 65]]);
    const r = aggregate(d, { metric: 'members', period: '2020' });
    const d1 = r.byUnit.get('d1')!;
    assert.deepEqual([d1.actual, d1.actualSource, d1.target, d1.targetSource], [65, 'reported', 50, 'reported']);
    assert.equal(r.byUnit.get('city')!.actual, 65 + 40, 'the city sums what its districts report');
    assert.deepEqual(r.findings, [
      { code: 'aggregate-mismatch', severity: 'warning', path: 'actuals[4].value', unit: 'd1', reported: 65, computed: 60 },
      { code: 'aggregate-target-mismatch', severity: 'info', path: 'targets[0].value', unit: 'd1', reported: 50, computed: 60 },
    ]);
  });
  it('reports nothing when a parent agrees with its children', () => {
    assert.deepEqual(aggregate(tree(LEAVES, [...LEAVES, ['w1', 30]]), { metric: 'members', period: '2020' }).findings, []);
  });
  it('aggregates shares as a ratio of sums, never a mean of percents', () => {
    const d = parseDataset(minimal({
      units: [
        { id: 'p', name: 'P', kind: 'other' },
        { id: 'x', name: 'X', kind: 'other', parent: 'p' },
        { id: 'y', name: 'Y', kind: 'other', parent: 'p' },
      ],
      metrics: [{ id: 'strong', labels: { vi: 'CĐCS vững mạnh' }, noun: { vi: 'CĐCS' }, kind: 'share' }],
      targets: [{ unit: 'p', metric: 'strong', period: '2020', value: 0.5 }],
      actuals: [
        { unit: 'x', metric: 'strong', period: '2020', value: 9, of: 10 },
        { unit: 'y', metric: 'strong', period: '2020', value: 1, of: 100 },
      ],
    }));
    const p = aggregate(d, { metric: 'strong', period: '2020' }).byUnit.get('p')!;
    assert.deepEqual([p.actual, p.of], [10, 110]);
    assert.equal(p.attainment, 10 / 110 / 0.5); // 9,1% of a 50% target; the mean of 90% and 1% would say 45,5%
    assert.equal(p.target, 0.5, 'share targets are not summed');
  });
  it('uses the latest figure, or the latest no later than asOf', () => {
    const d = tree([], [['g1', 5, '2020-03-31'], ['g1', 9, '2020-06-30'], ['g1', 7, '2020-05-31']]);
    assert.equal(aggregate(d, { metric: 'members', period: '2020' }).byUnit.get('g1')!.actual, 9);
    const may = aggregate(d, { metric: 'members', period: '2020', asOf: '2020-05-31' });
    assert.deepEqual([may.byUnit.get('g1')!.actual, may.byUnit.get('g1')!.asOf, may.byUnit.get('city')!.asOf], [7, '2020-05-31', '2020-05-31']);
    assert.equal(aggregate(d, { metric: 'members', period: '2020', asOf: '2020-01-31' }).byUnit.get('g1')!.actual, null);
  });
  it("dates a figure without asOf at its period's end", () => {
    const g1 = aggregate(tree([], [['g1', 5]]), { metric: 'members', period: '2020' }).byUnit.get('g1')!;
    assert.equal(g1.asOf, '2020-12-31');
  });
  it('aggregates the subtree of one unit', () => {
    const r = aggregate(tree([], LEAVES), { metric: 'members', period: '2020', unit: 'd1' });
    assert.deepEqual(r.nodes.map((n) => [n.unit.id, n.actual]), [['d1', 60]]);
    assert.equal(aggregate(tree([], LEAVES), { metric: 'members', period: '2020', unit: 'nope' }).nodes.length, 0);
  });
  it('leaves null where nothing is known, and has no attainment without a target', () => {
    const r = aggregate(tree([], [['g1', 5]]), { metric: 'members', period: '2020' });
    assert.deepEqual([r.byUnit.get('d2')!.actual, r.byUnit.get('d2')!.actualSource, r.byUnit.get('g1')!.attainment], [null, 'none', null]);
    assert.equal(aggregate(tree([['g1', 0]], [['g1', 5]]), { metric: 'members', period: '2020' }).byUnit.get('g1')!.attainment, null);
  });
  it('walks a chain of 20 000 units without overflowing the stack', () => {
    const units: DatasetInput['units'] = Array.from({ length: 20_000 }, (_, i) => ({ id: `u${i}`, name: `U${i}`, kind: 'other' as const, ...(i ? { parent: `u${i - 1}` } : {}) }));
    const d = parseDataset(minimal({ units, actuals: [{ unit: 'u19999', metric: 'members', period: '2020', value: 3 }] }));
    assert.equal(aggregate(d, { metric: 'members', period: '2020' }).byUnit.get('u0')!.actual, 3);
  });
  it('sums the 30 Hà Nội districts of the sample into the city', () => {
    const r = aggregate(sampleDataset, { metric: 'members', period: '2021' });
    const sum = sampleDataset.actuals.filter((a) => a.metric === 'members' && a.period === '2021').reduce((s, a) => s + a.value, 0);
    assert.equal(r.byUnit.get('ha-noi')!.actual, sum);
    assert.equal(r.byUnit.get('ha-noi')!.children.length, 30);
  });
});
