/**
 * The corpus of bad inputs in fixtures/bad: each file must be rejected with a DatasetError whose
 * message names the problem and where it is (a path into the JSON, or a line of the text).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetError, type IssueCode, parseDatasetText } from '../src/index.js';

const DIR = new URL('./fixtures/bad/', import.meta.url);

/** file → the first problem: its code, where it is (as the message writes it), words of the message. */
const EXPECTED: Record<string, [code: IssueCode, where: string, words: string]> = {
  '01-title-number.json': ['invalid-type', 'title', 'expected a string, received 42'],
  '02-units-not-array.json': ['invalid-type', 'units', 'expected an array, received an object'],
  '03-unit-name-missing.json': ['required', 'units[1].name', 'required field is missing'],
  '04-unit-kind-unknown.json': ['invalid-value', 'units[1].kind', 'received "ward-thing"'],
  '05-unit-id-with-space.json': ['invalid-format', 'units[1].id', 'expected an id (letters, digits, - _ .), received "hoang mai"'],
  '06-metric-kind-unknown.json': ['invalid-value', 'metrics[0].kind', 'expected one of "count", "share", received "percent"'],
  '07-target-negative.json': ['too-small', 'targets[0].value', 'expected a number ≥ 0, received -5'],
  '08-actual-negative.json': ['too-small', 'actuals[0].value', 'expected a number ≥ 0, received -1438'],
  '09-target-string-nan.json': ['invalid-type', 'targets[0].value', 'expected a number, received "NaN"'],
  '10-actual-string-abc.json': ['invalid-type', 'actuals[0].value', 'expected a number, received "abc"'],
  '11-actual-vi-thousands-string.json': ['invalid-type', 'actuals[0].value', 'received "1.548" (write 1548 as a number, without quotes)'],
  '12-target-vi-decimal-comma.json': ['invalid-type', 'targets[0].value', 'received "102,7" (write 102.7 as a number, without quotes)'],
  '13-target-null.json': ['invalid-type', 'targets[0].value', 'expected a number, received null'],
  '14-target-missing-value.json': ['required', 'targets[0].value', 'required field is missing (expected a number)'],
  '15-printed-number.json': ['invalid-type', 'actuals[0].printed', 'expected a string, received 102.7'],
  '16-asof-bad-date.json': ['invalid-format', 'actuals[0].asOf', 'expected a date YYYY-MM-DD, received "31/10/2017"'],
  '17-asof-impossible-date.json': ['invalid-format', 'actuals[0].asOf', 'received "2017-02-30"'],
  '18-period-start-bad.json': ['invalid-format', 'periods[0].start', 'expected a date YYYY-MM-DD, received "2017"'],
  '19-period-end-before-start.json': ['period-order', 'periods[0].end', 'ends (2016-12-31) before it starts (2017-01-01)'],
  '20-asof-outside-period.json': ['as-of-outside-period', 'actuals[0].asOf', 'asOf 2018-01-15 is outside its period 2017 (2017-01-01 – 2017-12-31)'],
  '21-asof-before-period.json': ['as-of-outside-period', 'actuals[0].asOf', 'asOf 2016-12-31 is outside its period 2017'],
  '22-duplicate-unit-id.json': ['duplicate-id', 'units[2].id', 'duplicate unit "hoang-mai" (first at units[1])'],
  '23-duplicate-metric-id.json': ['duplicate-id', 'metrics[1].id', 'duplicate metric "members" (first at metrics[0])'],
  '24-duplicate-target.json': ['duplicate-id', 'targets[1]', 'duplicate target hoang-mai × members × 2017 (first at targets[0])'],
  '25-unknown-unit-in-target.json': ['unknown-reference', 'targets[0].unit', 'unknown unit "hoang-mia"'],
  '26-unknown-metric-in-actual.json': ['unknown-reference', 'actuals[0].metric', 'unknown metric "member"'],
  '27-unknown-period-in-actual.json': ['unknown-reference', 'actuals[0].period', 'unknown period "2018"'],
  '28-unknown-parent.json': ['unknown-reference', 'units[1].parent', 'unknown unit "hanoi"'],
  '29-parent-cycle-two.json': ['parent-cycle', 'units[0].parent', 'parent cycle: ha-noi → hoang-mai → ha-noi'],
  '30-parent-self.json': ['parent-cycle', 'units[0].parent', 'parent cycle: ha-noi → ha-noi'],
  '31-unknown-field.json': ['unrecognized-key', 'actuals[0].valeu', 'unknown field "valeu"'],
  '32-source-url-bad.json': ['invalid-format', 'actuals[0].source.url', 'expected a URL, received "not a url"'],
  '33-share-above-one.json': ['too-big', 'qualityRatings[0].share', 'expected a share between 0 and 1, received 1.2'],
  '34-strong-more-than-evaluated.json': ['share-parts', 'qualityRatings[0].strong', '45 is more than the number evaluated (40)'],
  '35-unknown-sector.json': ['unknown-reference', 'qualityRatings[0].sector', 'unknown sector "private"'],
  '36-threshold-comparison-unknown.json': ['invalid-value', 'thresholds[0].comparison', 'expected one of "strict", "inclusive", received "greater"'],
  '37-empty.json': ['empty-input', '', 'the input is empty'],
  '38-whitespace-only.json': ['empty-input', '', 'the input is empty'],
  '39-trailing-comma.json': ['invalid-json', 'line 26, column 5', 'not valid JSON: expected a "quoted" key, found "}"'],
  '40-truncated.json': ['invalid-json', 'line 11, column 25', 'not valid JSON: expected the closing quote ", found end of input'],
  // A BOM is accepted: what remains is the real problem, at the line an editor shows.
  '41-bom-with-negative-target.json': ['too-small', 'targets[0].value', 'expected a number ≥ 0, received -22'],
  '42-single-quotes.json': ['invalid-json', 'line 2, column 3', `expected a "quoted" key, found "'"`],
  '43-array-not-object.json': ['invalid-type', '', 'expected an object, received an array'],
  '44-empty.csv': ['empty-input', '', 'the input is empty'],
  '45-header-only.csv': ['empty-input', 'line 2', 'the CSV has a header but no rows'],
  '46-bar-delimiter.csv': ['csv-delimiter', 'line 1', 'CSV columns must be separated by commas; this file uses bars (|)'],
  '48-missing-metric-column.csv': ['csv-header', 'line 1', 'missing CSV column metric (the columns needed: unit or Đơn vị, metric or Chỉ số, period or Kỳ, and target or actual; ratings: sector instead of metric); found unit, period, target, actual'],
  '49-target-not-a-number.csv': ['csv-value', 'line 3, column target', 'expected a number ≥ 0, received "NaN"'],
  '50-negative-actual.csv': ['too-small', 'line 3, column actual', 'expected a number ≥ 0, received -1548'],
  '51-bom-with-bad-date.csv': ['invalid-format', 'line 2, column as_of', 'expected a date YYYY-MM-DD, received "31/10/2017"'],
  '52-asof-outside-period.csv': ['as-of-outside-period', 'line 2, column as_of', 'asOf 2018-03-01 is outside its period 2017'],
  '53-missing-unit-cell.csv': ['required', 'line 3, column unit', 'required field is missing'],
  '54-conflicting-targets.csv': ['csv-value', 'line 3, column target', 'expected 1400 as on line 2, received 1500'],
  '55-parent-cycle.csv': ['parent-cycle', 'line 2, column parent', 'parent cycle: a → b → a'],
  '56-period-without-dates.csv': ['required', 'line 2, column period_start', 'required field is missing (expected a date YYYY-MM-DD)'],
  '57-unknown-kind.csv': ['invalid-value', 'line 2, column unit_kind', 'received "quan"'],
  '58-duplicate-actual.csv': ['duplicate-id', 'line 3', 'duplicate actual hoang-mai × members × 2017 @ 2017-10-31 (first at line 2)'],
  '59-unquoted-thousands-comma.csv': ['csv-extra-cells', 'line 2', '7 cells but the header has 5 columns; a number with a comma must be quoted ("1,400"), or use 1.400'],
  '60-unquoted-percent-comma.csv': ['csv-extra-cells', 'line 2', '7 cells but the header has 6 columns'],
  '61-count-thousands-dot.json': ['count-not-whole', 'actuals[0].value', 'a count must be a whole number, received 1.548 (it looks like 1548 written with a thousands dot: write 1548)'],
  '62-count-target-fraction.json': ['count-not-whole', 'targets[0].value', 'a count must be a whole number, received 22.5'],
  '63-share-target-percent.json': ['share-out-of-range', 'targets[0].value', 'a share must be between 0 and 1, received 90 (it looks like a percent: write 0.9)'],
  '64-duplicate-actual-period-end.json': ['duplicate-id', 'actuals[1]', 'duplicate actual hoang-mai × members × 2017 @ 2017-12-31 (first at actuals[0])'],
};

const files = readdirSync(DIR).filter((f) => /\.(json|csv)$/.test(f)).sort();

function parseFile(file: string): DatasetError {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  try {
    parseDatasetText(text, file.endsWith('.csv') ? 'csv' : 'json');
  } catch (e) {
    assert.ok(e instanceof DatasetError, `${file}: expected a DatasetError, got ${String(e)}`);
    return e;
  }
  assert.fail(`${file}: parsed without error`);
}

describe('the corpus of bad inputs', () => {
  it('has at least 40 files, JSON and CSV, each with an expectation', () => {
    assert.ok(files.length >= 40, `only ${files.length} files`);
    assert.ok(files.some((f) => f.endsWith('.csv')) && files.some((f) => f.endsWith('.json')));
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });
  it('holds a BOM in files whose only other problem is reported', () => {
    for (const f of ['41-bom-with-negative-target.json', '51-bom-with-bad-date.csv']) {
      assert.equal(readFileSync(new URL(f, DIR), 'utf8').charCodeAt(0), 0xfeff, f);
    }
  });
  for (const file of files) {
    const want = EXPECTED[file];
    it(`${file} is rejected: ${want ? `${want[0]} at ${want[1] || 'the whole input'}` : 'no expectation'}`, () => {
      assert.ok(want, `no expectation for ${file}`);
      const [code, where, words] = want;
      const error = parseFile(file);
      assert.equal(error.code, code, error.message);
      assert.equal(error.issues[0]!.code, code);
      // The message lists the problem where it is: `  - targets[0].value: expected …`.
      const head = where ? `  - ${where}: ` : '  - ';
      const line = error.message.split('\n').find((l) => l.startsWith(head) && l.includes(words));
      assert.ok(line, `no line “${head}… ${words} …” in:\n${error.message}`);
      // The same problem in Vietnamese names the same place (lines as `dòng`).
      const vi = error.format('vi')[0]!;
      const viWhere = where.replace('line', 'dòng').replace('column', 'cột');
      assert.ok(vi.startsWith(viWhere), `${vi} does not start with ${viWhere}`);
      assert.notEqual(vi, error.format('en')[0]);
    });
  }
});
