import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, checkDataset, exactAttainment, parseDataset, rank, type DatasetInput } from '../src/index.js';
import { minimal } from './helpers.js';

const share = { id: 'strong', labels: { vi: 'Tỉ lệ vững mạnh' }, noun: { vi: 'CĐCS' }, kind: 'share' as const };
const units: DatasetInput['units'] = [
  { id: 'p', name: 'Thành phố', kind: 'city-federation' },
  { id: 'a', name: 'Quận A', kind: 'district-federation', parent: 'p' },
  { id: 'b', name: 'Quận B', kind: 'district-federation', parent: 'p' },
];

describe('a share figure without its whole never joins a ratio of sums', () => {
  const d = parseDataset(minimal({
    units,
    metrics: [share],
    targets: [{ unit: 'p', metric: 'strong', period: '2020', value: 0.5 }],
    actuals: [
      { unit: 'a', metric: 'strong', period: '2020', value: 5, of: 10 },
      { unit: 'b', metric: 'strong', period: '2020', value: 9 },
    ],
  }));
  it('the parent is 5 of 10 (not 14 of 10), and a finding names the child left out', () => {
    const r = aggregate(d, { metric: 'strong', period: '2020', unit: 'p' });
    const p = r.byUnit.get('p')!;
    assert.deepEqual([p.actual, p.of, p.attainment], [5, 10, 1]);
    assert.deepEqual(r.findings, [{ code: 'share-without-of', severity: 'warning', path: 'actuals[1].of', unit: 'p', child: 'b' }]);
  });
  it('the parent has no share when no child has its whole', () => {
    const none = parseDataset({ ...d, actuals: [{ unit: 'b', metric: 'strong', period: '2020', value: 9 }] });
    const p = aggregate(none, { metric: 'strong', period: '2020' }).byUnit.get('p')!;
    assert.deepEqual([p.actual, p.of, p.attainment, p.actualSource], [null, null, null, 'none']);
  });
  it('checkDataset warns that a printed percent of a share without its whole cannot be checked', () => {
    const printed = parseDataset({ ...d, actuals: [{ unit: 'b', metric: 'strong', period: '2020', value: 9, printed: '90%' }] });
    const f = checkDataset(printed).find((x) => x.code === 'printed');
    assert.deepEqual(f && [f.code === 'printed' && f.verdict, f.severity, f.path], ['no-of', 'warning', 'actuals[0].printed']);
  });
});

describe("a parent's own figure is compared with its children's as of the same date", () => {
  const input = minimal({
    units,
    actuals: [
      { unit: 'p', metric: 'members', period: '2020', value: 60, asOf: '2020-06-30' },
      { unit: 'a', metric: 'members', period: '2020', value: 30, asOf: '2020-06-30' },
      { unit: 'b', metric: 'members', period: '2020', value: 30, asOf: '2020-06-30' },
      { unit: 'a', metric: 'members', period: '2020', value: 70 },
      { unit: 'b', metric: 'members', period: '2020', value: 50 },
    ],
  });
  it('a June parent figure is no disagreement with the December sum of its children', () => {
    const d = parseDataset(input);
    assert.deepEqual(aggregate(d, { metric: 'members', period: '2020' }).findings, []);
    assert.deepEqual(checkDataset(d).filter((f) => f.code !== 'printed'), []);
  });
  it('a June parent figure that differs from the June sum is reported, once', () => {
    const d = parseDataset({ ...input, actuals: input.actuals!.map((a, i) => (i === 0 ? { ...a, value: 61 } : a)) });
    const found = checkDataset(d).filter((f) => f.code === 'aggregate-mismatch');
    assert.deepEqual(found.map((f) => f.code === 'aggregate-mismatch' && [f.path, f.reported, f.computed]), [['actuals[0].value', 61, 60]]);
  });
});

describe('ties are decided on exact fractions', () => {
  // 1 of 10 against a share target of 0,3 and 1 of 3 against 1 are both exactly 1/3.
  const d = parseDataset(minimal({
    units,
    metrics: [share],
    targets: [{ unit: 'a', metric: 'strong', period: '2020', value: 0.3 }, { unit: 'b', metric: 'strong', period: '2020', value: 1 }],
    actuals: [{ unit: 'a', metric: 'strong', period: '2020', value: 1, of: 10 }, { unit: 'b', metric: 'strong', period: '2020', value: 1, of: 3 }],
  }));
  it('1/10 ÷ 0,3 and 1/3 ÷ 1 tie at rank 1 (floats would say 0.33333333333333337 and 0.3333333333333333)', () => {
    assert.notEqual(1 / 10 / 0.3, 1 / 3);
    const nodes = aggregate(d, { metric: 'strong', period: '2020', unit: 'p' }).nodes[0]!.children;
    const ranked = rank(nodes, { by: (n) => n.attainment, exact: exactAttainment, name: (n) => n.unit.name });
    assert.deepEqual(ranked.map((r) => [r.unit.id, r.rank, r.tied]), [['a', 1, true], ['b', 1, true]]);
  });
  it('rank with an exact value splits floats that are equal but not equal as fractions, and joins near ones', () => {
    const big = 2 ** 53;
    // Two different fractions whose quotients round to one double.
    const items = [{ name: 'A', n: big - 1, d: big }, { name: 'B', n: big - 2, d: big - 1 }, { name: 'C', n: 1, d: 3 }, { name: 'D', n: 3, d: 9 }];
    assert.equal(items[0]!.n / items[0]!.d, items[1]!.n / items[1]!.d);
    const r = rank(items, { by: (x) => x.n / x.d, exact: (x) => ({ num: BigInt(x.n), den: BigInt(x.d) }) });
    assert.deepEqual(r.map((x) => [x.name, x.rank, x.tied]), [['A', 1, false], ['B', 2, false], ['C', 3, true], ['D', 3, true]]);
    const near = rank([{ name: 'X', v: 1 / 10 / 0.3 }, { name: 'Y', v: 1 / 3 }, { name: 'Z', v: 0.2 }], { by: (x) => x.v, exact: (x) => (x.name === 'Z' ? { num: 1, den: 5 } : { num: 1, den: 3 }) });
    assert.deepEqual(near.map((x) => [x.name, x.rank, x.tied]), [['X', 1, true], ['Y', 1, true], ['Z', 3, false]]);
  });
});
