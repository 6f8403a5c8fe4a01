/**
 * The figures of one sentence: each count with its noun, verb, role (figure reached, target,
 * excess over the target, qualifier), printed percent, bracketed fraction and sub-count.
 * @module
 */
import { aboutTheParty, governingVerb, nounAfter, type Noun, type Verb } from './metrics.js';
import type { NumberToken } from './numbers.js';
import type { ExtractedMetric } from './types.js';

/** A figure of a sentence, before units, periods and verdicts are attached. */
export interface Draft {
  metric: ExtractedMetric;
  noun: string;
  actual: number;
  target?: number;
  targetSource?: 'stated' | 'derived';
  printed?: string;
  of?: number;
  share?: number;
  sector?: 'state' | 'non-state';
  qualifier?: string;
  approximate?: boolean;
  /** For a sub-count: true, with the total it is part of when the sentence states one. */
  sub?: boolean;
  total?: Draft;
  start: number;
  end: number;
  /** Offset of the number, for the unit and period nearest to it. */
  at: number;
  notes: string[];
}

/** A target stated alone. */
export interface DraftTarget {
  metric: 'members' | 'grassroots-unions';
  noun: string;
  target: number;
  start: number;
  end: number;
  at: number;
  notes: string[];
}

type Role = 'actual' | 'target' | 'excess' | 'shortfall' | 'growth' | 'qualifier' | 'future';

const TARGET_MARK = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch|mục tiêu|phấn đấu|được giao|giao chỉ tiêu)(?![\p{L}])/iu;
const ACHIEVED = /(?:đạt|(?<![\p{L}])đã|kết quả|đến nay|hoàn thành|(?<![\p{L}])được(?!\s+giao))(?![\p{L}])/iu;
const APPROX = /(?:hơn|trên|gần|khoảng|xấp xỉ|gần như|ước|ước tính|ước đạt|hàng|chừng|tới|lên tới|lên đến)\s*$/iu;
const STRONG = /vững mạnh|hoàn thành tốt nhiệm vụ|hoàn thành xuất sắc nhiệm vụ/iu;
const PRINT_BEFORE = /(?:(?<![\p{L}])(?:đạt|bằng|là|hoàn thành|đạt tỷ lệ|đạt tỉ lệ|tỷ lệ|tỉ lệ|chiếm)|[=(:])\s*((?:vượt\s+)?(?:hơn|trên)?)\s*$|(?<![\p{L}])(vượt(?:\s+(?:hơn|trên))?)\s*$/iu;
const PLAN_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH)(?:\s+(?:năm|được giao|giao|đề ra|đã đề ra|của năm|cả năm|năm \d{4}))*/iu;

function roleOf(seg: string, after: string, previous: Role | undefined): Role {
  const tail = seg.split(/[,;()]/).at(-1) ?? '';
  if (/(?:thiếu|còn thiếu|giảm|thấp hơn|ít hơn|chưa đạt)\s*$/iu.test(seg) && /^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)/iu.test(after)) return 'shortfall';
  if (/(?:tăng|vượt|nhiều hơn|hơn)\s*$/iu.test(seg) && /^\s*(?:so với|hơn)\s+(?:chỉ tiêu|kế hoạch)/iu.test(after)) return 'excess';
  if (/vượt\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:được giao|giao|đề ra|năm))*\s*$/iu.test(seg)) return 'excess';
  if (/(?:tăng|giảm)\s*$/iu.test(seg) && /^\s*so với/iu.test(after)) return 'growth';
  if (/(?:(?<![\p{L}])từ|dưới|tối thiểu|ít nhất)\s*$/iu.test(seg) && /^[^,;.]{0,30}trở lên/iu.test(after)) return 'qualifier';
  if (/(?:có|gồm|với)\s+(?:từ|trên|dưới)\s*$/iu.test(seg) || /dưới\s*$/iu.test(seg)) return 'qualifier';
  if (TARGET_MARK.test(tail) && !ACHIEVED.test(tail.slice(tail.search(TARGET_MARK)))) return 'target';
  if (/(?:sẽ|dự kiến|dự định|cần)\s+(?:\p{L}+\s+){0,2}$/iu.test(tail)) return 'future';
  // A target carries on to the next count (`chỉ tiêu 1.400 đoàn viên, 22 CĐCS`) until a `;` or a closing bracket ends it.
  if (previous === 'target' && !ACHIEVED.test(seg) && !/[;)]/.test(seg)) return 'target';
  return 'actual';
}

function metricOf(noun: Noun, verb: Verb | null, clause: string, inSub: boolean, afterWith: boolean, prevMetric: ExtractedMetric | undefined): { metric: ExtractedMetric; note?: string; qualifier?: string } {
  const fam = verb?.family;
  if (noun.cls === 'members') {
    if (aboutTheParty(clause, noun.text)) return { metric: 'other' };
    if (inSub && fam !== 'transfer' && fam !== 'activity') return { metric: 'members' };
    if (afterWith && prevMetric === 'grassroots-unions') return { metric: 'members', qualifier: 'đoàn viên của các CĐCS nêu trước' };
    if (afterWith && prevMetric === 'other') return { metric: 'other', ...(fam === 'transfer' ? { qualifier: verb!.text.toLowerCase() } : {}) };
    if (fam === 'admit' || fam === 'develop') return { metric: 'members' };
    if (fam === 'transfer') return { metric: 'other', qualifier: verb!.text.toLowerCase() };
    return { metric: 'other' };
  }
  if (noun.cls === 'unions' || noun.cls === 'unions-weak') {
    const weak = noun.cls === 'unions-weak';
    if (fam === 'found' || (fam === 'develop' && !weak)) return { metric: 'grassroots-unions', ...(weak ? { note: `“${noun.text}” đọc là công đoàn cơ sở (thành lập)` } : {}) };
    if (fam === 'transfer') return { metric: weak ? 'other' : 'other', qualifier: verb!.text.toLowerCase() };
    return { metric: 'other' };
  }
  return { metric: 'other', ...(fam === 'transfer' ? { qualifier: verb!.text.toLowerCase() } : {}) };
}

/** The figures and lone targets of `text[start, end)`, given its number tokens (in order). */
export function sentenceFigures(text: string, start: number, end: number, tokens: NumberToken[]): { drafts: Draft[]; targets: DraftTarget[] } {
  const drafts: Draft[] = [];
  const targets: DraftTarget[] = [];
  const roles: (Role | undefined)[] = [];
  const sentence = text.slice(start, end);
  const subAt = (() => {
    const m = /\(?\s*trong đó/iu.exec(sentence);
    if (!m) return null;
    const s = start + m.index;
    const close = m[0].startsWith('(') ? text.indexOf(')', s) : -1;
    return { start: s, end: close === -1 || close > end ? end : close };
  })();
  const counts = tokens.filter((t) => t.kind !== 'percent');
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'percent') continue;
    const prevEnd = i > 0 ? tokens[i - 1]!.end : start;
    let seg = text.slice(prevEnd, tok.start);
    const afterPercent = i > 0 && tokens[i - 1]!.kind === 'percent';
    // `đạt 140% chỉ tiêu (500 đoàn viên)`: the plan's figure, in brackets after the percent.
    // Also `vượt 5,4% so với chỉ tiêu được giao (4.000 đoàn viên)`, `vượt 10,5% so với chỉ tiêu 1.000 đoàn viên`.
    const planInBrackets = afterPercent && /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)(?:\s+(?:năm|được giao|giao|đề ra|cả năm))*\s*(?:[(:]\s*(?:là\s+)?|là\s+)?$/iu.test(seg);
    // `(570/2.000) chỉ tiêu kết nạp đoàn viên cả năm và …`: a plan named after a bracketed figure belongs to it too.
    const afterBracket = i > 0 && /^\s*\)/.test(seg);
    // `đạt 102,7% chỉ tiêu được giao, …`: the plan named after a percent belongs to that percent.
    if ((afterPercent || afterBracket) && !planInBrackets) seg = seg.replace(/^\s*\)?/, '').replace(PLAN_AFTER, ' ');
    const nextCount = counts.find((c) => c.start > tok.start);
    const limit = nextCount ? nextCount.start : end;
    const noun = nounAfter(text, tok.end, end);
    // `đạt tỷ lệ 113,9% (14.804/13.000)`: a bracketed fraction after a percent.
    // `(570/2.000) chỉ tiêu kết nạp đoàn viên`: the noun after a bracketed fraction is the plan it belongs to.
    const planNoun = !!noun && noun.cls === 'other' && /^(?:chỉ tiêu|kế hoạch)$/iu.test(noun.text);
    if (!noun || planNoun) {
      if (tok.kind === 'fraction' && /%(?:\s*(?:kế hoạch|chỉ tiêu)[^()]{0,20})?\s*\(\s*$/iu.test(text.slice(Math.max(start, tok.start - 40), tok.start))) bracket(text, start, tok, tokens[i - 1]!, drafts, sentence);
      continue;
    }
    const after = text.slice(noun.end, Math.min(end, noun.end + 60));
    const role = planInBrackets ? 'target' : roleOf(seg, after, roles.findLast((r) => r !== undefined));
    roles[i] = role;
    const semicolon = text.lastIndexOf(';', tok.start);
    const from = Math.max(start, semicolon + 1);
    const verb = governingVerb(text, from, tok.start, noun.end);
    const clauseEnd = (() => {
      const m = /[,;.()]/u.exec(text.slice(noun.end, end));
      return m ? noun.end + m.index : end;
    })();
    const clause = text.slice(verb && verb.start < tok.start ? verb.start : tok.start, clauseEnd);
    const inSub = !!subAt && tok.start > subAt.start && tok.start < subAt.end;
    const afterWith = /(?<![\p{L}])với\s*$/iu.test(seg);
    const prev = drafts.at(-1);
    let { metric, note, qualifier } = metricOf(noun, verb, clause, inSub, afterWith, afterWith ? prev?.metric : undefined);
    // A target names its metric by its noun: `chỉ tiêu năm 2021 là 1.400 đoàn viên`.
    if (role === 'target' && metric === 'other' && !aboutTheParty(clause, noun.text)) {
      if (noun.cls === 'members') metric = 'members';
      else if (noun.cls === 'unions' || (noun.cls === 'unions-weak' && verb?.family === 'found')) metric = 'grassroots-unions';
    }
    const strongAfter = STRONG.test(text.slice(noun.end, clauseEnd + 40).split(/[;.]/)[0]!);
    if ((noun.cls === 'unions' || noun.cls === 'unions-weak') && strongAfter && verb?.family !== 'found' && verb?.family !== 'transfer') metric = 'strong-share';
    const quoteStart = verb && verb.start < tok.start && !/[,;()]/.test(text.slice(verb.start, tok.start)) ? verb.start : tok.start;
    if (role === 'growth' || role === 'qualifier' || role === 'future') continue;
    // A count with no verb of its own (`toàn tỉnh có 50.000 đoàn viên`) is a stock, not a figure of progress.
    if (!verb && role === 'actual' && tok.kind === 'count') continue;
    if (tok.value > 10_000_000) continue;
    if ((role === 'excess' || role === 'shortfall') && metric !== 'other') {
      const total = drafts.findLast((d) => d.metric === metric && d.sub === undefined);
      if (total && tok.kind === 'count') {
        const derived = role === 'excess' ? total.actual - tok.value : total.actual + tok.value;
        const stop = noun.end + (/^\s*so với\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:được giao|giao|đề ra|năm))*/iu.exec(after)?.[0].length ?? 0);
        if (total.target === undefined && derived >= 0) {
          Object.assign(total, { target: derived, targetSource: 'derived' as const });
          total.notes.push(`chỉ tiêu ${derived} suy từ “${text.slice(tok.start, stop).trim()}”`);
        } else if (total.target !== undefined && total.target !== derived) {
          total.notes.push(`bài ghi chỉ tiêu ${total.target} nhưng “${text.slice(tok.start, stop).trim()}” cho ${derived}`);
        }
        total.end = Math.max(total.end, stop);
        // `tăng 2 CĐCS so với chỉ tiêu, đạt 116,7%`: the percent after the excess is the total's.
        if (total.printed === undefined) {
          const next = counts.find((c) => c.start > tok.start);
          const pr = printedAfter(text, tokens, start, end, stop, next ? next.start : end);
          if (pr) Object.assign(total, { printed: pr.printed, end: Math.max(total.end, pr.end) });
        }
      }
      continue;
    }
    if (role === 'target' && metric !== 'other' && metric !== 'strong-share') {
      const value = tok.kind === 'fraction' ? tok.over! : tok.value;
      const attach = planInBrackets || /so với|trên tổng|\/\s*$/iu.test(seg) ? drafts.findLast((d) => d.metric === metric && d.sub === undefined) : undefined;
      if (attach) {
        if (attach.target === undefined) Object.assign(attach, { target: value, targetSource: 'stated' as const });
        else if (attach.target !== value) attach.notes.push(`bài ghi hai chỉ tiêu khác nhau: ${attach.target} và ${value}`);
        attach.end = Math.max(attach.end, noun.end);
      } else targets.push({ metric, noun: noun.text, target: value, start: quoteStart, end: noun.end, at: tok.start, notes: note ? [note] : [] });
      continue;
    }
    if (role === 'target') continue;
    const d: Draft = { metric, noun: noun.text, actual: tok.value, start: APPROX.test(seg) ? tok.start - (APPROX.exec(seg)![0].length) : tok.start, end: noun.end, at: tok.start, notes: note ? [note] : [] };
    d.start = Math.min(d.start, quoteStart);
    if (APPROX.test(seg)) {
      d.approximate = true;
      d.notes.push(`số gần đúng: “${APPROX.exec(seg)![0].trim()} ${tok.raw}”`);
    }
    if (tok.kind === 'fraction') Object.assign(d, { target: tok.over, targetSource: 'stated' as const });
    if (qualifier) d.qualifier = qualifier;
    if (metric === 'strong-share') {
      d.noun = noun.text;
      if (tok.kind === 'fraction') {
        d.of = tok.over;
        delete d.target;
        delete d.targetSource;
      }
    }
    if (metric === 'members' || metric === 'grassroots-unions') {
      const pm = /(?:theo\s+)?phương thức mới/iu.exec(text.slice(quoteStart, clauseEnd));
      if (pm) d.qualifier = 'theo phương thức mới';
      if (inSub || pm || d.qualifier) {
        const total = drafts.find((x) => x.metric === metric && x.sub === undefined && x.at < (subAt?.start ?? tok.start));
        d.sub = true;
        if (total) d.total = total;
        if (!d.qualifier) d.qualifier = 'trong đó';
      }
    }
    // The printed percent: after the figure, before the next count.
    const pr = printedAfter(text, tokens, start, end, noun.end, limit);
    if (pr) {
      d.printed = pr.printed;
      d.end = Math.max(d.end, pr.end);
    }
    drafts.push(d);
  }
  return { drafts, targets };
}

/** The printed percent of a figure: the first percent in `[from, limit)` with a word that prints an attainment before it (`đạt`, `vượt`, `bằng`…). */
function printedAfter(text: string, tokens: NumberToken[], start: number, end: number, from: number, limit: number): { printed: string; end: number } | null {
  for (const p of tokens) {
    if (p.kind !== 'percent' || p.start < from || p.start >= limit) continue;
    const before = text.slice(Math.max(start, p.start - 24), p.start);
    const pre = PRINT_BEFORE.exec(before);
    if (!pre) continue;
    if (nounAfter(text, p.end, end)?.cls === 'unions') continue; // a share, not an attainment
    // `bằng 35% so với cùng kỳ năm 2020`: a comparison with another period, not an attainment of the target.
    if (/^\s*so với\s+(?:cùng kỳ|năm trước|năm ngoái|năm \d{4}|kỳ trước)/iu.test(text.slice(p.end, end))) continue;
    const word = (pre[1] || pre[2] || '').trim();
    const s = word ? p.start - before.length + before.lastIndexOf(word) : p.start;
    const plan = PLAN_AFTER.exec(text.slice(p.end, end));
    return { printed: text.slice(s, p.end), end: p.end + (plan ? plan[0].length : 0) };
  }
  return null;
}

/** `… đạt tỷ lệ 113,9% (14.804/13.000)`: confirms the figure before it, or gives a note when it differs, or is the figure. */
function bracket(text: string, start: number, tok: NumberToken, percent: NumberToken, drafts: Draft[], sentence: string): void {
  const close = text.indexOf(')', tok.end);
  const stop = close !== -1 && close - tok.end < 3 ? close + 1 : tok.end;
  const prior = drafts.findLast((d) => d.metric !== 'other' && d.sub === undefined);
  if (prior && prior.printed !== undefined && prior.end <= tok.start + 2 && prior.end >= percent.start) {
    if (prior.actual !== tok.value) prior.notes.push(`bài ghi ${prior.actual} nhưng trong ngoặc là ${tok.value}/${tok.over}`);
    if (prior.target === undefined) Object.assign(prior, { target: tok.over, targetSource: 'stated' as const });
    else if (prior.target !== tok.over) prior.notes.push(`bài ghi chỉ tiêu ${prior.target} nhưng trong ngoặc là ${tok.over}`);
    prior.end = stop;
    return;
  }
  // `(570/2.000) chỉ tiêu kết nạp đoàn viên`: the plan after the bracket names the metric.
  const tail = /^\s*(?:chỉ tiêu|kế hoạch)\s+(?:(kết nạp|phát triển)(?:\s+mới)?\s+đoàn viên|thành lập(?:\s+mới)?\s+(?:công đoàn cơ sở|CĐCS|CĐ cơ sở))/iu.exec(text.slice(stop, text.length));
  if (tail && !/Đảng/u.test(sentence)) {
    const pre = PRINT_BEFORE.exec(text.slice(Math.max(start, percent.start - 24), percent.start));
    const word = pre ? (pre[1] || pre[2] || '').trim() : '';
    const printedStart = word ? text.lastIndexOf(word, percent.start) : percent.start;
    const members = !!tail[1];
    drafts.push({ metric: members ? 'members' : 'grassroots-unions', noun: members ? 'đoàn viên' : 'CĐCS', actual: tok.value, target: tok.over, targetSource: 'stated', printed: text.slice(printedStart, percent.end), start: printedStart, end: stop + tail[0].length, at: tok.start, notes: [] });
    return;
  }
  const head = text.slice(start, percent.start);
  const members = /(?:kết nạp|phát triển)(?:\s+mới)?\s+đoàn viên|đoàn viên\s+(?:mới|kết nạp)/iu.exec(head);
  const unions = /thành lập(?:\s+mới)?\s+(?:công đoàn cơ sở|CĐCS|CĐ cơ sở)|(?:công đoàn cơ sở|CĐCS)\s+(?:mới\s+)?thành lập/iu.exec(head);
  const cue = members && unions ? (members.index > unions.index ? members : unions) : members ?? unions;
  if (!cue || /Đảng/u.test(sentence)) return;
  const pre = PRINT_BEFORE.exec(text.slice(Math.max(start, percent.start - 24), percent.start));
  const word = pre ? (pre[1] || pre[2] || '').trim() : '';
  const printedStart = word ? text.lastIndexOf(word, percent.start) : percent.start;
  drafts.push({
    metric: cue === members ? 'members' : 'grassroots-unions',
    noun: cue === members ? 'đoàn viên' : 'CĐCS',
    actual: tok.value,
    target: tok.over,
    targetSource: 'stated',
    printed: text.slice(printedStart, percent.end),
    start: start + cue.index,
    end: stop,
    at: tok.start,
    notes: [],
  });
}
