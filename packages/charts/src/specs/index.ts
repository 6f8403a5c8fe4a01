/**
 * Pure spec builders (no DOM): a validated dataset and a selection in; rows with pre-formatted
 * labels, a vega-lite spec, a summary sentence and a table out.
 * @module
 */
export { rankingSpec, rankingTemplate, type RankingOptions, type RankingRow } from './ranking.js';
export { trendSpec, trendTemplate, type TrendOptions, type TrendRow } from './trend.js';
export { shareSpec, shareTemplate, type ShareOptions, type ShareRow } from './share.js';
export type { ProgressFigures } from './figures.js';
export { CHART_KINDS, type ChartKind, type ChartModel, type ChartSignals, type JsonSpec, type TableModel } from './model.js';
export { ChartInputError, type ChartInputCode } from './errors.js';
export { ROWS, THEME_SIGNALS, instantiate, themeSignals } from './template.js';
export { DARK_THEME, LIGHT_THEME, THEME_PROPERTIES, defaultTheme, resolveTheme, type ChartTheme, type ThemeName } from './theme.js';
export { WORDS, words, type ChartWords } from './text.js';
export { resolveSelection, type ChartSelection } from './selection.js';
