/** The words of the widgets' own interface, in Vietnamese (default) and English. */
import type { Locale } from '@tiendo/sdk';

/** Interface strings of the widgets. */
export const UI = {
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu',
    emptyFor: (what: string) => `Chưa có dữ liệu cho ${what}.`,
    error: 'Không hiển thị được dữ liệu',
    retry: 'Thử lại',
    http: (status: number) => `Máy chủ trả về lỗi HTTP ${status}.`,
    network: 'Không kết nối được tới nguồn dữ liệu.',
    timeout: 'Nguồn dữ liệu không trả lời kịp.',
    invalidJson: 'Tệp dữ liệu không phải JSON hợp lệ.',
    invalidData: (n: number) => `Dữ liệu có ${n} lỗi:`,
    more: (n: number) => `và ${n} lỗi khác.`,
    selection: (what: string) => `Không tìm thấy ${what} trong dữ liệu.`,
    internal: 'Có lỗi khi hiển thị.',
    source: 'Nguồn',
    updated: 'Cập nhật',
    download: 'Tải dữ liệu (CSV)',
    illustrative: 'Số liệu minh họa, không phải số liệu thật.',
    partlyIllustrative: 'Có số liệu minh họa (đánh dấu *), không phải số liệu thật.',
    unit: 'đơn vị',
    metric: 'chỉ số',
    period: 'kỳ',
  },
  en: {
    loading: 'Loading data…',
    empty: 'No data yet',
    emptyFor: (what: string) => `No data yet for ${what}.`,
    error: 'Cannot show the data',
    retry: 'Retry',
    http: (status: number) => `The server answered with HTTP error ${status}.`,
    network: 'Cannot reach the data source.',
    timeout: 'The data source did not answer in time.',
    invalidJson: 'The data file is not valid JSON.',
    invalidData: (n: number) => `The data has ${n} problem${n === 1 ? '' : 's'}:`,
    more: (n: number) => `and ${n} more.`,
    selection: (what: string) => `Cannot find ${what} in the data.`,
    internal: 'Something went wrong while drawing.',
    source: 'Source',
    updated: 'Updated',
    download: 'Download data (CSV)',
    illustrative: 'Illustrative figures, not real data.',
    partlyIllustrative: 'Some figures are illustrative (marked *), not real data.',
    unit: 'unit',
    metric: 'metric',
    period: 'period',
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** The interface strings of a locale. */
export type UiText = (typeof UI)['vi'];

/** Normalizes a `locale` attribute (`vi`, `vi-VN`, `en-GB` …) to a supported locale; default `vi`. */
export function toLocale(value: string | null | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** A `YYYY-MM-DD` date as readers write it: vi `23/11/2026`, en `23 Nov 2026`. */
export function formatDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: locale === 'vi' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
