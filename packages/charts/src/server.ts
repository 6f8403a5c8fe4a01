/**
 * `@tiendo/charts/server` (Node only): `<tiendo-chart>` rendered ahead of time, so a reader sees the
 * whole chart before (or without) JavaScript and nothing moves when the element upgrades.
 *
 * - `chartSvg` draws the chart as static SVG with the element's own model, compiled spec and Vega
 *   runtime, headless (`renderer: 'none'`), text measured with the layout's width table.
 * - `insertChartSvg` puts SVGs into the element's server rendering (lit SSR), one per range of
 *   widths, switched by container queries, with the chart box as tall as the client's chart will be.
 * - `prerenderChart` does both: the `<tiendo-chart>` with its declarative shadow root, no script.
 *
 * The server does not know the page's width: the client's chart height is a step function of its
 * width alone (`layoutSteps`), so `prerenderChart` draws one SVG at the start of each step (and at
 * the usual phone and column widths) and the page shows, at any width, the widest SVG not wider
 * than the chart, in a box exactly as tall as the client will draw it.
 * @module
 */
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import { type Dataset, type DatasetInput, parseDataset } from '@tiendo/sdk';
import { html, nothing } from 'lit';
import * as vega from 'vega';
import { buildModel } from './chart/chart-parts.js';
import './define.js';
import { tableText, tableWidth } from './specs/font-measure.js';
import { chartLayout } from './specs/layout.js';
import type { ChartKind, ChartModel } from './specs/model.js';
import { resolveSelection } from './specs/selection.js';
import { MIN_CHART_WIDTH, layoutSteps } from './specs/steps.js';
import { themeSignals } from './specs/template.js';
import { type ChartTheme, DARK_THEME, LIGHT_THEME, type ThemeName, resolveTheme } from './specs/theme.js';
import { createView } from './vega/view.js';
import { themeCss } from './server-css.js';


/** Vega's text measure (vega-scenegraph's `textMetrics`, re-exported by `vega`; not in its typings). */
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: { fontSize?: number; fontWeight?: string | number }, text: string) => number } };
// Vega measures text (for bounds and `limit`) with the same table as the layout: no canvas in Node.
textMetrics.width = (item, text) =>
  tableWidth(String(text ?? ''), item.fontWeight === 'bold' || Number(item.fontWeight) >= 600, item.fontSize ?? 11);

/** The attributes of a `<tiendo-chart>`, as written on the page (`top` may be a number). */
export interface ChartAttributes {
  kind?: ChartKind;
  unit?: string;
  metric?: string;
  period?: string;
  parent?: string;
  top?: number | string;
  highlight?: string;
  locale?: 'vi' | 'en';
  theme?: ThemeName;
  /** Where the page's element loads its data from on upgrade (the server draws `dataset`). */
  src?: string;
}

/** Options of `chartSvg`. */
export interface ChartSvgOptions {
  /** Width of the chart in CSS pixels (default 480; at least 200, as the element draws). */
  width?: number;
  /** Colours: `light` (default), `dark`, or colour values (missing ones light). */
  theme?: 'light' | 'dark' | Partial<ChartTheme>;
}

/** A static chart: SVG text and its size in CSS pixels. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const blank = (v: string | undefined): string | undefined => v?.trim() || undefined;

/** The element's model for a dataset and attributes (a `ChartInputError` for an unknown id or kind). */
export function chartModel(dataset: Dataset | DatasetInput, attrs: ChartAttributes = {}): ChartModel {
  const d = parseDataset(dataset);
  const kind = attrs.kind ?? 'ranking';
  const sel = resolveSelection(d, kind, { metric: blank(attrs.metric), period: blank(attrs.period), unit: blank(attrs.unit), parent: blank(attrs.parent) });
  const top = attrs.top === undefined || attrs.top === '' ? undefined : Number(attrs.top);
  return buildModel(d, kind, sel, attrs.locale === 'en' ? 'en' : 'vi', top && top >= 1 ? top : undefined, blank(attrs.highlight));
}

/**
 * The chart of `dataset` as SVG text, drawn headless by Vega at `width`, exactly as the element
 * lays it out at that width (the same model, compiled spec, layout and runtime). Names and labels
 * are text nodes escaped by Vega's SVG writer: a unit named `<img onerror=…>` stays characters.
 */
export async function chartSvg(dataset: Dataset | DatasetInput, attrs: ChartAttributes = {}, options: ChartSvgOptions = {}): Promise<ChartSvg> {
  return drawSvg(chartModel(dataset, attrs), options);
}

async function drawSvg(model: ChartModel, options: ChartSvgOptions): Promise<ChartSvg> {
  const width = Math.max(MIN_CHART_WIDTH, Math.floor(options.width ?? 480));
  const t = options.theme;
  const theme = t === 'dark' ? { ...DARK_THEME } : t === 'light' || t === undefined ? { ...LIGHT_THEME } : resolveTheme(t);
  const layout = chartLayout(model, width, tableText);
  const view = createView(model, { renderer: 'none', width, layout, signals: themeSignals(theme) });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    return { svg, width: attr(svg, 'width'), height: attr(svg, 'height') };
  } finally {
    view.finalize();
  }
}

/** Tags as markup reads them: a name, then attributes with quoted or bare values. */
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTR = /\s([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/**
 * True when markup has an element that runs or loads something (script, foreignObject, iframe,
 * img), an event handler attribute or a `javascript:` value. Vega escapes text (a `<` in a name is
 * `&lt;`), so every `<` opens a real tag.
 */
function active(markup: string): boolean {
  for (const [, name, attrs] of markup.matchAll(TAG)) {
    if (/^(script|foreignobject|iframe|img|object|embed)$/i.test(name!)) return true;
    for (const [, a, v] of attrs!.matchAll(ATTR)) if (/^on/i.test(a!) || /^\W*javascript:/i.test((v ?? '').replace(/["'\s]/g, ''))) return true;
  }
  return false;
}

/** A number attribute of the root `<svg>` element. */
function attr(svg: string, name: string): number {
  const root = /^\s*<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const v = new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1];
  if (v === undefined) throw new Error(`insertChartSvg: the <svg> has no ${name}`);
  return Number(v);
}

/** The usual widths of a chart: a 320 and a 375 px phone less 16 px margins, a news column. */
export const TYPICAL_WIDTHS: readonly number[] = [288, 343, 672];

/**
 * The widths to draw so the page has, at any width, an SVG drawn like the client's chart: the start
 * of every height step, and each typical width unless a step starts just below it (within 8%).
 */
export function svgWidths(model: ChartModel, typical: readonly number[] = TYPICAL_WIDTHS): number[] {
  const starts = layoutSteps(model).map((s) => s.min);
  // Every step but the first starts with its own SVG, so the widest SVG not wider than the chart is always of its step.
  const out = new Set(starts.slice(1));
  for (const w of typical.map((x) => Math.max(MIN_CHART_WIDTH, Math.floor(x)))) {
    const start = starts.filter((s) => s <= w).pop()!;
    if (start === starts[0] || w - start > w * 0.08) out.add(w);
  }
  if (![...out].some((w) => w < (starts[1] ?? Infinity))) out.add(starts[0]!);
  return [...out].sort((a, b) => a - b);
}

/**
 * Puts SVG text into the chart box of a server rendering of `<tiendo-chart>` (its `part="chart"`
 * element marked `data-ssr-svg`), with a `<style>` that, by container queries on the chart's
 * width, shows the widest SVG not wider than the chart (the narrowest when all are wider, scaled
 * down) in a box as tall as that SVG, and colours it with the element's tokens (light, dark, auto
 * and the page's `--tiendo-*` alike; draw the SVGs with the light theme). Given `{ narrow, wide }`,
 * narrow shows below the wide SVG's width. String work: the SVGs must come from `chartSvg`; one
 * with a `<script>` or an `on…=` attribute is refused.
 */
export function insertChartSvg(html: string, svg: string | { narrow: string; wide: string } | readonly string[]): string {
  const list = typeof svg === 'string' ? [svg] : Array.isArray(svg) ? [...svg] : [(svg as { narrow: string }).narrow, (svg as { wide: string }).wide];
  const svgs = list.map((s) => {
    if (!/^\s*<svg\b/i.test(s) || active(s)) throw new Error('insertChartSvg: expected SVG text from chartSvg');
    return { svg: s.trim(), width: attr(s, 'width'), height: attr(s, 'height') };
  }).sort((a, b) => a.width - b.width);
  const marker = html.indexOf('data-ssr-svg');
  const open = marker < 0 ? null : /<div class="vega" aria-hidden="true"[^>]*>/.exec(html.slice(marker));
  if (!open || html.indexOf('data-ssr-svg', marker + 1) >= 0) throw new Error('insertChartSvg: expected one <tiendo-chart> rendered ready on the server');
  const at = marker + open.index + open[0].length;
  return `${html.slice(0, at)}<style>${boxCss(svgs)}</style>${svgs.map((s) => s.svg).join('')}${html.slice(at)}`;
}

/** The box's height and which SVG shows, per range of the chart's width. */
function boxCss(svgs: readonly { width: number; height: number }[]): string {
  const box = '.chart[data-ssr-svg]';
  const show = (i: number, h: number) => `${box}{height:${h}px}${box} .vega>svg:not(:nth-of-type(${i + 1})){display:none}${box} .vega>svg:nth-of-type(${i + 1}){display:block}`;
  return [
    `.frame{container-type:inline-size}${box}{overflow:hidden}${box} .vega>svg{max-width:100%;height:auto}`,
    show(0, svgs[0]!.height),
    ...svgs.slice(1).map((s, i) => `@container (min-width:${s.width}px){${show(i + 1, s.height)}}`),
    themeCss(box),
  ].join('');
}

/** Options of `prerenderChart`. */
export interface PrerenderOptions {
  /** Widths to draw besides the start of each height step (default `TYPICAL_WIDTHS`). */
  widths?: readonly number[];
}

/**
 * The complete `<tiendo-chart …><template shadowrootmode="open">…</template></tiendo-chart>` of
 * `dataset`: lit SSR of the element (caption, summary, data table, footer as the client renders
 * them) with its SVGs inserted (`insertChartSvg`, `svgWidths`). No `<script>`: the page gives the
 * element its data on upgrade (the `src` attribute, or the `data` property before it is defined).
 */
export async function prerenderChart(dataset: Dataset | DatasetInput, attrs: ChartAttributes = {}, options: PrerenderOptions = {}): Promise<string> {
  const data = parseDataset(dataset);
  const model = chartModel(data, attrs);
  const a = attrs;
  const markup = await collectResult(render(html`<tiendo-chart kind=${a.kind ?? nothing} unit=${a.unit ?? nothing} metric=${a.metric ?? nothing}
    period=${a.period ?? nothing} parent=${a.parent ?? nothing} top=${a.top ?? nothing} highlight=${a.highlight ?? nothing}
    locale=${a.locale ?? nothing} theme=${a.theme ?? nothing} src=${a.src ?? nothing} .data=${data}></tiendo-chart>`));
  if (!model.rows.length || !markup.includes('data-ssr-svg')) return markup;
  const svgs = [];
  for (const width of svgWidths(model, options.widths)) svgs.push((await drawSvg(model, { width })).svg);
  return insertChartSvg(markup, svgs);
}

export { layoutSteps, type LayoutStep } from './specs/steps.js';
