/**
 * The colours of a server-drawn SVG from the element's tokens: the SVG is drawn with the light
 * theme's values, and each value, as a fill or a stroke, is given back its token (`--_bar`, …), so
 * the static chart follows `theme`, the reader's scheme and the page's `--tiendo-*` values as the
 * client's chart will. Node only (part of `@tiendo/charts/server`).
 * @module
 */
import { THEME_TOKENS } from './chart/chart-data.js';
import { type ChartTheme, LIGHT_THEME } from './specs/theme.js';

type ColourKey = Exclude<keyof ChartTheme, 'fontFamily'>;

/** Which token a light value stands for, as a fill and as a stroke (text and rule share a value). */
const FILL: readonly ColourKey[] = ['bar', 'barShort', 'text', 'textMuted', 'grid', 'highlight'];
const STROKE: readonly ColourKey[] = ['rule', 'grid', 'bar', 'barShort'];

/** CSS for the SVGs under `scope`: the tokens' colours, the host's font. */
export function themeCss(scope: string): string {
  const rule = (prop: 'fill' | 'stroke', key: ColourKey) => `${scope} svg [${prop}="${LIGHT_THEME[key]}" i]{${prop}:var(${THEME_TOKENS[key]})}`;
  return [...FILL.map((k) => rule('fill', k)), ...STROKE.map((k) => rule('stroke', k)), `${scope} svg text{font-family:inherit}`].join('');
}
