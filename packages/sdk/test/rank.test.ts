import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameComparator, rank } from '../src/index.js';
import { collator } from '../src/helpers.js';

type Row = { name: string; v: number | null | undefined };
const rows = (...xs: [string, number | null | undefined][]): Row[] => xs.map(([name, v]) => ({ name, v }));
const by = (r: Row) => r.v;

describe('rank', () => {
  it('gives competition ranks 1, 2, 2, 4 by default, highest first', () => {
    const r = rank(rows(['A', 1], ['B', 3], ['C', 2], ['D', 2]), { by });
    assert.deepEqual(r.map((x) => [x.name, x.rank, x.tied]), [['B', 1, false], ['C', 2, true], ['D', 2, true], ['A', 4, false]]);
  });
  it('gives dense ranks 1, 2, 2, 3', () => {
    const r = rank(rows(['A', 1], ['B', 3], ['C', 2], ['D', 2]), { by, method: 'dense' });
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 2, 3]);
  });
  it('orders ascending when asked', () => {
    assert.deepEqual(rank(rows(['A', 1], ['B', 3], ['C', 2]), { by, order: 'asc' }).map((x) => x.name), ['A', 'C', 'B']);
  });
  it('orders tied names by Vietnamese collation: Ba Đình < Cầu Giấy < Đống Đa < Hà Đông', () => {
    const names = ['Hà Đông', 'Đống Đa', 'Cầu Giấy', 'Ba Đình'];
    const r = rank(names.map((name) => ({ name, v: 1.2 })), { by });
    assert.deepEqual(r.map((x) => x.name), ['Ba Đình', 'Cầu Giấy', 'Đống Đa', 'Hà Đông']);
    assert.ok(r.every((x) => x.rank === 1 && x.tied));
    // Code-point order would put “Đ” after “H”: the collation is what makes this right.
    assert.deepEqual([...names].sort(), ['Ba Đình', 'Cầu Giấy', 'Hà Đông', 'Đống Đa']);
  });
  it('uses the collation of the locale asked for (vi: ă before â; en: â a before ă b)', () => {
    const items = rows(['âa', 1], ['ăb', 1]);
    assert.deepEqual(rank(items, { by }).map((x) => x.name), ['ăb', 'âa']);
    assert.deepEqual(rank(items, { by, locale: 'en' }).map((x) => x.name), ['âa', 'ăb']);
  });
  it('is stable: equal values and equal names keep their input order', () => {
    const items = [{ name: 'X', v: 1, id: 1 }, { name: 'X', v: 1, id: 2 }, { name: 'X', v: 1, id: 3 }];
    assert.deepEqual(rank(items, { by }).map((x) => x.id), [1, 2, 3]);
    assert.deepEqual(rank([...items].reverse(), { by }).map((x) => x.id), [3, 2, 1]);
  });
  it('puts items without a value last, unranked, ordered by name', () => {
    const r = rank(rows(['Hà Đông', null], ['B', Number.NaN], ['Ba Đình', undefined], ['C', 0]), { by });
    assert.deepEqual(r.map((x) => [x.name, x.rank, x.tied]), [['C', 1, false], ['B', null, false], ['Ba Đình', null, false], ['Hà Đông', null, false]]);
  });
  it('ranks 0 and -0 as one value', () => {
    assert.deepEqual(rank(rows(['A', 0], ['B', -0]), { by }).map((x) => [x.rank, x.tied]), [[1, true], [1, true]]);
  });
  it('uses a name function when items have no name', () => {
    const items = [{ unit: { name: 'Hà Đông' }, a: 1 }, { unit: { name: 'Ba Đình' }, a: 1 }];
    assert.deepEqual(rank(items, { by: (x) => x.a, name: (x) => x.unit.name }).map((x) => x.unit.name), ['Ba Đình', 'Hà Đông']);
  });
  it('returns copies with rank and tied, leaving the input alone', () => {
    const items = rows(['A', 2], ['B', 1]);
    const before = structuredClone(items);
    const r = rank(items, { by });
    assert.deepEqual(items, before);
    assert.notEqual(r[0], items[0]);
    assert.deepEqual(r[0], { name: 'A', v: 2, rank: 1, tied: false });
    assert.deepEqual(rank([], { by }), []);
  });
  it('overrides a rank the items already carry', () => {
    assert.deepEqual(rank([{ name: 'A', v: 1, rank: 99 }], { by }).map((x) => x.rank), [1]);
  });
});

describe('collator', () => {
  it('is a cached Vietnamese Intl.Collator by default', () => {
    assert.equal(collator(), collator('vi'));
    assert.equal(collator().resolvedOptions().locale, 'vi');
    assert.ok(collator().compare('Dương', 'Đống') < 0);
    assert.notEqual(collator('en'), collator('vi'));
  });
});

describe('rank orders tied names numerically', () => {
  it('Phường 2 before Phường 10; a leading zero goes to the collator (2 vs 01)', () => {
    const r = rank([{ name: 'Phường 10', v: 1 }, { name: 'Phường 2', v: 1 }, { name: 'Phường 1', v: 1 }], { by: (x) => x.v });
    assert.deepEqual(r.map((x) => x.name), ['Phường 1', 'Phường 2', 'Phường 10']);
    const c = new Intl.Collator('vi', { numeric: true }).compare;
    assert.equal(Math.sign(nameComparator()('2', '01')), Math.sign(c('2', '01')));
  });
});
