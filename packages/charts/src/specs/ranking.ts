/**
 * Ranking chart: units ranked by attainment (SDK `aggregate` + `rank`) as horizontal bars, with a
 * rule at 100% and the percent written at the end of each bar.
 * @module
 */
import { type AggregateNode, type Dataset, type Locale, aggregate, defaultParent, exactAttainment, localize, rank } from '@tiendo/sdk';
import { type ProgressFigures, progressFigures } from './figures.js';
import { metricOf, periodOf, unitOf } from './lookup.js';
import type { ChartModel, JsonSpec } from './model.js';
import { expr, instantiate, loc, signalValues, templateBase, templateParams, themed } from './template.js';
import { words } from './text.js';
import { type ChartTheme, resolveTheme } from './theme.js';

/** Options of `rankingSpec`. */
export interface RankingOptions {
  /** Metric id. */
  metric: string;
  /** Period id. */
  period: string;
  /** Rank the children of this unit; default: the children of every root (or the roots, when none has children). */
  parent?: string;
  /** Rank exactly these units (ids) instead. */
  units?: readonly string[];
  /** Keep the first N after ranking (1 or more); default: all. */
  top?: number;
  /** Use figures no later than this date (YYYY-MM-DD). */
  asOf?: string;
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Colours and font; missing values fall back to the light theme. */
  theme?: Partial<ChartTheme>;
}

/** One bar of a ranking. */
export interface RankingRow extends ProgressFigures {
  /** Unit id. */
  unit: string;
  /** Unit name. */
  name: string;
  /** Competition rank (1, 2, 2, 4). */
  rank: number;
  /** True when the rank is shared. */
  tied: boolean;
  /** The rank as shown (`2`, or `=2` when tied). */
  rankText: string;
  /** Y-axis label: `1. Quận Hoàng Mai` (unique within the chart). */
  label: string;
  /** Tooltip text (lines separated by `\n`). */
  tip: string;
}

/** The ranking template: rows → bars by `label`, length `attainment`; a rule at 100%. */
export const rankingTemplate: JsonSpec = {
  ...templateBase(),
  params: templateParams({ xTitle: '' }),
  layer: [
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, axis: { title: null, labelLimit: 220, ticks: false } },
        x: { field: 'attainment', type: 'quantitative', stack: null, scale: { zero: true }, axis: { format: '.0%', title: expr('xTitle'), grid: true, tickCount: 5 } },
        color: { condition: { test: 'datum.short', value: themed('barShort') }, value: themed('bar') },
        tooltip: { field: 'tip', type: 'nominal' },
      },
    },
    {
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: themed('text') },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null },
        x: { field: 'attainment', type: 'quantitative' },
        text: { field: 'attainmentText', type: 'nominal' },
      },
    },
    {
      data: { values: [{ target: 1 }] },
      mark: { type: 'rule', color: themed('rule'), strokeWidth: 2, strokeDash: [4, 3] },
      encoding: { x: { field: 'target', type: 'quantitative' } },
    },
  ],
  height: { step: 24 },
};

function nodesToRank(dataset: Dataset, o: RankingOptions): AggregateNode[] {
  if (o.units?.length) {
    o.units.forEach((id, i) => unitOf(dataset, id, `units[${i}]`));
    const { byUnit } = aggregate(dataset, { metric: o.metric, period: o.period, asOf: o.asOf });
    return o.units.map((id) => byUnit.get(id)!);
  }
  if (o.parent) {
    unitOf(dataset, o.parent, 'parent');
    return aggregate(dataset, { metric: o.metric, period: o.period, unit: o.parent, asOf: o.asOf }).nodes[0]?.children ?? [];
  }
  // The units of the first root with units below it, as <tiendo-ranking> shows; else every unit.
  const parent = defaultParent(dataset);
  if (parent) return aggregate(dataset, { metric: o.metric, period: o.period, unit: parent.id, asOf: o.asOf }).nodes[0]?.children ?? [];
  return aggregate(dataset, { metric: o.metric, period: o.period, asOf: o.asOf }).all;
}

/** Rows, spec, summary and table of a ranking. Throws a `ChartInputError` for an unknown id. */
export function rankingSpec(dataset: Dataset, options: RankingOptions): ChartModel<RankingRow> {
  const locale = loc(options.locale);
  const w = words(locale);
  const metric = metricOf(dataset, options.metric);
  const period = periodOf(dataset, options.period);
  const withFigures = nodesToRank(dataset, options).flatMap((node) => {
    const f = progressFigures(node, metric, period, locale);
    return f ? [{ node, f, name: node.unit.name }] : [];
  });
  const ranked = rank(withFigures, { by: (x) => x.f.attainment, exact: (x) => exactAttainment(x.node), name: (x) => x.name, locale: 'vi' });
  const top = options.top !== undefined && Number.isFinite(options.top) && options.top >= 1 ? Math.floor(options.top) : ranked.length;
  const seen = new Set<string>();
  const rows: RankingRow[] = ranked.slice(0, top).map((r) => {
    const rankNo = r.rank ?? 0;
    let label = `${rankNo}. ${r.name}`;
    if (seen.has(label)) label = `${label} (${r.node.unit.id})`;
    seen.add(label);
    const rankText = r.tied ? w.tiedRank(rankNo) : String(rankNo);
    return {
      ...r.f, unit: r.node.unit.id, name: r.name, rank: rankNo, tied: r.tied,
      rankText, label, tip: `${w.rankOf(rankText, ranked.length)}\n${r.f.sentence}`,
    };
  });
  const title = `${localize(metric.labels, locale)} · ${localize(period.label, locale)}`;
  const first = rows[0];
  // “Lowest” only when every ranked unit is shown; with `top`, the last bar is not the lowest.
  const last = rows.length > 1 && rows.length === ranked.length ? rows[rows.length - 1] : undefined;
  const summary = !first
    ? `${title}. ${w.noRows}`
    : [`${title}.`, w.rankingLead(rows.length, ranked.length), `${w.highest} ${first.sentence}`, ...(last ? [`${w.lowest} ${last.sentence}`] : [])].join(' ');
  const signals = signalValues(resolveTheme(options.theme), { xTitle: w.attainmentAxis });
  return {
    kind: 'ranking', locale, title, summary, rows, signals,
    spec: instantiate(rankingTemplate, rows, signals),
    table: {
      caption: title,
      columns: [...w.rankingColumns],
      numeric: [true, false, true, true, true, false],
      rowHeader: 1,
      rows: rows.map((r) => [r.rankText, r.name, r.actualText, r.targetText, r.attainmentText, r.statusText]),
    },
  };
}
