/**
 * Strong-share chart: the share of strong grassroots unions per sector (SDK `classifyQuality`) as
 * horizontal bars on a 0–100% axis, with a tick at each sector's threshold and the verdict in words.
 * @module
 */
import { type Dataset, type Locale, describeRule, describeThreshold, formatNumber, localize, qualityFigures, sharePercent } from '@tiendo/sdk';
import { periodOf, unitOf } from './lookup.js';
import type { ChartModel, JsonSpec } from './model.js';
import { LINE_HEIGHT, SHARE_LAYOUT, chartLayout } from './layout.js';
import { expr, instantiate, lazySpec, loc, signalValues, templateBase, templateParams, themed } from './template.js';
import { words } from './text.js';
import { type ChartTheme, resolveTheme } from './theme.js';

/** Options of `shareSpec`. */
export interface ShareOptions {
  /** Unit id. */
  unit: string;
  /** Period id. */
  period: string;
  /** Rating scheme, when the dataset has several. */
  scheme?: string;
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** Colours and font; missing values fall back to the light theme. */
  theme?: Partial<ChartTheme>;
}

/** One sector's bar. */
export interface ShareRow {
  /** Sector id. */
  sector: string;
  /** Sector name (`Khu vực nhà nước`). */
  sectorName: string;
  /** Grassroots unions evaluated, when known. */
  evaluated: number | null;
  /** Of those, rated strong, when known. */
  strong: number | null;
  /** Share rated strong, 0–1. */
  share: number;
  /** `share` as a percent (`92,5%`). */
  shareText: string;
  /** The threshold share, 0–1, or `null` when the sector has none. */
  threshold: number | null;
  /** The threshold as readers say it (`trên 90%`, `50% trở lên`). */
  thresholdText: string;
  /** True when the share meets the threshold; `null` without a threshold. */
  pass: boolean | null;
  /** True when the share fails its threshold (drawn in the “short” colour). */
  short: boolean;
  /** The verdict in words (`Đạt: 92,5%, trên mức 90%`), or the share alone without a threshold. */
  verdictText: string;
  /** Tooltip text (lines separated by `\n`). */
  tip: string;
  /** True when a rating used is invented for illustration. */
  illustrative: boolean;
  /** The units whose ratings were used (the unit, or the top-most rated units below it), for the download. */
  units: string[];
  /** The rating scheme of the ratings used. */
  scheme: string | null;
  /** The words above the bar, in lines as drawn at the chart's width: the sector, then the verdict. */
  nameLines: string[];
}

const y = { field: 'sectorName', type: 'nominal', sort: null, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } };
const x = { type: 'quantitative', scale: { domain: [0, 1], range: [0, { expr: 'width' }] }, axis: null };

/**
 * The share template, as newsrooms draw it: each sector's name and verdict in words above its bar
 * (wrapped to the width, never clipped; no axis, the verdict says the share), the bar on a 0–100%
 * track, the threshold a mark across the bar; the bar in the “short” colour when the verdict says
 * it fails.
 */
export const shareTemplate: JsonSpec = {
  ...templateBase(),
  params: templateParams({}, SHARE_LAYOUT),
  height: { step: 60 },
  layer: [
    {
      mark: { type: 'bar', height: expr('barH'), yOffset: expr('barOff'), color: themed('grid') },
      encoding: { y, x: { ...x, datum: 1 } },
    },
    {
      mark: { type: 'bar', cornerRadiusEnd: 2, height: expr('barH'), yOffset: expr('barOff') },
      encoding: {
        y, x: { ...x, field: 'share', stack: null },
        color: { condition: { test: 'datum.short', value: themed('barShort') }, value: themed('bar') },
        tooltip: { field: 'tip', type: 'nominal' },
      },
    },
    {
      transform: [{ filter: 'isValid(datum.threshold)' }],
      mark: { type: 'rule', color: themed('rule'), strokeWidth: 3, yOffset: expr('barOff - barH / 2 - 4'), y2Offset: expr('barOff + barH / 2 + 4') },
      encoding: { y: { ...y, bandPosition: 0.5 }, y2: { field: 'sectorName', bandPosition: 0.5 }, x: { ...x, field: 'threshold' } },
    },
    {
      mark: {
        type: 'text', x: 0, align: 'left', baseline: 'top', dy: expr('nameDy - length(datum.nameLines) * nameLift'),
        lineHeight: LINE_HEIGHT, limit: expr('width'), color: themed('text'),
      },
      encoding: { y, text: { field: 'nameLines', type: 'nominal' } },
    },
  ],
};

/** Rows, spec, summary and table of a unit's strong share per sector. Throws a `ChartInputError` for an unknown id. */
export function shareSpec(dataset: Dataset, options: ShareOptions): ChartModel<ShareRow> {
  const locale = loc(options.locale);
  const w = words(locale);
  const unit = unitOf(dataset, options.unit);
  const period = periodOf(dataset, options.period);
  // The same figures and words as <tiendo-strong-share>: one scheme (the one asked for, else the first rated).
  const quality = qualityFigures(dataset, { unit: unit.id, period: period.id, scheme: options.scheme }).sectors;
  const rows: ShareRow[] = quality.map((q) => {
    const sectorName = localize(q.sector.labels, locale);
    const shareText = sharePercent(q.share, q.threshold?.share ?? null, locale);
    const thresholdText = q.threshold ? describeRule(q, locale) : w.unknown;
    const verdictText = q.result ? describeThreshold(q.result, locale) : shareText;
    const counts = q.strong !== null && q.evaluated !== null ? ` (${formatNumber(q.strong, { locale })}/${formatNumber(q.evaluated, { locale })})` : '';
    return {
      sector: q.sector.id, sectorName, evaluated: q.evaluated, strong: q.strong, share: q.share, shareText,
      threshold: q.threshold?.share ?? null, thresholdText, pass: q.result?.pass ?? null, short: q.result?.pass === false,
      verdictText, tip: `${sectorName}${counts}\n${verdictText} (${thresholdText})`, illustrative: q.illustrative, units: q.units, scheme: q.scheme,
      nameLines: [q.illustrative ? `${sectorName}*` : sectorName, verdictText],
    };
  });
  const periodLabel = localize(period.label, locale);
  const title = `${w.shareHeading} · ${unit.name} · ${periodLabel}`;
  const summary = rows.length
    ? [w.shareLead(unit.name, periodLabel), ...rows.map((r) => `${r.sectorName}: ${r.verdictText}.`)].join(' ')
    : `${title}. ${w.noRows}`;
  const signals = signalValues(resolveTheme(options.theme), {});
  const count = (n: number | null) => (n === null ? w.unknown : formatNumber(n, { locale }));
  const model: ChartModel<ShareRow> = {
    kind: 'share', locale, title, summary, rows, signals,
    spec: {},
    table: {
      caption: title,
      columns: [...w.shareColumns],
      numeric: [false, true, true, true, false, false],
      rowHeader: 0,
      rows: rows.map((r) => [r.sectorName, count(r.evaluated), count(r.strong), r.shareText, r.thresholdText, r.verdictText]),
    },
  };
  // The vega-lite spec as drawn 480 px wide (vega-embed and the editor take it as is), built when read.
  return lazySpec(model, () => {
    const at480 = chartLayout(model, 480);
    return { ...instantiate(shareTemplate, at480.rows ?? rows, { ...signals, ...at480.signals }), height: { step: at480.signals.y_step } };
  });
}
