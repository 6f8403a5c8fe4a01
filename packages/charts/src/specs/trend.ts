/**
 * Trend chart: one unit's attainment of a metric across periods (2017 → 2021), as a line with a
 * point and its percent per period, and a rule at 100%.
 * @module
 */
import { type Dataset, type Locale, aggregate, localize } from '@tiendo/sdk';
import { type ProgressFigures, progressFigures } from './figures.js';
import { metricOf, unitOf } from './lookup.js';
import type { ChartModel, JsonSpec } from './model.js';
import { expr, instantiate, loc, signalValues, templateBase, templateParams, themed } from './template.js';
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
}

const x = { field: 'periodLabel', type: 'ordinal', sort: null, axis: { title: null, labelAngle: 0 } };
const y = { field: 'attainment', type: 'quantitative', scale: { zero: true }, axis: { format: '.0%', title: expr('yTitle'), tickCount: 5 } };

/** The trend template: rows in period order → line and points at `attainment`; a rule at 100%. */
export const trendTemplate: JsonSpec = {
  ...templateBase(),
  params: templateParams({ yTitle: '' }),
  height: 240,
  layer: [
    { mark: { type: 'line', color: themed('bar'), strokeWidth: 2 }, encoding: { x, y } },
    {
      mark: { type: 'point', filled: true, size: 90, opacity: 1 },
      encoding: {
        x, y,
        color: { condition: { test: 'datum.short', value: themed('barShort') }, value: themed('bar') },
        tooltip: { field: 'tip', type: 'nominal' },
      },
    },
    {
      mark: { type: 'text', dy: -14, color: themed('text') },
      encoding: { x, y, text: { field: 'attainmentText', type: 'nominal' } },
    },
    {
      data: { values: [{ target: 1 }] },
      mark: { type: 'rule', color: themed('rule'), strokeWidth: 2, strokeDash: [4, 3] },
      encoding: { y: { field: 'target', type: 'quantitative' } },
    },
  ],
};

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
    return [{ ...f, period: period.id, periodLabel, start: period.start, end: period.end, tip: `${periodLabel}\n${f.sentence}` }];
  });
  const metricLabel = localize(metric.labels, locale);
  const title = `${unit.name} · ${metricLabel}`;
  const summary = rows.length
    ? [w.trendLead(unit.name, metricLabel, rows.length), ...ends(rows).map((r) => `${r.periodLabel}: ${r.sentence}`)].join(' ')
    : `${title}. ${w.noRows}`;
  const signals = signalValues(resolveTheme(options.theme), { yTitle: w.attainmentAxis });
  return {
    kind: 'trend', locale, title, summary, rows, signals,
    spec: instantiate(trendTemplate, rows, signals),
    table: {
      caption: title,
      columns: [...w.trendColumns],
      numeric: [false, true, true, true, false],
      rowHeader: 0,
      rows: rows.map((r) => [r.periodLabel, r.actualText, r.targetText, r.attainmentText, r.statusText]),
    },
  };
}

/** Every row when there are few; else the first and the last (the table holds the rest). */
function ends<T>(rows: T[]): T[] {
  return rows.length <= 3 ? rows : [rows[0]!, rows[rows.length - 1]!];
}
