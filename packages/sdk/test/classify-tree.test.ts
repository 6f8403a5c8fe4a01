import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyQuality, parseDataset } from '../src/index.js';
import { minimal } from './helpers.js';

/** A city with two districts: d1 rated itself and at its grassroots unions, d2 only at its one. */
function tree(extra: { scheme1?: string; scheme2?: string } = {}) {
  return parseDataset(minimal({
    units: [
      { id: 'city', name: 'Thành phố', kind: 'city-federation' },
      { id: 'd1', name: 'Quận 1', kind: 'district-federation', parent: 'city' },
      { id: 'g1', name: 'CĐCS 1', kind: 'grassroots-union', parent: 'd1' },
      { id: 'g2', name: 'CĐCS 2', kind: 'grassroots-union', parent: 'd1' },
      { id: 'd2', name: 'Quận 2', kind: 'district-federation', parent: 'city' },
      { id: 'g3', name: 'CĐCS 3', kind: 'grassroots-union', parent: 'd2' },
    ],
    qualityRatings: [
      { unit: 'd1', period: '2020', sector: 'state', evaluated: 100, strong: 88, ...(extra.scheme1 ? { scheme: extra.scheme1 } : {}) },
      { unit: 'g1', period: '2020', sector: 'state', evaluated: 55, strong: 50, ...(extra.scheme1 ? { scheme: extra.scheme1 } : {}) },
      { unit: 'g2', period: '2020', sector: 'state', evaluated: 45, strong: 38, ...(extra.scheme1 ? { scheme: extra.scheme1 } : {}) },
      { unit: 'g3', period: '2020', sector: 'state', evaluated: 30, strong: 30, ...(extra.scheme2 ? { scheme: extra.scheme2 } : {}) },
    ],
  }));
}

describe('classifyQuality rolls ratings up the tree, never counting a level twice', () => {
  it("a district's own figure wins over its grassroots unions': the city is 118/130, strong (not 206/230)", () => {
    const [state] = classifyQuality(tree(), { unit: 'city', period: '2020' });
    assert.deepEqual([state!.evaluated, state!.strong, state!.source], [130, 118, 'sum']);
    assert.deepEqual(state!.units, ['d1', 'g3']);
    assert.equal(state!.result!.pass, true, '118/130 = 90,8% is more than 90%');
  });
  it("a unit's own rating is used alone", () => {
    const [state] = classifyQuality(tree(), { unit: 'd1', period: '2020' });
    assert.deepEqual([state!.evaluated, state!.strong, state!.source, state!.units], [100, 88, 'reported', ['d1']]);
  });
  it('a share without counts is left out of a sum and named', () => {
    const d = parseDataset({
      ...tree(),
      qualityRatings: [
        ...tree().qualityRatings.filter((q) => q.unit !== 'g3'),
        { unit: 'g3', period: '2020', sector: 'state', share: 0.5 },
      ],
    });
    const [state] = classifyQuality(d, { unit: 'city', period: '2020' });
    assert.deepEqual([state!.evaluated, state!.strong, state!.units, state!.excluded], [100, 88, ['d1'], ['g3']]);
  });
  it('gives no share when the units below give only shares, several of them (no wrong ratio)', () => {
    const d = parseDataset(minimal({
      units: [{ id: 'p', name: 'P', kind: 'other' }, { id: 'a', name: 'A', kind: 'other', parent: 'p' }, { id: 'b', name: 'B', kind: 'other', parent: 'p' }],
      qualityRatings: [{ unit: 'a', period: '2020', sector: 'state', share: 0.95 }, { unit: 'b', period: '2020', sector: 'state', share: 0.5 }],
    }));
    assert.deepEqual(classifyQuality(d, { unit: 'p', period: '2020' }), []);
    assert.equal(classifyQuality(d, { unit: 'a', period: '2020' })[0]!.share, 0.95);
  });
});

describe('ratings of different schemes are never summed together', () => {
  it('without a scheme, mixed schemes give one result per scheme', () => {
    const q = classifyQuality(tree({ scheme1: 'vung-manh', scheme2: 'hoan-thanh-tot' }), { unit: 'city', period: '2020' });
    assert.deepEqual(q.map((s) => [s.sector.id, s.scheme, s.evaluated, s.strong]), [
      ['state', 'vung-manh', 100, 88],
      ['state', 'hoan-thanh-tot', 30, 30],
    ]);
  });
  it('with a scheme, only its ratings', () => {
    const q = classifyQuality(tree({ scheme1: 'vung-manh', scheme2: 'hoan-thanh-tot' }), { unit: 'city', period: '2020', scheme: 'hoan-thanh-tot' });
    assert.deepEqual(q.map((s) => [s.scheme, s.evaluated, s.units]), [['hoan-thanh-tot', 30, ['g3']]]);
  });
});
