import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleDataset } from '@tiendo/sdk/sample';
import { ChartInputError, DARK_THEME, LIGHT_THEME, type JsonSpec, rankingSpec, rankingTemplate, shareSpec, trendSpec } from '../src/specs/index.js';
import { tiedDataset } from './fixtures.js';

const layers = (spec: JsonSpec) => spec.layer as JsonSpec[];
const enc = (layer: JsonSpec) => layer.encoding as Record<string, JsonSpec>;
const mark = (layer: JsonSpec) => layer.mark as JsonSpec;
const param = (spec: JsonSpec, name: string) => (spec.params as JsonSpec[]).find((p) => p.name === name)?.value;
const VI_PERCENT = /^\d{1,3}(\.\d{3})*,\d%$/;

describe('rankingSpec', () => {
  const m = rankingSpec(sampleDataset, { metric: 'members', period: '2017', locale: 'vi' });

  it('ranks the 30 Hà Nội district federations, highest attainment first', () => {
    assert.equal(m.rows.length, 30);
    for (let i = 1; i < m.rows.length; i++) assert.ok(m.rows[i - 1]!.attainment >= m.rows[i]!.attainment);
    assert.equal(m.rows[0]!.rank, 1);
    assert.ok(m.rows.every((r) => r.unit !== 'ha-noi' && r.unit !== 'quang-tri'));
  });

  it('carries Hoàng Mai 2017 as the press printed it: 1.438/1.400, 102,7%', () => {
    const hm = m.rows.find((r) => r.unit === 'hoang-mai')!;
    assert.equal(hm.actualText, '1.438');
    assert.equal(hm.targetText, '1.400');
    assert.equal(hm.attainmentText, '102,7%');
    assert.equal(hm.statusText, 'vượt chỉ tiêu');
    assert.match(hm.label, /^\d+\. Quận Hoàng Mai$/);
    assert.match(hm.tip, /^Hạng \d+\/30\nQuận Hoàng Mai kết nạp 1\.438\/1\.400 đoàn viên, đạt 102,7% kế hoạch, vượt chỉ tiêu\.$/);
  });

  it('formats every label the Vietnamese way', () => {
    for (const r of m.rows) assert.match(r.attainmentText, VI_PERCENT);
  });

  // No axes since the newsroom pass: the percent is written at each bar (an axis would repeat it), names are a text layer.
  it('encodes bars by label (data order) and attainment, names and percents as text, a labelled 100% rule, no axis', () => {
    const [band, bars, rule, ruleLabel, names, text] = layers(m.spec);
    assert.equal(mark(band!).type, 'rect');
    assert.equal(mark(bars!).type, 'bar');
    // In the rows' order: sorted by each row's index, so the highlight layer (one row) cannot reorder the bands.
    assert.deepEqual(enc(bars!).y, { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min' }, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } });
    assert.deepEqual(enc(band!).y, enc(bars!).y);
    assert.deepEqual(band!.transform, [{ filter: 'datum.highlight || datum.edge' }]);
    assert.equal(enc(bars!).x!.field, 'attainment');
    assert.equal(enc(bars!).x!.axis, null);
    assert.equal(enc(bars!).tooltip!.field, 'tip');
    assert.equal(enc(names!).text!.field, 'nameLines');
    assert.equal(enc(text!).text!.field, 'valueText');
    assert.deepEqual(mark(ruleLabel!).text, { expr: 'targetLabel' });
    // The 100% mark is a rule per row (it breaks where a percent is written across it), at x = 1.
    assert.equal(mark(rule!).type, 'rule');
    assert.equal(rule!.data, undefined);
    assert.equal(enc(rule!).x!.datum, 1);
  });

  it('puts the rows inline and sets the params to the theme and the words', () => {
    assert.deepEqual((m.spec.data as JsonSpec).values, m.rows.map((r, order) => ({ ...r, order, edge: order === 0 || order === m.rows.length - 1 })));
    assert.equal((m.spec.data as JsonSpec).name, 'rows');
    assert.equal(param(m.spec, 'tiendoBar'), LIGHT_THEME.bar);
    assert.equal(param(m.spec, 'targetLabel'), 'Chỉ tiêu (100%)');
    assert.equal(m.signals.tiendoRule, LIGHT_THEME.rule);
  });

  it('leaves the template untouched: no rows, default params', () => {
    assert.deepEqual(rankingTemplate.data, { name: 'rows' });
    assert.equal(param(rankingTemplate, 'targetLabel'), '');
  });

  it('keeps the top N, and says so in the summary', () => {
    const top = rankingSpec(sampleDataset, { metric: 'members', period: '2017', top: 5 });
    assert.equal(top.rows.length, 5);
    assert.deepEqual(top.rows, m.rows.slice(0, 5));
    assert.match(top.summary, /5 đơn vị đứng đầu trong 30 đơn vị/);
    assert.doesNotMatch(top.summary, /Thấp nhất/);
    assert.match(m.summary, /^Kết nạp đoàn viên · Năm 2017\. Xếp hạng 30 đơn vị .* Cao nhất: .* Thấp nhất: /);
  });

  it('ranks ties competition-style, ordered by Vietnamese collation, and skips units without a target', () => {
    const t = rankingSpec(tiedDataset(), { metric: 'members', period: '2021', parent: 'root' });
    assert.deepEqual(t.rows.map((r) => [r.rankText, r.name]), [['1', 'Đơn vị <b>A</b>'], ['=2', 'Ân'], ['=2', 'Bình']]);
    assert.deepEqual(t.table.rows.map((r) => r[0]), ['1', '=2', '=2']);
    assert.equal(t.table.rowHeader, 1);
  });

  it('ranks exactly the units asked for', () => {
    const u = rankingSpec(sampleDataset, { metric: 'grassroots-unions', period: '2017', units: ['long-bien', 'hoang-mai'] });
    assert.deepEqual(u.rows.map((r) => r.unit).sort(), ['hoang-mai', 'long-bien']);
    assert.equal(u.rows.find((r) => r.unit === 'hoang-mai')!.attainmentText, '122,7%');
  });

  it('speaks English with English number formats', () => {
    const en = rankingSpec(sampleDataset, { metric: 'members', period: '2017', locale: 'en' });
    const hm = en.rows.find((r) => r.unit === 'hoang-mai')!;
    assert.equal(hm.actualText, '1,438');
    assert.equal(hm.attainmentText, '102.7%');
    assert.equal(hm.statusText, 'target exceeded');
    assert.deepEqual(en.table.columns, ['Rank', 'Unit', 'Actual', 'Target', 'Attained', 'Status']);
    assert.equal(en.signals.targetLabel, 'Target (100%)');
  });

  it('names the bad option in a ChartInputError', () => {
    assert.throws(() => rankingSpec(sampleDataset, { metric: 'nope', period: '2017' }), (e: unknown) => e instanceof ChartInputError && e.code === 'unknown-metric' && e.option === 'metric');
    assert.throws(() => rankingSpec(sampleDataset, { metric: 'members', period: '1999' }), { code: 'unknown-period' });
    assert.throws(() => rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'x' }), { code: 'unknown-unit', option: 'parent' });
    assert.throws(() => rankingSpec(sampleDataset, { metric: 'members', period: '2017', units: ['ba-dinh', 'x'] }), { option: 'units[1]' });
  });

  it('gives an empty ranking with words when nothing has figures', () => {
    const e = rankingSpec(sampleDataset, { metric: 'members', period: '2018' });
    assert.equal(e.rows.length, 0);
    assert.match(e.summary, /Chưa có dữ liệu/);
  });
});

describe('trendSpec', () => {
  const m = trendSpec(sampleDataset, { unit: 'hoang-mai', metric: 'grassroots-unions' });

  it('has one row per period with figures, in time order', () => {
    assert.deepEqual(m.rows.map((r) => r.period), ['2017', '2021']);
    assert.equal(m.rows[0]!.attainmentText, '122,7%');
    assert.equal(m.rows[0]!.periodLabel, 'Năm 2017');
    assert.deepEqual(m.table.rows[0], ['Năm 2017', '27', '22', '122,7%', 'vượt chỉ tiêu']);
  });

  // Since the newsroom pass: x is one place per year (gaps included), no y axis (each point has its percent).
  it('encodes line and points by period (data order) and attainment, with a labelled 100% rule on y', () => {
    const [rule, , line, points, text] = layers(m.spec);
    assert.equal(mark(line!).type, 'line');
    assert.equal(mark(points!).type, 'point');
    assert.equal(enc(points!).x!.field, 'x');
    assert.equal(enc(points!).x!.sort, null);
    assert.equal(enc(points!).y!.field, 'attainment');
    assert.equal(enc(points!).y!.axis, null);
    assert.equal(enc(text!).text!.field, 'valueText');
    assert.equal(mark(rule!).type, 'rule');
    assert.equal(enc(rule!).y!.field, 'target');
    assert.deepEqual(rule!.data, { values: [{ target: 1 }] });
  });

  it('summarises with the SDK sentence of each period', () => {
    assert.match(m.summary, /^Quận Hoàng Mai — Thành lập CĐCS, 2 kỳ\. Năm 2017: Quận Hoàng Mai thành lập 27\/22 CĐCS, đạt 122,7% kế hoạch, vượt chỉ tiêu\./);
  });

  it('works in English, and on a unit of a small dataset', () => {
    const en = trendSpec(tiedDataset(), { unit: 'a', metric: 'members', locale: 'en' });
    assert.deepEqual(en.rows.map((r) => [r.periodLabel, r.attainmentText]), [['2020', '90.0%'], ['2021', '154.8%']]);
    assert.equal(en.rows[0]!.short, true);
    assert.equal(en.signals.targetLabel, 'Target (100%)');
  });

  it('rejects an unknown unit', () => {
    assert.throws(() => trendSpec(sampleDataset, { unit: 'x', metric: 'members' }), { code: 'unknown-unit', option: 'unit' });
  });
});

describe('shareSpec', () => {
  it('classifies each sector against its threshold (Hoàng Mai 2018: both short)', () => {
    const m = shareSpec(sampleDataset, { unit: 'hoang-mai', period: '2018' });
    assert.deepEqual(m.rows.map((r) => [r.sector, r.threshold, r.pass, r.short]), [['state', 0.9, false, true], ['non-state', 0.5, false, true]]);
    assert.deepEqual(m.rows.map((r) => r.thresholdText), ['trên 90%', '50% trở lên']);
    assert.match(m.rows[0]!.verdictText, /^Không đạt: \d+,\d%, chưa trên mức 90%$/);
  });

  it('holds Quảng Trị’s 90% state share to “more than 90%”: not met', () => {
    const m = shareSpec(sampleDataset, { unit: 'quang-tri', period: 'term-2018-2023' });
    assert.equal(m.rows[0]!.verdictText, 'Không đạt: 90,0%, chưa trên mức 90%');
    assert.equal(m.rows[1]!.verdictText, 'Đạt: 65,0%, từ mức 50% trở lên');
    assert.deepEqual(m.table.rows[0], ['Khu vực nhà nước', '—', '—', '90,0%', 'trên 90%', 'Không đạt: 90,0%, chưa trên mức 90%']);
  });

  // Since the newsroom pass: the sector and its verdict are written above the bar (never clipped), no axis.
  it('encodes bars by sector on a 0–100% track, a threshold mark per sector and the sector and verdict as text', () => {
    const m = shareSpec(sampleDataset, { unit: 'ha-noi', period: '2018' });
    const [track, bars, ticks, text] = layers(m.spec);
    assert.equal(enc(track!).x!.datum, 1);
    assert.equal(enc(bars!).x!.field, 'share');
    assert.deepEqual((enc(bars!).x!.scale as JsonSpec).domain, [0, 1]);
    assert.equal(enc(bars!).x!.axis, null);
    assert.equal(enc(bars!).y!.field, 'sectorName');
    assert.equal(mark(ticks!).type, 'rule');
    assert.equal(enc(ticks!).x!.field, 'threshold');
    assert.equal(enc(text!).text!.field, 'nameLines');
    assert.deepEqual(m.rows[0]!.nameLines, [`${m.rows[0]!.sectorName}${m.rows[0]!.illustrative ? '*' : ''}`, m.rows[0]!.verdictText]);
    assert.equal(m.rows.length, 2);
    assert.ok(m.rows.every((r) => r.pass === true));
    assert.match(m.summary, /^Tỉ lệ CĐCS vững mạnh của Thành phố Hà Nội, Năm 2018\. Khu vực nhà nước: Đạt: /);
  });

  it('counts exactly: 45/50 is not more than 90%', () => {
    const m = shareSpec(tiedDataset(), { unit: 'a', period: '2021', locale: 'en' });
    assert.equal(m.rows[0]!.verdictText, 'Not met: 90.0%, not above 90%');
    assert.equal(m.rows[0]!.tip, 'State sector (45/50)\nNot met: 90.0%, not above 90% (more than 90%)');
    assert.equal(m.rows[1]!.verdictText, 'Met: 50.0%, at or above 50%');
  });

  it('is empty, in words, without ratings', () => {
    const m = shareSpec(sampleDataset, { unit: 'hoang-mai', period: '2017' });
    assert.equal(m.rows.length, 0);
    assert.match(m.summary, /Chưa có dữ liệu/);
  });
});

describe('theme', () => {
  it('passes given colours through as params and fills the rest from the light theme', () => {
    const m = rankingSpec(sampleDataset, { metric: 'members', period: '2017', theme: { bar: 'rgb(1, 2, 3)', text: ' ' } });
    assert.equal(m.signals.tiendoBar, 'rgb(1, 2, 3)');
    assert.equal(m.signals.tiendoText, LIGHT_THEME.text);
    assert.equal(param(m.spec, 'tiendoBar'), 'rgb(1, 2, 3)');
  });

  it('takes a whole dark theme', () => {
    const m = shareSpec(sampleDataset, { unit: 'ha-noi', period: '2018', theme: DARK_THEME });
    assert.equal(m.signals.tiendoText, DARK_THEME.text);
    assert.equal(m.signals.tiendoFont, DARK_THEME.fontFamily);
  });
});
