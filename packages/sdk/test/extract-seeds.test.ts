/**
 * extractFigures on the five seed articles (../shared/seeds): every figure a careful data editor
 * reads there, written out by hand, and what must not be read (dates, decree numbers, Party
 * admissions as members, cadres trained, the related-news trailer).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDataset, extractFigures, type ExtractedFigure, type Extraction } from '../src/index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');
const have = existsSync(new URL('000_663bd313ec7db877.txt', SEEDS));

type Want = Partial<Pick<ExtractedFigure, 'metric' | 'actual' | 'target' | 'targetSource' | 'printed' | 'verdict' | 'unitName' | 'asOf' | 'qualifier' | 'partOf' | 'sector' | 'share' | 'noun'>> & { period?: string };

/** The figures' fields that a data editor checks, in text order. */
function pick(x: Extraction, keys: (keyof Want)[]): Want[] {
  return x.figures.map((f) => {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = k === 'period' ? f.period?.id : f[k as keyof ExtractedFigure];
      if (v !== undefined) out[k] = v;
    }
    return out as Want;
  });
}
const KEYS: (keyof Want)[] = ['metric', 'actual', 'target', 'targetSource', 'printed', 'verdict', 'unitName', 'period', 'asOf', 'qualifier', 'partOf'];
const main = (x: Extraction) => pick(x, KEYS).filter((f) => f.metric !== 'other');

function common(x: Extraction, text: string): void {
  for (const f of [...x.figures, ...x.targets, ...x.thresholds]) assert.equal(text.slice(f.start, f.end), f.quote);
  assert.ok(Array.isArray(checkDataset(x.dataset)));
}

describe('extractFigures on the seed articles', { skip: have ? false : 'shared/seeds not found' }, () => {
  it('Hoàng Mai 2017 (published 2018-01-02): 27/22 “122%” truncated, 1438/1400 “102,7%” rounded, transfers as other, the 2018 thresholds', () => {
    const text = seed('000_663bd313ec7db877.txt');
    const x = extractFigures(text, { published: '2018-01-02', source: 'Hà Nội Mới' });
    common(x, text);
    const hm = { unitName: 'LĐLĐ quận Hoàng Mai', period: '2017', asOf: '2017-10-31' };
    assert.deepEqual(main(x), [
      { metric: 'grassroots-unions', actual: 27, target: 22, targetSource: 'stated', printed: '122%', verdict: 'truncated', ...hm },
      { metric: 'members', actual: 1438, target: 1400, targetSource: 'stated', printed: '102,7%', verdict: 'rounded', ...hm },
      { metric: 'members', actual: 63, ...hm, qualifier: 'trong đó', partOf: 1 },
    ]);
    const other = x.figures.filter((f) => f.metric === 'other').map((f) => [f.actual, f.noun, f.qualifier ?? '']);
    assert.deepEqual(other, [[1, 'Nghiệp đoàn giáo viên', ''], [2, 'CĐCS', 'bàn giao'], [73, 'đoàn viên', 'bàn giao'], [1, 'CĐCS', 'tiếp nhận'], [32, 'đoàn viên', 'tiếp nhận'], [260, 'cán bộ công đoàn', '']]);
    assert.deepEqual(x.thresholds.map((t) => [t.sector, t.share, t.comparison, t.printed, t.unitName, t.period?.id]), [
      ['state', 0.9, 'strict', 'trên 90%', 'LĐLĐ quận Hoàng Mai', '2018'],
      ['non-state', 0.5, 'inclusive', '50% trở lên', 'LĐLĐ quận Hoàng Mai', '2018'],
    ]);
    // Not figures: the draft ids in the links, the decree 98/2014/NĐ-CP and its date, 09-NQ/TU, the 100% of cadres.
    for (const n of [20180102150654, 98, 2014, 24, 9, 100, 3]) assert.ok(!x.figures.some((f) => f.actual === n), `${n} is not a figure`);
    assert.ok(!x.figures.some((f) => f.actual === 260 && f.metric === 'members'), '260 cán bộ trained are not members');
    // The dataset: Hoàng Mai, both figures with their targets and prints; transfers and the sub-count stay out.
    assert.deepEqual(x.dataset.units.map((u) => [u.id, u.name, u.kind]), [['hoang-mai', 'Quận Hoàng Mai', 'district-federation']]);
    assert.deepEqual(x.dataset.actuals.map((a) => [a.metric, a.value, a.printed, a.asOf]), [['grassroots-unions', 27, '122%', '2017-10-31'], ['members', 1438, '102,7%', '2017-10-31']]);
    assert.deepEqual(x.dataset.targets.map((t) => [t.metric, t.value]), [['grassroots-unions', 22], ['members', 1400]]);
    assert.deepEqual(x.dataset.actuals[0]!.source, { name: 'Hà Nội Mới', date: '2018-01-02' });
    assert.deepEqual(x.dataset.thresholds.map((t) => [t.sector, t.share, t.comparison, t.unit, t.period]), [['state', 0.9, 'strict', 'hoang-mai', '2018'], ['non-state', 0.5, 'inclusive', 'hoang-mai', '2018']]);
    assert.deepEqual(checkDataset(x.dataset).filter((f) => f.code === 'printed').map((f) => f.code === 'printed' && f.verdict), ['truncated', 'rounded']);
  });

  it('Hoàn Kiếm 2021: the misprint 21/27 “87,5%” is a mismatch; sub-counts point at their totals; transfers, Party and congresses are other', () => {
    const text = seed('001_f47ec944e7d4d17b.txt');
    const x = extractFigures(text);
    common(x, text);
    const hk = { unitName: 'Liên đoàn Lao động quận Hoàn Kiếm', period: '2021', asOf: '2021-06-30' };
    assert.deepEqual(main(x), [
      { metric: 'grassroots-unions', actual: 21, target: 27, targetSource: 'stated', printed: '87,5%', verdict: 'mismatch', ...hk },
      { metric: 'members', actual: 1548, target: 1400, targetSource: 'stated', printed: '110,6%', verdict: 'rounded', ...hk },
      { metric: 'grassroots-unions', actual: 2, ...hk, qualifier: 'theo phương thức mới', partOf: 0 },
      { metric: 'members', actual: 41, ...hk, qualifier: 'theo phương thức mới', partOf: 1 },
      { metric: 'grassroots-unions', actual: 4, ...hk, qualifier: 'trong đó', partOf: 0 },
    ]);
    assert.equal(x.figures[0]!.computed!.toFixed(1), '77.8');
    // The headline's “thành lập 21 Công đoàn cơ sở” is the same figure: kept once, with a note.
    assert.ok(x.figures[0]!.notes.some((n) => n.startsWith('cùng số liệu')));
    const other = x.figures.filter((f) => f.metric === 'other').map((f) => [f.actual, f.noun, f.qualifier ?? '']);
    assert.deepEqual(other, [[3, 'Công đoàn cơ sở', 'bàn giao'], [194, 'đoàn viên', 'bàn giao'], [2, 'Công đoàn cơ sở', 'xóa tên'], [66, 'đoàn viên', 'xóa tên'], [210, 'đoàn viên', ''], [62, 'đồng chí', ''], [22, 'Công đoàn cơ sở', ''], [15, 'Công đoàn cơ sở', ''], [13, 'cán bộ Công đoàn', '']]);
    // “25 đoàn viên trở lên” is a qualifier; “07 lớp” is a plan; the trailer's 247 đoàn viên is another article.
    for (const n of [25, 7, 247, 200, 92]) assert.ok(!x.figures.some((f) => f.actual === n), `${n} is not a figure`);
    assert.deepEqual(x.dataset.actuals.map((a) => [a.metric, a.value, a.printed]), [['grassroots-unions', 21, '87,5%'], ['members', 1548, '110,6%']]);
    assert.deepEqual(checkDataset(x.dataset).filter((f) => f.code === 'printed').map((f) => f.code === 'printed' && f.verdict), ['mismatch', 'rounded']);
  });

  it('Thạch Thất 2022: no members or unions figure at all (17 admitted to the Party are not members admitted)', () => {
    const text = seed('002_dffa69661314c9d1.txt');
    const x = extractFigures(text);
    common(x, text);
    assert.deepEqual(main(x), []);
    assert.deepEqual(x.figures.map((f) => [f.metric, f.actual]), [['other', 25], ['other', 17]]);
    assert.deepEqual(x.dataset.actuals, []);
  });

  it('Long Biên 2017: targets 1.400 members and 22 unions stated alone; 7 CĐ cơ sở by the new method is a sub-count, never the total', () => {
    const text = seed('003_115b8ce05c3641c5.txt');
    const x = extractFigures(text);
    common(x, text);
    assert.deepEqual(main(x), [{ metric: 'grassroots-unions', actual: 7, unitName: 'LĐLĐ quận Long Biên', period: '2017', asOf: '2017-05-31', qualifier: 'theo phương thức mới' }]);
    assert.equal(x.figures[0]!.target, undefined, 'the annual target is not the target of a sub-count');
    assert.deepEqual(x.targets.map((t) => [t.metric, t.target, t.unitName, t.period?.id]), [['members', 1400, 'LĐLĐ quận Long Biên', '2017'], ['grassroots-unions', 22, 'LĐLĐ quận Long Biên', '2017']]);
    // 77 Party admissions (a link), decree 09-NQ/TU of 27/12/2012, plan 16/KH-LĐLĐ of 3/2/2017, Điều 17.1, “dưới 20 LĐ”.
    for (const n of [77, 9, 16, 17, 20, 27]) assert.ok(!x.figures.some((f) => f.actual === n), `${n} is not a figure`);
    assert.deepEqual(x.dataset.targets.map((t) => [t.unit, t.metric, t.period, t.value]), [['long-bien', 'members', '2017', 1400], ['long-bien', 'grassroots-unions', '2017', 22]]);
    assert.deepEqual(x.dataset.actuals, []);
  });

  it('Quảng Trị 2018–2023 (published 2023-11-02): 11.975 “121%” with no target, 138 unions, shares 90% / 65% by sector', () => {
    const text = seed('004_d0eab34017885e71.txt');
    const x = extractFigures(text, { published: '2023-11-02' });
    common(x, text);
    const qt = { unitName: 'LĐLĐ tỉnh Quảng Trị', asOf: '2023-11-02' };
    assert.deepEqual(pick(x, [...KEYS, 'sector', 'share']).filter((f) => f.metric !== 'other'), [
      { metric: 'members', actual: 11975, printed: '121%', ...qt, period: '2018-2023' },
      { metric: 'grassroots-unions', actual: 138, ...qt, period: '2018-2023' },
      { metric: 'strong-share', actual: 0.9, share: 0.9, sector: 'state', printed: '90 %', ...qt, period: 'term-2018-2023' },
      { metric: 'strong-share', actual: 0.65, share: 0.65, sector: 'non-state', printed: '65 %', ...qt, period: 'term-2018-2023' },
    ]);
    assert.equal(x.figures.find((f) => f.actual === 11975)!.target, undefined, 'no target is invented from 121%');
    assert.ok(x.figures.find((f) => f.actual === 11975)!.notes.some((n) => n.includes('không nêu chỉ tiêu')));
    // 50.000 members by the end of the next term is a stock goal, not a figure; 2.276 firms surveyed are other.
    assert.ok(!x.figures.some((f) => f.actual === 50000 && f.metric !== 'other'));
    assert.ok(!x.figures.some((f) => f.actual === 50000));
    assert.deepEqual(x.figures.filter((f) => f.metric === 'other').map((f) => [f.actual, f.noun]), [[2276, 'lượt doanh nghiệp']]);
    assert.deepEqual(x.dataset.qualityRatings.map((q) => [q.unit, q.period, q.sector, q.share, q.printed]), [['quang-tri', 'term-2018-2023', 'state', 0.9, '90 %'], ['quang-tri', 'term-2018-2023', 'non-state', 0.65, '65 %']]);
  });
});
