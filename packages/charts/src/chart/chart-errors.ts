/**
 * The chart's side of the one error shape: its own failures as a `tiendo-error` detail, and any
 * detail as the widgets' error view takes it (the chart shows its errors with the widgets' view).
 */
import type { Locale } from '@tiendo/sdk';
import type { TiendoErrorDetail } from '@tiendo/widgets/core';
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

/**
 * The detail as the widgets' `errorView` shows it: a drawing that failed is their `internal`; a
 * selection names what was not found in words (`đơn vị “khong-co”`, `thuộc tính kind`); a retry
 * button only where loading again can help (a `src`).
 */
export function viewDetail(d: ChartErrorDetail, locale: Locale, hasSrc: boolean): TiendoErrorDetail {
  const t = UI_TEXT[locale];
  const subject = d.code === 'selection' ? (d.what ? t.unknown(d.what, d.subject ?? '') : t.missing(d.option ?? '')) : d.subject;
  return {
    ...d,
    code: d.code === 'render' ? 'internal' : d.code,
    ...(subject !== undefined ? { subject } : {}),
    retryable: d.retryable && hasSrc,
  } as TiendoErrorDetail;
}
