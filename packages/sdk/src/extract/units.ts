/**
 * Units as the press names them: `LĐLĐ quận Hoàng Mai`, `Liên đoàn Lao động (LĐLĐ) huyện Thạch
 * Thất`, `LĐLĐ tỉnh Quảng Trị`, `Công đoàn ngành Y tế`; and a later `LĐLĐ quận` / `LĐLĐ huyện`
 * that refers back to the unit named before. A unit after `cho`, `của`, `về`… is an object (the
 * receiver of a transfer, the federation that gives an order), not the subject of a figure.
 * @module
 */
import type { UnitKind } from '../schemas/unit.js';
import { squash } from './text.js';

/** A unit named (or referred back to) in the text. */
export interface UnitMention {
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The name as written, normalized (`LĐLĐ quận Hoàng Mai`); for a back-reference, the unit it refers to. */
  name: string;
  /** The level word (`quận`, `huyện`, `tỉnh`, `thành phố`, `ngành`, `national`). */
  level: string;
  /** The proper name (`Hoàng Mai`), empty when the text names none. */
  proper: string;
  /** The unit's kind in the dataset. */
  kind: UnitKind;
  /** True for the subject of its sentence, false after `cho`, `của`, `về`… */
  subject: boolean;
  /** True when it refers back (`LĐLĐ quận`) and was resolved to a unit named before. */
  backReference: boolean;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*`;
const PROPER = String.raw`${WORD}(?:[ ]+${WORD}){0,3}`;
const LEVEL = String.raw`[tT]ỉnh|[tT]hành phố|TP\.?|Tp\.?|[qQ]uận|[hH]uyện|[tT]hị xã|[tT]hị trấn|[pP]hường|[xX]ã`;
const INDUSTRY = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[ ]+(?!(?:đã|sẽ|đang|cũng|kết|thành|tổ|đều|có|và|tỉnh|thành phố|quận|huyện|trong|năm|với|cho)(?![\p{L}]))[\p{L}\p{M}]+){0,2}`;
const FED = String.raw`(Tổng\s+)?(?:Liên đoàn Lao động|LĐLĐ)(?:\s*\(LĐLĐ\))?`;
const UNIT = new RegExp(String.raw`${FED}(?:\s+(${LEVEL})(?![\p{L}]))?(?:\s+(${PROPER}))?|Công đoàn ngành\s+(${INDUSTRY})|Tổng LĐLĐ(?:VN| Việt Nam)`, 'gud');

const KIND: Record<string, UnitKind> = {
  'tỉnh': 'province-federation',
  'thành phố': 'city-federation',
  tp: 'city-federation',
  'quận': 'district-federation',
  'huyện': 'district-federation',
  'thị xã': 'district-federation',
  'thị trấn': 'ward-federation',
  'phường': 'ward-federation',
  'xã': 'ward-federation',
  'ngành': 'industry-union',
  national: 'national-federation',
};

/** Words after a unit that show it is the subject (`LĐLĐ quận đã thành lập`). */
const SUBJECT_AFTER = /^\s*(?:đã|sẽ|cũng|đang|vừa|luôn|tiếp tục|thành lập|kết nạp|phát triển|tổ chức|triển khai|phối hợp|cho biết|xác định|chú trọng|ban hành|đều|có|bàn giao|tiếp nhận|xây dựng|thực hiện|hướng dẫn|giới thiệu|phấn đấu|chỉ đạo|:)/iu;
/** Words before a unit that make it an object. */
const OBJECT_BEFORE = /(?:^|[\s(])(?:cho|của|với|về|tới|thuộc|từ|trực thuộc|lên|sang|được|đề nghị|đề xuất)\s[^.;:]*$/iu;

/** A proper name stops before a word that starts a new phrase (`Hoàng Mai Chủ tịch`). */
function trimProper(p: string): string {
  const words = p.split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && /^(?:Chủ|Phó|Ban|Đồng|Ông|Nguyễn|Trường)$/u.test(w));
  return (stop === -1 ? words : words.slice(0, stop)).join(' ');
}

/** Every unit mention of `text[start, end)`, in order, back-references resolved against `named` (units named earlier in the text). */
export function unitMentions(text: string, start: number, end: number, named: UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  UNIT.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = UNIT.exec(text)) && m.index < end) {
    const s = m.index;
    const ix = m.indices!;
    let mention: Omit<UnitMention, 'subject' | 'start'>;
    if (m[4] !== undefined) {
      const proper = trimProper(m[4]);
      mention = { name: `Công đoàn ngành ${proper}`, level: 'ngành', proper, kind: KIND['ngành']!, backReference: false, end: ix[4]![0] + proper.length };
    } else if (m[1] || /^Tổng/u.test(m[0])) {
      mention = { name: 'Tổng Liên đoàn Lao động Việt Nam', level: 'national', proper: 'Việt Nam', kind: KIND.national!, backReference: false, end: s + m[0].length };
    } else {
      const rawLevel = m[2] ? squash(m[2]) : '';
      const level = rawLevel.toLowerCase().replace(/\.$/, '').replace(/^tp$/, 'thành phố');
      const proper = m[3] ? trimProper(m[3]) : '';
      if (!level && !proper) continue; // “Liên đoàn Lao động” alone names nothing
      const head = /^Liên/u.test(m[0]) ? 'Liên đoàn Lao động' : 'LĐLĐ';
      const stop = proper ? ix[3]![0] + proper.length : m[2] ? ix[2]![1] : s + m[0].length;
      const base = { level, proper, kind: KIND[level] ?? 'other', end: stop };
      if (proper) mention = { ...base, name: squash(`${head} ${rawLevel} ${proper}`), backReference: false };
      else {
        const earlier = resolve(level, [...named, ...out]);
        mention = earlier
          ? { ...base, name: earlier.name, proper: earlier.proper, kind: earlier.kind, backReference: true }
          : { ...base, name: squash(`${head} ${rawLevel}`), backReference: false };
      }
    }
    const e = Math.max(s + 1, mention.end);
    const after = text.slice(e, e + 30);
    const before = text.slice(Math.max(start, s - 80), s);
    const subject = SUBJECT_AFTER.test(after) || !OBJECT_BEFORE.test(before);
    out.push({ ...mention, start: s, end: e, subject });
    UNIT.lastIndex = e;
  }
  return out;
}

/** The unit a back-reference (`LĐLĐ quận`) means: the last subject named at that level, else the last named at that level. */
function resolve(level: string, named: UnitMention[]): UnitMention | undefined {
  const same = named.filter((u) => u.level === level && u.proper);
  return same.filter((u) => u.subject).at(-1) ?? same.at(-1);
}

/** A short display name (`Quận Hoàng Mai`) for the dataset. */
export function displayName(u: Pick<UnitMention, 'level' | 'proper' | 'name'>): string {
  if (!u.proper) return u.name;
  if (u.level === 'ngành') return `Công đoàn ngành ${u.proper}`;
  if (u.level === 'national') return 'Tổng Liên đoàn Lao động Việt Nam';
  return `${u.level[0]!.toUpperCase()}${u.level.slice(1)} ${u.proper}`;
}
