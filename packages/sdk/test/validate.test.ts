import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetError, parseDataset, safeParseDataset } from '../src/index.js';
import { datasetError, findIssue, minimal } from './helpers.js';

const units = [
  { id: 'city', name: 'Thành phố', kind: 'city-federation' as const },
  { id: 'd1', name: 'Quận 1', kind: 'district-federation' as const, parent: 'city' },
  { id: 'g1', name: 'CĐCS 1', kind: 'grassroots-union' as const, parent: 'd1' },
];

describe('referential checks', () => {
  it('lists every problem at once, in document order, each with its path', () => {
    const e = datasetError(() => parseDataset(minimal({
      units: [...units, { id: 'd1', name: 'Trùng', kind: 'other' }],
      targets: [{ unit: 'nowhere', metric: 'members', period: '2020', value: 1 }],
      actuals: [{ unit: 'g1', metric: 'members', period: '2021', value: 1 }],
    })));
    assert.deepEqual(e.issues.map((i) => [i.code, i.path]), [
      ['duplicate-id', 'units[3].id'],
      ['unknown-reference', 'targets[0].unit'],
      ['unknown-reference', 'actuals[0].period'],
    ]);
    assert.match(e.message, /^Invalid dataset: 3 problems\n/);
  });
  it('reports a cycle of three once, from its first unit in the document', () => {
    const e = datasetError(() => parseDataset(minimal({
      units: [{ id: 'a', name: 'A', kind: 'other', parent: 'c' }, { id: 'b', name: 'B', kind: 'other', parent: 'a' }, { id: 'c', name: 'C', kind: 'other', parent: 'b' }],
    })));
    assert.equal(e.issues.length, 1);
    findIssue(e, { code: 'parent-cycle', path: 'units[0].parent', detail: 'a → c → b → a' });
  });
  it('does not call a deep chain a cycle', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => ({ id: `u${i}`, name: `U${i}`, kind: 'other' as const, ...(i ? { parent: `u${i - 1}` } : {}) }));
    assert.equal(parseDataset(minimal({ units: chain })).units.length, 5000);
  });
  it('accepts an asOf on the first and the last day of its period', () => {
    const d = parseDataset(minimal({
      actuals: [
        { unit: 'a', metric: 'members', period: '2020', value: 1, asOf: '2020-01-01' },
        { unit: 'a', metric: 'members', period: '2020', value: 2, asOf: '2020-12-31' },
      ],
    }));
    assert.equal(d.actuals.length, 2);
  });
  it('rejects two actuals for the same unit × metric × period × date, but not for two dates', () => {
    const a = { unit: 'a', metric: 'members', period: '2020', value: 1, asOf: '2020-06-30' };
    findIssue(datasetError(() => parseDataset(minimal({ actuals: [a, { ...a, value: 2 }] }))), { code: 'duplicate-id', path: 'actuals[1]', detail: 'actuals[0]' });
    assert.equal(parseDataset(minimal({ actuals: [a, { ...a, asOf: '2020-09-30' }] })).actuals.length, 2);
  });
  it('rejects a part larger than its whole: an actual over its “of”, a strong count over the evaluated', () => {
    const e = datasetError(() => parseDataset(minimal({
      metrics: [{ id: 'strong', labels: { vi: 'V' }, noun: { vi: 'CĐCS' }, kind: 'share' }],
      actuals: [{ unit: 'a', metric: 'strong', period: '2020', value: 11, of: 10 }],
      qualityRatings: [{ unit: 'a', period: '2020', sector: 'state', scheme: 's', evaluated: 5, strong: 6 }],
    })));
    findIssue(e, { code: 'share-parts', path: 'actuals[0].value', received: '11', detail: '10' });
    findIssue(e, { code: 'share-parts', path: 'qualityRatings[0].strong' });
  });
  it('needs a quality rating to have counts or a share', () => {
    const e = datasetError(() => parseDataset(minimal({ qualityRatings: [{ unit: 'a', period: '2020', sector: 'state', scheme: 's', evaluated: 5 }] })));
    findIssue(e, { code: 'required', path: 'qualityRatings[0].strong' });
  });
  it('resolves the references of thresholds: sector, unit and period', () => {
    const e = datasetError(() => parseDataset(minimal({ thresholds: [{ sector: 'privat', share: 0.5, comparison: 'inclusive', unit: 'zz', period: '1999' }] })));
    assert.deepEqual(e.issues.map((i) => i.path), ['thresholds[0].sector', 'thresholds[0].period', 'thresholds[0].unit']);
  });
  it('checks unit validity dates are in order', () => {
    findIssue(datasetError(() => parseDataset(minimal({ units: [{ id: 'a', name: 'A', kind: 'other', validFrom: '2025-07-01', validTo: '2025-06-30' }] }))), { code: 'period-order', path: 'units[0].validTo' });
  });
  it('gives the same DatasetError through safeParseDataset, without throwing', () => {
    const r = safeParseDataset(minimal({ targets: [{ unit: 'a', metric: 'members', period: '2020', value: -5 }] }));
    assert.equal(r.success, false);
    if (!r.success) {
      assert.ok(r.error instanceof DatasetError);
      assert.equal(r.error.format('en')[0], 'targets[0].value: expected a number ≥ 0, received -5');
      assert.equal(r.error.format('vi')[0], 'targets[0].value: cần một số ≥ 0, nhận được -5');
      assert.equal(r.error.format()[0], r.error.format('vi')[0]);
    }
  });
});
