/**
 * Pieces shared by the vega-lite templates. A template reads its data from the named source `rows`
 * and its colours, font and axis titles from params, so one template compiled at build time serves
 * every theme and locale: the run time only sets the rows and the param (signal) values.
 * @module
 */
import type { Locale } from '@tiendo/sdk';
import type { ChartSignals, JsonSpec } from './model.js';
import { type ChartTheme, LIGHT_THEME } from './theme.js';

/** Name of the data source every template reads. */
export const ROWS = 'rows';

/** The param (signal) that holds each theme value. */
export const THEME_SIGNALS: Readonly<Record<keyof ChartTheme, string>> = Object.freeze({
  bar: 'tiendoBar',
  barShort: 'tiendoBarShort',
  text: 'tiendoText',
  textMuted: 'tiendoTextMuted',
  rule: 'tiendoRule',
  grid: 'tiendoGrid',
  highlight: 'tiendoHighlight',
  fontFamily: 'tiendoFont',
});

/** A reference to a param, for a mark or axis property. */
export const expr = (name: string): { expr: string } => ({ expr: name });

/** A reference to a theme param. */
export const themed = (key: keyof ChartTheme): { expr: string } => expr(THEME_SIGNALS[key]);

/** The params of a template: the theme (light defaults) plus the given text params and layout params (`layout.ts`). */
export function templateParams(text: Record<string, string>, layout: ChartSignals = {}): JsonSpec[] {
  const theme = (Object.keys(THEME_SIGNALS) as (keyof ChartTheme)[]).map((k) => ({ name: THEME_SIGNALS[k], value: LIGHT_THEME[k] }));
  return [...theme, ...Object.entries({ ...text, ...layout }).map(([name, value]) => ({ name, value }))];
}

/** Signal values of a theme alone (to re-theme a drawn chart). */
export function themeSignals(theme: ChartTheme): ChartSignals {
  const out: ChartSignals = {};
  for (const k of Object.keys(THEME_SIGNALS) as (keyof ChartTheme)[]) out[THEME_SIGNALS[k]] = theme[k];
  return out;
}

/** Signal values for a theme and text params. */
export function signalValues(theme: ChartTheme, text: Record<string, string>): ChartSignals {
  return { ...themeSignals(theme), ...text };
}

/**
 * Top-level properties every template shares. No ARIA on the marks (`aria: false`): the element
 * gives the chart one accessible name and a real table, which serve screen readers better than
 * one node per bar. The background is transparent: the page's (or `::part(chart)`) shows through.
 */
export function templateBase(): JsonSpec {
  const axis = {
    labelColor: themed('text'),
    titleColor: themed('textMuted'),
    labelFont: themed('fontFamily'),
    titleFont: themed('fontFamily'),
    gridColor: themed('grid'),
    domainColor: themed('grid'),
    tickColor: themed('grid'),
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'transparent',
    padding: 4,
    width: 480,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { name: ROWS },
    config: { aria: false, view: { stroke: null }, axis, text: { font: themed('fontFamily'), fontSize: 12 } },
  };
}

/**
 * The template with its data inline and its params set: a complete vega-lite spec that
 * vega-embed or the vega-lite editor can render as is.
 */
export function instantiate(template: JsonSpec, rows: readonly object[], signals: ChartSignals): JsonSpec {
  const spec = structuredClone(template);
  spec.data = { name: ROWS, values: rows.map((r) => ({ ...r })) };
  const params = Array.isArray(spec.params) ? (spec.params as JsonSpec[]) : [];
  spec.params = params.map((p) => (typeof p.name === 'string' && p.name in signals ? { ...p, value: signals[p.name] } : p));
  return spec;
}

/**
 * Makes `model.spec` built when first read, then kept: the vega-lite spec with the rows inline is
 * for vega-embed and the editor (the element draws the precompiled spec), and building it (the
 * rows laid out again at 480 px, then copied) is work a page load does not need.
 */
export function lazySpec<M extends { spec: JsonSpec }>(model: M, build: () => JsonSpec): M {
  let spec: JsonSpec | undefined;
  Object.defineProperty(model, 'spec', {
    get: () => (spec ??= build()),
    set: (value: JsonSpec) => {
      spec = value;
    },
    enumerable: true,
    configurable: true,
  });
  return model;
}

/** Locale-independent formatting helper: the locale or Vietnamese. */
export const loc = (locale: Locale | undefined): Locale => (locale === 'en' ? 'en' : 'vi');
