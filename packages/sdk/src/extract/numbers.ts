/**
 * The number grammar of the Vietnamese press: `1.548`, `1300`, `02`, `1.230.459`, `110,6%`, `90 %`,
 * fractions `27/22` and `1.365/1300`; and what is not a count (dates, times, decree numbers,
 * article numbers, years).
 * @module
 */
import { parseNumberVi } from '../format.js';

/** A numeral, a fraction or a percent found in the text. */
export interface NumberToken {
  /** `count` (`1.548`), `fraction` (`1.548/1.400`) or `percent` (`110,6%`). */
  kind: 'count' | 'fraction' | 'percent';
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
  /** The value (the part before the slash for a fraction; the percent for a percent). */
  value: number;
  /** For a fraction: the value after the slash. */
  over?: number;
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:\-])(${NUM})(?:[ ]?/[ ]?(${NUM}))?([ ]?%)?`, 'gu');

/** Words right before a number that make it a name, not a count (`Nghị định 98`, `ngày 24`, `lần thứ 2`). */
const NOT_A_COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:ngày|năm|tháng|quý|số|điều|khoản|mục|lần thứ|thứ|khóa|khoá|quốc lộ|tỉnh lộ|đường|vòng|phiên|nghị định|nghị quyết|quyết định|chỉ thị|thông tư|kết luận|công văn|kế hoạch số|hướng dẫn số|giờ|lúc|phòng|tầng|km|tổ|khu|lô|ấp|thôn|đội|xóm|kỳ họp|hội nghị lần|lần|top|covid-|sea games)\s*$/iu;

/** Reads a numeral as printed; `null` when it is not one. */
export function readNumber(raw: string): number | null {
  try {
    const n = parseNumberVi(raw);
    return Number.isFinite(n) && n >= 0 ? n : null;
  } catch {
    return null;
  }
}

/**
 * Every numeral, fraction and percent of `text[start, end)` that can be a figure: dates
 * (`24/10/2014`, `3/2/2017`), times (`15:42`), codes (`98/2014/NĐ-CP`, `09-NQ/TU`, `17.1`), years
 * and numbers named by the word before them are left out.
 */
export function numberTokens(text: string, start: number, end: number): NumberToken[] {
  const out: NumberToken[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < end) {
    const s = m.index;
    const e = s + m[0].length;
    if (e > end) break;
    const after = text.slice(e, e + 3);
    // Part of a date, a time, a code or a word: 24/10/2014, 15:42, 98/2014/NĐ, 09-NQ, 2018NĐ.
    if (/^(?:[ ]?\/|:\d|-\p{L}|\p{L}|\.\d|,\d)/u.test(after) && !m[3]) continue;
    const before = text.slice(Math.max(start, s - 24), s);
    if (m[3]) {
      const value = readNumber(m[1]!);
      if (value !== null && !m[2]) out.push({ kind: 'percent', start: s, end: e, raw: m[0], value });
      continue;
    }
    if (NOT_A_COUNT_BEFORE.test(before)) continue;
    const a = readNumber(m[1]!);
    if (a === null) continue;
    if (m[2]) {
      const b = readNumber(m[2]);
      if (b === null) continue;
      if (isDateLike(m[1]!, m[2], before)) continue;
      out.push({ kind: 'fraction', start: s, end: e, raw: m[0], value: a, over: b });
      continue;
    }
    if (!Number.isInteger(a)) continue; // 17,5 người is not a count
    if (/^(19|20)\d\d$/.test(m[1]!) && /(?:năm|nhiệm kỳ|giai đoạn|đến|từ|–|-|và)\s*$/iu.test(before)) continue;
    out.push({ kind: 'count', start: s, end: e, raw: m[0], value: a });
  }
  return out;
}

/** `20/4` after `ngày`, or a day/month pair followed by nothing countable, is a date. */
function isDateLike(a: string, b: string, before: string): boolean {
  if (/(?:ngày|hôm|sáng|chiều|tối|đêm)\s*$/iu.test(before)) return true;
  return /^(19|20)\d\d$/.test(b) && Number(a) <= 12;
}
