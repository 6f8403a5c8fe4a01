/**
 * Trend chart: one unit's attainment of a metric across periods (2017 → 2021), as a line with a
 * point and its percent per period, and a rule at 100%.
 * @module
 */
import { type Dataset, type Locale, aggregate, localize } from '@tiendo/sdk';
import { type ProgressFigures, progressFigures } from './figures.js';
import { metricOf, unitOf } from './lookup.js';
import type { ChartModel, JsonSpec } from './model.js';
import { THEME_SIGNALS, expr, instantiate, lazySpec, loc, signalValues, templateBase, templateParams, themed } from './template.js';
import { words } from './text.js';
import { type ChartTheme, resolveTheme } from './theme.js';

/** Options of `trendSpec`. */
export interface TrendOptions {
  /** Unit id. */
  unit: string;
  /** Metric id. */
  metric: string;
  /** Only these periods (ids); default: every period with an actual and a target. */
  periods?: readonly string[];
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Colours and font; missing values fall back to the light theme. */
  theme?: Partial<ChartTheme>;
}

/** One point of a trend. */
export interface TrendRow extends ProgressFigures {
  /** Period id. */
  period: string;
  /** Period label (`Năm 2017`). */
  periodLabel: string;
  /** First day of the period. */
  start: string;
  /** Last day of the period. */
  end: string;
  /** Tooltip text (lines separated by `\n`). */
  tip: string;
  /** The place on the x axis: the year of a calendar-year period (`2017`), else the period label. */
  x: string;
  /** The label at the point: the percent, `*` when illustrative, and the printed percent when it disagrees. */
  valueText: string;
}

/** The x axis: one place per period, and per year without figures between two years (a gap, not a line). */
const x = { field: 'x', type: 'ordinal', sort: null, scale: { domain: { expr: 'xDomain' } }, axis: { title: null, labelAngle: 0, labelOverlap: true, ticks: false, domain: true, labelPadding: 6 } };
/** No y axis: every point carries its percent; the 100% rule is labelled. */
const y = { field: 'attainment', type: 'quantitative', scale: { zero: true, nice: false }, axis: null };

/**
 * The trend template: the line through the periods with figures, broken where a year has none
 * (`invalid: 'break-paths-show-domains'` on the gap rows of `data`); a point and its percent per
 * period (with `*` when illustrative); a dashed rule at 100% labelled in words; one colour.
 */
export const trendTemplate: JsonSpec = {
  ...templateBase(),
  params: templateParams({ targetLabel: '', targetAt: 'left' }, { xDomain: [] }),
  height: 220,
  layer: [
    {
      data: { values: [{ target: 1 }] },
      mark: { type: 'rule', color: themed('rule'), strokeWidth: 2, strokeDash: [4, 3] },
      encoding: { y: { field: 'target', type: 'quantitative', axis: null } },
    },
    {
      data: { values: [{ target: 1 }] },
      // At the end of the rule where no point's percent sits near it (`targetAt`, chosen from the rows).
      mark: { type: 'text', align: expr('targetAt'), baseline: 'bottom', dy: -3, x: expr("targetAt === 'left' ? 0 : width"), color: themed('textMuted'), text: expr('targetLabel') },
      encoding: { y: { field: 'target', type: 'quantitative', axis: null } },
    },
    { mark: { type: 'line', color: themed('bar'), strokeWidth: 2, invalid: 'break-paths-show-domains' }, encoding: { x, y } },
    {
      mark: { type: 'point', filled: true, size: 90, opacity: 1, color: themed('bar') },
      encoding: { x, y, tooltip: { field: 'tip', type: 'nominal' } },
    },
    {
      mark: { type: 'text', dy: -14, color: expr(`datum.printedText ? ${THEME_SIGNALS.barShort} : ${THEME_SIGNALS.text}`) },
      encoding: { x, y, text: { field: 'valueText', type: 'nominal' } },
    },
  ],
};

/** A year, when the period is exactly one calendar year. */
function yearOf(start: string, end: string): number | null {
  const y = Number(start.slice(0, 4));
  return start.endsWith('-01-01') && end === `${y}-12-31` ? y : null;
}

/** Rows, spec, summary and table of a unit's trend. Throws a `ChartInputError` for an unknown id. */
export function trendSpec(dataset: Dataset, options: TrendOptions): ChartModel<TrendRow> {
  const locale = loc(options.locale);
  const w = words(locale);
  const metric = metricOf(dataset, options.metric);
  const unit = unitOf(dataset, options.unit);
  const wanted = options.periods ? new Set(options.periods) : null;
  const periods = dataset.periods
    .filter((p) => !wanted || wanted.has(p.id))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const rows: TrendRow[] = periods.flatMap((period) => {
    const node = aggregate(dataset, { metric: metric.id, period: period.id, unit: unit.id }).nodes[0];
    const f = node ? progressFigures(node, metric, period, locale) : null;
    if (!f) return [];
    const periodLabel = localize(period.label, locale);
    const year = yearOf(period.start, period.end);
    const valueText = `${f.attainmentText}${f.illustrative ? '*' : ''}${f.printedText ? ` (${w.printed(f.printedText)})` : ''}`;
    const tip = [periodLabel, f.sentence, ...(f.printedNote ? [f.printedNote] : [])].join('\n');
    return [{ ...f, period: period.id, periodLabel, start: period.start, end: period.end, tip, x: year === null ? periodLabel : w.year(year), valueText }];
  });
  // Years without figures between two calendar years are places on the axis with no point: the line breaks there.
  const data: object[] = [];
  rows.forEach((r, i) => {
    const prev = i > 0 ? yearOf(rows[i - 1]!.start, rows[i - 1]!.end) : null;
    const cur = yearOf(r.start, r.end);
    if (prev !== null && cur !== null) for (let y = prev + 1; y < cur; y++) data.push({ x: w.year(y), attainment: null, gap: true });
    data.push(r);
  });
  const xDomain = data.map((d) => (d as { x: string }).x);
  const metricLabel = localize(metric.labels, locale);
  const title = `${unit.name} · ${metricLabel}`;
  const summary = rows.length
    ? [w.trendLead(unit.name, metricLabel, rows.length), ...ends(rows).map((r) => `${r.periodLabel}: ${r.sentence}`)].join(' ')
    : `${title}. ${w.noRows}`;
  // A point whose percent is written just above or on the 100% rule would meet the rule's label.
  const near = (r: TrendRow | undefined) => r !== undefined && r.attainment > 0.85 && r.attainment < 1.3;
  const targetAt = near(rows[0]) && !near(rows[rows.length - 1]) ? 'right' : 'left';
  const signals = { ...signalValues(resolveTheme(options.theme), { targetLabel: w.targetRule, targetAt }), xDomain };
  return lazySpec({
    kind: 'trend', locale, title, summary, rows, signals,
    ...(data.length > rows.length ? { data } : {}),
    spec: {},
    table: {
      caption: title,
      columns: [...w.trendColumns],
      numeric: [false, true, true, true, false],
      rowHeader: 0,
      rows: rows.map((r) => [r.periodLabel, r.actualText, r.targetText, r.attainmentText, r.statusText]),
    },
  }, () => instantiate(trendTemplate, data, signals));
}

/** Every row when there are few; else the first and the last (the table holds the rest). */
function ends<T>(rows: T[]): T[] {
  return rows.length <= 3 ? rows : [rows[0]!, rows[rows.length - 1]!];
}
