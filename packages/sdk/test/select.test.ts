import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDataset, TiendoError } from '../src/index.js';
import { actualDate, childrenIndex, descendants, findActual, findTarget } from '../src/helpers.js';
import { dayNumber, isoDate } from '../src/dates.js';
import { sampleDataset } from '../src/sample.js';
import { minimal } from './helpers.js';

const d = parseDataset(minimal({
  units: [
    { id: 'city', name: 'City', kind: 'city-federation' },
    { id: 'd1', name: 'D1', kind: 'district-federation', parent: 'city' },
    { id: 'g1', name: 'G1', kind: 'grassroots-union', parent: 'd1' },
    { id: 'd2', name: 'D2', kind: 'district-federation', parent: 'city' },
    { id: 'lone', name: 'Lone', kind: 'other' },
  ],
  targets: [{ unit: 'd1', metric: 'members', period: '2020', value: 100 }],
  actuals: [
    { unit: 'd1', metric: 'members', period: '2020', value: 30, asOf: '2020-03-31' },
    { unit: 'd1', metric: 'members', period: '2020', value: 80 },
    { unit: 'd1', metric: 'members', period: '2020', value: 60, asOf: '2020-06-30' },
  ],
}));

describe('childrenIndex and descendants', () => {
  it('lists the children of every unit in document order, roots under ""', () => {
    const index = childrenIndex(d);
    assert.deepEqual(index.get('')!.map((u) => u.id), ['city', 'lone']);
    assert.deepEqual(index.get('city')!.map((u) => u.id), ['d1', 'd2']);
    assert.equal(index.get('g1'), undefined);
  });
  it('walks every unit below a unit, depth first, not itself', () => {
    assert.deepEqual(descendants(d, 'city').map((u) => u.id), ['d1', 'g1', 'd2']);
    assert.deepEqual(descendants(d, 'g1'), []);
    assert.deepEqual(descendants(d, 'unknown'), []);
    assert.equal(descendants(sampleDataset, 'ha-noi').length, 30);
  });
});

describe('findTarget and findActual', () => {
  it('finds a target with its index, or undefined', () => {
    assert.deepEqual(findTarget(d, 'd1', 'members', '2020'), { target: d.targets[0], index: 0 });
    assert.equal(findTarget(d, 'd2', 'members', '2020'), undefined);
  });
  it('finds the latest actual, a missing asOf counting as the period end', () => {
    assert.equal(findActual(d, 'd1', 'members', '2020')!.index, 1);
    assert.equal(findActual(d, 'd1', 'members', '2020', '2020-07-01')!.actual.value, 60);
    assert.equal(findActual(d, 'd1', 'members', '2020', '2020-03-31')!.actual.value, 30);
    assert.equal(findActual(d, 'd1', 'members', '2020', '2020-01-31'), undefined);
    assert.equal(findActual(d, 'd2', 'members', '2020'), undefined);
  });
  it('finds the seed figures of the sample', () => {
    assert.equal(findActual(sampleDataset, 'hoan-kiem', 'members', '2021')!.actual.value, 1548);
    assert.equal(findTarget(sampleDataset, 'hoan-kiem', 'grassroots-unions', '2021')!.target.value, 27);
  });
  it('dates an actual at its asOf or its period end', () => {
    assert.equal(actualDate(d, d.actuals[0]!), '2020-03-31');
    assert.equal(actualDate(d, d.actuals[1]!), '2020-12-31');
  });
});

describe('dates', () => {
  it('counts whole UTC days, whatever the time zone', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2021-12-31') - dayNumber('2021-01-01'), 364);
    assert.equal(dayNumber('2020-03-01') - dayNumber('2020-02-28'), 2);
    assert.equal(dayNumber(new Date(Date.UTC(2021, 5, 30, 23, 59))), dayNumber('2021-06-30'));
    assert.equal(isoDate(dayNumber('2017-10-31')), '2017-10-31');
  });
  it('throws a TiendoError for impossible or malformed dates', () => {
    for (const bad of ['2017-02-29', '2017-13-01', '31/10/2017', '2017-1-1', '']) {
      assert.throws(() => dayNumber(bad), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-date', bad);
    }
    assert.throws(() => dayNumber(new Date(Number.NaN)), TiendoError);
  });
});
