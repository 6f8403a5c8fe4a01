import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pace, TiendoError } from '../src/index.js';

const YEAR_2017 = { start: '2017-01-01', end: '2017-12-31' };
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

describe('pace', () => {
  it('counts elapsed whole days with asOf included: 31 October is day 304 of 365', () => {
    const p = pace({ actual: 1438, target: 1400, ...YEAR_2017, asOf: '2017-10-31' });
    close(p.elapsed, 304 / 365);
    close(p.expected, (1400 * 304) / 365);
    close(p.projection, 1438 / (304 / 365));
    assert.equal(p.remaining, 0);
    close(p.attainment!, 1438 / 1400);
  });
  it('says achieved early when the target is reached before the period ends (“cán đích sớm”)', () => {
    const p = pace({ actual: 1548, target: 1400, start: '2021-01-01', end: '2021-12-31', asOf: '2021-06-30' });
    assert.equal(p.status, 'achieved');
    assert.equal(p.early, true);
  });
  it('says achieved, not early, when the target is reached on the last day', () => {
    const p = pace({ actual: 22, target: 22, ...YEAR_2017 });
    assert.deepEqual([p.status, p.early, p.elapsed, p.remaining], ['achieved', false, 1, 0]);
  });
  it('says ahead, on pace or behind against the straight line, with a ±5% band by default', () => {
    // Half-way through a 10-day period, 50 of 100 is expected.
    const at = { target: 100, start: '2020-01-01', end: '2020-01-10', asOf: '2020-01-05' };
    assert.equal(pace({ ...at, actual: 53 }).status, 'ahead');
    assert.equal(pace({ ...at, actual: 52.5 }).status, 'on-pace');
    assert.equal(pace({ ...at, actual: 50 }).status, 'on-pace');
    assert.equal(pace({ ...at, actual: 47.5 }).status, 'on-pace');
    assert.equal(pace({ ...at, actual: 47 }).status, 'behind');
    assert.equal(pace({ ...at, actual: 47, tolerance: 0.1 }).status, 'on-pace');
    assert.equal(pace({ ...at, actual: 21 }).remaining, 79);
    assert.equal(pace({ ...at, actual: 21 }).projection, 42);
  });
  it('Hoàn Kiếm founded 21 of 27 grassroots unions by mid-year: ahead of the straight line but 6 remain', () => {
    const p = pace({ actual: 21, target: 27, start: '2021-01-01', end: '2021-12-31', asOf: '2021-06-30' });
    assert.equal(p.status, 'ahead');
    assert.equal(p.remaining, 6);
    assert.equal(p.early, false);
  });
  it('defaults asOf to the period end and behind at the end means the target was missed', () => {
    const p = pace({ actual: 10, target: 22, ...YEAR_2017 });
    assert.deepEqual([p.elapsed, p.status, p.remaining], [1, 'behind', 12]);
  });
  it('accepts Date objects (their UTC day)', () => {
    const p = pace({ actual: 1, target: 2, start: new Date(Date.UTC(2017, 0, 1)), end: new Date(Date.UTC(2017, 11, 31)), asOf: new Date(Date.UTC(2017, 9, 31, 23, 59)) });
    close(p.elapsed, 304 / 365);
  });
  it('has no attainment without a target, and nothing is then expected', () => {
    const p = pace({ actual: 5, target: 0, ...YEAR_2017, asOf: '2017-06-30' });
    assert.deepEqual([p.attainment, p.status, p.expected], [null, 'achieved', 0]);
  });
  it('throws a TiendoError for bad numbers and dates', () => {
    const bad: [Parameters<typeof pace>[0], string][] = [
      [{ actual: -1, target: 1, ...YEAR_2017 }, 'invalid-number'],
      [{ actual: 1, target: Number.NaN, ...YEAR_2017 }, 'invalid-number'],
      [{ actual: 1, target: 1, tolerance: Infinity, ...YEAR_2017 }, 'invalid-number'],
      [{ actual: 1, target: 1, start: '2017-12-31', end: '2017-01-01' }, 'period-order'],
      [{ actual: 1, target: 1, ...YEAR_2017, asOf: '2018-01-01' }, 'as-of-outside-period'],
      [{ actual: 1, target: 1, ...YEAR_2017, asOf: '2016-12-31' }, 'as-of-outside-period'],
      [{ actual: 1, target: 1, start: '2017-02-30', end: '2017-12-31' }, 'invalid-date'],
      [{ actual: 1, target: 1, start: '1/1/2017', end: '2017-12-31' }, 'invalid-date'],
    ];
    for (const [input, code] of bad) {
      assert.throws(() => pace(input), (e: unknown) => e instanceof TiendoError && e.code === code, JSON.stringify(input));
    }
  });
});
