/**
 * The drawing of `<tiendo-chart>`: one Vega renderer in its shadow root, the theme colours read from
 * the tokens, a token per drawing so a late one is dropped, and `finalize()` when it stops.
 * @module
 */
import { ChartRenderer } from '../render.js';
import type { ChartModel } from '../specs/model.js';
import { themeSignals } from '../specs/template.js';
import type { ChartTheme } from '../specs/theme.js';
import { canvasMeasure, readTheme } from './chart-data.js';
import { ChartRenderEvent } from './events.js';

/** Draws a chart model into `host`'s shadow root; a failure goes to `fail`. */
export class ChartDrawing {
  /** The colours read from the tokens, while the shadow tree is still small (reading them after a
   * 700-row table is in it forces a long style recalculation); read again on every theme change. */
  theme: ChartTheme | null = null;
  /** Resolves when the last drawing has settled. */
  done: Promise<void> = Promise.resolve();
  #renderer: ChartRenderer | null = null;
  #token = 0;

  constructor(
    private readonly host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly fail: (e: unknown) => void,
  ) {}

  /** The renderer, while a chart is drawn. */
  get renderer(): ChartRenderer | null {
    return this.#renderer?.view ? this.#renderer : null;
  }

  /** Draws `model`, or clears the chart when `null`. */
  draw(model: ChartModel | null): void {
    this.done = this.#draw(model);
  }

  async #draw(model: ChartModel | null): Promise<void> {
    const token = ++this.#token;
    if (!model || !this.host.isConnected) return this.#renderer?.finalize();
    try {
      const root = this.host.renderRoot;
      this.#renderer ??= new ChartRenderer({
        container: root.querySelector<HTMLElement>('.vega')!,
        frame: root.querySelector<HTMLElement>('.frame')!,
        tooltip: root.querySelector<HTMLElement>('.tooltip')!,
      });
      const theme = (this.theme ??= readTheme(this.host));
      this.#renderer.measure = canvasMeasure(theme.fontFamily);
      // The theme's signals beside the model (a copy of the model would build its vega-lite spec).
      await this.#renderer.render(model, themeSignals(theme));
      if (token !== this.#token) return;
      this.host.dispatchEvent(new ChartRenderEvent({ kind: model.kind, rows: model.rows.length }));
    } catch (e) {
      if (token === this.#token) this.fail(e);
    }
  }

  /** Reads the theme's colours again and recolours the chart. */
  async retheme(): Promise<void> {
    try {
      this.theme = readTheme(this.host);
      await this.#renderer?.setSignals(themeSignals(this.theme));
    } catch (e) {
      this.fail(e);
    }
  }

  /** Stops: a drawing under way is dropped, the Vega view finalized. */
  stop(clear = true): void {
    if (clear) this.#token++;
    this.#renderer?.finalize();
    if (clear) this.#renderer = null;
  }
}
