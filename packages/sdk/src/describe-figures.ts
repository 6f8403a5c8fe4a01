/**
 * The words every element uses for a figure, in one place per language: a share against its
 * threshold, what “strong” means in a scheme, and the clauses of summaries (the printed-figure note
 * is `describe-printed.ts`). Widgets and charts both call these, so a figure reads the same everywhere.
 * @module
 */
import type { Classification, SectorQuality } from './classify.js';
import { localize, lowerFirst, STATUS_TEXT } from './describe.js';
import type { ProgressFigure } from './figures.js';
import { formatAttainment, formatNumber, formatPercent } from './format.js';
import type { Locale } from './locale.js';

/** The threshold as readers say it: “trên 90%” / “50% trở lên”; “more than 90%” / “50% or more”. */
export function describeThresholdRule(threshold: { share: number; comparison: 'strict' | 'inclusive' }, locale: Locale = 'vi'): string {
  const t = formatPercent(threshold.share, { locale, digits: decimalsOf(threshold.share * 100) });
  if (locale === 'vi') return threshold.comparison === 'strict' ? `trên ${t}` : `${t} trở lên`;
  return threshold.comparison === 'strict' ? `more than ${t}` : `${t} or more`;
}

function decimalsOf(percent: number): number {
  const s = String(Math.round(percent * 1e6) / 1e6);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** The decimals a percent needs to be written exactly (`87.5` → 1). */
export function percentDecimals(percent: number): number {
  return decimalsOf(percent);
}

/** A threshold as a percent with the decimals it has (`90%`, `62,5%`). */
export function thresholdPercent(threshold: number, locale: Locale = 'vi'): string {
  return formatPercent(threshold, { locale, digits: percentDecimals(threshold * 100) });
}

/** A share as a percent with enough decimals that it never reads equal to a threshold it differs from. */
export function sharePercent(share: number, threshold: number | null, locale: Locale = 'vi'): string {
  let digits = 1;
  if (threshold !== null && share !== threshold) {
    while (digits < 4 && Math.round(share * 10 ** (digits + 2)) === Math.round(threshold * 10 ** (digits + 2))) digits++;
  }
  return formatPercent(share, { locale, digits });
}

/** How a share stands to its threshold, per locale, pass or not, strict (“trên”) or inclusive (“trở lên”). */
const THRESHOLD_WORDS: Record<Locale, { met: string; notMet: string; strict: [pass: string, fail: string]; inclusive: [pass: string, fail: string] }> = {
  vi: { met: 'Đạt', notMet: 'Không đạt', strict: ['trên mức {t}', 'chưa trên mức {t}'], inclusive: ['từ mức {t} trở lên', 'dưới mức {t}'] },
  en: { met: 'Met', notMet: 'Not met', strict: ['above {t}', 'not above {t}'], inclusive: ['at or above {t}', 'below {t}'] },
};

/**
 * The comparison of a share with its threshold, as a sentence: “Đạt: 92,0%, trên mức 90%”, “Không
 * đạt: 86,4%, chưa trên mức 90%”, “Không đạt: 45,0%, dưới mức 50%”; en “Not met: 86.4%, not above 90%”.
 */
export function describeThreshold(c: Classification, locale: Locale = 'vi'): string {
  const w = THRESHOLD_WORDS[locale];
  const relation = w[c.comparison === 'strict' ? 'strict' : 'inclusive'][c.pass ? 0 : 1].replace('{t}', thresholdPercent(c.threshold, locale));
  return `${c.pass ? w.met : w.notMet}: ${sharePercent(c.share, c.threshold, locale)}, ${relation}`;
}

/** What “strong” means in a scheme, after “CĐCS” / “grassroots unions”. */
export function strongWord(scheme: string | null | undefined, locale: Locale = 'vi'): string {
  if (scheme === 'hoan-thanh-tot') return locale === 'vi' ? 'hoàn thành tốt nhiệm vụ trở lên' : 'rated well-performing or better';
  return locale === 'vi' ? 'vững mạnh' : 'rated strong';
}

/** The threshold rule as readers say it (“trên 90%”), or “chưa có ngưỡng” without one. */
export function describeRule(q: Pick<SectorQuality, 'threshold'>, locale: Locale = 'vi'): string {
  if (!q.threshold) return locale === 'vi' ? 'chưa có ngưỡng' : 'no threshold';
  return describeThresholdRule(q.threshold, locale);
}

/**
 * One sector as a clause of a summary: “khu vực nhà nước có 86,4% CĐCS vững mạnh, không đạt ngưỡng
 * trên 90%” / “state sector: 86.4% rated strong, threshold of more than 90% not met”.
 */
export function describeSector(q: SectorQuality, scheme: string | null | undefined, locale: Locale = 'vi'): string {
  const label = localize(q.sector.labels, locale);
  const pct = sharePercent(q.share, q.threshold?.share ?? null, locale);
  const rule = describeRule(q, locale);
  if (locale === 'vi') {
    const verdict = q.result ? `, ${q.result.pass ? 'đạt' : 'không đạt'} ngưỡng ${rule}` : `, ${rule}`;
    return `${lowerFirst(label)} có ${pct} CĐCS ${strongWord(scheme, locale)}${verdict}`;
  }
  const verdict = q.result ? `, threshold of ${rule} ${q.result.pass ? 'met' : 'not met'}` : `, ${rule}`;
  return `${lowerFirst(label)}: ${pct} ${strongWord(scheme, locale)}${verdict}`;
}

/** One figure as a clause of a summary: “kết nạp 1.548/1.400 đoàn viên (110,6%, vượt chỉ tiêu)”. */
export function describeFigure(f: Pick<ProgressFigure, 'metric' | 'actual' | 'target' | 'status'>, locale: Locale = 'vi'): string {
  const verb = localize(f.metric.verb, locale) || (locale === 'vi' ? 'đạt' : 'reached');
  const noun = localize(f.metric.noun, locale).trim();
  const a = formatNumber(f.actual, { locale });
  const status = STATUS_TEXT[locale][f.status];
  if (!f.target) return `${verb} ${a} ${noun} (${status})`;
  const t = formatNumber(f.target, { locale });
  const pct = formatAttainment(f.actual, f.target, { locale });
  return locale === 'vi' ? `${verb} ${a}/${t} ${noun} (${pct}, ${status})` : `${a} of ${t} ${noun} ${verb} (${pct}, ${status})`;
}

/** The head of a unit's summary: “Quận Hoàng Mai năm 2018” / “Quận Hoàng Mai, Năm 2018”. */
export function describeHead(unitName: string, periodLabel: string, locale: Locale = 'vi'): string {
  return locale === 'vi' ? `${unitName} ${lowerFirst(periodLabel)}` : `${unitName}, ${periodLabel}`;
}
