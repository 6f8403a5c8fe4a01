/**
 * Periods as the press names them: `6 tháng đầu năm 2021`, `10 tháng đầu năm` (year from the
 * published date or the text before), `Quý I`, `Tính đến 30/10/2016`, `năm 2020`, `nhiệm kỳ 2018 -
 * 2023`, `Từ năm 2012 đến 2019`, `Trong 5 năm (2008-2012)`. An annual plan observed mid-year keeps
 * the annual period, with the day of the observation as `asOf`.
 * @module
 */
import type { ExtractedPeriod } from './types.js';

/** A period named in the text. */
export interface PeriodMention {
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The period, or `null` when its year is unknown (`6 tháng đầu năm` without a date). */
  period: ExtractedPeriod | null;
  /** The day of the observation inside the period, for `N tháng đầu năm`, `Quý I`, `Tính đến …`. */
  asOf?: string;
  /** True when it frames what follows (`Trong năm 2017, …`, `… trong năm 2017`), false when it names a thing (`Đại hội nhiệm kỳ 2023-2028`). */
  frame: boolean;
  /** A note (the year was taken from the published date). */
  note?: string;
}

const YEAR = String.raw`((?:19|20)\d\d)`;
const DASH = String.raw`\s*[-–—]\s*`;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Last day of a month (1–12) of a year, as `YYYY-MM-DD`. */
export function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** The calendar year as a period. */
export function yearPeriod(year: number): ExtractedPeriod {
  return { id: String(year), start: `${year}-01-01`, end: `${year}-12-31`, label: `Năm ${year}` };
}

function range(kind: 'term' | 'range', from: number, to: number): ExtractedPeriod | null {
  if (to < from || to - from > 10) return null;
  const label = kind === 'term' ? `Nhiệm kỳ ${from}–${to}` : `Giai đoạn ${from}–${to}`;
  return { id: kind === 'term' ? `term-${from}-${to}` : `${from}-${to}`, start: `${from}-01-01`, end: `${to}-12-31`, label };
}

const orNull = (period: ExtractedPeriod | null) => (period ? { period } : null);

interface Context {
  /** Published date, `YYYY-MM-DD`. */
  published?: string;
  /** The year of the last framing period before, when no published date is given. */
  contextYear?: number;
}

/** The year of `N tháng đầu năm` without a year: the published year (the year before if that would end after publication), else the year of the text before. */
function impliedYear(monthsEnd: number, ctx: Context): { year: number; note: string } | null {
  if (ctx.published) {
    const y = Number(ctx.published.slice(0, 4));
    if (monthEnd(y, monthsEnd) > ctx.published) return { year: y - 1, note: `năm ${y - 1}: suy từ ngày đăng ${ctx.published} (${y} chưa đến tháng ${monthsEnd})` };
    return { year: y, note: `năm ${y}: suy từ ngày đăng ${ctx.published}` };
  }
  if (ctx.contextYear) return { year: ctx.contextYear, note: `năm ${ctx.contextYear}: theo năm nêu ở đoạn trước` };
  return null;
}

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, ctx: Context) => Omit<PeriodMention, 'start' | 'end' | 'frame'> | null }[] = [
  {
    // Trong 5 năm (2008-2012)
    re: new RegExp(String.raw`\d+\s+năm\s*\(\s*${YEAR}${DASH}${YEAR}\s*\)`, 'giu'),
    read: (m) => orNull(range('range', Number(m[1]), Number(m[2]))),
  },
  {
    re: new RegExp(String.raw`(nhiệm kỳ|giai đoạn)\s+(?:\(\s*)?${YEAR}${DASH}${YEAR}`, 'giu'),
    read: (m) => orNull(range(/nhiệm/iu.test(m[1]!) ? 'term' : 'range', Number(m[2]), Number(m[3]))),
  },
  {
    re: new RegExp(String.raw`từ\s+(?:năm\s+)?${YEAR}\s+(?:đến|tới)\s+(?:nay|năm\s+${YEAR}|${YEAR})`, 'giu'),
    read: (m, ctx) => {
      const to = Number(m[2] ?? m[3] ?? (ctx.published ? ctx.published.slice(0, 4) : NaN));
      return Number.isFinite(to) ? orNull(range('range', Number(m[1]), to)) : null;
    },
  },
  {
    // 6 tháng đầu năm 2021, 10 tháng đầu năm, 9 tháng năm 2020
    re: new RegExp(String.raw`(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm(?:\s+${YEAR}|\s+nay)?`, 'giu'),
    read: (m, ctx) => {
      const months = Number(m[1]);
      if (months < 1 || months > 12) return null;
      let year = m[2] ? Number(m[2]) : undefined;
      let note: string | undefined;
      if (year === undefined && /nay$/iu.test(m[0]) && ctx.published) year = Number(ctx.published.slice(0, 4));
      if (year === undefined) {
        const implied = impliedYear(months, ctx);
        if (!implied) return { period: null, note: `“${m[0]}”: không rõ năm (cần ngày đăng bài)` };
        year = implied.year;
        note = implied.note;
      }
      return { period: yearPeriod(year), asOf: monthEnd(year, months), ...(note ? { note } : {}) };
    },
  },
  {
    re: new RegExp(String.raw`quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:năm|/)\s*${YEAR})?`, 'giu'),
    read: (m, ctx) => {
      const q = ROMAN[m[1]!.toLowerCase()]!;
      let year = m[2] ? Number(m[2]) : undefined;
      let note: string | undefined;
      if (year === undefined) {
        const implied = impliedYear(q * 3, ctx);
        if (!implied) return { period: null, note: `“${m[0]}”: không rõ năm (cần ngày đăng bài)` };
        year = implied.year;
        note = implied.note;
      }
      const end = monthEnd(year, q * 3);
      // The first quarter is the start of the year: an observation of the annual plan.
      if (q === 1) return { period: yearPeriod(year), asOf: end, ...(note ? { note } : {}) };
      const start = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
      return { period: { id: `${year}-q${q}`, start, end, label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}` }, ...(note ? { note } : {}) };
    },
  },
  {
    // Tính đến 30/10/2016, đến ngày 30/6/2021
    re: new RegExp(String.raw`(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*${YEAR}`, 'giu'),
    read: (m) => {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      const asOf = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (asOf > monthEnd(y, mo)) return null;
      return { period: yearPeriod(y), asOf };
    },
  },
  {
    re: new RegExp(String.raw`năm\s+${YEAR}(?![\d/–-])`, 'giu'),
    read: (m) => ({ period: yearPeriod(Number(m[1])) }),
  },
];

/** Words before a period that make it frame what follows. */
const FRAME_BEFORE = /(?:^|[,;:(]|\b(?:trong|chỉ trong|cũng trong|riêng|từ|tính|đến|sau|qua|của|chỉ tiêu|kế hoạch|mục tiêu|đầu|cuối|ngay|hết|cả|toàn|là|được giao|giao)|Cụ thể,|Kết quả,|Nhờ đó,)\s*$/iu;

/**
 * Every period named in `text[start, end)`, in order. `ctx.contextYear` gives the year of `10 tháng
 * đầu năm` when there is no published date.
 */
export function periodMentions(text: string, start: number, end: number, ctx: Context): PeriodMention[] {
  const out: PeriodMention[] = [];
  const slice = text.slice(start, end);
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (out.some((o) => s < o.end && e > o.start)) continue;
      const r = read(m, ctx);
      if (!r) continue;
      const before = text.slice(Math.max(start - 1, s - 30), s);
      out.push({ start: s, end: e, ...r, frame: start === s || FRAME_BEFORE.test(before) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
