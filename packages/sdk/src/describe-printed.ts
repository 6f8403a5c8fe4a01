/**
 * The printed-figure note (“Báo cáo ghi 87,5%; tính lại: 77,8%.”), the one sentence of
 * `describe-figures.ts` that every element shows: a module of its own, so that an element without
 * quality ratings does not carry the words of thresholds and sectors.
 * @module
 */
import type { PrintedFigure } from './figures.js';
import { formatAttainment, formatPercent } from './format.js';
import type { Locale } from './locale.js';

const PRINTED_NOTE: Record<Locale, (printed: string, computed: string) => string> = {
  vi: (printed, computed) => `Báo cáo ghi ${printed}; tính lại: ${computed}.`,
  en: (printed, computed) => `Reported as ${printed}; recomputed: ${computed}.`,
};

/**
 * “Báo cáo ghi 87,5%; tính lại: 77,8%.” when a printed percent disagrees with the figures
 * (`part` of `whole`), else `null` (it agrees, or nothing was printed).
 */
export function describePrinted(printed: PrintedFigure | null, part: number, whole: number, locale: Locale = 'vi'): string | null {
  if (!printed || !whole) return null;
  const { check } = printed;
  if (check.verdict !== 'mismatch' && check.verdict !== 'unparseable') return null;
  const shown = check.printed === null ? printed.text : formatPercent(check.printed / 100, { locale, digits: check.digits });
  return PRINTED_NOTE[locale](shown, formatAttainment(part, whole, { locale })!);
}
