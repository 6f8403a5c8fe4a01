import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetError, DEFAULT_SECTORS, DEFAULT_THRESHOLDS, parseDataset, parseDatasetJson, safeParseDataset } from '../src/index.js';
import { datasetError, findIssue, minimal } from './helpers.js';

const sampleJson = readFileSync(new URL('../data/sample.json', import.meta.url), 'utf8');

describe('parseDataset', () => {
  it('returns the dataset with optional arrays present and default sectors and thresholds', () => {
    const d = parseDataset(minimal());
    assert.deepEqual(d.targets, []);
    assert.deepEqual(d.actuals, []);
    assert.deepEqual(d.qualityRatings, []);
    assert.deepEqual(d.sectors.map((s) => s.id), ['state', 'non-state']);
    assert.deepEqual(d.thresholds, [
      { sector: 'state', share: 0.9, comparison: 'strict' },
      { sector: 'non-state', share: 0.5, comparison: 'inclusive' },
    ]);
    assert.deepEqual(DEFAULT_SECTORS.map((s) => s.id), ['state', 'non-state']);
    assert.equal(DEFAULT_THRESHOLDS.length, 2);
  });
  it('keeps only the default thresholds of the sectors a dataset declares', () => {
    const d = parseDataset(minimal({ sectors: [{ id: 'state', labels: { vi: 'Nhà nước' } }] }));
    assert.deepEqual(d.thresholds.map((t) => t.sector), ['state']);
  });
  it('does not share default thresholds between datasets (mutating one leaves the defaults alone)', () => {
    const d = parseDataset(minimal());
    d.thresholds[0]!.share = 0.1;
    assert.equal(parseDataset(minimal()).thresholds[0]!.share, 0.9);
  });
  it('keeps every given field of a figure', () => {
    const d = parseDataset(minimal({
      targets: [{ unit: 'a', metric: 'members', period: '2020', value: 1400, source: { name: 'Báo', url: 'https://example.org/a', date: '2020-02-01' } }],
      actuals: [{ unit: 'a', metric: 'members', period: '2020', value: 1548, asOf: '2020-06-30', printed: '110,6%', note: 'n', illustrative: false }],
    }));
    assert.equal(d.targets[0]!.source!.url, 'https://example.org/a');
    assert.equal(d.actuals[0]!.printed, '110,6%');
    assert.equal(d.actuals[0]!.asOf, '2020-06-30');
  });
  it('throws a DatasetError whose message lists each problem with its path', () => {
    const e = datasetError(() => parseDataset(minimal({ targets: [{ unit: 'a', metric: 'members', period: '2020', value: -5 }, { unit: 'zz', metric: 'members', period: '2020', value: 1 }] })));
    findIssue(e, { code: 'too-small', path: 'targets[0].value' });
    assert.equal(e.issues.length, 1, 'reference checks run only on a schema-valid dataset');
    assert.match(e.message, /^Invalid dataset: 1 problem\n {2}- targets\[0\]\.value: expected a number ≥ 0, received -5$/);
  });
  it('checks references once the schema passes', () => {
    const e = datasetError(() => parseDataset(minimal({ targets: [{ unit: 'zz', metric: 'members', period: '2020', value: 1 }] })));
    findIssue(e, { code: 'unknown-reference', path: 'targets[0].unit', received: '"zz"' });
  });
  it('rejects nothing-at-all as empty input', () => {
    for (const input of [undefined, null, '']) findIssue(datasetError(() => parseDataset(input)), { code: 'empty-input', path: '' });
  });
});

describe('safeParseDataset', () => {
  it('returns success with the data', () => {
    const r = safeParseDataset(minimal());
    assert.equal(r.success, true);
    if (r.success) assert.equal(r.data.title, 'Thử');
  });
  it('returns the error instead of throwing', () => {
    const r = safeParseDataset({ title: 'x' });
    assert.equal(r.success, false);
    if (!r.success) {
      assert.ok(r.error instanceof DatasetError);
      assert.deepEqual(r.error.issues.map((i) => [i.code, i.path]), [['required', 'units'], ['required', 'metrics'], ['required', 'periods']]);
    }
  });
});

describe('parseDatasetJson', () => {
  it('parses the sample JSON, with and without a UTF-8 BOM', () => {
    const plain = parseDatasetJson(sampleJson);
    const bom = parseDatasetJson(`\uFEFF${sampleJson}`);
    assert.equal(plain.units.length, 32);
    assert.deepEqual(bom, plain);
    assert.equal(plain.units.find((u) => u.id === 'hoang-mai')!.name, 'Quận Hoàng Mai');
  });
  it('names the line and column of a syntax error and what was expected there', () => {
    const e = datasetError(() => parseDatasetJson('{\n  "title": "x",\n  "units": [,]\n}'));
    assert.deepEqual(e.issues, [{ code: 'invalid-json', path: '', line: 3, column: '13', expected: 'a value', received: '","' }]);
    assert.equal(e.format('en')[0], 'line 3, column 13: not valid JSON: expected a value, found ","');
    assert.equal(e.format('vi')[0], 'dòng 3, cột 13: JSON không hợp lệ: cần một giá trị, gặp ","');
  });
  it('counts lines after a BOM as the editor shows them', () => {
    const e = datasetError(() => parseDatasetJson('\uFEFF{\n"title": "x"\n"units": []}'));
    findIssue(e, { code: 'invalid-json', line: 3, column: '1', expected: '"," or "}"' });
  });
  it('says where a text ends too early', () => {
    const e = datasetError(() => parseDatasetJson('{\n"title": "x",\n'));
    findIssue(e, { code: 'invalid-json', line: 3, column: '1', expected: 'a "quoted" key', received: 'end of input' });
  });
  it('treats empty, blank and BOM-only text as empty input', () => {
    for (const t of ['', '  \n\t', '\uFEFF']) findIssue(datasetError(() => parseDatasetJson(t)), { code: 'empty-input' });
  });
  it('validates the parsed value like parseDataset', () => {
    findIssue(datasetError(() => parseDatasetJson('{"title": "x"}')), { code: 'required', path: 'units' });
  });
});
