/** The words of the widgets' own interface, in Vietnamese (default) and English. */
import type { Locale } from '@tiendo/sdk';

/** Interface strings of the widgets. */
export const UI = {
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu',
    emptyFor: (what: string) => `Chưa có dữ liệu cho ${what}.`,
    error: 'Không hiển thị được dữ liệu',
    badData: 'Dữ liệu có lỗi, chưa thể hiển thị.',
    notFound: 'Không tìm thấy tệp dữ liệu.',
    serverDown: 'Máy chủ dữ liệu đang gặp sự cố.',
    missing: 'Không tìm thấy số liệu cần hiển thị.',
    details: 'Chi tiết cho người biên tập',
    detailsHint: 'Chi tiết này cũng có trong console và trong sự kiện tiendo-error.',
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
    badData: 'The data has errors and cannot be shown yet.',
    notFound: 'The data file was not found.',
    serverDown: 'The data server has a problem.',
    missing: 'The figures to show were not found.',
    details: 'Details for the producer',
    detailsHint: 'These details are also in the console and in the tiendo-error event.',
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

/** A `YYYY-MM-DD` date as readers write it (the SDK's one date format): vi `02/01/2018`, en `02 Jan 2018`. */
export { formatDate } from '@tiendo/sdk';
