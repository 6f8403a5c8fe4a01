/**
 * Every human message of the SDK in one place, in Vietnamese and English.
 * @module
 */
import type { Issue, IssueCode } from './errors.js';
import type { Finding } from './findings.js';

/** The languages the SDK and widgets speak. Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** BCP 47 tags used with `Intl` for each locale. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

type Text = (i: Issue) => string;

const EN: Record<IssueCode, Text> = {
  'invalid-type': (i) => `expected ${i.expected}, received ${i.received}${i.detail ? ` (write ${i.detail} as a number, without quotes)` : ''}`,
  'too-small': (i) => `expected ${i.expected}, received ${i.received}`,
  'too-big': (i) => `expected ${i.expected}, received ${i.received}`,
  'invalid-value': (i) => `expected ${i.expected}, received ${i.received}`,
  'invalid-format': (i) => `expected ${i.expected}, received ${i.received}`,
  'unrecognized-key': (i) => `unknown field ${i.detail}`,
  required: (i) => `required field is missing${i.expected ? ` (expected ${i.expected})` : ''}`,
  'duplicate-id': (i) => `duplicate id ${i.detail}`,
  'unknown-reference': (i) => `unknown ${i.expected} ${i.received}`,
  'parent-cycle': (i) => `parent cycle: ${i.detail}`,
  'as-of-outside-period': (i) => `asOf ${i.received} is outside its period ${i.detail}`,
  'period-order': (i) => `period ends (${i.received}) before it starts (${i.detail})`,
  'share-parts': (i) => `strong (${i.received}) is more than evaluated (${i.detail})`,
  'empty-input': () => 'the input is empty',
  'invalid-json': (i) => `not valid JSON: ${i.detail}`,
  'csv-header': (i) => `missing CSV column ${i.expected}${i.detail ? `; found ${i.detail}` : ''}`,
  'csv-delimiter': (i) => `CSV columns must be separated by commas; this file uses ${i.detail}`,
  'csv-value': (i) => `expected ${i.expected}, received ${i.received}`,
  'invalid-number': (i) => `expected ${i.expected}, received ${i.received}`,
};

const VI_EXPECTED: Record<string, string> = {
  'a number': 'một số',
  'a number ≥ 0': 'một số ≥ 0',
  'a whole number ≥ 0': 'một số nguyên ≥ 0',
  'a string': 'một chuỗi',
  'a non-empty string': 'một chuỗi không rỗng',
  'an object': 'một đối tượng',
  'an array': 'một mảng',
  'a boolean': 'true hoặc false',
  'a date YYYY-MM-DD': 'ngày dạng YYYY-MM-DD',
  'an id (letters, digits, - _ .)': 'mã (chữ, số, - _ .)',
  'a URL': 'một URL',
  'a share between 0 and 1': 'tỉ lệ từ 0 đến 1',
  unit: 'đơn vị',
  metric: 'chỉ số',
  period: 'kỳ',
  sector: 'khu vực',
};

const vi = (s: string | undefined): string => (s === undefined ? '' : (VI_EXPECTED[s] ?? s));

const VI: Record<IssueCode, Text> = {
  'invalid-type': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}${i.detail ? ` (hãy ghi ${i.detail} dạng số, không có dấu ngoặc kép)` : ''}`,
  'too-small': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'too-big': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'invalid-value': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'invalid-format': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'unrecognized-key': (i) => `trường không được biết ${i.detail}`,
  required: (i) => `thiếu trường bắt buộc${i.expected ? ` (cần ${vi(i.expected)})` : ''}`,
  'duplicate-id': (i) => `mã bị trùng ${i.detail}`,
  'unknown-reference': (i) => `không có ${vi(i.expected)} ${i.received}`,
  'parent-cycle': (i) => `vòng lặp đơn vị cấp trên: ${i.detail}`,
  'as-of-outside-period': (i) => `ngày số liệu ${i.received} nằm ngoài kỳ ${i.detail}`,
  'period-order': (i) => `kỳ kết thúc (${i.received}) trước khi bắt đầu (${i.detail})`,
  'share-parts': (i) => `số vững mạnh (${i.received}) lớn hơn số được đánh giá (${i.detail})`,
  'empty-input': () => 'dữ liệu rỗng',
  'invalid-json': (i) => `JSON không hợp lệ: ${i.detail}`,
  'csv-header': (i) => `thiếu cột CSV ${i.expected}${i.detail ? `; các cột có: ${i.detail}` : ''}`,
  'csv-delimiter': (i) => `các cột CSV phải phân cách bằng dấu phẩy; tệp này dùng ${i.detail}`,
  'csv-value': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'invalid-number': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
};

const WHERE: Record<Locale, { line: string; column: string }> = {
  vi: { line: 'dòng', column: 'cột' },
  en: { line: 'line', column: 'column' },
};

/** One issue as a line of text: `targets[3].value: expected a number ≥ 0, received -5`. */
export function formatIssue(issue: Issue, locale: Locale = 'en'): string {
  const text = (locale === 'vi' ? VI : EN)[issue.code](issue);
  const w = WHERE[locale];
  const where: string[] = [];
  if (issue.line !== undefined) where.push(`${w.line} ${issue.line}`);
  if (issue.column !== undefined) where.push(`${w.column} ${issue.column}`);
  if (issue.path) where.push(issue.path);
  return where.length ? `${where.join(', ')}: ${text}` : text;
}

const VERDICT: Record<Locale, Record<string, string>> = {
  vi: { exact: 'khớp', rounded: 'làm tròn đúng', truncated: 'bị cắt bớt chữ số (không làm tròn)', mismatch: 'SAI LỆCH', unparseable: 'không đọc được', 'no-target': 'không có chỉ tiêu để kiểm tra' },
  en: { exact: 'exact', rounded: 'correctly rounded', truncated: 'truncated (not rounded)', mismatch: 'MISMATCH', unparseable: 'unreadable', 'no-target': 'no target to check against' },
};

/** A finding as a line of text, in the locale. Numbers are written the locale's way. */
export function formatFinding(f: Finding, locale: Locale = 'vi', fmt: (n: number) => string = String): string {
  if (f.code === 'printed') {
    const computed = f.computed === null ? '' : locale === 'vi' ? `; tính lại: ${fmt(f.computed)}%` : `; computed: ${fmt(f.computed)}%`;
    const printed = locale === 'vi' ? `ghi “${f.text}”` : `printed “${f.text}”`;
    return `${f.path}: ${printed}: ${VERDICT[locale][f.verdict]}${computed}`;
  }
  const what = f.code === 'aggregate-mismatch' ? (locale === 'vi' ? 'số thực hiện' : 'actual') : locale === 'vi' ? 'chỉ tiêu' : 'target';
  return locale === 'vi'
    ? `${f.path}: ${what} của ${f.unit} là ${fmt(f.reported)} nhưng tổng các đơn vị trực thuộc là ${fmt(f.computed)}`
    : `${f.path}: ${what} of ${f.unit} is ${fmt(f.reported)} but its children sum to ${fmt(f.computed)}`;
}
