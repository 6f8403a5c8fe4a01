/**
 * Column headers as people write them in a spreadsheet, in Vietnamese or English, mapped to the
 * long-CSV columns: one table for CSV files, `tiendo check`, the playground and light-DOM tables.
 * @module
 */
import type { CsvColumn } from './csv-columns.js';

/**
 * Header words (compared lower case, without diacritics, `đ` as `d`) → long-CSV column. The long-CSV
 * names themselves (`unit`, `as_of` …) are always understood. Documented in docs/sdk.md.
 */
export const CSV_HEADER_WORDS: readonly (readonly [column: CsvColumn, words: readonly string[]])[] = [
  ['unit', ['ma don vi', 'ma', 'id']],
  ['unit_name', ['don vi', 'ten don vi', 'unit name', 'name', 'ten', 'lien doan lao dong', 'ldld']],
  ['unit_kind', ['loai don vi', 'cap', 'kind']],
  ['parent', ['don vi cap tren', 'cap tren', 'ma don vi cap tren', 'parent unit']],
  ['metric', ['chi so', 'chi tieu thi dua', 'noi dung']],
  ['period', ['ky', 'nam', 'year']],
  ['period_label', ['ten ky']],
  ['period_start', ['ngay bat dau', 'bat dau', 'tu ngay']],
  ['period_end', ['ngay ket thuc', 'ket thuc']],
  ['target', ['chi tieu', 'ke hoach', 'plan', 'chi tieu nam', 'ke hoach nam']],
  ['actual', ['thuc hien', 'ket qua', 'result', 'da dat', 'so lieu']],
  ['of', ['tren tong so', 'tong so']],
  ['as_of', ['ngay so lieu', 'ngay', 'tinh den', 'den ngay', 'as of']],
  ['printed', ['ti le', 'ty le', 'dat', '% dat', 'ti le dat', 'ty le dat', 'percent', '% of target', 'bao cao ghi']],
  ['source', ['nguon']],
  ['source_url', ['duong dan nguon', 'lien ket nguon', 'link', 'url']],
  ['source_date', ['ngay dang', 'ngay nguon']],
  ['illustrative', ['minh hoa']],
  ['note', ['ghi chu']],
  ['sector', ['khu vuc']],
  ['scheme', ['tieu chi danh gia', 'thang danh gia']],
  ['evaluated', ['so cdcs duoc danh gia', 'duoc danh gia', 'danh gia', 'so duoc danh gia']],
  ['strong', ['vung manh', 'cdcs vung manh', 'so vung manh', 'hoan thanh tot']],
  ['share', ['ti le vung manh', 'ty le vung manh']],
];

/** Lower case, no diacritics, `đ` as `d`, single spaces: `Chỉ tiêu` → `chi tieu`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An id from a name: `Quận Hoàng Mai` → `quan-hoang-mai`. */
export function slugId(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'don-vi';
}

const WORDS = new Map<string, CsvColumn>();
for (const [column, words] of CSV_HEADER_WORDS) {
  WORDS.set(column.replace(/_/g, ' '), column);
  for (const w of words) WORDS.set(w, column);
}

/** The long-CSV column a header names (`Đơn vị cấp trên` → `parent`, `as_of` → `as_of`), or `undefined`. */
export function columnOfHeader(header: string): CsvColumn | undefined {
  return WORDS.get(foldText(header).replace(/[_-]+/g, ' ').replace(/\s+/g, ' '));
}

/** Sector words → sector id (`Khu vực ngoài nhà nước` → `non-state`); `undefined` for other words. */
export function sectorOfText(text: string): string | undefined {
  const f = foldText(text);
  if (/ngoai nha nuoc|non-state|non state|private/.test(f)) return 'non-state';
  if (/nha nuoc|state|public/.test(f)) return 'state';
  return undefined;
}

/** Metric words → a known metric id (`Kết nạp đoàn viên` → `members`); `undefined` for other words. */
export function metricOfText(text: string): string | undefined {
  const f = foldText(text);
  if (/^(members|(ket nap|phat trien)( moi)? doan vien|doan vien)$/.test(f)) return 'members';
  if (/^(grassroots-unions|thanh lap (moi )?(cdcs|cong doan co so)|cdcs|cong doan co so)$/.test(f)) return 'grassroots-unions';
  return undefined;
}
