/**
 * The text as the extractor reads it: Unicode NFC (with a map back to the original offsets), the
 * article body without the related-news trailer, and its sentences.
 * @module
 */

/** The text in NFC, and for each of its characters the offset of the original character. */
export interface Normalized {
  /** The NFC text, spaces (NBSP, thin spaces) as plain spaces, the same length or shorter. */
  text: string;
  /** `at[i]` is the offset in the original of `text[i]`; `at[text.length]` is the original's length. */
  at: number[];
}

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** NFC with an offset map, so that quotes point into the text as given. */
export function normalize(original: string): Normalized {
  const nfc = original.normalize('NFC');
  if (nfc === original) {
    const at = Array.from({ length: original.length + 1 }, (_, i) => i);
    return { text: original.replace(SPACES, ' '), at };
  }
  let text = '';
  const at: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && COMBINING.test(original[j]!)) j++;
    const chunk = original.slice(i, j).normalize('NFC');
    for (let k = 0; k < chunk.length; k++) at.push(k === 0 ? i : j);
    text += chunk;
    i = j;
  }
  at.push(original.length);
  return { text: text.replace(SPACES, ' '), at };
}

/**
 * Lines that end the article: the related-news trailer (`Có thể bạn quan tâm`, `Tin khác`…) and
 * the source line. Figures after them belong to other articles.
 */
const TRAILER = /^\s*(?:Có thể bạn quan tâm|Tin khác|Tin liên quan|Tin cùng chuyên mục|Bài liên quan|Xem thêm|Nên xem|Đọc thêm|Nguồn\s*:|Phiên bản di động|Xem phiên bản di động)\s*:?\s*$/imu;

/** Where the article body ends: at the first trailer line, else the end of the text. */
export function bodyEnd(text: string): number {
  const m = TRAILER.exec(text);
  return m ? m.index : text.length;
}

/** A span of the (normalized) text. */
export interface Span {
  /** First offset. */
  start: number;
  /** Offset past the end. */
  end: number;
}

/** A sentence with its paragraph number. */
export interface Sentence extends Span {
  /** Its text. */
  text: string;
  /** Index of its paragraph (line). */
  paragraph: number;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:TP|Tp|ThS|TS|PGS|GS|BS|KS|CN|Th\.S|Mr|Mrs|St|v\.v|vv|Q|P|H|tr|TT)\.$/u;

/**
 * The sentences of `text[0, end)`: each line is a paragraph; a sentence ends at `.`, `!`, `?` or
 * `…` followed by a space and a capital, a digit or a quote, or at the end of the line. Dots inside
 * numbers (`1.548`) and common abbreviations (`TP. Hà Nội`) end nothing.
 */
export function sentences(text: string, end: number = text.length): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let s = lineStart;
    const stop = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    stop.lastIndex = lineStart;
    let m: RegExpExecArray | null;
    while ((m = stop.exec(text)) && m.index < lineEnd) {
      const cut = m.index + m[0].length;
      if (ABBREVIATIONS.test(text.slice(Math.max(s, m.index - 6), m.index + 1))) continue;
      push(out, text, s, cut, paragraph);
      s = cut;
    }
    push(out, text, s, lineEnd, paragraph);
    paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

/** Collapses runs of spaces, for labels and names. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
