/**
 * Theme plumbing of `<tiendo-chart>` (its data is the widgets' `DataController`):
 * `readTheme(host)`: the chart colours, resolved from the widgets' `--tiendo-*` tokens.
 * @module
 */
import { textMetrics } from 'vega-scenegraph';
import type { ChartTheme } from '../specs/theme.js';

/** The private token (from the widgets' tokenStyles) each chart colour is read from. */
export const THEME_TOKENS: Readonly<Record<Exclude<keyof ChartTheme, 'fontFamily'>, string>> = Object.freeze({
  bar: '--_bar',
  barShort: '--_bad',
  text: '--_text',
  textMuted: '--_muted',
  rule: '--_target',
  grid: '--_track',
  highlight: '--_highlight',
});

/**
 * The chart theme of `host`: each colour from a probe element in its shadow root whose `color` is
 * the token (so `light-dark()` defaults and page overrides arrive resolved to `rgb(…)`), and the
 * font from the host's computed `font-family`.
 */
export function readTheme(host: HTMLElement): ChartTheme {
  const root = host.shadowRoot;
  const out = { fontFamily: getComputedStyle(host).fontFamily } as ChartTheme;
  for (const key of Object.keys(THEME_TOKENS) as (keyof typeof THEME_TOKENS)[]) {
    const probe = root?.querySelector(`.probe[data-token="${key}"]`);
    out[key] = probe ? getComputedStyle(probe).color : '';
  }
  return out;
}

/** The resolved page background of `host` (`--_bg`), or '' when transparent. */
export function readBackground(host: HTMLElement): string {
  const probe = host.shadowRoot?.querySelector('.probe[data-token="bg"]');
  const c = probe ? getComputedStyle(probe).color : '';
  return !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c) ? '' : c;
}

/**
 * Text widths in the chart's font (12 px, as Vega draws it), measured on a canvas, for the layout
 * by width; `undefined` without a canvas (the layout's estimate then). Measured by Vega's own text
 * metrics, for the text items Vega will draw (the same font string, normal or bold): Vega keeps
 * each width it measures, so the bounds of the chart's labels are not measured a second time.
 */
export function canvasMeasure(fontFamily: string): ((text: string, bold?: boolean) => number) | undefined {
  if (typeof document === 'undefined' || textMetrics.width !== textMetrics.measureWidth) return undefined;
  const normal = { font: fontFamily, fontSize: 12, fontWeight: 'normal' };
  const bold = { ...normal, fontWeight: 'bold' };
  return (text, b = false) => Math.ceil(textMetrics.measureWidth(b ? bold : normal, text));
}
