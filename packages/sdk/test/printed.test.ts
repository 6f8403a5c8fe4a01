import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPrinted } from '../src/index.js';

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
    assert.equal(r.bound, 'at-least');
    assert.equal(r.verdict, 'exact');
    assert.equal(checkPrinted(1110, 1000, 'vượt hơn 11,7%').verdict, 'mismatch');
  });
  it('says unparseable for text that is not a percent', () => {
    assert.equal(checkPrinted(1, 2, 'khoảng một nửa').verdict, 'unparseable');
  });
});
