/** The words of `<tiendo-chart>` around the chart: states, export menu, notes; vi and en. */
import type { Locale } from '@tiendo/sdk';

/** Words of the element in one locale (its states, footer and errors are the widgets' `UI`). */
export interface ChartUiText {
  /** A selection without figures. */
  empty: string;
  /** The buttons that save the chart as an image. */
  exportPng: string;
  exportSvg: string;
  /** Role description of the chart region. */
  chart: string;
  /** What a selection names that the data lacks: `đơn vị “x”`. */
  unknown: (what: 'metric' | 'period' | 'unit', id: string) => string;
  /** A selection that lacks a required option: `thuộc tính kind`. */
  missing: (option: string) => string;
}

const WHAT: Record<Locale, Record<'metric' | 'period' | 'unit', string>> = {
  vi: { metric: 'chỉ số', period: 'kỳ', unit: 'đơn vị' },
  en: { metric: 'metric', period: 'period', unit: 'unit' },
};

/** The words, per locale. */
export const UI_TEXT: Record<Locale, ChartUiText> = {
  vi: {
    empty: 'Chưa có dữ liệu cho lựa chọn này.',
    exportPng: 'Tải ảnh (PNG)',
    exportSvg: 'Tải ảnh (SVG)',
    chart: 'biểu đồ',
    unknown: (what, id) => `${WHAT.vi[what]} “${id}”`,
    missing: (option) => `thuộc tính ${option}`,
  },
  en: {
    empty: 'No data yet for this selection.',
    exportPng: 'Download image (PNG)',
    exportSvg: 'Download image (SVG)',
    chart: 'chart',
    unknown: (what, id) => `${WHAT.en[what]} “${id}”`,
    missing: (option) => `the ${option} attribute`,
  },
};

// The same locale parsing and dates as the widgets (vi `23/11/2026`, en `23 Nov 2026`).
export { formatDate, toLocale } from '@tiendo/widgets/core';
