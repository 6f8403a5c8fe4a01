/** extractFigures on hand-written sentences in the forms the press uses, each with its expected result. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFigures, type ExtractedFigure } from '../src/index.js';

type Want = Partial<Omit<ExtractedFigure, 'period' | 'quote' | 'start' | 'end' | 'notes'>> & { period?: string };
const KEYS = ['metric', 'actual', 'target', 'targetSource', 'of', 'share', 'sector', 'printed', 'verdict', 'unitName', 'period', 'asOf', 'qualifier', 'partOf', 'approximate'] as const;

function figures(text: string, published = '2024-11-15'): Want[] {
  return extractFigures(text, { published }).figures.map((f) => {
    const out: Record<string, unknown> = {};
    for (const k of KEYS) {
      const v = k === 'period' ? f.period?.id : f[k];
      if (v !== undefined) out[k] = v;
    }
    return out as Want;
  });
}

const CASES: [string, Want[]][] = [
  ['Năm 2020, LĐLĐ tỉnh Nghệ An kết nạp 1.365/1300 đoàn viên, đạt 105%.', [{ metric: 'members', actual: 1365, target: 1300, targetSource: 'stated', printed: '105%', verdict: 'exact', unitName: 'LĐLĐ tỉnh Nghệ An', period: '2020' }]],
  ['LĐLĐ huyện Gia Lâm đã thành lập 02 CĐCS mới trong quý I năm 2023.', [{ metric: 'grassroots-unions', actual: 2, unitName: 'LĐLĐ huyện Gia Lâm', period: '2023', asOf: '2023-03-31' }]],
  ['Tính đến 30/10/2016, LĐLĐ tỉnh Bắc Ninh đã kết nạp mới 11.975 đoàn viên, đạt 121% chỉ tiêu.', [{ metric: 'members', actual: 11975, printed: '121%', unitName: 'LĐLĐ tỉnh Bắc Ninh', period: '2016', asOf: '2016-10-30' }]],
  ['Công tác phát triển đoàn viên của LĐLĐ thành phố Đà Nẵng năm 2019 đạt tỷ lệ 113,9% (14.804/13.000).', [{ metric: 'members', actual: 14804, target: 13000, targetSource: 'stated', printed: '113,9%', verdict: 'rounded', unitName: 'LĐLĐ thành phố Đà Nẵng', period: '2019' }]],
  ['Năm 2021, LĐLĐ quận Cầu Giấy kết nạp 1.548 đoàn viên, so với chỉ tiêu giao là 1.400 đoàn viên.', [{ metric: 'members', actual: 1548, target: 1400, targetSource: 'stated', unitName: 'LĐLĐ quận Cầu Giấy', period: '2021' }]],
  ['Năm 2019, LĐLĐ huyện Sóc Sơn thành lập 23 CĐCS, tăng 1 CĐCS so với chỉ tiêu.', [{ metric: 'grassroots-unions', actual: 23, target: 22, targetSource: 'derived', unitName: 'LĐLĐ huyện Sóc Sơn', period: '2019' }]],
  ['Năm 2019, LĐLĐ quận Tây Hồ kết nạp 1.655 đoàn viên, vượt 31% kế hoạch.', [{ metric: 'members', actual: 1655, printed: 'vượt 31%', unitName: 'LĐLĐ quận Tây Hồ', period: '2019' }]],
  ['9 tháng đầu năm 2020, LĐLĐ tỉnh Hải Dương kết nạp 5.590/5.000 đoàn viên, vượt hơn 11,7% kế hoạch năm.', [{ metric: 'members', actual: 5590, target: 5000, targetSource: 'stated', printed: 'vượt hơn 11,7%', verdict: 'exact', unitName: 'LĐLĐ tỉnh Hải Dương', period: '2020', asOf: '2020-09-30' }]],
  ['Năm 2020, LĐLĐ quận Thanh Xuân kết nạp 1.310/1.000 đoàn viên, vượt 31%.', [{ metric: 'members', actual: 1310, target: 1000, targetSource: 'stated', printed: 'vượt 31%', verdict: 'exact', unitName: 'LĐLĐ quận Thanh Xuân', period: '2020' }]],
  ['Trong nhiệm kỳ 2018 - 2023, Công đoàn ngành Y tế đã kết nạp 2.500 đoàn viên.', [{ metric: 'members', actual: 2500, unitName: 'Công đoàn ngành Y tế', period: 'term-2018-2023' }]],
  ['Từ năm 2012 đến 2019, LĐLĐ tỉnh Thái Bình đã thành lập mới 230 CĐCS.', [{ metric: 'grassroots-unions', actual: 230, unitName: 'LĐLĐ tỉnh Thái Bình', period: '2012-2019' }]],
  ['Trong 5 năm (2008-2012), LĐLĐ tỉnh Nam Định kết nạp được 1.230.459 đoàn viên.', [{ metric: 'members', actual: 1230459, unitName: 'LĐLĐ tỉnh Nam Định', period: '2008-2012' }]],
  ['Năm 2020, LĐLĐ quận Đống Đa kết nạp 1.200 đoàn viên, tăng 15% so với cùng kỳ.', [{ metric: 'members', actual: 1200, unitName: 'LĐLĐ quận Đống Đa', period: '2020' }]],
  ['Năm 2018, LĐLĐ huyện Đông Anh kết nạp 820 đoàn viên ưu tú vào Đảng.', [{ metric: 'other', actual: 820, unitName: 'LĐLĐ huyện Đông Anh', period: '2018' }]],
  ['Năm 2018, LĐLĐ huyện Mê Linh tổ chức 12 lớp tập huấn cho 600 cán bộ công đoàn.', [{ metric: 'other', actual: 12, unitName: 'LĐLĐ huyện Mê Linh', period: '2018' }, { metric: 'other', actual: 600, unitName: 'LĐLĐ huyện Mê Linh', period: '2018' }]],
  ['Năm 2022, LĐLĐ huyện Ba Vì bàn giao 03 CĐCS với 120 đoàn viên cho LĐLĐ huyện Phúc Thọ.', [{ metric: 'other', actual: 3, unitName: 'LĐLĐ huyện Ba Vì', period: '2022', qualifier: 'bàn giao' }, { metric: 'other', actual: 120, unitName: 'LĐLĐ huyện Ba Vì', period: '2022', qualifier: 'bàn giao' }]],
  ['Năm 2022, LĐLĐ quận Ba Đình có 45/50 CĐCS đạt tiêu chuẩn vững mạnh.', [{ metric: 'strong-share', actual: 45, of: 50, unitName: 'LĐLĐ quận Ba Đình', period: '2022' }]],
  ['Năm 2022, LĐLĐ quận Ba Đình có 45/50 CĐCS đạt tiêu chuẩn vững mạnh, đạt 90%.', [{ metric: 'strong-share', actual: 45, of: 50, printed: '90%', verdict: 'exact', unitName: 'LĐLĐ quận Ba Đình', period: '2022' }]],
  ['Chỉ tiêu năm 2021 của LĐLĐ quận Thanh Xuân là 1.400 đoàn viên. Năm 2021, LĐLĐ quận Thanh Xuân đã kết nạp được 1.500 đoàn viên.', [{ metric: 'members', actual: 1500, target: 1400, targetSource: 'stated', unitName: 'LĐLĐ quận Thanh Xuân', period: '2021' }]],
  ['Năm 2021, LĐLĐ tỉnh Phú Thọ kết nạp 14.800 đoàn viên, đạt tỷ lệ 113,9% (14.804/13.000).', [{ metric: 'members', actual: 14800, target: 13000, targetSource: 'stated', printed: '113,9%', verdict: 'mismatch', unitName: 'LĐLĐ tỉnh Phú Thọ', period: '2021' }]],
  ['Năm 2020, LĐLĐ tỉnh Hà Nam kết nạp hơn 1.000 đoàn viên.', [{ metric: 'members', actual: 1000, approximate: true, unitName: 'LĐLĐ tỉnh Hà Nam', period: '2020' }]],
  ['6 tháng đầu năm 2021, LĐLĐ quận Hai Bà Trưng kết nạp 900 đoàn viên, đạt 60% kế hoạch năm.', [{ metric: 'members', actual: 900, printed: '60%', unitName: 'LĐLĐ quận Hai Bà Trưng', period: '2021', asOf: '2021-06-30' }]],
  ['Quý II/2022, LĐLĐ huyện Thường Tín thành lập 5 CĐCS.', [{ metric: 'grassroots-unions', actual: 5, unitName: 'LĐLĐ huyện Thường Tín', period: '2022-q2' }]],
  ['Năm 2022, LĐLĐ tỉnh Lào Cai kết nạp 3.000 đoàn viên; thành lập 40 CĐCS, đạt 100% kế hoạch.', [{ metric: 'members', actual: 3000, unitName: 'LĐLĐ tỉnh Lào Cai', period: '2022' }, { metric: 'grassroots-unions', actual: 40, printed: '100%', unitName: 'LĐLĐ tỉnh Lào Cai', period: '2022' }]],
  ['Năm 2021, LĐLĐ quận Bắc Từ Liêm đã thành lập 30 CĐCS, trong đó 12 CĐCS theo phương thức mới.', [{ metric: 'grassroots-unions', actual: 30, unitName: 'LĐLĐ quận Bắc Từ Liêm', period: '2021' }, { metric: 'grassroots-unions', actual: 12, unitName: 'LĐLĐ quận Bắc Từ Liêm', period: '2021', qualifier: 'theo phương thức mới', partOf: 0 }]],
  ['Năm 2020, LĐLĐ huyện Quốc Oai giải thể 4 CĐCS.', [{ metric: 'other', actual: 4, unitName: 'LĐLĐ huyện Quốc Oai', period: '2020', qualifier: 'giải thể' }]],
  ['Năm 2019, LĐLĐ tỉnh Yên Bái phát triển được 2.156 đoàn viên, vượt chỉ tiêu 156 đoàn viên.', [{ metric: 'members', actual: 2156, target: 2000, targetSource: 'derived', unitName: 'LĐLĐ tỉnh Yên Bái', period: '2019' }]],
  ['Năm 2019, LĐLĐ tỉnh Lạng Sơn kết nạp 980 đoàn viên, thấp hơn 20 đoàn viên so với chỉ tiêu.', [{ metric: 'members', actual: 980, target: 1000, targetSource: 'derived', unitName: 'LĐLĐ tỉnh Lạng Sơn', period: '2019' }]],
  ['Ngày 24/10/2014, Chính phủ ban hành Nghị định 98/2014/NĐ-CP.', []],
  ['LĐLĐ quận Long Biên phấn đấu kết nạp 2.000 đoàn viên trong năm 2024.', []],
  ['Năm 2020, LĐLĐ quận Hà Đông tổ chức 35 đại hội CĐCS.', [{ metric: 'other', actual: 35, unitName: 'LĐLĐ quận Hà Đông', period: '2020' }]],
  ['Năm 2020, 85% CĐCS khu vực nhà nước của LĐLĐ huyện Đan Phượng đạt vững mạnh.', [{ metric: 'strong-share', actual: 0.85, share: 0.85, sector: 'state', printed: '85%', unitName: 'LĐLĐ huyện Đan Phượng', period: '2020' }]],
  ['Năm 2023, LĐLĐ thị xã Sơn Tây kết nạp 02 đoàn viên.', [{ metric: 'members', actual: 2, unitName: 'LĐLĐ thị xã Sơn Tây', period: '2023' }]],
  ['10 tháng đầu năm, LĐLĐ huyện Chương Mỹ kết nạp 1.000/1.200 đoàn viên, đạt 83,3%.', [{ metric: 'members', actual: 1000, target: 1200, targetSource: 'stated', printed: '83,3%', verdict: 'rounded', unitName: 'LĐLĐ huyện Chương Mỹ', period: '2024', asOf: '2024-10-31' }]],
  ['Năm 2018, LĐLĐ tỉnh Quảng Ninh kết nạp 6.100 đoàn viên đạt 101,67% kế hoạch (6.100/6.000).', [{ metric: 'members', actual: 6100, target: 6000, targetSource: 'stated', printed: '101,67%', verdict: 'rounded', unitName: 'LĐLĐ tỉnh Quảng Ninh', period: '2018' }]],
  ['Năm 2017, LĐLĐ quận Hoàng Mai đã kết nạp 1.438 đoàn viên. Năm 2017, LĐLĐ quận Hoàng Mai kết nạp được 1.438 đoàn viên, đạt 102,7%.', [{ metric: 'members', actual: 1438, printed: '102,7%', unitName: 'LĐLĐ quận Hoàng Mai', period: '2017' }]],
  ['Năm 2023, LĐLĐ tỉnh Hưng Yên kết nạp 6.000 đoàn viên, đạt 100.5% kế hoạch (6.000/5.970).', [{ metric: 'members', actual: 6000, target: 5970, targetSource: 'stated', printed: '100.5%', verdict: 'rounded', unitName: 'LĐLĐ tỉnh Hưng Yên', period: '2023' }]],
  ['LĐLĐ quận Tây Hồ: năm 2021 thành lập 18/20 CĐCS, đạt 90%.', [{ metric: 'grassroots-unions', actual: 18, target: 20, targetSource: 'stated', printed: '90%', verdict: 'exact', unitName: 'LĐLĐ quận Tây Hồ', period: '2021' }]],
  ['Năm 2016, LĐLĐ huyện Phú Xuyên tiếp nhận 2 CĐCS từ LĐLĐ huyện Thường Tín.', [{ metric: 'other', actual: 2, unitName: 'LĐLĐ huyện Phú Xuyên', period: '2016', qualifier: 'tiếp nhận' }]],
  ['Năm 2022, LĐLĐ quận Nam Từ Liêm khám sức khỏe cho 500 đoàn viên.', [{ metric: 'other', actual: 500, unitName: 'LĐLĐ quận Nam Từ Liêm', period: '2022' }]],
  ['Năm 2021, LĐLĐ huyện Hoài Đức kết nạp 700 đoàn viên, đạt 140% chỉ tiêu (500 đoàn viên).', [{ metric: 'members', actual: 700, target: 500, targetSource: 'stated', printed: '140%', verdict: 'exact', unitName: 'LĐLĐ huyện Hoài Đức', period: '2021' }]],
  ['Năm 2017, LĐLĐ quận Hoàng Mai đã thành lập được 27/22 CĐCS đạt 122%.', [{ metric: 'grassroots-unions', actual: 27, target: 22, targetSource: 'stated', printed: '122%', verdict: 'truncated', unitName: 'LĐLĐ quận Hoàng Mai', period: '2017' }]],
  ['Lúc 15:42 ngày 02/01/2018, tin nhap 20180102150654 đăng 3 cửa hàng được gắn biển.', []],
];

describe('extractFigures on sentences in the forms of the press', () => {
  it(`has at least 40 sentences`, () => assert.ok(CASES.length >= 40, String(CASES.length)));
  for (const [text, want] of CASES) {
    it(text, () => assert.deepEqual(figures(text), want));
  }
  it('reads a target stated alone (a goal with phấn đấu) into targets, never into figures', () => {
    const x = extractFigures('LĐLĐ quận Long Biên phấn đấu kết nạp 2.000 đoàn viên trong năm 2024.');
    assert.deepEqual(x.targets.map((t) => [t.metric, t.target, t.unitName, t.period?.id]), [['members', 2000, 'LĐLĐ quận Long Biên', '2024']]);
  });
  it('takes the year of “10 tháng đầu năm” from the published date, the year before when that month is still ahead', () => {
    assert.equal(extractFigures('10 tháng đầu năm, LĐLĐ quận Hoàng Mai kết nạp 1438/1400 đoàn viên.', { published: '2018-01-02' }).figures[0]!.period?.id, '2017');
    assert.equal(extractFigures('10 tháng đầu năm, LĐLĐ quận Hoàng Mai kết nạp 1438/1400 đoàn viên.', { published: '2018-11-20' }).figures[0]!.period?.id, '2018');
    const none = extractFigures('10 tháng đầu năm, LĐLĐ quận Hoàng Mai kết nạp 1438/1400 đoàn viên.').figures[0]!;
    assert.equal(none.period, undefined);
    assert.ok(none.notes.some((n) => n.includes('không rõ năm')));
  });
  it('reads decomposed (NFD) text and quotes it as given', () => {
    const text = 'Năm 2020, LĐLĐ tỉnh Nghệ An kết nạp 1.365/1300 đoàn viên, đạt 105%.'.normalize('NFD');
    const [f] = extractFigures(text).figures;
    assert.equal(f!.actual, 1365);
    assert.equal(text.slice(f!.start, f!.end), f!.quote);
  });
  it('gives a note when a bracketed fraction contradicts the figure', () => {
    const [f] = extractFigures('Năm 2021, LĐLĐ tỉnh Phú Thọ kết nạp 14.800 đoàn viên, đạt tỷ lệ 113,9% (14.804/13.000).').figures;
    assert.ok(f!.notes.some((n) => n.includes('14804')), f!.notes.join('; '));
  });
  it('rejects a published date that is not one', () => {
    assert.throws(() => extractFigures('x', { published: '2018-13-01' }), /YYYY-MM-DD/);
  });
});

describe('extracted units are matched through normalizeName', () => {
  it('“Ứng Hoà” and “Ứng Hòa” are one unit of the dataset', () => {
    const x = extractFigures('Năm 2020, LĐLĐ huyện Ứng Hoà kết nạp 300/250 đoàn viên. Năm 2021, LĐLĐ huyện Ứng Hòa kết nạp 320/300 đoàn viên.', { published: '2022-01-10' });
    assert.equal(x.dataset.units.length, 1, JSON.stringify(x.dataset.units));
    assert.equal(x.dataset.actuals.length, 2);
  });
});
