/**
 * A Vega View from a chart model without evaluating any string: the compiled spec is parsed to an
 * AST (`parse(spec, config, { ast: true })`) and the View runs it with vega-interpreter, so the
 * chart works under a Content-Security-Policy without 'unsafe-eval'.
 * @module
 */
import type { Renderers, Spec, TooltipHandler } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { COMPILED } from '../generated/index.js';
import { View, parse } from './runtime.js';
import type { ChartModel } from '../specs/model.js';
import { bindSpec } from './bind.js';
import { type ChartLayout, type MeasureText, chartLayout } from '../specs/layout.js';
import { vegaFormatters } from './locale.js';

/** Options of `createView`. */
export interface CreateViewOptions {
  /** `svg` in a page (default), `none` headless (tests, exports in Node). */
  renderer?: Renderers | 'none';
  /** Element to render into; none for headless. */
  container?: HTMLElement;
  /** Tooltip handler; none disables tooltips. */
  tooltip?: TooltipHandler;
  /** Total width in CSS pixels (the plot fits inside, axes included). */
  width?: number;
  /** Measures text in the chart's font (default: an estimate); the layout by width uses it. */
  measure?: MeasureText;
  /** The layout already computed for this width (else computed here). */
  layout?: ChartLayout;
}

/** Log level 1 (errors only): warnings of a chart with data are noise on a news page. */
const LOG_ERRORS = 1;

/** A View of the model's compiled spec with its rows, signals and number locale; call `runAsync()`. */
export function createView(model: ChartModel, options: CreateViewOptions = {}): View {
  const width = options.width && options.width > 0 ? Math.floor(options.width) : 480;
  const layout = options.layout ?? chartLayout(model, width, options.measure);
  const spec = bindSpec(COMPILED[model.kind], layout.rows ?? model.data ?? model.rows, { ...model.signals, ...layout.signals });
  spec.width = width;
  const runtime = parse(spec as Spec, undefined, { ast: true });
  const view = new View(runtime, {
    expr: expressionInterpreter,
    renderer: (options.renderer ?? 'svg') as Renderers,
    locale: vegaFormatters(model.locale),
    logLevel: LOG_ERRORS,
    hover: false,
    ...(options.container ? { container: options.container } : {}),
  });
  if (options.tooltip) view.tooltip(options.tooltip);
  return view;
}
