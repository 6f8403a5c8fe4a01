/**
 * Words for figures: the status of a progress in words (never colour alone) and the one-sentence
 * summaries that widgets and charts use as their accessible name and caption.
 * @module
 */
import { formatAttainment, formatNumber } from './format.js';
import type { Locale } from './locale.js';
import type { Pace } from './pace.js';
import type { Metric } from './schemas/metric.js';
import type { LocalizedText } from './schemas/common.js';

/**
 * Status of a progress: `exceeded` (over 100%), `met-early` (100% before the period ends), `met`,
 * `ahead`, `on-pace`, `behind` (during the period), `not-met` (period over), `no-target`.
 */
export type ProgressStatus = 'exceeded' | 'met-early' | 'met' | 'ahead' | 'on-pace' | 'behind' | 'not-met' | 'no-target';

/** The status words, per locale. */
export const STATUS_TEXT: Record<Locale, Record<ProgressStatus, string>> = {
  vi: {
    exceeded: 'vượt chỉ tiêu',
    'met-early': 'cán đích sớm',
    met: 'hoàn thành chỉ tiêu',
    ahead: 'vượt tiến độ',
    'on-pace': 'đúng tiến độ',
    behind: 'chậm tiến độ',
    'not-met': 'chưa đạt chỉ tiêu',
    'no-target': 'chưa có chỉ tiêu',
  },
  en: {
    exceeded: 'target exceeded',
    'met-early': 'target reached early',
    met: 'target met',
    ahead: 'ahead of pace',
    'on-pace': 'on pace',
    behind: 'behind pace',
    'not-met': 'target not met',
    'no-target': 'no target',
  },
};

/** The status of a progress from its pace (or, without dates, from actual and target alone). */
export function progressStatus(actual: number, target: number | null, p?: Pace | null): ProgressStatus {
  if (target === null || target === 0) return 'no-target';
  if (actual > target) return 'exceeded';
  if (actual === target) return p?.early ? 'met-early' : 'met';
  if (!p || p.elapsed >= 1) return 'not-met';
  return p.status === 'achieved' ? 'met' : p.status;
}

/** Text in the locale, falling back to Vietnamese. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text.vi;
}

/** Input of `describeProgress`. */
export interface ProgressSentence {
  /** Display name of the unit (`Quận Hoàng Mai`). */
  unitName: string;
  /** The metric. */
  metric: Pick<Metric, 'noun' | 'verb' | 'labels'>;
  /** The figure reached. */
  actual: number;
  /** The target, or `null`. */
  target: number | null;
  /** The status (from `progressStatus`). */
  status: ProgressStatus;
  /** `vi` (default) or `en`. */
  locale?: Locale;
}

/**
 * One sentence that says it all: “Quận Hoàng Mai thành lập 27/22 CĐCS, đạt 122,7% kế hoạch, vượt
 * chỉ tiêu.” / “Quận Hoàng Mai founded 27 of 22 grassroots unions planned, 122.7% of target: target exceeded.”
 */
export function describeProgress(s: ProgressSentence): string {
  const locale = s.locale ?? 'vi';
  const verb = localize(s.metric.verb, locale) || (locale === 'vi' ? 'đạt' : 'reached');
  const noun = localize(s.metric.noun, locale);
  const actual = formatNumber(s.actual, { locale });
  const status = STATUS_TEXT[locale][s.status];
  if (s.target === null || s.target === 0) {
    return locale === 'vi' ? `${s.unitName} ${verb} ${actual} ${noun}, ${status}.` : `${s.unitName} ${verb} ${actual} ${noun}; ${status}.`;
  }
  const target = formatNumber(s.target, { locale });
  const pct = formatAttainment(s.actual, s.target, { locale });
  return locale === 'vi'
    ? `${s.unitName} ${verb} ${actual}/${target} ${noun}, đạt ${pct} kế hoạch, ${status}.`
    : `${s.unitName} ${verb} ${actual} of ${target} ${noun} planned, ${pct} of target: ${status}.`;
}

/**
 * A label as it reads inside a sentence: `Thành lập CĐCS` → `thành lập CĐCS`, `Năm 2017` →
 * `năm 2017`; an acronym (`CĐCS …`) or a name stays as it is.
 */
export function lowerFirst(text: string): string {
  const [a, b] = [...text];
  if (!a || !b || b !== b.toLowerCase() || a === a.toLowerCase()) return text;
  return a.toLowerCase() + text.slice(a.length);
}
