import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPrinted, TiendoError } from '../src/index.js';
import { readPrinted } from '../src/helpers.js';
import { PRINTED_FORMS } from '../src/printed-forms.js';

describe('the wordings around a printed percent (one table)', () => {
  // Each press form, the figures it was printed for, and what a reader must get.
  const cases: [text: string, actual: number, target: number, printed: number, bound: string, verdict: string][] = [
    ['đạt tỷ lệ 113,9%', 14804, 13000, 113.9, 'exact', 'rounded'],
    ['đạt tỉ lệ 113,9%', 14804, 13000, 113.9, 'exact', 'rounded'],
    ['tương đương 110,6%', 1548, 1400, 110.6, 'exact', 'rounded'],
    ['tương đương với 110,6%', 1548, 1400, 110.6, 'exact', 'rounded'],
    ['bằng 102,7%', 1438, 1400, 102.7, 'exact', 'rounded'],
    ['(đạt 150% kế hoạch)', 30, 20, 150, 'exact', 'exact'],
    ['đạt 147% so với chỉ tiêu', 147, 100, 147, 'exact', 'exact'],
    ['đạt 121% chỉ tiêu', 121, 100, 121, 'exact', 'exact'],
    ['đạt 87,5% kế hoạch năm', 21, 27, 87.5, 'exact', 'mismatch'],
    ['vượt 31%', 131, 100, 131, 'exact', 'exact'],
    ['vượt hơn 11,7% kế hoạch năm', 1120, 1000, 111.7, 'more-than', 'exact'],
    ['vượt trên 10%', 111, 100, 110, 'more-than', 'exact'],
    ['trên 90%', 91, 100, 90, 'more-than', 'exact'],
    ['hơn 90%', 9, 10, 90, 'more-than', 'mismatch'],
    ['90% trở lên', 9, 10, 90, 'at-least', 'exact'],
    ['50% trở lên', 49, 100, 50, 'at-least', 'mismatch'],
    ['ít nhất 50%', 1, 2, 50, 'at-least', 'exact'],
    ['đạt tỷ lệ trên 90%', 46, 50, 90, 'more-than', 'exact'],
  ];
  for (const [text, actual, target, printed, bound, verdict] of cases) {
    it(`“${text}” for ${actual}/${target}: ${bound}, ${verdict}`, () => {
      const r = checkPrinted(actual, target, text);
      assert.equal(r.printed, printed);
      assert.equal(r.bound, bound);
      assert.equal(r.verdict, verdict);
    });
  }
  it('every wording of the table is read around a percent, before or after it', () => {
    for (const f of PRINTED_FORMS) {
      const text = f.at === 'before' ? `${f.words} 40%` : `40% ${f.words}`;
      const read = readPrinted(text);
      assert.ok(read, text);
      const expected = f.role === 'excess' || f.role === 'excess-more-than' ? 140n : 40n;
      assert.equal(read.value.num / read.value.den, expected, text);
      const bound = f.role === 'more-than' || f.role === 'excess-more-than' ? 'more-than' : f.role === 'at-least' ? 'at-least' : 'exact';
      assert.equal(read.bound, bound, text);
    }
  });
  it('reads capitals, non-breaking spaces and a closing comma', () => {
    assert.equal(readPrinted('Đạt\u00a0tỷ lệ 113,9%,')?.digits, 1);
    assert.equal(readPrinted('TRÊN 90 %')?.bound, 'more-than');
  });
  it('does not read two bounds at once, or a percent of another comparison', () => {
    assert.equal(checkPrinted(9, 10, 'trên 90% trở lên').verdict, 'unparseable');
    assert.equal(checkPrinted(9, 10, 'tăng 5% so với cùng kỳ').verdict, 'unparseable');
  });
});

describe('strict and inclusive bounds', () => {
  it('“trên X%”, “hơn X%” and “vượt hơn X%” are not met by exactly X', () => {
    assert.equal(checkPrinted(9, 10, 'trên 90%').verdict, 'mismatch');
    assert.equal(checkPrinted(9, 10, 'hơn 90%').verdict, 'mismatch');
    assert.equal(checkPrinted(1117, 1000, 'vượt hơn 11,7%').verdict, 'mismatch');
    assert.equal(checkPrinted(11171, 10000, 'vượt hơn 11,7%').verdict, 'exact');
  });
  it('“X% trở lên” is met by exactly X', () => {
    assert.equal(checkPrinted(9, 10, '90% trở lên').verdict, 'exact');
  });
});

describe('checkPrinted rejects impossible figures, as attainment does', () => {
  for (const [actual, target] of [[-1, 10], [1, -10], [Number.NaN, 10], [1, Number.NaN], [Infinity, 10], [1, -Infinity]]) {
    it(`throws on ${actual}/${target}, naming the input`, () => {
      assert.throws(() => checkPrinted(actual!, target!, '10%'), (e: unknown) => e instanceof TiendoError && e.code === 'invalid-number' && /actual|target/.test(e.path));
    });
  }
});
