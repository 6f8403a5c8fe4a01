/** The words of `<tiendo-ranking>` and its one-sentence summary, in Vietnamese and English. */
import { formatAttainment, formatNumber, localize, lowerFirst, type Locale, type Metric, type Period, type Unit } from '@tiendo/sdk';
import { joinWords } from '../shared/words.js';

/** Interface strings of the ranking. */
export const RANKING_TEXT = {
  vi: {
    rank: 'Hạng',
    unit: 'Đơn vị',
    actual: 'Thực hiện/Chỉ tiêu',
    attainment: 'Tỉ lệ đạt',
    tied: 'đồng hạng',
    showAll: (n: number) => `Xem tất cả (${n})`,
    collapse: 'Thu gọn',
    metric: 'Chỉ số',
    noTarget: 'chưa có chỉ tiêu',
    pages: 'Phân trang',
    prev: 'Trang trước',
    next: 'Trang sau',
    page: (i: number, n: number) => `Trang ${i}/${n}`,
    sortBy: (what: string) => `Sắp xếp theo ${lowerFirst(what)}`,
  },
  en: {
    rank: 'Rank',
    unit: 'Unit',
    actual: 'Actual/target',
    attainment: 'Attainment',
    tied: 'tied',
    showAll: (n: number) => `Show all (${n})`,
    collapse: 'Show less',
    metric: 'Metric',
    noTarget: 'no target',
    pages: 'Pages',
    prev: 'Previous page',
    next: 'Next page',
    page: (i: number, n: number) => `Page ${i} of ${n}`,
    sortBy: (what: string) => `Sort by ${what.toLowerCase()}`,
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** What the summary sentence needs. */
export interface RankingSentence {
  parent: Unit | null;
  metric: Metric;
  period: Period;
  sort: 'attainment' | 'actual';
  count: number;
  leaders: { name: string; actual: number | null; target: number | null }[];
  withTarget: number;
  met: number;
  highlight: { name: string; rank: number | null; tied: boolean } | null;
  locale: Locale;
}

/**
 * “Xếp hạng 30 đơn vị thuộc Thành phố Hà Nội theo tỉ lệ hoàn thành kế hoạch thành lập CĐCS năm
 * 2017: Quận Đông Anh dẫn đầu (150,0%), 24/30 đơn vị đạt chỉ tiêu, Quận Hoàng Mai xếp thứ 5.”
 */
export function describeRanking(s: RankingSentence): string {
  const { locale } = s;
  const label = lowerFirst(localize(s.metric.labels, locale));
  const period = localize(s.period.label, locale);
  const noun = localize(s.metric.noun, locale).trim();
  const value = (l: RankingSentence['leaders'][number]) =>
    s.sort === 'attainment' && l.actual !== null && l.target ? formatAttainment(l.actual, l.target, { locale })! : `${formatNumber(l.actual ?? 0, { locale })}${noun ? ` ${noun}` : ''}`;
  const names = joinWords(s.leaders.map((l) => l.name), locale);
  const lead = s.leaders[0];
  if (locale === 'vi') {
    const subject = `${s.count} đơn vị${s.parent ? ` thuộc ${s.parent.name}` : ''}`;
    const by = s.sort === 'attainment' ? `tỉ lệ hoàn thành kế hoạch ${label}` : `kết quả ${label}`;
    const parts = [`Xếp hạng ${subject} theo ${by} ${lowerFirst(period)}`];
    const tail: string[] = [];
    if (lead) tail.push(s.leaders.length > 1 ? `${names} đồng hạng nhất (${value(lead)})` : `${names} dẫn đầu (${value(lead)})`);
    if (s.withTarget) tail.push(`${s.met}/${s.withTarget} đơn vị đạt chỉ tiêu`);
    if (s.highlight) tail.push(s.highlight.rank === null ? `${s.highlight.name} chưa được xếp hạng` : `${s.highlight.name} xếp thứ ${s.highlight.rank}${s.highlight.tied ? ' (đồng hạng)' : ''}`);
    return `${parts[0]}${tail.length ? `: ${tail.join(', ')}` : ''}.`;
  }
  const subject = `${s.count} unit${s.count === 1 ? '' : 's'}${s.parent ? ` of ${s.parent.name}` : ''}`;
  const by = s.sort === 'attainment' ? `attainment of target (${label})` : label;
  const tail: string[] = [];
  if (lead) tail.push(s.leaders.length > 1 ? `${names} tie for first (${value(lead)})` : `${names} leads (${value(lead)})`);
  if (s.withTarget) tail.push(`${s.met} of ${s.withTarget} met the target`);
  if (s.highlight) tail.push(s.highlight.rank === null ? `${s.highlight.name} is not ranked` : `${s.highlight.name} ranks no. ${s.highlight.rank}${s.highlight.tied ? ' (tied)' : ''}`);
  return `${subject} ranked by ${by}, ${period}${tail.length ? `: ${tail.join(', ')}` : ''}.`;
}
