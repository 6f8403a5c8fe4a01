/** The chart's side of the one error shape: its own failures as a `tiendo-error` detail, and any detail as words for readers (vi/en). */
import { type Locale, formatIssue } from '@tiendo/sdk';
import { ChartInputError } from '../specs/errors.js';
import { UI_TEXT } from './chart-text.js';
import type { ChartErrorDetail } from './events.js';

const WHAT = { 'unknown-metric': 'metric', 'unknown-period': 'period', 'unknown-unit': 'unit' } as const;

/** The detail of a selection that names nothing (`ChartInputError`), or of a drawing that failed (`render`); else `undefined`. */
export function chartDetail(e: unknown, fallback?: 'render'): ChartErrorDetail | undefined {
  if (e instanceof ChartInputError) {
    const what = e.code === 'missing-option' ? undefined : WHAT[e.code];
    return { code: 'selection', message: e.message, option: e.option, subject: e.value, ...(what ? { what } : {}), retryable: false };
  }
  return fallback ? { code: fallback, message: String((e as Error)?.message ?? e), retryable: false } : undefined;
}

/** The reason shown after “Không hiển thị được biểu đồ:”, in the chart's language. */
export function chartWords(d: ChartErrorDetail, locale: Locale): string {
  const t = UI_TEXT[locale];
  const first = d.issues?.[0];
  if (first) return `${formatIssue(first, locale)}${d.issues!.length > 1 ? ` (+${d.issues!.length - 1})` : ''}`;
  switch (d.code) {
    case 'http': return t.http(d.status ?? 0);
    case 'network': return t.network;
    case 'timeout': return t.timeout;
    case 'selection': return d.what ? t.unknown(d.what, d.subject ?? '') : t.missing(d.option ?? '');
    case 'render': return t.render;
    default: return d.message;
  }
}

/** The words of the status line: loading, empty (a selection without figures, or no data at all), or the error. */
export function statusText(status: string, hasData: boolean, error: ChartErrorDetail | null, locale: Locale): string {
  const t = UI_TEXT[locale];
  if (status === 'loading') return t.loading;
  if (status === 'empty') return hasData ? t.empty : t.noData;
  return status === 'error' && error ? `${t.error} ${chartWords(error, locale)}` : '';
}
