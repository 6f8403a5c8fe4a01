/**
 * Shares of strong grassroots unions: a goal (`trên 90% CĐCS … Nhà nước và 50% trở lên CĐCS …
 * ngoài Nhà nước đạt tiêu chuẩn CĐCS vững mạnh`) becomes a threshold; a result (`90 % CĐCS khu vực
 * nhà nước … hoàn thành tốt nhiệm vụ trở lên`) becomes a `strong-share` figure with its share.
 * @module
 */
import type { Comparison } from '../schemas/quality.js';
import type { NumberToken } from './numbers.js';
import type { ExtractedSector } from './types.js';

/** A percent of grassroots unions in a sentence about strong unions. */
export interface ShareDraft {
  kind: 'threshold' | 'share';
  sector?: ExtractedSector;
  share: number;
  comparison: Comparison;
  printed: string;
  scheme: 'vung-manh' | 'hoan-thanh-tot';
  start: number;
  end: number;
  at: number;
  notes: string[];
}

const STRONG = /vững mạnh|hoàn thành tốt nhiệm vụ|hoàn thành xuất sắc nhiệm vụ/iu;
const GOAL = /phấn đấu|mục tiêu|chỉ tiêu|yêu cầu|phải đạt|tiêu chí|đề ra|kế hoạch|(?<![\p{L}])sẽ(?![\p{L}])/iu;
const UNIONS_AFTER = /^\s*(?:trở lên\s+)?(?:số\s+)?(?:CĐCS|công đoàn cơ sở|CĐ cơ sở)(?![\p{L}])/iu;

/** The strong-union percents of `text[start, end)`. */
export function sentenceShares(text: string, start: number, end: number, tokens: NumberToken[]): ShareDraft[] {
  const sentence = text.slice(start, end);
  const strong = STRONG.exec(sentence);
  if (!strong) return [];
  const percents = tokens.filter((t) => t.kind === 'percent' && UNIONS_AFTER.test(text.slice(t.end, t.end + 30)));
  if (!percents.length) return [];
  const goal = GOAL.test(text.slice(start, percents[0]!.start));
  const scheme = /vững mạnh/iu.test(strong[0]) ? 'vung-manh' : 'hoan-thanh-tot';
  return percents.map((p, i) => {
    const next = percents[i + 1]?.start ?? end;
    const scope = text.slice(p.end, next);
    const sectorMatch = /ngoài\s+(?:khu vực\s+)?nhà nước/iu.exec(scope) ?? /nhà nước/iu.exec(scope);
    const sector: ExtractedSector | undefined = sectorMatch ? (/^ngoài/iu.test(sectorMatch[0]) ? 'non-state' : 'state') : undefined;
    const before = /(?:trên|hơn|ít nhất|tối thiểu|không dưới|từ)\s*$/iu.exec(text.slice(Math.max(start, p.start - 14), p.start));
    const trailing = /^\s*trở lên/iu.exec(text.slice(p.end, p.end + 12));
    const strict = !!before && /trên|hơn/iu.test(before[0]);
    const s = before ? p.start - before[0].length : p.start;
    const e = trailing ? p.end + trailing[0].length : p.end;
    const notes: string[] = [];
    if (goal && !before && !trailing) notes.push(`“${p.raw}” không nói “trên” hay “trở lên”: đọc là “từ ${p.raw} trở lên”`);
    const unionsEnd = p.end + UNIONS_AFTER.exec(text.slice(p.end))![0].length;
    const quoteEnd = sectorMatch ? p.end + sectorMatch.index + sectorMatch[0].length : Math.max(e, unionsEnd + scope.slice(unionsEnd - p.end).search(/[,;.]|\s+và\s|$/u));
    return {
      kind: goal ? 'threshold' : 'share',
      ...(sector ? { sector } : {}),
      share: p.value / 100,
      comparison: strict ? 'strict' : 'inclusive',
      printed: goal ? text.slice(s, e) : p.raw,
      scheme,
      start: s,
      end: Math.min(end, quoteEnd),
      at: p.start,
      notes,
    } satisfies ShareDraft;
  });
}
