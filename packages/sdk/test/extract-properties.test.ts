/** Properties of extractFigures (fast-check): offsets point at the quote, determinism, unrelated sentences change nothing. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractFigures, parseDataset } from '../src/index.js';

const FIGURES = [
  'Năm 2017, LĐLĐ quận Hoàng Mai đã thành lập được 27/22 CĐCS đạt 122% và kết nạp 1438/1400 đoàn viên đạt 102,7% chỉ tiêu được giao.',
  '6 tháng đầu năm 2021, Liên đoàn Lao động quận Hoàn Kiếm đã thành lập được 21/27 Công đoàn cơ sở đạt 87,5% kế hoạch năm, kết nạp 1.548/1.400 đoàn viên đạt 110,6% kế hoạch năm.',
  'Trong giai đoạn 2018 - 2023, LĐLĐ tỉnh Quảng Trị đã kết nạp mới 11.975 đoàn viên, đạt 121% chỉ tiêu đề ra, thành lập mới 138 CĐCS.',
  'Năm 2019, LĐLĐ huyện Sóc Sơn thành lập 23 CĐCS, tăng 1 CĐCS so với chỉ tiêu.',
];
const UNRELATED = [
  'Trận đấu diễn ra vào lúc 22h30 ngày 20/4 trong khuôn khổ vòng 33 giải Premier League 2024/25.',
  'Thực hiện Nghị định 98/2014/NĐ-CP ngày 24/10/2014 của Chính phủ.',
  'Hà Nội đầu tư xây dựng tuyến đường nối Quốc lộ 32 với tỉnh lộ 413.',
  'Thời tiết hôm nay có mưa rào ở nhiều nơi.',
  'Bà Lưu Thị Thanh Huyền cho biết như vậy.',
  'Phường này hình thành từ 5 quận của Hà Nội.',
];
const RUNS = { numRuns: 150 };
const core = (text: string) => extractFigures(text).figures.map(({ metric, actual, target, printed, verdict, unitName, noun }) => ({ metric, actual, target, printed, verdict, unitName, noun }));

describe('extractFigures (properties)', () => {
  it('every figure, target and threshold quotes text.slice(start, end), for any text', () => {
    const words = fc.constantFrom(...FIGURES, ...UNRELATED, 'kết nạp', ' 1.548/1.400 ', 'đoàn viên', '87,5%', 'CĐCS', '\n', ', ', '. ', 'LĐLĐ quận ', 'Hoàng Mai', 'trong đó ', '(', ')', 'vượt hơn ', 'năm 2020', 'trên 90% CĐCS nhà nước vững mạnh');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const x = extractFigures(text);
      for (const f of [...x.figures, ...x.targets, ...x.thresholds]) {
        assert.equal(text.slice(f.start, f.end), f.quote);
        assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      }
      parseDataset(x.dataset);
    }), RUNS);
  });
  it('extracting the same text twice gives the same result', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FIGURES, ...UNRELATED), { maxLength: 8 }), (sents) => {
      const text = sents.join(' ');
      assert.deepEqual(extractFigures(text, { published: '2024-01-01' }), extractFigures(text, { published: '2024-01-01' }));
    }), RUNS);
  });
  it('adding unrelated sentences (as paragraphs) never changes the figures found', () => {
    fc.assert(fc.property(fc.constantFrom(...FIGURES), fc.array(fc.constantFrom(...UNRELATED), { maxLength: 5 }), fc.array(fc.constantFrom(...UNRELATED), { maxLength: 5 }), (figure, before, after) => {
      assert.deepEqual(core([...before, figure, ...after].join('\n')), core(figure));
    }), RUNS);
  });
  it('never reads a figure out of text without a counted noun', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constantFrom(' ', '/', '.', ',', '%', ' ngày ', ' năm ', '-')), { maxLength: 20 }), (parts) => {
      assert.deepEqual(extractFigures(parts.join('')).figures, []);
    }), RUNS);
  });
});
