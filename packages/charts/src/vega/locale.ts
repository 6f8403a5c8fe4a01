/**
 * Number formats Vega uses for axis labels, per locale: vi `102,7%`, `1.548`; en `102.7%`, `1,548`,
 * the same as the SDK's `formatNumber`/`formatPercent` (Intl vi-VN / en-US).
 * @module
 */
import type { Locale } from '@tiendo/sdk';
import * as vega from 'vega';
import type { LocaleFormatters } from 'vega';

// vega exports `locale(number, time)` (from vega-format) but its typings do not declare it.
const vegaLocale = (vega as unknown as { locale: (number: object, time?: object) => LocaleFormatters }).locale;

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
