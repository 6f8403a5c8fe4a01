import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPrinted } from '../src/index.js';
import { readPrinted } from '../src/helpers.js';
import { verdictOf } from '../src/printed.js';

describe('checkPrinted on the seed figures', () => {
  it('27/22 printed “122%” is truncated (122,7%)', () => {
    const r = checkPrinted(27, 22, '122%');
    assert.equal(r.verdict, 'truncated');
    assert.equal(r.printed, 122);
    assert.equal(r.digits, 0);
    assert.ok(Math.abs(r.computed! - 122.7272727) < 1e-6);
  });
  it('1438/1400 printed “102,7%” is rounded', () => {
    assert.equal(checkPrinted(1438, 1400, '102,7%').verdict, 'rounded');
  });
  it('1548/1400 printed “110,6%” is rounded', () => {
    assert.equal(checkPrinted(1548, 1400, '110,6%').verdict, 'rounded');
  });
  it('21/27 printed “87,5%” is a mismatch, computed 77,8%', () => {
    const r = checkPrinted(21, 27, '87,5%');
    assert.equal(r.verdict, 'mismatch');
    assert.equal(Math.round(r.computed! * 10) / 10, 77.8);
  });
  it('57/50 printed “114%” is exact although 57/50*100 is 113.99999… in floats', () => {
    assert.equal(checkPrinted(57, 50, '114%').verdict, 'exact');
  });
  it('reads “vượt 31%” as 131% and “vượt hơn 11,7%” as a lower bound', () => {
    assert.equal(checkPrinted(131, 100, 'vượt 31%').verdict, 'exact');
    const r = checkPrinted(1120, 1000, 'vượt hơn 11,7%');
    assert.equal(r.bound, 'more-than');
    assert.equal(r.verdict, 'exact');
    assert.equal(checkPrinted(1110, 1000, 'vượt hơn 11,7%').verdict, 'mismatch');
  });
  it('says unparseable for text that is not a percent', () => {
    assert.equal(checkPrinted(1, 2, 'khoảng một nửa').verdict, 'unparseable');
  });
});

describe('checkPrinted edge cases', () => {
  it('reads the forms the press uses', () => {
    assert.equal(checkPrinted(11429, 10000, 'đạt 114,29%').verdict, 'exact');
    assert.equal(checkPrinted(10057, 10000, '100.57%').verdict, 'exact');
    assert.equal(checkPrinted(122, 100, '122 phần trăm').verdict, 'exact');
    assert.equal(checkPrinted(1027, 1000, ' 102,7 % ').verdict, 'exact');
    assert.equal(checkPrinted(1027, 1000, '102,7% kế hoạch').verdict, 'exact');
  });
  it('tells rounded from truncated at the printed decimals', () => {
    // 126.225% exactly: half up gives 126,23 (floats would say 126.22).
    assert.equal(checkPrinted(126225, 100000, '126,23%').verdict, 'rounded');
    assert.equal(checkPrinted(126225, 100000, '126,22%').verdict, 'truncated');
    // 2/3 = 66,66…%: “66,7%” is rounded, “66,6%” truncated, “67%” rounded.
    assert.equal(checkPrinted(2, 3, '66,7%').verdict, 'rounded');
    assert.equal(checkPrinted(2, 3, '66,6%').verdict, 'truncated');
    assert.equal(checkPrinted(2, 3, '67%').verdict, 'rounded');
    // When truncation and rounding agree, it is rounded.
    assert.equal(checkPrinted(1438, 1400, '102,7%').verdict, 'rounded'); // 102,71…%: both give 102,7
    assert.equal(checkPrinted(1548, 1400, '110%').verdict, 'truncated'); // 110,57…%
  });
  it('reports the printed decimals and the computed value', () => {
    const r = checkPrinted(1548, 1400, '110,6%');
    assert.equal(r.digits, 1);
    assert.equal(r.printed, 110.6);
    assert.ok(Math.abs(r.computed! - 110.5714285714) < 1e-9);
    assert.equal(r.bound, 'exact');
  });
  it('is a mismatch without a target, with no computed value', () => {
    const r = checkPrinted(5, 0, '5%');
    assert.equal(r.verdict, 'mismatch');
    assert.equal(r.computed, null);
    assert.equal(r.printed, 5);
  });
  it('reads “trên 90%” as a strict lower bound: 91% meets it; 90% and 89,9% (which rounds to 90%) do not', () => {
    assert.equal(checkPrinted(91, 100, 'trên 90%').verdict, 'exact');
    assert.equal(checkPrinted(899, 1000, 'trên 90%').verdict, 'mismatch');
    assert.equal(checkPrinted(89, 100, 'trên 90%').verdict, 'mismatch');
  });
  it('says unparseable for empty text and negative percents, and still computes', () => {
    for (const text of ['', '-5%', '%', 'một trăm phần trăm']) {
      const r = checkPrinted(27, 22, text);
      assert.equal(r.verdict, 'unparseable', text);
      assert.equal(r.printed, null);
      assert.ok(r.computed! > 122.7);
    }
  });
});

describe('readPrinted and verdictOf', () => {
  it('reads the value exactly, its decimals and whether it is a bound', () => {
    assert.deepEqual(readPrinted('đạt 114,29%'), { value: { num: 11429n, den: 100n }, digits: 2, bound: 'exact' });
    assert.deepEqual(readPrinted('vượt 31%'), { value: { num: 131n, den: 1n }, digits: 0, bound: 'exact' });
    assert.deepEqual(readPrinted('vượt hơn 11,7%'), { value: { num: 1117n, den: 10n }, digits: 1, bound: 'more-than' });
    assert.deepEqual(readPrinted('Trên 90%'), { value: { num: 90n, den: 1n }, digits: 0, bound: 'more-than' });
    assert.deepEqual(readPrinted('50% trở lên'), { value: { num: 50n, den: 1n }, digits: 0, bound: 'at-least' });
    assert.equal(readPrinted('khoảng một nửa'), null);
  });
  it('gives a verdict for an exact fraction against a reading', () => {
    const read = readPrinted('122%')!;
    assert.equal(verdictOf({ num: 2700n, den: 22n }, read), 'truncated');
    assert.equal(verdictOf({ num: 122n, den: 1n }, read), 'exact');
    assert.equal(verdictOf({ num: 2435n, den: 20n }, read), 'rounded'); // 121,75
    assert.equal(verdictOf({ num: 130n, den: 1n }, read), 'mismatch');
  });
});
