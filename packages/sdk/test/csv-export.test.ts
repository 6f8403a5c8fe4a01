import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { datasetToCsv, parseDataset, parseDatasetCsv } from '../src/index.js';
import { sampleDataset } from '../src/sample.js';
import { minimal } from './helpers.js';

const d = parseDataset({
  title: 'Hà Nội',
  units: [
    { id: 'ha-noi', name: 'Thành phố Hà Nội', kind: 'city-federation' },
    { id: 'hoang-mai', name: 'Quận Hoàng Mai', kind: 'district-federation', parent: 'ha-noi' },
    { id: 'hoan-kiem', name: 'Quận "Hoàn Kiếm", phố cổ', kind: 'district-federation', parent: 'ha-noi' },
  ],
  metrics: [
    { id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New union members' }, noun: { vi: 'đoàn viên', en: 'members' }, verb: { vi: 'kết nạp', en: 'admitted' }, kind: 'count' },
    { id: 'grassroots-unions', labels: { vi: 'Thành lập CĐCS', en: 'New grassroots unions' }, noun: { vi: 'CĐCS', en: 'grassroots unions' }, verb: { vi: 'thành lập', en: 'founded' }, kind: 'count' },
  ],
  periods: [
    { id: '2017', label: { vi: 'Năm 2017', en: '2017' }, start: '2017-01-01', end: '2017-12-31' },
    { id: 'h1-2021', label: { vi: '6 tháng đầu năm 2021', en: 'H1 2021' }, start: '2021-01-01', end: '2021-06-30' },
  ],
  targets: [
    { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', value: 22 },
    { unit: 'hoan-kiem', metric: 'members', period: 'h1-2021', value: 1400 },
    { unit: 'hoang-mai', metric: 'members', period: '2017', value: 1400, illustrative: true },
  ],
  actuals: [
    { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', value: 27, asOf: '2017-10-31', printed: '122%', source: { name: 'Hà Nội Mới', url: 'https://hanoimoi.vn/a', date: '2018-01-02' }, note: 'Dòng một, "trích"\ndòng hai' },
    { unit: 'hoan-kiem', metric: 'members', period: 'h1-2021', value: 1548, printed: '110,6%' },
  ],
});

describe('datasetToCsv', () => {
  it('round-trips through parseDatasetCsv: units, periods, targets, actuals, sources, notes with commas, quotes and line breaks', () => {
    const back = parseDatasetCsv(datasetToCsv(d), { title: d.title });
    assert.deepEqual(back.targets, d.targets.map(({ illustrative, ...t }) => (illustrative ? { ...t, illustrative } : t)));
    assert.deepEqual(back.actuals, d.actuals);
    assert.deepEqual(back.periods.map((p) => [p.id, p.start, p.end, p.label.vi]), d.periods.map((p) => [p.id, p.start, p.end, p.label.vi]));
    assert.deepEqual(back.units.map((u) => [u.id, u.name, u.kind, u.parent]).sort(), [
      ['ha-noi', 'ha-noi', 'other', undefined], // a parent without figures has no row: only its id survives
      ['hoan-kiem', 'Quận "Hoàn Kiếm", phố cổ', 'district-federation', 'ha-noi'],
      ['hoang-mai', 'Quận Hoàng Mai', 'district-federation', 'ha-noi'],
    ]);
  });
  it('round-trips the sample’s figures', () => {
    const back = parseDatasetCsv(datasetToCsv(sampleDataset));
    assert.deepEqual(back.actuals, sampleDataset.actuals);
    assert.equal(back.targets.length, sampleDataset.targets.length);
  });
  it('writes the target on the row of its actual, and a target without an actual on its own row', () => {
    const lines = datasetToCsv(d).trim().split('\n');
    assert.equal(lines.length, 1 + 2 + 1 + 1); // header, 2 actuals (one note has a line break), 1 target alone
    assert.match(lines.at(-1)!, /^hoang-mai,Quận Hoàng Mai,district-federation,ha-noi,members,2017,Năm 2017,2017-01-01,2017-12-31,1400,,,,,,,,true,,,,,,$/);
  });
  it('keeps a spreadsheet from running a cell as a formula', () => {
    const e = parseDataset({ ...d, actuals: [{ ...d.actuals[1]!, note: '=HYPERLINK("x")' }] });
    const csv = datasetToCsv(e);
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`));
  });
});

describe('datasetToCsv writes quality ratings too', () => {
  it('one row per rating, read back by parseDatasetCsv as the same ratings', () => {
    const csv = datasetToCsv(sampleDataset, { units: ['hoang-mai'], periods: ['2018'], metrics: [], ratings: true });
    const lines = csv.trim().split('\n').slice(1);
    const own = sampleDataset.qualityRatings.filter((q) => q.unit === 'hoang-mai' && q.period === '2018');
    assert.equal(lines.length, own.length);
    const back = parseDatasetCsv(csv).qualityRatings;
    assert.deepEqual(back.map((q) => [q.unit, q.sector, q.evaluated, q.strong, q.scheme]), own.map((q) => [q.unit, q.sector, q.evaluated, q.strong, q.scheme]));
  });
  it('leaves ratings out when a metrics list is asked for, unless ratings: true', () => {
    const r = parseDataset(minimal({ qualityRatings: [{ unit: 'a', period: '2020', sector: 'state', evaluated: 10, strong: 9 }] }));
    assert.equal(datasetToCsv(r, { metrics: ['members'] }).trim().split('\n').length, 1);
    assert.equal(datasetToCsv(r, { metrics: ['members'], ratings: true }).trim().split('\n').length, 2);
  });
});

describe('datasetToCsv quotes cells as d3-dsv does', () => {
  it('writes every cell as csvFormatRows would (commas, quotes, CR, LF, spaces, formulas)', () => {
    const names = ['A, B', 'say "hi"', 'line\nbreak', 'cr\rlf', ' padded ', '=SUM(A1)', '"', ',', 'plain'];
    const t = parseDataset(minimal({
      units: names.map((name, i) => ({ id: `u${i}`, name, kind: 'other' as const })),
      actuals: names.map((_n, i) => ({ unit: `u${i}`, metric: 'members', period: '2020', value: i, note: names[(i + 1) % names.length]! })),
    }));
    const csv = datasetToCsv(t);
    assert.equal(csv, `${csvFormatRows(csvParseRows(csv))}\n`);
  });
});
