/**
 * Ranking chart: units ranked by attainment (SDK `aggregate` + `rank`) as horizontal bars, with a
 * rule at 100% and the percent written at the end of each bar.
 * @module
 */
import { type AggregateNode, type Dataset, type Locale, aggregate, defaultParent, exactAttainment, localize, rank } from '@tiendo/sdk';
import { type ProgressFigures, progressFigures } from './figures.js';
import { metricOf, periodOf, unitOf } from './lookup.js';
import type { ChartModel, JsonSpec } from './model.js';
import { LINE_HEIGHT, RANKING_LAYOUT, VALUE_GAP, chartLayout, estimateText } from './layout.js';
import { THEME_SIGNALS, expr, instantiate, lazySpec, loc, signalValues, templateBase, templateParams, themed } from './template.js';
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
  /** Unit id to highlight (the unit the article is about), as `<tiendo-ranking highlight>`; shown even outside the top N. */
  highlight?: string;
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
  /** True for the highlighted unit. */
  highlight: boolean;
  /** The name as drawn: the label, with `*` when a figure is illustrative (as the ranking marks it). */
  nameText: string;
  /** The name in lines, as drawn at the chart's width (`chartLayout`). */
  nameLines: string[];
  /** The label right of the bar: the percent, and the printed percent when it disagrees (`77,8% (báo ghi 87,5%)`). */
  valueText: string;
  /** Width of `valueText` in px, as the layout measured it (an estimate until then). */
  valueW: number;
}

/**
 * The rows' band, in the rows' order: the domain is sorted by each row's index (`order`, set by
 * the layout), so a layer that draws only some rows (the highlight band) never reorders them.
 */
const Y = { field: 'label', type: 'nominal', sort: { field: 'order', op: 'min' }, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } };
/** True when a row's percent, written right of its bar, covers the 100% mark. */
const COVERED = `(scale('x', datum.attainment) + ${VALUE_GAP} - 3 < scale('x', 1) && scale('x', 1) < scale('x', datum.attainment) + ${VALUE_GAP} + datum.valueW + 3)`;
/** Bars end `valueRoom` px short of the width: the longest percent fits right of its bar. */
const X_SCALE = { zero: true, nice: false, range: [0, { expr: 'max(10, width - valueRoom)' }] };

/**
 * The ranking template, drawn as newsrooms draw bar charts (Datawrapper, Flourish): no axis, since
 * every bar carries its percent; unit names beside the bars, or above them when they would take
 * too much of a narrow chart (`layoutSignals` decides per width); the percent right of the bar,
 * with room kept for the longest so it is never clipped; a dashed rule at 100% labelled in words;
 * the highlighted unit on the ranking's highlight band, in bold; one bar colour.
 */
export const rankingTemplate: JsonSpec = {
  ...templateBase(),
  params: templateParams({ targetLabel: '' }, RANKING_LAYOUT),
  layer: [
    {
      // The band behind the highlighted row. The first and last rows keep an invisible band too: the
      // bands span the chart's whole width and height, which sets its bounds (hence where Vega puts
      // the plot), and those two reach as far as a band per row did. No invisible band for the
      // others: 700 rows would draw 698 for nothing.
      transform: [{ filter: 'datum.highlight || datum.edge' }],
      mark: { type: 'rect', color: themed('highlight'), x: expr('hlLeft'), x2: expr('width + 4'), opacity: expr('datum.highlight ? 1 : 0') },
      encoding: { y: Y },
    },
    {
      mark: { type: 'bar', cornerRadiusEnd: 2, height: expr('barH'), yOffset: expr('barOff'), color: themed('bar') },
      encoding: {
        y: Y,
        x: { field: 'attainment', type: 'quantitative', stack: null, scale: X_SCALE, axis: null },
        tooltip: { field: 'tip', type: 'nominal' },
      },
    },
    {
      // The 100% mark over the bars, a dashed stroke per row: it breaks under the names above the
      // bars and where a row's percent is written across it (`valueW`, measured by the layout).
      mark: {
        type: 'rule', color: themed('rule'), strokeWidth: 2, strokeDash: [4, 3],
        yOffset: expr('barOff - barH / 2 - 4'), y2Offset: expr('barOff + barH / 2 + 4'), strokeOpacity: expr(`${COVERED} ? 0 : 1`),
      },
      encoding: { y: { ...Y, bandPosition: 0.5 }, y2: { field: 'label', bandPosition: 0.5 }, x: { datum: 1, type: 'quantitative', scale: X_SCALE, axis: null } },
    },
    {
      data: { values: [{ target: 1 }] },
      mark: { type: 'text', align: 'center', baseline: 'bottom', y: -4, color: themed('textMuted'), text: expr('targetLabel') },
      encoding: { x: { field: 'target', type: 'quantitative', scale: X_SCALE, axis: null } },
    },
    {
      mark: {
        type: 'text', x: 0, dx: expr('nameDx'), dy: expr('nameDy - length(datum.nameLines) * nameLift'), align: expr('nameAlign'), baseline: expr('nameBaseline'),
        limit: expr('nameLimit'), lineHeight: LINE_HEIGHT, color: themed('text'), fontWeight: expr("datum.highlight ? 'bold' : 'normal'"),
      },
      encoding: { y: Y, text: { field: 'nameLines', type: 'nominal' } },
    },
    {
      mark: {
        type: 'text', align: 'left', baseline: 'middle', dx: VALUE_GAP, dy: expr('barOff'),
        color: expr(`datum.printedText ? ${THEME_SIGNALS.barShort} : ${THEME_SIGNALS.text}`), fontWeight: expr("datum.highlight ? 'bold' : 'normal'"),
      },
      encoding: { y: Y, x: { field: 'attainment', type: 'quantitative', scale: X_SCALE }, text: { field: 'valueText', type: 'nominal' } },
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
  const shown = ranked.slice(0, top);
  const hl = options.highlight ? ranked.find((r) => r.node.unit.id === options.highlight) : undefined;
  if (hl && !shown.includes(hl)) shown.push(hl);
  const rows: RankingRow[] = shown.map((r) => {
    const rankNo = r.rank ?? 0;
    let label = `${rankNo}. ${r.name}`;
    if (seen.has(label)) label = `${label} (${r.node.unit.id})`;
    seen.add(label);
    const rankText = r.tied ? w.tiedRank(rankNo) : String(rankNo);
    const nameText = r.f.illustrative ? `${label}*` : label;
    const valueText = r.f.printedText ? `${r.f.attainmentText} (${w.printed(r.f.printedText)})` : r.f.attainmentText;
    const tip = [w.rankOf(rankText, ranked.length), r.f.sentence, ...(r.f.printedNote ? [r.f.printedNote] : [])].join('\n');
    return {
      ...r.f, unit: r.node.unit.id, name: r.name, rank: rankNo, tied: r.tied,
      rankText, label, tip, highlight: r === hl, nameText, nameLines: [nameText], valueText, valueW: estimateText(valueText, r === hl),
    };
  });
  const title = `${localize(metric.labels, locale)} · ${localize(period.label, locale)}`;
  const first = rows[0];
  // “Lowest” only when every ranked unit is shown; with `top`, the last bar is not the lowest.
  const count = Math.min(top, ranked.length);
  const last = count > 1 && count === ranked.length ? rows[count - 1] : undefined;
  const marked = rows.find((r) => r.highlight);
  const summary = !first
    ? `${title}. ${w.noRows}`
    : [`${title}.`, w.rankingLead(count, ranked.length), `${w.highest} ${first.sentence}`, ...(last ? [`${w.lowest} ${last.sentence}`] : []),
      ...(marked ? [w.highlighted(marked.name, marked.rankText)] : [])].join(' ');
  const signals = signalValues(resolveTheme(options.theme), { targetLabel: w.targetRule });
  const model: ChartModel<RankingRow> = {
    kind: 'ranking', locale, title, summary, rows, signals,
    spec: {},
    table: {
      caption: title,
      columns: [...w.rankingColumns],
      numeric: [true, false, true, true, true, false],
      rowHeader: 1,
      rows: rows.map((r) => [r.rankText, r.name, r.actualText, r.targetText, r.attainmentText, r.statusText]),
    },
  };
  // The vega-lite spec as drawn 480 px wide (vega-embed and the editor take it as is), built when read.
  return lazySpec(model, () => {
    const at480 = chartLayout(model, 480);
    return { ...instantiate(rankingTemplate, at480.rows ?? rows, { ...signals, ...at480.signals }), height: { step: at480.signals.y_step } };
  });
}
