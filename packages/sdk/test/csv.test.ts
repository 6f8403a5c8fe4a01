import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, datasetToCsv, KNOWN_METRICS, parseDataset, parseDatasetCsv, parseDatasetText } from '../src/index.js';
import { sampleDataset } from '../src/sample.js';
import { datasetError, findIssue, minimal } from './helpers.js';

const sampleCsv = readFileSync(new URL('../data/sample.csv', import.meta.url), 'utf8');
const HEAD = 'unit,unit_name,unit_kind,parent,metric,period,target,actual,as_of,printed,note';

describe('parseDatasetCsv', () => {
  it('reads a long CSV into a dataset: units, known metrics, year periods, targets and actuals', () => {
    const d = parseDatasetCsv(`${HEAD}\nhoang-mai,Quận Hoàng Mai,district-federation,,grassroots-unions,2017,22,27,2017-10-31,122%,\n`);
    assert.deepEqual(d.units, [{ id: 'hoang-mai', name: 'Quận Hoàng Mai', kind: 'district-federation' }]);
    assert.deepEqual(d.metrics, [KNOWN_METRICS.find((m) => m.id === 'grassroots-unions')]);
    assert.deepEqual(d.periods, [{ id: '2017', label: { vi: 'Năm 2017', en: '2017' }, start: '2017-01-01', end: '2017-12-31' }]);
    assert.deepEqual(d.targets, [{ unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', value: 22 }]);
    assert.deepEqual(d.actuals, [{ unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', value: 27, asOf: '2017-10-31', printed: '122%' }]);
    assert.equal(d.title, 'Dữ liệu CSV');
    assert.equal(parseDatasetCsv(`${HEAD}\na,A,,,members,2017,1,1,,,\n`, { title: 'Tiêu đề' }).title, 'Tiêu đề');
  });
  it('reads numbers as Vietnamese papers print them ("1.548", "1.400")', () => {
    const d = parseDatasetCsv(`${HEAD}\nhoan-kiem,Quận Hoàn Kiếm,,,members,2021,"1.400","1.548",2021-06-30,"110,6%",\n`);
    assert.equal(d.targets[0]!.value, 1400);
    assert.equal(d.actuals[0]!.value, 1548);
  });
  it('reads UTF-8 with and without a BOM, and CRLF line ends, to the same dataset', () => {
    const text = `${HEAD}\nhoan-kiem,Quận Hoàn Kiếm,,,members,2021,1400,1548,,,\n`;
    const plain = parseDatasetCsv(text);
    assert.deepEqual(parseDatasetCsv(`\uFEFF${text}`), plain);
    assert.deepEqual(parseDatasetCsv(text.replace(/\n/g, '\r\n')), plain);
    assert.equal(plain.units[0]!.name, 'Quận Hoàn Kiếm');
  });
  it('keeps line numbers right after a quoted cell with line breaks', () => {
    const text = `${HEAD}\na,A,,,members,2017,10,5,,,"dòng một\ndòng hai\ndòng ba"\nb,B,,,members,2017,x,5,,,\n`;
    findIssue(datasetError(() => parseDatasetCsv(text)), { code: 'csv-value', line: 5, column: 'target', received: '"x"' });
    assert.equal(parseDatasetCsv(text.replace(',x,', ',10,')).actuals[0]!.note, 'dòng một\ndòng hai\ndòng ba');
  });
  it('counts blank lines', () => {
    findIssue(datasetError(() => parseDatasetCsv(`${HEAD}\n\na,A,,,members,2017,10,5,,,\n\nb,B,,,members,2017,-1,5,,,\n`)), { code: 'too-small', line: 5, column: 'target' });
  });
  it('adds a unit for a parent that has no row of its own', () => {
    const d = parseDatasetCsv(`${HEAD}\nhoang-mai,Quận Hoàng Mai,district-federation,ha-noi,members,2017,1400,1438,,,\n`);
    assert.deepEqual(d.units.map((u) => [u.id, u.parent ?? null]), [['hoang-mai', 'ha-noi'], ['ha-noi', null]]);
  });
  it('needs period_start and period_end for a period that is not a year', () => {
    const e = datasetError(() => parseDatasetCsv('unit,metric,period,target\na,members,term,5\n'));
    assert.deepEqual(e.issues.map((i) => [i.code, i.line, i.column]), [['required', 2, 'period_start'], ['required', 2, 'period_end']]);
    const d = parseDatasetCsv('unit,metric,period,period_start,period_end,period_label,target\na,members,term,2018-01-01,2023-12-31,Nhiệm kỳ,5\n');
    assert.deepEqual(d.periods[0], { id: 'term', label: { vi: 'Nhiệm kỳ', en: 'Nhiệm kỳ' }, start: '2018-01-01', end: '2023-12-31' });
  });
  it('accepts one target repeated on the rows of several as-of dates, and rejects a different one', () => {
    const rows = `${HEAD}\na,A,,,members,2017,10,4,2017-06-30,,\na,A,,,members,2017,10,8,2017-10-31,,\n`;
    assert.equal(parseDatasetCsv(rows).targets.length, 1);
    const e = datasetError(() => parseDatasetCsv(rows.replace(',10,8,', ',12,8,')));
    findIssue(e, { code: 'csv-value', line: 3, column: 'target', expected: '10', received: '12', detail: 'line 2' });
    assert.equal(e.format('en')[0], 'line 3, column target: expected 10 as on line 2, received 12');
  });
  it('reads illustrative flags', () => {
    const d = parseDatasetCsv('unit,metric,period,target,actual,illustrative\na,members,2017,10,5,true\nb,members,2017,10,5,\n');
    assert.equal(d.actuals[0]!.illustrative, true);
    assert.equal(d.actuals[1]!.illustrative, undefined);
  });
});

describe('parseDatasetText', () => {
  it('detects JSON by its first character and CSV otherwise', () => {
    assert.equal(parseDatasetText(JSON.stringify(minimal())).title, 'Thử');
    assert.equal(parseDatasetText(`\uFEFF  ${JSON.stringify(minimal())}`).title, 'Thử');
    assert.equal(parseDatasetText('unit,metric,period,target\na,members,2017,5\n').units[0]!.id, 'a');
  });
  it('follows an explicit format', () => {
    findIssue(datasetError(() => parseDatasetText('unit,metric,period,target\n', 'json')), { code: 'invalid-json', line: 1, column: '1' });
    assert.equal(parseDatasetText('unit,metric,period,target\na,members,2017,5\n', 'csv', { title: 'T' }).title, 'T');
  });
});

describe('datasetToCsv', () => {
  it('writes the columns of CSV_COLUMNS, in order', () => {
    assert.equal(sampleCsv.split('\n', 1)[0], CSV_COLUMNS.join(','));
    assert.equal(datasetToCsv(sampleDataset).split('\n', 1)[0], CSV_COLUMNS.join(','));
  });
  it('writes data/sample.csv from the sample dataset', () => {
    assert.equal(datasetToCsv(sampleDataset), sampleCsv);
  });
  it('round-trips data/sample.csv: parse, write, parse gives the same figures', () => {
    const once = parseDatasetCsv(sampleCsv);
    assert.equal(datasetToCsv(once), sampleCsv);
    const key = (x: { unit: string; metric: string; period: string }) => `${x.unit}|${x.metric}|${x.period}`;
    const byKey = new Map(sampleDataset.actuals.map((a) => [`${key(a)}|${a.asOf}`, a]));
    assert.equal(once.actuals.length, sampleDataset.actuals.length);
    for (const a of once.actuals) {
      const original = byKey.get(`${key(a)}|${a.asOf}`)!;
      assert.equal(a.value, original.value);
      assert.equal(a.printed, original.printed);
      assert.equal(a.source?.name, original.source?.name);
    }
    assert.deepEqual(once.targets.map((t) => [key(t), t.value]).sort(), sampleDataset.targets.map((t) => [key(t), t.value]).sort());
    const unit = (u: { id: string; name: string; kind: string; parent?: string | null }) => [u.id, u.name, u.kind, u.parent ?? null];
    const withFigures = new Set(sampleDataset.targets.map((t) => t.unit));
    assert.deepEqual(
      once.units.filter((u) => withFigures.has(u.id)).map(unit).sort(),
      sampleDataset.units.filter((u) => withFigures.has(u.id)).map(unit).sort(),
    );
  });
  it('loses the name and kind of a parent that has no figure of its own (a CSV has no row for it)', () => {
    const city = parseDatasetCsv(sampleCsv).units.find((u) => u.id === 'ha-noi');
    assert.deepEqual(city, { id: 'ha-noi', name: 'ha-noi', kind: 'other' });
  });
  it('writes one row per actual with its target, then targets without an actual', () => {
    const d = parseDataset(minimal({
      targets: [{ unit: 'a', metric: 'members', period: '2020', value: 10 }],
      actuals: [{ unit: 'a', metric: 'members', period: '2020', value: 4, asOf: '2020-06-30' }, { unit: 'a', metric: 'members', period: '2020', value: 9 }],
    }));
    const rows = datasetToCsv(d).trim().split('\n').map((r) => r.split(','));
    const col = (r: string[], c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
    assert.deepEqual(rows.slice(1).map((r) => [col(r, 'target'), col(r, 'actual'), col(r, 'as_of')]), [['10', '4', '2020-06-30'], ['10', '9', '']]);
    const onlyTarget = parseDataset(minimal({ targets: [{ unit: 'a', metric: 'members', period: '2020', value: 10 }] }));
    const row = datasetToCsv(onlyTarget).trim().split('\n')[1]!.split(',');
    assert.deepEqual([col(row, 'target'), col(row, 'actual')], ['10', '']);
  });
  it('keeps only the selected units, metrics and periods', () => {
    const csv = datasetToCsv(sampleDataset, { units: ['hoang-mai'], metrics: ['members'] });
    const lines = csv.trim().split('\n').slice(1);
    assert.equal(lines.length, 2); // 2017 and 2021
    assert.ok(lines.every((l) => l.startsWith('hoang-mai,') && l.includes(',members,')));
    assert.equal(datasetToCsv(sampleDataset, { periods: ['2021'] }).trim().split('\n').length - 1, 60);
  });
  it('neutralizes cells a spreadsheet would run as a formula', () => {
    const d = parseDataset(minimal({ actuals: [{ unit: 'a', metric: 'members', period: '2020', value: 1, note: '=HYPERLINK("x")' }] }));
    assert.match(datasetToCsv(d), /"'=HYPERLINK\(""x""\)"/);
  });
});

describe('CSV as spreadsheets write it', () => {
  const read = (f: string) => readFileSync(new URL(f, import.meta.url), 'utf8');
  it('reads semicolons (Excel in a Vietnamese locale) and tabs, the separator detected from the header', () => {
    for (const f of ['./fixtures/good/semicolon-delimiter.csv', './fixtures/good/tab-delimiter.csv']) {
      const d = parseDatasetCsv(read(f));
      assert.deepEqual([d.actuals[0]!.value, d.targets[0]!.value, d.actuals[0]!.printed, d.units[0]!.name], [1438, 1400, '102,7%', 'Quận Hoàng Mai'], f);
    }
    // A comma inside quotes does not make a semicolon file a comma file.
    assert.equal(parseDatasetCsv('unit;metric;period;actual;printed\na;members;2020;5;"12,5%"\n').actuals[0]!.printed, '12,5%');
  });
  it('understands Vietnamese headers and words: ids from names, Năm 2021, Kết nạp đoàn viên, Khu vực nhà nước', () => {
    const d = parseDatasetCsv('Đơn vị,Đơn vị cấp trên,Chỉ số,Kỳ,Chỉ tiêu,Thực hiện,Ngày số liệu\nQuận Hoàn Kiếm,Thành phố Hà Nội,Kết nạp đoàn viên,Năm 2021,"1.400","1.548",2021-06-30\n');
    assert.deepEqual(d.units.map((u) => [u.id, u.name, u.parent]), [['quan-hoan-kiem', 'Quận Hoàn Kiếm', 'thanh-pho-ha-noi'], ['thanh-pho-ha-noi', 'thanh-pho-ha-noi', undefined]]);
    assert.deepEqual(d.actuals[0], { unit: 'quan-hoan-kiem', metric: 'members', period: '2021', value: 1548, asOf: '2021-06-30' });
    const r = parseDatasetCsv('Đơn vị,Kỳ,Khu vực,Số CĐCS được đánh giá,Vững mạnh\nQuận A,2018,Khu vực nhà nước,50,46\n');
    assert.deepEqual(r.qualityRatings.map((q) => [q.unit, q.sector, q.evaluated, q.strong]), [['quan-a', 'state', 50, 46]]);
  });
  it('reads the template docs/mau-du-lieu.csv (Vietnamese headers) into the Hoàn Kiếm 2021 figures', () => {
    const d = parseDatasetCsv(read('../../../docs/mau-du-lieu.csv'));
    assert.deepEqual(d.units.map((u) => [u.id, u.name]), [['quan-hoan-kiem', 'Quận Hoàn Kiếm'], ['thanh-pho-ha-noi', 'Thành phố Hà Nội']]);
    assert.deepEqual(d.actuals.map((a) => [a.metric, a.value, a.printed]), [['grassroots-unions', 21, '87,5%'], ['members', 1548, '110,6%']]);
  });
  it('names the columns needed when one is missing, with its line', () => {
    const e = datasetError(() => parseDatasetCsv('Đơn vị,Thực hiện\nQuận A,5\n'));
    assert.deepEqual(e.issues.map((i) => [i.code, i.line, i.expected]), [['csv-header', 1, 'metric'], ['csv-header', 1, 'period']]);
    assert.match(e.format('vi')[0]!, /^dòng 1: thiếu cột CSV chỉ số \(cần các cột: Đơn vị \(hoặc unit\), Chỉ số, Kỳ, và Chỉ tiêu hoặc Thực hiện; .*\); các cột có: Đơn vị, Thực hiện$/);
  });
});
