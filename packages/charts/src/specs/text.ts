/**
 * Every word the charts show that does not come from the dataset, in Vietnamese and English.
 * @module
 */
import type { Locale } from '@tiendo/sdk';

/** Words of the charts in one locale. */
export interface ChartWords {
  /** Axis title of attainment (ranking x, trend y). */
  attainmentAxis: string;
  /** Axis title of the strong share. */
  shareAxis: string;
  /** Heading of a strong-share chart. */
  shareHeading: string;
  /** Column headers of the ranking table. */
  rankingColumns: [rank: string, unit: string, actual: string, target: string, attainment: string, status: string];
  /** Column headers of the trend table. */
  trendColumns: [period: string, actual: string, target: string, attainment: string, status: string];
  /** Column headers of the share table. */
  shareColumns: [sector: string, evaluated: string, strong: string, share: string, threshold: string, verdict: string];
  /** Summary of a ranking: how many units, by what. */
  rankingLead: (count: number, total: number) => string;
  /** Before the top unit's sentence. */
  highest: string;
  /** Before the bottom unit's sentence. */
  lowest: string;
  /** Summary of a trend: how many periods. */
  trendLead: (unit: string, metric: string, count: number) => string;
  /** Summary of a share chart. */
  shareLead: (unit: string, period: string) => string;
  /** No data for the selection. */
  noRows: string;
  /** Rank shown for tied units, e.g. `=2`. */
  tiedRank: (rank: number) => string;
  /** A figure that is not known. */
  unknown: string;
  /** First tooltip line of a ranking bar: `Hạng 2/30`. */
  rankOf: (rank: string, total: number) => string;
  /** Label of the dashed rule at 100%. */
  targetRule: string;
  /** After a percent that disagrees with the printed one: `báo ghi 87,5%`. */
  printed: (percent: string) => string;
  /** The sentence about the highlighted unit. */
  highlighted: (name: string, rank: string) => string;
  /** Label of a year without figures on a trend's axis (its period id is the year). */
  year: (year: number) => string;
}

/** The words, per locale. */
export const WORDS: Record<Locale, ChartWords> = {
  vi: {
    attainmentAxis: 'Tỉ lệ đạt kế hoạch',
    shareAxis: 'Tỉ lệ CĐCS vững mạnh',
    shareHeading: 'Tỉ lệ CĐCS vững mạnh theo khu vực',
    rankingColumns: ['Hạng', 'Đơn vị', 'Thực hiện', 'Chỉ tiêu', 'Tỉ lệ đạt', 'Đánh giá'],
    trendColumns: ['Kỳ', 'Thực hiện', 'Chỉ tiêu', 'Tỉ lệ đạt', 'Đánh giá'],
    shareColumns: ['Khu vực', 'Số CĐCS được đánh giá', 'Số CĐCS vững mạnh', 'Tỉ lệ', 'Ngưỡng', 'Kết quả'],
    rankingLead: (count, total) =>
      count === total ? `Xếp hạng ${count} đơn vị theo tỉ lệ đạt kế hoạch.` : `${count} đơn vị đứng đầu trong ${total} đơn vị, xếp theo tỉ lệ đạt kế hoạch.`,
    highest: 'Cao nhất:',
    lowest: 'Thấp nhất:',
    trendLead: (unit, metric, count) => `${unit} — ${metric}, ${count} kỳ.`,
    shareLead: (unit, period) => `Tỉ lệ CĐCS vững mạnh của ${unit}, ${period}.`,
    noRows: 'Chưa có dữ liệu cho lựa chọn này.',
    tiedRank: (rank) => `=${rank}`,
    unknown: '—',
    rankOf: (rank, total) => `Hạng ${rank}/${total}`,
    targetRule: 'Chỉ tiêu (100%)',
    printed: (p) => `báo ghi ${p}`,
    highlighted: (name, rank) => `${name} xếp thứ ${rank.replace(/^=/, '')}${rank.startsWith('=') ? ' (đồng hạng)' : ''}.`,
    year: (y) => String(y),
  },
  en: {
    attainmentAxis: 'Share of target reached',
    shareAxis: 'Share of strong grassroots unions',
    shareHeading: 'Strong grassroots unions by sector',
    rankingColumns: ['Rank', 'Unit', 'Actual', 'Target', 'Attained', 'Status'],
    trendColumns: ['Period', 'Actual', 'Target', 'Attained', 'Status'],
    shareColumns: ['Sector', 'Grassroots unions evaluated', 'Rated strong', 'Share', 'Threshold', 'Result'],
    rankingLead: (count, total) =>
      count === total ? `${count} units ranked by share of target reached.` : `Top ${count} of ${total} units, ranked by share of target reached.`,
    highest: 'Highest:',
    lowest: 'Lowest:',
    trendLead: (unit, metric, count) => `${unit} — ${metric}, ${count} ${count === 1 ? 'period' : 'periods'}.`,
    shareLead: (unit, period) => `Share of strong grassroots unions in ${unit}, ${period}.`,
    noRows: 'No data yet for this selection.',
    tiedRank: (rank) => `=${rank}`,
    unknown: '—',
    rankOf: (rank, total) => `Rank ${rank} of ${total}`,
    targetRule: 'Target (100%)',
    printed: (p) => `reported ${p}`,
    highlighted: (name, rank) => `${name} ranks no. ${rank.replace(/^=/, '')}${rank.startsWith('=') ? ' (tied)' : ''}.`,
    year: (y) => String(y),
  },
};

/** The words of a locale; anything but `en` is Vietnamese. */
export function words(locale: Locale | string | undefined): ChartWords {
  return locale === 'en' ? WORDS.en : WORDS.vi;
}
