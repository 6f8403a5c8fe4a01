/**
 * What a number counts: the noun right after it (`đoàn viên`, `CĐCS`, `Công đoàn cơ sở`, `CĐ cơ
 * sở`), and the verb that governs it (`kết nạp`, `thành lập`, `bàn giao`, `tổ chức`…). A member is
 * admitted to the union, not to the Party; a grassroots union handed over is not a new one.
 * @module
 */

/** The class of the noun after a number. */
export type NounClass = 'members' | 'unions' | 'unions-weak' | 'other';

/** The noun after a number: its class and text as written, or `null` for a measure (năm, tấn, triệu…) or no noun. */
export interface Noun {
  /** Its class. */
  cls: NounClass;
  /** The noun as written. */
  text: string;
  /** Offset just past it. */
  end: number;
}

/** The family of the verb governing a count. */
export type VerbFamily = 'admit' | 'found' | 'develop' | 'transfer' | 'activity';

/** A governing verb. */
export interface Verb {
  /** Its family. */
  family: VerbFamily;
  /** The verb as written. */
  text: string;
  /** Offset of the verb. */
  start: number;
}

const MEMBERS = /^(đoàn viên(?:\s+công đoàn)?(?:\s+mới)?|ĐV)(?![\p{L}])/iu;
const UNIONS = /^((?:tổ chức\s+)?(?:công đoàn cơ sở|CĐ cơ sở|CĐCS)(?:\s*\(CĐCS\))?(?:\s+mới)?|nghiệp đoàn cơ sở)(?![\p{L}])/iu;
const UNIONS_WEAK = /^(CĐ|công đoàn|tổ chức công đoàn)(?![\p{L}])(?!\s+(?:cấp|ngành|viên|các|huyện|quận|tỉnh|thành phố))/iu;
const MEASURE = /^(?:năm|tháng|ngày|giờ|phút|giây|tuần|quý|tuổi|lần|lượt người|km|m2|m|ha|kg|tấn|tạ|triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|vạn|đồng(?!\s+chí)|usd|vnđ|vnd|đ|điểm|h|bước|cấp|nhiệm kỳ|khóa|khoá|kỳ|phần|trang|giải|%)(?![\p{L}])/iu;
/** Words that end a noun phrase (verbs, prepositions, conjunctions). */
const STOP = new Set(
  'được đã sẽ đang có là và với về cho để tại trong theo của từ đến tới thuộc trên dưới ở vào ra mà thì nhưng hoặc hay cũng đều kết tổ thành bàn tiếp xóa xoá tham đạt vượt tăng giảm nhằm do bởi này đó nhân gồm như khi sau trước qua'.split(' '),
);

/** The noun after a number at `end`, or `null`. */
export function nounAfter(text: string, end: number, limit: number): Noun | null {
  const ws = /^\s*/.exec(text.slice(end, limit))![0].length;
  if (ws > 2) return null;
  const at = end + ws;
  const rest = text.slice(at, limit);
  if (MEASURE.test(rest)) return null;
  let m = MEMBERS.exec(rest);
  if (m) return { cls: 'members', text: m[1]!, end: at + m[1]!.length };
  m = UNIONS.exec(rest);
  if (m) return { cls: 'unions', text: m[1]!, end: at + m[1]!.length };
  m = UNIONS_WEAK.exec(rest);
  if (m) return { cls: 'unions-weak', text: m[1]!, end: at + m[1]!.length };
  const words = /^(?:[\p{L}\p{M}]+(?:[ ](?=[\p{L}]))?){1,5}/u.exec(rest);
  if (!words || !/^\p{L}/u.test(rest)) return null;
  const kept: string[] = [];
  for (const w of words[0].trim().split(' ')) {
    if (kept.length && STOP.has(w.toLowerCase())) break;
    if (!kept.length && STOP.has(w.toLowerCase())) return null;
    kept.push(w);
    if (kept.length === 4) break;
  }
  const noun = kept.join(' ');
  return { cls: 'other', text: noun, end: at + noun.length };
}

const VERBS: [RegExp, VerbFamily][] = [
  [/kết nạp/iu, 'admit'],
  [/thu hút/iu, 'admit'],
  [/thành lập/iu, 'found'],
  [/phát triển/iu, 'develop'],
  [/bàn giao|tiếp nhận|xóa tên|xoá tên|giải thể|sáp nhập|chuyển giao|chuyển về|chuyển sinh hoạt|tách/iu, 'transfer'],
  [/tổ chức|đào tạo|tập huấn|bồi dưỡng|giới thiệu|khảo sát|hướng dẫn|kiện toàn|tặng|trao|khen thưởng|hỗ trợ|thăm|vận động|ký kết|chăm lo|đối thoại|kiểm tra|giám sát|biểu dương|mở|đại hội|ủng hộ|khám|cấp|xét|công nhận|xếp loại|đánh giá/iu, 'activity'],
];
const VERB_ALT = new RegExp(VERBS.map(([re]) => re.source).join('|'), 'giu');

function family(word: string): VerbFamily {
  return VERBS.find(([re]) => re.test(word))![1];
}

/**
 * The verb that governs a count: a verb right after its noun (`02 CĐCS thành lập theo phương thức
 * mới`, `62 đồng chí kết nạp vào Đảng`), else the last verb before it in `text[from, start)`.
 */
export function governingVerb(text: string, from: number, start: number, nounEnd: number): Verb | null {
  const after = /^\s*(?:mới\s+)?(?:được\s+)?(?:đã\s+)?/u.exec(text.slice(nounEnd, nounEnd + 20))![0];
  VERB_ALT.lastIndex = 0;
  const next = VERB_ALT.exec(text.slice(nounEnd + after.length, nounEnd + after.length + 20));
  if (next && next.index === 0) return { family: family(next[0]), text: next[0], start: nounEnd + after.length };
  let last: Verb | null = null;
  VERB_ALT.lastIndex = 0;
  const before = text.slice(from, start);
  let m: RegExpExecArray | null;
  while ((m = VERB_ALT.exec(before))) last = { family: family(m[0]), text: m[0], start: from + m.index };
  return last;
}

/** True when a count of members is about the Communist Party (`kết nạp vào Đảng`, `đoàn viên ưu tú`). */
export function aboutTheParty(clause: string, noun: string): boolean {
  return /ưu tú/iu.test(noun) || /(?<![\p{L}])Đảng(?![\p{L}])|đảng viên/u.test(clause);
}
