/**
 * A Vega View from a chart model without evaluating any string: the chart's dataflow was parsed
 * at build time and its expressions written out as functions (`src/generated/<kind>.rt.ts`), so
 * the View only binds the rows and signal values and runs them. The chart works under a
 * Content-Security-Policy without 'unsafe-eval', and the page needs neither vega-parser nor an
 * expression interpreter.
 * @module
 */
import type { Renderers, TooltipHandler, View as VegaView } from 'vega';
import { PRECOMPILED } from '../generated/index.js';
import './runtime.js';
import type { ChartModel, ChartSignals } from '../specs/model.js';
import { type ChartLayout, type MeasureText, chartLayout } from '../specs/layout.js';
import { vegaFormatters } from './locale.js';
import { bindRuntime, precompiledExpressions } from './precompiled.js';
import { View as VendoredView } from './vega-view.js';

/** vega-view's View (our copy, `./vega-view.ts`), typed as `vega`'s. */
export const View = VendoredView as unknown as typeof VegaView;
export type View = VegaView;

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
  /** Signal values over the model's (a theme). */
  signals?: ChartSignals;
}

/** Log level 1 (errors only): warnings of a chart with data are noise on a news page. */
const LOG_ERRORS = 1;

/** The expression hooks of each kind's precompiled spec. */
const EXPRESSIONS = new Map<ChartModel['kind'], ReturnType<typeof precompiledExpressions>>();

/** A View of the model's precompiled spec with its rows, signals and number locale; call `runAsync()`. */
export function createView(model: ChartModel, options: CreateViewOptions = {}): View {
  const width = options.width && options.width > 0 ? Math.floor(options.width) : 480;
  const layout = options.layout ?? chartLayout(model, width, options.measure);
  const p = PRECOMPILED[model.kind];
  let expr = EXPRESSIONS.get(model.kind);
  if (!expr) EXPRESSIONS.set(model.kind, (expr = precompiledExpressions(p.fns)));
  const runtime = bindRuntime(p, layout.rows ?? model.data ?? model.rows, { ...model.signals, ...options.signals, ...layout.signals, width });
  const view = new View(runtime as never, {
    expr,
    renderer: (options.renderer ?? 'svg') as Renderers,
    locale: vegaFormatters(model.locale),
    logLevel: LOG_ERRORS,
    hover: false,
    ...(options.container ? { container: options.container } : {}),
  } as never);
  if (options.tooltip) view.tooltip(options.tooltip);
  return view;
}
