import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPrinted, formatAttainment, formatDate, formatNumber, formatPercent, parseNumberVi, TiendoError } from '../src/index.js';

describe('formatNumber', () => {
  it('writes counts the Vietnamese way by default, the English way on request', () => {
    assert.equal(formatNumber(1548), '1.548');
    assert.equal(formatNumber(11975), '11.975');
    assert.equal(formatNumber(1548, { locale: 'en' }), '1,548');
    assert.equal(formatNumber(27), '27');
  });
  it('writes decimals with a comma in vi, at most 2 by default, trailing zeros dropped', () => {
    assert.equal(formatNumber(11975.5), '11.975,5');
    assert.equal(formatNumber(11975.5, { locale: 'en' }), '11,975.5');
    assert.equal(formatNumber(2.5), '2,5');
    assert.equal(formatNumber(1 / 3), '0,33');
    assert.equal(formatNumber(1 / 3, { maximumFractionDigits: 0 }), '0');
  });
  it('writes zero and negative numbers', () => {
    assert.equal(formatNumber(0), '0');
    assert.equal(formatNumber(-1548), '-1.548');
  });
  it('throws a TiendoError for NaN and infinities rather than printing them', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      assert.throws(() => formatNumber(bad), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-number');
    }
  });
});

describe('formatPercent', () => {
  it('writes a ratio as a percent with one decimal by default: vi “102,7%”, en “102.7%”', () => {
    assert.equal(formatPercent(1.027), '102,7%');
    assert.equal(formatPercent(1.027, { locale: 'en' }), '102.7%');
    assert.equal(formatPercent(1), '100,0%');
    assert.equal(formatPercent(0), '0,0%');
  });
  it('takes the number of decimals, always shown', () => {
    assert.equal(formatPercent(0.9, { digits: 0 }), '90%');
    assert.equal(formatPercent(1.1429, { digits: 2 }), '114,29%');
    assert.equal(formatPercent(1.1, { digits: 2, locale: 'en' }), '110.00%');
  });
  it('rounds half up on the decimal value, not on the binary double (1.26225 → 126,23%)', () => {
    // (126.225).toFixed(2) is "126.22": the double is a hair below.
    assert.equal((126.225).toFixed(2), '126.22');
    assert.equal(formatPercent(1.26225, { digits: 2 }), '126,23%');
    assert.equal(formatPercent(0.1005, { digits: 1 }), '10,1%');
  });
  it('groups thousands of large percents', () => {
    assert.equal(formatPercent(12.3456), '1.234,6%');
    assert.equal(formatPercent(12.3456, { locale: 'en' }), '1,234.6%');
  });
  it('throws for NaN and infinities', () => {
    assert.throws(() => formatPercent(Number.NaN), TiendoError);
    assert.throws(() => formatPercent(Infinity), TiendoError);
  });
});

describe('formatAttainment', () => {
  it('computes actual ÷ target exactly and writes it: 27/22 → 122,7%, 21/27 → 77,8%, 1548/1400 → 110,6%', () => {
    assert.equal(formatAttainment(27, 22), '122,7%');
    assert.equal(formatAttainment(21, 27), '77,8%');
    assert.equal(formatAttainment(1548, 1400), '110,6%');
    assert.equal(formatAttainment(1438, 1400), '102,7%');
    assert.equal(formatAttainment(1438, 1400, { locale: 'en' }), '102.7%');
    assert.equal(formatAttainment(27, 22, { digits: 2 }), '122,73%');
  });
  it('rounds the exact quotient: 57/50 is 114,0% although 57/50*100 is 113.99999… in floats', () => {
    assert.equal(formatAttainment(57, 50), '114,0%');
    assert.equal(formatAttainment(57, 50, { digits: 0 }), '114%');
  });
  it('returns null when there is no target (0), never Infinity', () => {
    assert.equal(formatAttainment(5, 0), null);
    assert.equal(formatAttainment(0, 0), null);
  });
  it('throws for non-finite input', () => {
    assert.throws(() => formatAttainment(Number.NaN, 1), TiendoError);
    assert.throws(() => formatAttainment(1, Infinity), TiendoError);
  });
});

describe('parseNumberVi', () => {
  it('reads numbers as Vietnamese papers print them', () => {
    assert.equal(parseNumberVi('1.548'), 1548);
    assert.equal(parseNumberVi('1.400'), 1400);
    assert.equal(parseNumberVi('110,6%'), 110.6);
    assert.equal(parseNumberVi('102,7 %'), 102.7);
    assert.equal(parseNumberVi('02'), 2);
    assert.equal(parseNumberVi('11 975'), 11975);
    assert.equal(parseNumberVi('11\u00a0975'), 11975);
    assert.equal(parseNumberVi('1.234.567,8'), 1234567.8);
    assert.equal(parseNumberVi('  27 '), 27);
    assert.equal(parseNumberVi('-5'), -5);
  });
  it('takes a dot as a decimal point only where it cannot group thousands', () => {
    assert.equal(parseNumberVi('100.57'), 100.57);
    assert.equal(parseNumberVi('1.5'), 1.5);
    assert.equal(parseNumberVi('1.500'), 1500);
  });
  it('never reads a thousands group after a lone 0 or a leading zero: 0.123 is 0,123', () => {
    assert.equal(parseNumberVi('0.123'), 0.123);
    assert.equal(parseNumberVi('0.125%'), 0.125);
    assert.equal(parseNumberVi('00.125'), 0.125);
    assert.throws(() => parseNumberVi('0.125,5'), TiendoError);
    assert.throws(() => parseNumberVi('0 125'), TiendoError);
    assert.equal(checkPrinted(1, 800, '0.125%').verdict, 'exact');
  });
  it('throws a TiendoError (invalid-number) for text that is not a number', () => {
    for (const bad of ['', 'abc', '1,2,3', '12.345.6', '1.548,', 'NaN', '%']) {
      assert.throws(() => parseNumberVi(bad), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-number', bad);
    }
    assert.throws(() => parseNumberVi(42 as unknown as string), TiendoError);
  });
  it('round-trips what formatNumber and formatPercent write', () => {
    for (const n of [0, 7, 1548, 11975, 1234567, 2.5, 11975.25]) assert.equal(parseNumberVi(formatNumber(n)), n);
    assert.equal(parseNumberVi(formatPercent(1.027)), 102.7);
    assert.equal(parseNumberVi(formatAttainment(1548, 1400)!), 110.6);
  });
});

describe('formatDate', () => {
  it('writes day and month with two digits, as the press does: 02/01/2018 (en 02 Jan 2018)', () => {
    assert.equal(formatDate('2018-01-02'), '02/01/2018');
    assert.equal(formatDate('2026-11-23', 'vi'), '23/11/2026');
    assert.equal(formatDate('2018-01-02', 'en'), '02 Jan 2018');
    assert.equal(formatDate('not a date'), 'not a date');
  });
});
