/** Any failure of `<tiendo-chart>` as the `tiendo-error` detail (English) and as words for readers (vi/en). */
import { type Locale, formatIssue } from '@tiendo/sdk';
import { ChartInputError } from '../specs/errors.js';
import { ChartDataError } from './chart-data.js';
import { UI_TEXT } from './chart-text.js';
import type { ChartErrorDetail } from './events.js';

/** The event detail and the sentence shown for a failure; `fallback` is the code of unknown errors. */
export function describeFailure(e: unknown, locale: Locale, fallback: 'render' | 'internal' = 'internal'): { detail: ChartErrorDetail; words: string } {
  const t = UI_TEXT[locale];
  if (e instanceof ChartDataError) {
    const detail = e.detail;
    const first = detail.issues?.[0];
    const more = detail.issues && detail.issues.length > 1 ? ` (+${detail.issues.length - 1})` : '';
    const words = first ? `${formatIssue(first, locale)}${more}` : detail.code === 'http' ? t.http(detail.status ?? 0) : t.network;
    return { detail, words };
  }
  if (e instanceof ChartInputError) {
    const what = e.code === 'unknown-metric' ? 'metric' : e.code === 'unknown-period' ? 'period' : e.code === 'unknown-unit' ? 'unit' : null;
    return {
      detail: { code: 'selection', message: e.message, option: e.option, retryable: false },
      words: what ? t.unknown(what, e.value) : t.missing(e.option),
    };
  }
  const message = String((e as Error)?.message ?? e);
  return { detail: { code: fallback, message, retryable: false }, words: fallback === 'render' ? t.render : message };
}
