/**
 * `@tiendo/charts`: the `<tiendo-chart>` element (registered by `@tiendo/charts/define`), the pure
 * spec builders, and the runtime renderer. Needs `vega` and `vega-interpreter` at run time only.
 * @packageDocumentation
 */
export { TiendoChart, type ChartStatus } from './chart/chart.js';
export {
  ChartErrorEvent, ChartLoadEvent, ChartRenderEvent,
  type ChartErrorCode, type ChartErrorDetail, type ChartLoadDetail, type ChartRenderDetail,
} from './chart/events.js';
export { ChartRenderer, chartCsv, csvSelection, type RenderTarget } from './render.js';
export {
  rankingSpec, trendSpec, shareSpec, resolveSelection, ChartInputError, CHART_KINDS, DARK_THEME, LIGHT_THEME, THEME_PROPERTIES,
  type ChartKind, type ChartModel, type ChartSelection, type ChartTheme, type RankingOptions, type RankingRow,
  type ShareOptions, type ShareRow, type TableModel, type ThemeName, type TrendOptions, type TrendRow,
} from './specs/index.js';
