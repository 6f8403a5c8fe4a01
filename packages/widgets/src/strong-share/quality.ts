/**
 * Strong-CĐCS shares in words, shared by `<tiendo-strong-share>` and `<tiendo-scorecard>`: which
 * ratings apply, the pass/fail comparison (“Đạt: 92,0% > 90%”, “Không đạt: 45,0% < 50%”) and the
 * clause of the summary sentence.
 * @module
 */
import {
  childrenIndex, classifyQuality, descendants, describeThresholdRule, formatPercent, localize,
  type Classification, type Dataset, type Locale, type SectorQuality, type Source,
} from '@tiendo/sdk';
import { lowerFirst } from '../shared/words.js';

/** A sector's quality with what the widgets add: its sources. */
export interface SectorView extends SectorQuality {
  /** Sources of the ratings and of the threshold. */
  sources: Source[];
}

/** Which ratings a unit's view uses: its own or those below it, for one period and scheme. */
export function ratedScope(dataset: Dataset, unit: string): Set<string> {
  return new Set([unit, ...descendants(dataset, unit, childrenIndex(dataset)).map((u) => u.id)]);
}

/** The latest-ending period with ratings in `scope`, or `undefined`. */
export function latestRatedPeriod(dataset: Dataset, scope: ReadonlySet<string>): string | undefined {
  const used = new Set(dataset.qualityRatings.filter((q) => scope.has(q.unit)).map((q) => q.period));
  return dataset.periods.filter((p) => used.has(p.id)).reduce<{ id: string; end: string } | undefined>((b, p) => (!b || p.end > b.end ? p : b), undefined)?.id;
}

/**
 * Per-sector quality of a unit for a period; the scheme defaults to the first one rated, so two
 * schemes are never summed together. Empty when nothing is rated.
 */
export function sectorViews(dataset: Dataset, unit: string, period: string, scheme?: string): SectorView[] {
  const scope = ratedScope(dataset, unit);
  const rated = dataset.qualityRatings.filter((q) => q.period === period && scope.has(q.unit));
  const own = rated.filter((q) => q.unit === unit);
  const s = scheme || (own[0] ?? rated[0])?.scheme;
  const list = classifyQuality(dataset, { unit, period, ...(s !== undefined ? { scheme: s } : {}) });
  return list.map((q) => {
    const used = rated.filter((r) => r.sector === q.sector.id && (s === undefined || r.scheme === s) && q.units.includes(r.unit));
    const sources = [...used.map((r) => r.source), q.threshold?.source].filter((x): x is Source => !!x);
    return { ...q, sources };
  });
}

/** The scheme id of the ratings used, for the words (“vững mạnh” or “hoàn thành tốt nhiệm vụ trở lên”). */
export function schemeOf(dataset: Dataset, unit: string, period: string, scheme?: string): string | undefined {
  if (scheme) return scheme;
  const scope = ratedScope(dataset, unit);
  const rated = dataset.qualityRatings.filter((q) => q.period === period && scope.has(q.unit));
  return (rated.find((q) => q.unit === unit) ?? rated[0])?.scheme;
}

/** What “strong” means in a scheme, as a phrase after “CĐCS” / “grassroots unions”. */
export function strongWord(scheme: string | undefined, locale: Locale): string {
  if (scheme === 'hoan-thanh-tot') return locale === 'vi' ? 'hoàn thành tốt nhiệm vụ trở lên' : 'rated well-performing or better';
  return locale === 'vi' ? 'vững mạnh' : 'rated strong';
}

const decimalsOf = (percent: number): number => {
  const s = String(Math.round(percent * 1e6) / 1e6);
  return s.includes('.') ? s.split('.')[1]!.length : 0;
};

/** The share as a percent with enough decimals that it never reads equal to a threshold it differs from. */
export function sharePercent(share: number, threshold: number | null, locale: Locale): string {
  let digits = 1;
  if (threshold !== null && share !== threshold) {
    while (digits < 4 && Math.round(share * 10 ** (digits + 2)) === Math.round(threshold * 10 ** (digits + 2))) digits++;
  }
  return formatPercent(share, { locale, digits });
}

/** The threshold as a percent (`90%`, `62,5%`). */
export function thresholdPercent(threshold: number, locale: Locale): string {
  return formatPercent(threshold, { locale, digits: decimalsOf(threshold * 100) });
}

/** “Đạt: 92,0% > 90%” / “Không đạt: 45,0% < 50%”; en “Met: 92.0% > 90%” / “Not met: 45.0% < 50%”. */
export function verdictText(c: Classification, locale: Locale): string {
  const op = c.pass ? (c.comparison === 'strict' ? '>' : '≥') : c.comparison === 'strict' ? '≤' : '<';
  const word = c.pass ? (locale === 'vi' ? 'Đạt' : 'Met') : locale === 'vi' ? 'Không đạt' : 'Not met';
  return `${word}: ${sharePercent(c.share, c.threshold, locale)} ${op} ${thresholdPercent(c.threshold, locale)}`;
}

/** The threshold rule as readers say it (“trên 90%”), or “chưa có ngưỡng” without one. */
export function ruleText(q: SectorQuality, locale: Locale): string {
  if (!q.threshold) return locale === 'vi' ? 'chưa có ngưỡng' : 'no threshold';
  return describeThresholdRule(q.threshold, locale);
}

/**
 * One sector as a clause of a summary: “khu vực nhà nước có 86,4% CĐCS vững mạnh, không đạt ngưỡng
 * trên 90%” / “state sector: 86.4% rated strong, threshold of more than 90% not met”.
 */
export function sectorClause(q: SectorQuality, scheme: string | undefined, locale: Locale): string {
  const label = localize(q.sector.labels, locale);
  const pct = sharePercent(q.share, q.threshold?.share ?? null, locale);
  const rule = ruleText(q, locale);
  if (locale === 'vi') {
    const verdict = q.result ? `, ${q.result.pass ? 'đạt' : 'không đạt'} ngưỡng ${rule}` : `, ${rule}`;
    return `${lowerFirst(label)} có ${pct} CĐCS ${strongWord(scheme, locale)}${verdict}`;
  }
  const verdict = q.result ? `, threshold of ${rule} ${q.result.pass ? 'met' : 'not met'}` : `, ${rule}`;
  return `${lowerFirst(label)}: ${pct} ${strongWord(scheme, locale)}${verdict}`;
}
