/**
 * Vietnamese number formatting and parsing, through `Intl.NumberFormat`:
 * vi `1.548`, `102,7%`; en `1,548`, `102.7%`.
 * @module
 */
import { TiendoError } from './errors.js';
import { decimalToFraction, divide, roundHalfUpScaled, scaledToDecimal, toFraction } from './exact.js';
import { INTL_LOCALE, type Locale } from './locale.js';

/** Options of `formatNumber`. */
export interface FormatNumberOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Most decimals shown (default 2; trailing zeros dropped). */
  maximumFractionDigits?: number;
}

/** Options of `formatPercent`. */
export interface FormatPercentOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Decimals shown, always (default 1: `102,7%`, `100,0%`). */
  digits?: number;
}

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale] ?? INTL_LOCALE.vi, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * The formatters of the two hot paths by locale and digits, without building a key per call (a
 * ranking of 700 rows formats 2 100 figures in one render).
 */
const numberFormatters = new Map<Locale, (Intl.NumberFormat | undefined)[]>();
const percentFormatters = new Map<Locale, (Intl.NumberFormat | undefined)[]>();
function cachedFormatter(byLocale: Map<Locale, (Intl.NumberFormat | undefined)[]>, locale: Locale, digits: number, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  let list = byLocale.get(locale);
  if (!list) byLocale.set(locale, (list = []));
  // Digits are small integers in practice; anything else goes through the keyed cache.
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return formatter(locale, options());
  return (list[digits] ??= formatter(locale, options()));
}

function assertFinite(n: number, what: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new TiendoError('invalid-number', `${what}: expected a finite number, received ${String(n)}`);
  }
}

/** A count or amount as readers write it: vi `1.548`, `11.975,5`; en `1,548`. */
export function formatNumber(n: number, options: FormatNumberOptions = {}): string {
  assertFinite(n, 'formatNumber');
  const { locale = 'vi', maximumFractionDigits = 2 } = options;
  return cachedFormatter(numberFormatters, locale, maximumFractionDigits, () => ({ maximumFractionDigits })).format(n);
}

/**
 * A ratio as a percent (1.027 → vi `102,7%`, en `102.7%`), rounding half up on the decimal value
 * so that the widgets show exactly what `checkPrinted` calls the rounded figure.
 */
export function formatPercent(ratio: number, options: FormatPercentOptions = {}): string {
  assertFinite(ratio, 'formatPercent');
  const { locale = 'vi', digits = 1 } = options;
  const k = roundHalfUpScaled(toFraction(ratio), digits + 2);
  return formatPercentScaled(k, digits, locale);
}

/** `actual / target` as a percent, computed exactly (27/22 → `122,7%`); `null` when the target is 0. */
export function formatAttainment(actual: number, target: number, options: FormatPercentOptions = {}): string | null {
  assertFinite(actual, 'formatAttainment actual');
  assertFinite(target, 'formatAttainment target');
  if (target === 0) return null;
  const { locale = 'vi', digits = 1 } = options;
  const k = roundHalfUpScaled(divide(toFraction(actual), toFraction(target)), digits + 2);
  return formatPercentScaled(k, digits, locale);
}

function formatPercentScaled(k: bigint, digits: number, locale: Locale): string {
  // Intl formats decimal strings exactly; the percent value is k / 10^digits.
  const text = cachedFormatter(percentFormatters, locale, digits, () => ({ minimumFractionDigits: digits, maximumFractionDigits: digits })).format(
    scaledToDecimal(k, digits) as unknown as number,
  );
  return `${text}%`;
}

const SPACE = /[\s\u00a0\u202f]/g;

/**
 * A number as Vietnamese papers print it: `1.548` → 1548, `110,6%` → 110.6, `02` → 2,
 * `11 975` → 11975. A dot is a decimal point only when it cannot be a thousands separator
 * (`100.57` → 100.57; `1.400` → 1400); a thousands group never follows a lone `0` or a leading zero (`0.125` → 0.125). Throws a `TiendoError` (`invalid-number`) otherwise.
 */
export function parseNumberVi(text: string): number {
  const t = parseNumberViDecimal(text);
  return Number(t);
}

/** Like `parseNumberVi`, but returns the plain decimal string (`"1548"`, `"110.6"`) for exact use. */
export function parseNumberViDecimal(text: string): string {
  if (typeof text !== 'string') throw new TiendoError('invalid-number', `expected a number as text, received ${typeof text}`);
  let s = text.trim().replace(/%$/, '').trim();
  const neg = s.startsWith('-') || s.startsWith('−');
  if (neg) s = s.slice(1);
  let out: string | null = null;
  // Thousands groups follow a first group of 1–3 digits without a leading zero: `0.125` is 0,125.
  if (/^[1-9]\d{0,2}([\s\u00a0\u202f]\d{3})+(,\d+)?$/.test(s)) out = s.replace(SPACE, '').replace(',', '.');
  else if (s.includes(',')) {
    if (/^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s) || /^\d+,\d+$/.test(s)) out = s.replace(/\./g, '').replace(',', '.');
  } else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) out = s.replace(/\./g, '');
  else if (/^\d+(\.\d+)?$/.test(s)) out = s;
  if (out === null) {
    throw new TiendoError('invalid-number', `expected a number as printed (1.548, 110,6%), received ${JSON.stringify(text)}`);
  }
  out = out.replace(/^0+(?=\d)/, '');
  decimalToFraction(out); // validates
  return neg && !/^0(\.0+)?$/.test(out) ? `-${out}` : out;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A `YYYY-MM-DD` date as the Vietnamese press writes it, day and month with two digits: vi
 * `02/01/2018`; en `02 Jan 2018`. The one date format of the widgets, the charts and the CLI;
 * text that is not such a date is returned as it is.
 */
export function formatDate(iso: string, locale: Locale = 'vi'): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: locale === 'vi' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(Number.NaN);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
