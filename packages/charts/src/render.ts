/**
 * The runtime renderer: a chart model into an element, as SVG, with a text-only tooltip, width
 * following the container (ResizeObserver), PNG/SVG/CSV exports, and `finalize()` on teardown.
 * Needs only `vega` and `vega-interpreter` (the specs were compiled at build time).
 * @module
 */
import { type CsvSelection, type Dataset, datasetToCsv } from '@tiendo/sdk';
import type { View } from 'vega';
import type { ChartModel, ChartSignals, RankingRow, ShareRow, TrendRow } from './specs/index.js';
import { type TextTooltip, textTooltip } from './vega/tooltip.js';
import { createView } from './vega/view.js';
import { type ChartLayout, type MeasureText, chartLayout } from './specs/layout.js';

/** Where a renderer draws: the element the SVG goes in, and the tooltip element beside it. */
export interface RenderTarget {
  /** Receives the SVG; its width is the chart's width. */
  container: HTMLElement;
  /** A positioned frame around the container, for the tooltip's coordinates. */
  frame: HTMLElement;
  /** The tooltip element (hidden when idle). */
  tooltip: HTMLElement;
}

/** Smallest width drawn, so a collapsed container does not produce a negative plot. */
const MIN_WIDTH = 200;

/** Draws one chart at a time into a target; `render` again to replace it, `finalize` to tear down. */
export class ChartRenderer {
  #view: View | null = null;
  #observer: ResizeObserver | null = null;
  #tooltip: TextTooltip;
  #width = 0;
  #frame = 0;
  #model: ChartModel | null = null;
  /** Signal values over the model's (a theme): kept for a redraw at another width, updated by `setSignals`. */
  #signals: ChartSignals = {};
  #layout: ChartLayout | null = null;
  /** Measures text in the chart's font, for the layout by width (a canvas when there is one). */
  measure: MeasureText | undefined;

  constructor(private readonly target: RenderTarget) {
    this.#tooltip = textTooltip(target.frame, target.tooltip);
  }

  /** The current Vega view, or `null`. */
  get view(): View | null {
    return this.#view;
  }

  /** True while a ResizeObserver watches the container. */
  get observing(): boolean {
    return this.#observer !== null;
  }

  /** Draws `model` (with `signals` over its own, e.g. a theme), replacing what was drawn; resolves when the SVG is in the page. */
  async render(model: ChartModel, signals: ChartSignals = {}): Promise<View> {
    this.#teardownView();
    this.#signals = { ...signals };
    const width = Math.max(MIN_WIDTH, Math.floor(this.target.container.clientWidth) || 480);
    return this.#render(model, width);
  }

  async #render(model: ChartModel, width: number): Promise<View> {
    this.#teardownView();
    this.#width = width;
    this.#model = model;
    this.#layout = chartLayout(model, width, this.measure);
    const view = createView(model, { renderer: 'svg', container: this.target.container, tooltip: this.#tooltip.handler, width, layout: this.#layout, signals: this.#signals });
    this.#view = view;
    await view.runAsync();
    // Finalized (or replaced) while it ran: nothing to watch, or the observer would outlive it.
    if (this.#view === view) this.#observe();
    return view;
  }

  /**
   * Sets the total width and redraws (no-op when unchanged or finalized). A width that changes how
   * the rows are drawn (a ranking's names moving above the bars, or wrapping anew) draws anew.
   */
  async resize(width: number): Promise<void> {
    const w = Math.max(MIN_WIDTH, Math.floor(width));
    const view = this.#view;
    const model = this.#model;
    if (!view || !model || w === this.#width) return;
    const layout = chartLayout(model, w, this.measure);
    if (layout.key !== this.#layout?.key) {
      await this.#render(model, w);
      return;
    }
    this.#width = w;
    this.#layout = layout;
    for (const [name, value] of Object.entries(layout.signals)) view.signal(name, value);
    await view.width(w).runAsync();
  }

  /** Sets signal values (e.g. a new theme) on the drawn chart and redraws it. */
  async setSignals(signals: ChartSignals): Promise<void> {
    const view = this.#view;
    if (!view) return;
    Object.assign(this.#signals, signals);
    for (const [name, value] of Object.entries(signals)) view.signal(name, value);
    await view.runAsync();
  }

  /** The chart as SVG text (drawn anew, headless). */
  async toSVG(): Promise<string> {
    if (!this.#view) throw new Error('nothing rendered');
    return this.#view.toSVG();
  }

  /** The chart as a PNG data URL at `scale`× on a solid `background` (default white). */
  async toPNG(background = '#ffffff', scale = 2): Promise<string> {
    const view = this.#view;
    if (!view) throw new Error('nothing rendered');
    const previous = view.background();
    view.background(background);
    try {
      return await view.toImageURL('png', scale);
    } finally {
      view.background(previous);
    }
  }

  /** Stops observing, finalizes the view (removes its listeners and timers) and empties the container. */
  finalize(): void {
    this.#teardownView();
    this.#model = null;
    this.target.container.replaceChildren();
  }

  #observe(): void {
    if (this.#observer || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width;
      if (!w) return;
      // One redraw per frame, however many resize events arrive.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => void this.resize(w).catch(() => undefined));
    });
    this.#observer.observe(this.target.container);
  }

  #teardownView(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#tooltip.hide();
    this.#view?.finalize();
    this.#view = null;
  }
}

/** The ids a ranking or trend shows, to cut the CSV export down to them. */
export function csvSelection(model: ChartModel, options: ChartCsvOptions): CsvSelection {
  if (model.kind === 'ranking') {
    return { units: (model.rows as RankingRow[]).map((r) => r.unit), metrics: opt(options.metric), periods: opt(options.period) };
  }
  if (model.kind === 'trend') return { units: opt(options.unit), metrics: opt(options.metric), periods: (model.rows as TrendRow[]).map((r) => r.period) };
  const rows = model.rows as ShareRow[];
  const schemes = [...new Set(rows.map((r) => r.scheme).filter((x): x is string => x !== null))];
  return { units: opt(options.unit), periods: opt(options.period), metrics: [], ratings: true, ratingUnits: rows.flatMap((r) => r.units), ...(schemes.length ? { schemes } : {}) };
}

/** The selection a chart was drawn for. */
export interface ChartCsvOptions {
  /** Metric id. */
  metric?: string;
  /** Period id. */
  period?: string;
  /** Unit id. */
  unit?: string;
}

const opt = (id: string | undefined): string[] | undefined => (id ? [id] : undefined);

/**
 * The CSV of what a chart shows: the SDK's long CSV (`datasetToCsv`, the widgets' own download) of
 * the units, metric and periods drawn; for a strong share, the quality ratings of the unit and period.
 */
export function chartCsv(dataset: Dataset, model: ChartModel, options: ChartCsvOptions): string {
  return datasetToCsv(dataset, csvSelection(model, options));
}

/** Saves `data` (a URL or a Blob) as a file named `name` through a temporary link. */
export function download(name: string, data: string | Blob): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}
