/**
 * The light-DOM table of a snippet: what a reader sees where the `<template>` itself is stripped
 * (an RSS reader, a CMS that keeps only plain HTML), and what the element reads as its data when
 * the inline JSON is gone too. Headers are the words the table reader knows (`Đơn vị`, `Thực
 * hiện`, `Chỉ tiêu`, `Đạt`, `Khu vực`, `Được đánh giá`, `Vững mạnh`).
 * @module
 */
import { formatAttainment, formatNumber, formatPercent, localize, parseDataset, type DatasetInput, type Locale } from '@tiendo/sdk';
import { escapeHtml } from './escape.js';

const HEAD = {
  vi: { unit: 'Đơn vị', metric: 'Nội dung', actual: 'Thực hiện', target: 'Chỉ tiêu', pct: 'Đạt', sector: 'Khu vực', evaluated: 'Được đánh giá', strong: 'Vững mạnh', share: 'Tỷ lệ vững mạnh', source: 'Nguồn' },
  en: { unit: 'Unit', metric: 'Metric', actual: 'Result', target: 'Plan', pct: 'Percent', sector: 'Sector', evaluated: 'Evaluated', strong: 'Strong', share: 'Share strong', source: 'Source' },
} as const;

const cell = (text: string, tag = 'td', attrs = '') => `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`;

/** A plain `<table>` (caption, header, one row per figure) of a subset dataset, in `locale`. */
export function fallbackTable(subset: DatasetInput, locale: Locale): string {
  const d = parseDataset(subset);
  const h = HEAD[locale];
  const name = (id: string) => d.units.find((u) => u.id === id)?.name ?? id;
  const n = (v: number | undefined) => (v === undefined ? '' : formatNumber(v, { locale }));
  const parts: string[] = [];
  const periods = d.periods.map((p) => localize(p.label, locale)).join(', ');
  if (d.actuals.length || d.targets.length) {
    const many = d.metrics.length > 1;
    const caption = many ? `${d.title} · ${periods}` : `${localize(d.metrics[0]?.labels, locale)} · ${periods}`;
    const rows = d.actuals.map((a) => {
      const t = d.targets.find((x) => x.unit === a.unit && x.metric === a.metric && x.period === a.period)?.value;
      const metric = many ? cell(localize(d.metrics.find((m) => m.id === a.metric)?.labels, locale)) : '';
      const pct = t ? formatAttainment(a.value, t, { locale }) ?? '' : '';
      return `<tr data-unit="${escapeHtml(a.unit)}">${cell(name(a.unit), 'th', ' scope="row"')}${metric}${cell(n(a.value))}${cell(n(t))}${cell(pct)}</tr>`;
    });
    const head = `<tr>${cell(h.unit, 'th')}${many ? cell(h.metric, 'th') : ''}${cell(h.actual, 'th')}${cell(h.target, 'th')}${cell(h.pct, 'th')}</tr>`;
    parts.push(`<table><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (d.qualityRatings.length) {
    const sector = (id: string) => localize(d.sectors.find((s) => s.id === id)?.labels, locale) || id;
    const rows = d.qualityRatings.map((q) => {
      const share = q.evaluated ? formatPercent(q.strong! / q.evaluated, { locale }) : q.share !== undefined ? formatPercent(q.share, { locale }) : '';
      return `<tr>${cell(sector(q.sector), 'th', ' scope="row"')}${cell(n(q.evaluated))}${cell(n(q.strong))}${cell(share)}</tr>`;
    });
    const head = `<tr>${cell(h.sector, 'th')}${cell(h.evaluated, 'th')}${cell(h.strong, 'th')}${cell(h.share, 'th')}</tr>`;
    const unit = name(d.qualityRatings[0]!.unit);
    parts.push(`<table><caption>${escapeHtml(`${unit} · ${periods}`)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
  }
  const source = d.source?.name ?? d.actuals.find((a) => a.source)?.source?.name;
  if (source) parts.push(`<p>${escapeHtml(`${h.source}: ${source}`)}</p>`);
  return parts.join('');
}
