import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classify, describeProgress, describeThreshold, describeThresholdRule, localize, pace, progressStatus, STATUS_TEXT,
} from '../src/index.js';
import { sampleDataset } from '../src/sample.js';

const cdcs = sampleDataset.metrics.find((m) => m.id === 'grassroots-unions')!;
const members = sampleDataset.metrics.find((m) => m.id === 'members')!;

describe('progressStatus', () => {
  it('is exceeded over 100%, whatever the date', () => {
    assert.equal(progressStatus(27, 22), 'exceeded');
    const p = pace({ actual: 27, target: 22, start: '2017-01-01', end: '2017-12-31', asOf: '2017-10-31' });
    assert.equal(progressStatus(27, 22, p), 'exceeded');
  });
  it('is met at exactly 100%, met-early before the period ends', () => {
    assert.equal(progressStatus(22, 22), 'met');
    assert.equal(progressStatus(22, 22, pace({ actual: 22, target: 22, start: '2017-01-01', end: '2017-12-31', asOf: '2017-10-31' })), 'met-early');
    assert.equal(progressStatus(22, 22, pace({ actual: 22, target: 22, start: '2017-01-01', end: '2017-12-31' })), 'met');
  });
  it('follows the pace during the period: Hoàn Kiếm’s 21 of 27 by 30 June is ahead of the straight line', () => {
    const p = pace({ actual: 21, target: 27, start: '2021-01-01', end: '2021-12-31', asOf: '2021-06-30' });
    assert.equal(progressStatus(21, 27, p), 'ahead');
    assert.equal(progressStatus(5, 27, pace({ actual: 5, target: 27, start: '2021-01-01', end: '2021-12-31', asOf: '2021-06-30' })), 'behind');
  });
  it('is not-met when the period is over, or without dates', () => {
    assert.equal(progressStatus(21, 27), 'not-met');
    assert.equal(progressStatus(21, 27, pace({ actual: 21, target: 27, start: '2021-01-01', end: '2021-12-31' })), 'not-met');
  });
  it('is no-target without a target or with 0', () => {
    assert.equal(progressStatus(21, null), 'no-target');
    assert.equal(progressStatus(21, 0), 'no-target');
  });
  it('has words for every status in both locales', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const s of ['exceeded', 'met-early', 'met', 'ahead', 'on-pace', 'behind', 'not-met', 'no-target'] as const) {
        assert.ok(STATUS_TEXT[locale][s].length > 0);
      }
    }
    assert.equal(STATUS_TEXT.vi['met-early'], 'cán đích sớm');
  });
});

describe('describeProgress', () => {
  it('says it all in one Vietnamese sentence by default', () => {
    assert.equal(
      describeProgress({ unitName: 'Quận Hoàng Mai', metric: cdcs, actual: 27, target: 22, status: progressStatus(27, 22) }),
      'Quận Hoàng Mai thành lập 27/22 CĐCS, đạt 122,7% kế hoạch, vượt chỉ tiêu.',
    );
    assert.equal(
      describeProgress({ unitName: 'Quận Hoàn Kiếm', metric: members, actual: 1548, target: 1400, status: 'exceeded' }),
      'Quận Hoàn Kiếm kết nạp 1.548/1.400 đoàn viên, đạt 110,6% kế hoạch, vượt chỉ tiêu.',
    );
  });
  it('and in English', () => {
    assert.equal(
      describeProgress({ unitName: 'Quận Hoàng Mai', metric: cdcs, actual: 27, target: 22, status: 'exceeded', locale: 'en' }),
      'Quận Hoàng Mai founded 27 of 22 grassroots unions planned, 122.7% of target: target exceeded.',
    );
    assert.equal(
      describeProgress({ unitName: 'Quận Hoàn Kiếm', metric: members, actual: 1548, target: 1400, status: 'exceeded', locale: 'en' }),
      'Quận Hoàn Kiếm admitted 1,548 of 1,400 members planned, 110.6% of target: target exceeded.',
    );
  });
  it('leaves the percent out without a target', () => {
    assert.equal(
      describeProgress({ unitName: 'Tỉnh Quảng Trị', metric: members, actual: 11975, target: null, status: 'no-target' }),
      'Tỉnh Quảng Trị kết nạp 11.975 đoàn viên, chưa có chỉ tiêu.',
    );
    assert.equal(
      describeProgress({ unitName: 'Tỉnh Quảng Trị', metric: members, actual: 11975, target: 0, status: 'no-target', locale: 'en' }),
      'Tỉnh Quảng Trị admitted 11,975 members; no target.',
    );
  });
  it('uses “đạt” / “reached” for a metric without a verb', () => {
    const metric = { noun: { vi: 'điểm' }, labels: { vi: 'Điểm' } };
    assert.equal(describeProgress({ unitName: 'A', metric, actual: 5, target: 10, status: 'behind' }), 'A đạt 5/10 điểm, đạt 50,0% kế hoạch, chậm tiến độ.');
    assert.equal(describeProgress({ unitName: 'A', metric, actual: 5, target: 10, status: 'behind', locale: 'en' }), 'A reached 5 of 10 điểm planned, 50.0% of target: behind pace.');
  });
});

describe('describeThreshold and describeThresholdRule', () => {
  it('writes the comparison in words, never colour alone', () => {
    assert.equal(describeThreshold(classify(0.92, { share: 0.9, comparison: 'strict' })), 'Đạt: 92,0%, trên mức 90%');
    assert.equal(describeThreshold(classify(0.9, { share: 0.9, comparison: 'strict' })), 'Không đạt: 90,0%, chưa trên mức 90%');
    assert.equal(describeThreshold(classify(0.5, { share: 0.5, comparison: 'inclusive' }), 'en'), 'Met: 50.0%, at or above 50%');
    assert.equal(describeThreshold(classify(0.45, { share: 0.5, comparison: 'inclusive' }), 'en'), 'Not met: 45.0%, below 50%');
    assert.equal(describeThreshold(classify(0.9, { share: 0.875, comparison: 'inclusive' })), 'Đạt: 90,0%, từ mức 87,5% trở lên');
  });
  it('says the rule as readers do', () => {
    assert.equal(describeThresholdRule({ share: 0.9, comparison: 'strict' }), 'trên 90%');
    assert.equal(describeThresholdRule({ share: 0.5, comparison: 'inclusive' }), '50% trở lên');
    assert.equal(describeThresholdRule({ share: 0.9, comparison: 'strict' }, 'en'), 'more than 90%');
    assert.equal(describeThresholdRule({ share: 0.5, comparison: 'inclusive' }, 'en'), '50% or more');
  });
});

describe('localize', () => {
  it('picks the locale’s text, falling back to Vietnamese, and is empty for nothing', () => {
    assert.equal(localize({ vi: 'Năm 2017', en: '2017' }, 'en'), '2017');
    assert.equal(localize({ vi: 'Năm 2017', en: '2017' }, 'vi'), 'Năm 2017');
    assert.equal(localize({ vi: 'Năm 2017' }, 'en'), 'Năm 2017');
    assert.equal(localize(undefined, 'vi'), '');
  });
});
