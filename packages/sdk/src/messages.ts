/**
 * Every human message of the SDK in one place, in Vietnamese and English.
 * @module
 */
import type { Issue, IssueCode } from './errors.js';
import type { Finding } from './findings.js';
import type { Locale } from './locale.js';


type Text = (i: Issue) => string;

/** The whole a part is compared with (`share-parts`): an actual's `of`, a rating's `evaluated`. */
const WHOLE: Record<Locale, Record<string, string>> = {
  en: { of: 'its total “of”', evaluated: 'the number evaluated' },
  vi: { of: 'tổng “of” của nó', evaluated: 'số CĐCS được đánh giá' },
};
/** Separators a CSV may use by mistake (`csv-delimiter`). */
const DELIMITER: Record<Locale, Record<string, string>> = {
  en: { ';': 'semicolons (;)', '\t': 'tabs', '|': 'bars (|)' },
  vi: { ';': 'dấu chấm phẩy (;)', '\t': 'dấu tab', '|': 'dấu gạch đứng (|)' },
};

const EN: Record<IssueCode, Text> = {
  'invalid-type': (i) => `expected ${i.expected}, received ${i.received}${i.detail ? ` (write ${i.detail} as a number, without quotes)` : ''}`,
  'too-small': (i) => `expected ${i.expected}, received ${i.received}`,
  'too-big': (i) => `expected ${i.expected}, received ${i.received}`,
  'invalid-value': (i) => `expected ${i.expected}, received ${i.received}`,
  'invalid-format': (i) => `expected ${i.expected}, received ${i.received}`,
  'unrecognized-key': (i) => `unknown field ${i.detail}`,
  required: (i) => `required field is missing${i.expected ? ` (expected ${i.expected})` : ''}`,
  'duplicate-id': (i) => `duplicate ${i.expected} ${i.received} (first at ${i.detail})`,
  'unknown-reference': (i) => `unknown ${i.expected} ${i.received}`,
  'parent-cycle': (i) => `parent cycle: ${i.detail}`,
  'as-of-outside-period': (i) => `asOf ${i.received} is outside its period ${i.detail}`,
  'period-order': (i) => `ends (${i.received}) before it starts (${i.detail})`,
  'share-parts': (i) => `${i.received} is more than ${WHOLE.en[i.expected ?? ''] ?? i.expected} (${i.detail})`,
  'empty-input': (i) => (i.detail === 'no-rows' ? 'the CSV has a header but no rows' : 'the input is empty'),
  'invalid-json': (i) => `not valid JSON: expected ${i.expected}, found ${i.received}`,
  'csv-header': (i) => `missing CSV column ${i.expected} (the columns needed: unit or Đơn vị, metric or Chỉ số, period or Kỳ, and target or actual; ratings: sector instead of metric)${i.detail ? `; found ${i.detail}` : ''}`,
  'csv-delimiter': (i) => `CSV columns must be separated by commas; this file uses ${DELIMITER.en[i.detail ?? ''] ?? i.detail}`,
  'csv-value': (i) => `expected ${i.expected}${i.detail ? ` as on ${i.detail}` : ''}, received ${i.received}`,
  'csv-extra-cells': (i) => `${i.received} cells but the header has ${i.expected} columns; a number with a comma must be quoted ("1,400"), or use 1.400`,
  'count-not-whole': (i) => `a count must be a whole number, received ${i.received}${i.detail ? ` (it looks like ${i.detail} written with a thousands dot: write ${i.detail})` : ''}`,
  'share-out-of-range': (i) => `a share must be between 0 and 1, received ${i.received}${i.detail ? ` (it looks like a percent: write ${i.detail})` : ''}`,
  'invalid-number': (i) => `expected ${i.expected}, received ${i.received}`,
};

const VI_EXPECTED: Record<string, string> = {
  'a number': 'một số',
  'a number ≥ 0': 'một số ≥ 0',
  'a whole number': 'một số nguyên',
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
  'evaluated and strong counts, or a share': 'số được đánh giá và số vững mạnh, hoặc tỉ lệ (share)',
  'target or actual': 'target hoặc actual',
  'a value': 'một giá trị',
  'the end of the input': 'hết dữ liệu',
  'end of input': 'hết dữ liệu',
  unit: 'đơn vị',
  metric: 'chỉ số',
  period: 'kỳ',
  sector: 'khu vực',
  target: 'chỉ tiêu',
  actual: 'số liệu thực hiện',
  rating: 'đánh giá chất lượng',
};

/** Words of an English expectation in Vietnamese; patterns with numbers are rewritten. */
const vi = (s: string | undefined): string => {
  if (s === undefined) return '';
  const known = VI_EXPECTED[s];
  if (known !== undefined) return known;
  return s
    .replace(/^one of /, 'một trong ')
    .replace(/^a (whole )?number ([≤≥<>]) /, (_m, whole: string | undefined, op: string) => `một số${whole ? ' nguyên' : ''} ${op} `)
    .replace(/^at least (\d+) items$/, 'ít nhất $1 phần tử')
    .replace(/^at most (\d+) characters$/, 'tối đa $1 ký tự')
    .replace(/^line (\d+)$/, 'dòng $1')
    .replace(/^row (\d+)$/, 'hàng $1');
};

const VI: Record<IssueCode, Text> = {
  'invalid-type': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}${i.detail ? ` (hãy ghi ${i.detail} dạng số, không có dấu ngoặc kép)` : ''}`,
  'too-small': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'too-big': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'invalid-value': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'invalid-format': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
  'unrecognized-key': (i) => `trường không được biết ${i.detail}`,
  required: (i) => `thiếu trường bắt buộc${i.expected ? ` (cần ${vi(i.expected)})` : ''}`,
  'duplicate-id': (i) => `trùng ${vi(i.expected)} ${i.received} (đã có ở ${vi(i.detail)})`,
  'unknown-reference': (i) => `không có ${vi(i.expected)} ${i.received}`,
  'parent-cycle': (i) => `vòng lặp đơn vị cấp trên: ${i.detail}`,
  'as-of-outside-period': (i) => `ngày số liệu ${i.received} nằm ngoài kỳ ${i.detail}`,
  'period-order': (i) => `ngày kết thúc (${i.received}) trước ngày bắt đầu (${i.detail})`,
  'share-parts': (i) => `${i.received} lớn hơn ${WHOLE.vi[i.expected ?? ''] ?? i.expected} (${i.detail})`,
  'empty-input': (i) => (i.detail === 'no-rows' ? 'tệp CSV chỉ có dòng tiêu đề, không có dòng số liệu nào' : 'dữ liệu rỗng'),
  'invalid-json': (i) => `JSON không hợp lệ: cần ${vi(i.expected)}, gặp ${vi(i.received)}`,
  'csv-header': (i) => `thiếu cột CSV ${vi(i.expected)} (cần các cột: Đơn vị (hoặc unit), Chỉ số, Kỳ, và Chỉ tiêu hoặc Thực hiện; với đánh giá CĐCS: Khu vực thay cho Chỉ số)${i.detail ? `; các cột có: ${i.detail}` : ''}`,
  'csv-delimiter': (i) => `các cột CSV phải phân cách bằng dấu phẩy; tệp này dùng ${DELIMITER.vi[i.detail ?? ''] ?? i.detail}`,
  'csv-value': (i) => `cần ${vi(i.expected)}${i.detail ? ` như ở ${vi(i.detail)}` : ''}, nhận được ${i.received}`,
  'csv-extra-cells': (i) => `dòng có ${i.received} ô nhưng tiêu đề chỉ có ${i.expected} cột; số có dấu phẩy phải đặt trong ngoặc kép ("1,400"), hoặc ghi 1.400`,
  'count-not-whole': (i) => `số đếm phải là số nguyên, nhận được ${i.received}${i.detail ? ` (có vẻ là ${i.detail} viết với dấu chấm phân cách hàng nghìn: hãy ghi ${i.detail})` : ''}`,
  'share-out-of-range': (i) => `tỉ lệ phải từ 0 đến 1, nhận được ${i.received}${i.detail ? ` (có vẻ là phần trăm: hãy ghi ${i.detail})` : ''}`,
  'invalid-number': (i) => `cần ${vi(i.expected)}, nhận được ${i.received}`,
};

const WHERE: Record<Locale, { line: string; row: string; column: string }> = {
  vi: { line: 'dòng', row: 'hàng', column: 'cột' },
  en: { line: 'line', row: 'row', column: 'column' },
};

/**
 * Where something is, in words: `line 4, column target` for a CSV, `targets[3].value` for JSON,
 * or both; empty when neither is known.
 */
export function formatWhere(at: { line?: number; row?: number; column?: string; path?: string }, locale: Locale = 'en'): string {
  const w = WHERE[locale];
  const where: string[] = [];
  if (at.line !== undefined) where.push(`${w.line} ${at.line}`);
  if (at.row !== undefined) where.push(`${w.row} ${at.row}`);
  if (at.column !== undefined) where.push(`${w.column} ${at.column}`);
  if (at.path) where.push(at.path);
  return where.join(', ');
}

/** One issue as a line of text: `targets[3].value: expected a number ≥ 0, received -5`. */
export function formatIssue(issue: Issue, locale: Locale = 'en'): string {
  const text = (locale === 'vi' ? VI : EN)[issue.code](issue);
  const where = formatWhere(issue, locale);
  return where ? `${where}: ${text}` : text;
}

const VERDICT: Record<Locale, Record<string, string>> = {
  vi: { exact: 'khớp', rounded: 'làm tròn đúng', truncated: 'bị cắt bớt chữ số (không làm tròn)', mismatch: 'SAI LỆCH', unparseable: 'không đọc được', 'no-target': 'không có chỉ tiêu để kiểm tra', 'no-of': 'không có tổng (of) để kiểm tra' },
  en: { exact: 'exact', rounded: 'correctly rounded', truncated: 'truncated (not rounded)', mismatch: 'MISMATCH', unparseable: 'unreadable', 'no-target': 'no target to check against', 'no-of': 'no whole (of) to check against' },
};

/** A finding as a line of text, in the locale. Numbers are written the locale's way. */
export function formatFinding(f: Finding, locale: Locale = 'vi', fmt: (n: number) => string = String): string {
  if (f.code === 'printed') {
    const computed = f.computed === null ? '' : locale === 'vi' ? `; tính lại: ${fmt(f.computed)}%` : `; computed: ${fmt(f.computed)}%`;
    const printed = locale === 'vi' ? `ghi “${f.text}”` : `printed “${f.text}”`;
    return `${f.path} (${f.unit}): ${printed}: ${VERDICT[locale][f.verdict]}${computed}`;
  }
  if (f.code === 'unit-without-name') {
    return locale === 'vi'
      ? `${f.path}: đơn vị ${f.unit} chưa có tên (chỉ có mã), người đọc sẽ thấy “${f.unit}”: thêm một dòng cho đơn vị này với tên của nó`
      : `${f.path}: unit ${f.unit} has no name (only its id), readers would see “${f.unit}”: add a row for it with its name`;
  }
  if (f.code === 'share-without-of') {
    return locale === 'vi'
      ? `${f.path}: tỉ lệ của ${f.child} không có tổng (of) nên không được cộng vào ${f.unit}`
      : `${f.path}: the share of ${f.child} has no whole (of), so it is left out of ${f.unit}`;
  }
  const what = f.code === 'aggregate-mismatch' ? (locale === 'vi' ? 'số thực hiện' : 'actual') : locale === 'vi' ? 'chỉ tiêu' : 'target';
  return locale === 'vi'
    ? `${f.path}: ${what} của ${f.unit} là ${fmt(f.reported)} nhưng tổng các đơn vị trực thuộc là ${fmt(f.computed)}`
    : `${f.path}: ${what} of ${f.unit} is ${fmt(f.reported)} but its children sum to ${fmt(f.computed)}`;
}
