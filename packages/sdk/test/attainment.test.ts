import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attainment, TiendoError } from '../src/index.js';

describe('attainment', () => {
  it('is actual ÷ target', () => {
    assert.equal(attainment(1548, 1400), 1548 / 1400);
    assert.equal(attainment(27, 22), 27 / 22);
    assert.equal(attainment(0, 5), 0);
  });
  it('is null, not Infinity, when the target is 0 (“no target”)', () => {
    assert.equal(attainment(27, 0), null);
    assert.equal(attainment(0, 0), null);
  });
  it('throws a TiendoError naming the bad input on negative, NaN or infinite numbers', () => {
    const cases: [number, number, string, RegExp][] = [
      [-1, 10, 'actual', /actual: expected a number ≥ 0, received -1/],
      [1, -10, 'target', /target: expected a number ≥ 0, received -10/],
      [Number.NaN, 10, 'actual', /actual: expected a number, received NaN/],
      [1, Number.NaN, 'target', /target: expected a number, received NaN/],
      [Infinity, 10, 'actual', /actual: expected a finite number, received Infinity/],
      [1, Infinity, 'target', /target: expected a finite number, received Infinity/],
    ];
    for (const [a, t, path, message] of cases) {
      assert.throws(() => attainment(a, t), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-number' && e.path === path && message.test(e.message));
    }
  });
});
