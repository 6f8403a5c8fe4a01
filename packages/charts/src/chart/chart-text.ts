/** The words of `<tiendo-chart>` around the chart: states, export menu, notes; vi and en. */
import type { Locale } from '@tiendo/sdk';

/** Words of the element in one locale. */
export interface ChartUiText {
  loading: string;
  /** A selection without figures. */
  empty: string;
  /** No data at all (the widgets' empty state). */
  noData: string;
  /** Lead of the error state; the reason follows. */
  error: string;
  /** The button that loads the data again after a network error. */
  retry: string;
  /** Export menu button. */
  exportButton: string;
  exportPng: string;
  exportSvg: string;
  exportCsv: string;
  /** Shown when a figure is illustrative. */
  illustrative: string;
  source: string;
  updated: string;
  /** Role description of the chart region. */
  chart: string;
  /** A selection that names nothing: `không có đơn vị "x"`. */
  unknown: (what: 'metric' | 'period' | 'unit', id: string) => string;
  /** A selection that lacks a required option. */
  missing: (option: string) => string;
  /** Fetch failed with an HTTP status. */
  http: (status: number) => string;
  /** Fetch failed. */
  network: string;
  /** Fetch took longer than `timeout`. */
  timeout: string;
  /** Drawing failed. */
  render: string;
}

const WHAT: Record<Locale, Record<'metric' | 'period' | 'unit', string>> = {
  vi: { metric: 'chỉ số', period: 'kỳ', unit: 'đơn vị' },
  en: { metric: 'metric', period: 'period', unit: 'unit' },
};

/** The words, per locale. */
export const UI_TEXT: Record<Locale, ChartUiText> = {
  vi: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu cho lựa chọn này.',
    noData: 'Chưa có dữ liệu',
    error: 'Không hiển thị được biểu đồ:',
    exportButton: 'Tải xuống',
    retry: 'Thử lại',
    exportPng: 'Ảnh PNG',
    exportSvg: 'Ảnh SVG',
    exportCsv: 'Dữ liệu CSV',
    illustrative: 'Có số liệu minh họa, không phải số liệu thật.',
    source: 'Nguồn:',
    updated: 'Cập nhật:',
    chart: 'biểu đồ',
    unknown: (what, id) => `không có ${WHAT.vi[what]} “${id}” trong dữ liệu.`,
    missing: (option) => `thiếu thuộc tính ${option}.`,
    http: (status) => `máy chủ trả lời mã ${status}.`,
    network: 'không tải được dữ liệu (lỗi mạng).',
    timeout: 'nguồn dữ liệu không trả lời kịp.',
    render: 'lỗi khi vẽ biểu đồ.',
  },
  en: {
    loading: 'Loading data…',
    empty: 'No data yet for this selection.',
    noData: 'No data yet',
    error: 'The chart cannot be shown:',
    exportButton: 'Download',
    retry: 'Retry',
    exportPng: 'PNG image',
    exportSvg: 'SVG image',
    exportCsv: 'CSV data',
    illustrative: 'Some figures are illustrative, not real.',
    source: 'Source:',
    updated: 'Updated:',
    chart: 'chart',
    unknown: (what, id) => `there is no ${WHAT.en[what]} “${id}” in the data.`,
    missing: (option) => `the ${option} attribute is missing.`,
    http: (status) => `the server answered ${status}.`,
    network: 'the data could not be loaded (network error).',
    timeout: 'the data source did not answer in time.',
    render: 'drawing the chart failed.',
  },
};

// The same locale parsing and dates as the widgets (vi `23/11/2026`, en `23 Nov 2026`).
export { formatDate, toLocale } from '@tiendo/widgets/core';
