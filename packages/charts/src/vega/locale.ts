/**
 * Number formats Vega uses for axis labels, per locale: vi `102,7%`, `1.548`; en `102.7%`, `1,548`,
 * the same as the SDK's `formatNumber`/`formatPercent` (Intl vi-VN / en-US).
 * @module
 */
import type { Locale } from '@tiendo/sdk';
import type { LocaleFormatters } from 'vega';
import { locale as vegaLocale } from './runtime.js';

/** d3-format locale definitions. */
export const NUMBER_LOCALES: Record<Locale, { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; percent: string }> = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₫'], percent: '%' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], percent: '%' },
};

const cache = new Map<Locale, LocaleFormatters>();

/** Vega locale formatters for a chart locale (cached). */
export function vegaFormatters(locale: Locale): LocaleFormatters {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = vegaLocale(NUMBER_LOCALES[locale] ?? NUMBER_LOCALES.vi)));
  return f;
}
