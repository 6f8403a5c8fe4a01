/**
 * `<tiendo-chart>`: a ranking, trend or strong-share chart of a Tiến độ dataset, drawn with Vega
 * from specs compiled at build time.
 * @module
 */
import type { Dataset, DatasetInput, Locale } from '@tiendo/sdk';
import {
  DEFAULT_TIMEOUT, DataController, type Status, UI, emptyView, errorView, footerView, illustrativeOf, loadingView, resolveScheme, watchScheme, whenIdle,
} from '@tiendo/widgets/core';
import { LitElement, type PropertyValues, html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartCsv } from '../render.js';
import type { ChartKind, ChartModel } from '../specs/model.js';
import { resolveSelection } from '../specs/selection.js';
import type { ThemeName } from '../specs/theme.js';
import { chartDetail, viewDetail } from './chart-errors.js';
import { THEME_TOKENS, readBackground, readTheme } from './chart-data.js';
import { buildModel, dataTable, exportFile } from './chart-parts.js';
import { UI_TEXT, toLocale } from './chart-text.js';
import { chartStyles } from './chart.styles.js';
import { ChartDrawing } from './chart-draw.js';
import { ServerContent } from './chart-upgrade.js';
import { ChartErrorEvent, type ChartErrorDetail } from './events.js';

/** What the element is doing: one status, one rendering each (the widgets' `Status`). */
export type ChartStatus = Status;

const SELECTION = ['kind', 'unit', 'metric', 'period', 'parent', 'top', 'highlight', 'locale'] as const;
const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

/**
 * A chart of progress against targets: units ranked by attainment (`ranking`), one unit across
 * periods (`trend`), or the share of strong grassroots unions per sector against its threshold
 * (`share`). It says what it shows in a sentence (its accessible name), keeps the data in a real
 * table for assistive technology, and shows loading, empty and error states in words. Its data comes
 * as the widgets' does (the same data controller): the `data` property, else `src`, else an inline
 * `<script type="application/json">`, else a light-DOM `<table>` (what readers without JavaScript see).
 *
 * @summary Ranking, trend and strong-share charts with Vietnamese number formats.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The title (metric and period, or unit and metric).
 * @csspart frame - The positioned box around the chart and its tooltip.
 * @csspart chart - The focusable chart (role `img`, named by the summary sentence).
 * @csspart tooltip - The tooltip (text only).
 * @csspart loading - The loading placeholder (the widgets').
 * @csspart empty - The empty state (the widgets').
 * @csspart error - The error state (the widgets'): a plain sentence, the producer's details behind a disclosure.
 * @csspart error-details - The disclosure with the technical reason and the data's problems.
 * @csspart retry - The retry button of an error that loading again may mend.
 * @csspart table - The data table (visually hidden).
 * @csspart correction - The note under the chart for a printed percent that disagrees with the figures.
 * @csspart footer - The widgets' footer: illustrative notice, source, updated date, “Tải dữ liệu (CSV)”.
 * @csspart illustrative - The notice when figures are illustrative (marked `*`).
 * @csspart source - The source.
 * @csspart updated - The updated date.
 * @csspart download - The CSV download button.
 * @csspart export-png - The button that saves the chart as a PNG image.
 * @csspart export-svg - The button that saves the chart as an SVG image.
 *
 * The public custom properties are the widgets' (`@tiendo/widgets/core` tokenStyles), with the
 * same light and dark defaults; the chart uses these:
 * @cssproperty [--tiendo-color-bar=light-dark(#0b5cad, #6cb2ff)] - Bars, points and lines.
 * @cssproperty [--tiendo-color-bad=light-dark(#b3261e, #ff8a80)] - A percent that disagrees with the printed one; strong-share bars failing a threshold.
 * @cssproperty [--tiendo-color-text=light-dark(#1d1d1f, #ececef)] - Text and axis labels.
 * @cssproperty [--tiendo-color-muted=light-dark(#5b5b66, #a9a9b4)] - Axis titles, source line, states.
 * @cssproperty [--tiendo-color-target=light-dark(#1d1d1f, #ececef)] - The 100% rule and threshold ticks.
 * @cssproperty [--tiendo-color-track=light-dark(#e3e3e8, #3a3a44)] - Grid and axis lines, borders.
 * @cssproperty [--tiendo-color-highlight=light-dark(#fff3c4, #4a3d10)] - The band behind the highlighted unit of a ranking.
 * @cssproperty [--tiendo-color-bg=transparent] - Background; also the PNG background (white or dark when transparent).
 * @cssproperty [--tiendo-color-surface=light-dark(#f4f4f6, #23232a)] - Tooltip and menu background.
 * @cssproperty [--tiendo-color-focus=light-dark(#0b5cad, #6cb2ff)] - Focus ring.
 * @cssproperty [--tiendo-font-family=inherit] - Font of the chart and its text.
 * @cssproperty [--tiendo-font-size=1rem] - Base font size of the text around the chart.
 * @cssproperty [--tiendo-radius=4px] - Corner radius of buttons, menu and tooltip.
 * @cssproperty [--tiendo-gap=0.5rem] - Space between the pieces.
 * @cssproperty [--tiendo-chart-min-height=240px] - Space reserved while loading.
 *
 * @fires tiendo-load - The data is loaded and valid (`detail`: `{ dataset, origin }`).
 * @fires tiendo-render - The chart is drawn (`detail`: `{ kind, rows }`).
 * @fires tiendo-error - The chart cannot be shown (`detail`: `{ code, message, retryable, … }`); never thrown.
 */
export class TiendoChart extends LitElement {
  static override styles = chartStyles;

  /** The dataset (validated or as written; validated again at the edge). Wins over `src`. */
  @property({ attribute: false }) data: Dataset | DatasetInput | null = null;

  /** URL of the dataset (JSON, or long CSV), fetched once per URL for every element on the page. */
  @property() src = '';

  /** Milliseconds a `src` fetch may take before it counts as a timeout (default 15 000), as the widgets. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Which chart: `ranking` (default), `trend` or `share`. */
  @property({ reflect: true }) kind: ChartKind = 'ranking';

  /** Unit id: the unit of a `trend` or `share` chart (default: the first with figures). */
  @property() unit = '';

  /** Metric id of a `ranking` or `trend` (default: the first with figures). */
  @property() metric = '';

  /** Period id of a `ranking` or `share` (default: the latest with figures). */
  @property() period = '';

  /** Unit id whose children a `ranking` ranks (default: the children of the root units). */
  @property() parent = '';

  /** Show only the first N units of a `ranking` (a whole number ≥ 1; default: all). */
  @property({ type: Number }) top: number | null = null;

  /** Unit id a `ranking` highlights (the unit the article is about), as `<tiendo-ranking highlight>`: on the highlight band, in bold, shown even outside the top N. */
  @property() highlight = '';

  /** Language of words and numbers: `vi` (default: `102,7%`, `1.548`) or `en` (`102.7%`, `1,548`). */
  @property({ converter: { fromAttribute: toLocale } }) locale: Locale = 'vi';

  /**
   * `auto` (default: a `data-theme`/`dark` class on an ancestor, the page's `color-scheme`, then
   * the reader's system), `light` or `dark`, as the widgets.
   */
  @property({ reflect: true, converter: { fromAttribute: (v) => (THEMES.includes(v as ThemeName) ? v : 'auto') } }) theme: ThemeName = 'auto';

  @state() private _model: ChartModel | null = null;

  /** The data, its status and error: the widgets' controller; it calls `#build` with each dataset. */
  #data = new DataController<ChartErrorDetail>(this, {
    inputs: () => ({ data: this.data, src: this.src, timeout: this.timeout, table: { unit: pick(this.unit), metric: pick(this.metric), period: pick(this.period) } }),
    select: (dataset) => this.#build(dataset),
    describe: (e) => chartDetail(e),
  });
  #drawing = new ChartDrawing(this, (e) => this.#fail(e));
  /** What the server rendered in the shadow root, shown until the client's chart is drawn. */
  #server = new ServerContent(this);
  #needsDraw = false;
  /**
   * The model whose data table is in the shadow root. The table (a row per bar: 700 rows are 4 200
   * cells to lay out, some 100 ms) is rendered once its chart is drawn, when the browser is idle,
   * so it does not hold the chart back; at once over a server rendering, which has its table.
   */
  #table: ChartModel | null = null;
  #tableDone: Promise<void> = Promise.resolve();
  #unwatch: (() => void) | null = null;
  #onScheme = () => {
    this.#applyScheme();
    void this.#retheme();
  };

  /** What the element is doing. */
  get status(): ChartStatus {
    return this.#data.status;
  }

  /** The chart model drawn (rows, spec, summary, table), or `null`. */
  get model(): ChartModel | null {
    return this._model;
  }

  /** The validated dataset, or `null` (`dataset` is taken by `HTMLElement`). */
  get loadedDataset(): Dataset | null {
    return this.#data.dataset;
  }

  /** The Vega view, while a chart is drawn. */
  get view(): import('vega').View | null {
    return this.#drawing.renderer?.view ?? null;
  }

  /** Resolves when loading, rendering and drawing have settled. */
  get chartComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.#data.complete;
      await this.updateComplete;
      await this.#drawing.done;
      await this.#tableDone;
      await this.updateComplete;
    })();
  }

  /** The shadow root; one rendered on the server stays on screen until the client has drawn. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#server.take();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const scheme = this.getAttribute('data-scheme');
    this.#applyScheme();
    this.#unwatch = typeof matchMedia === 'function' ? watchScheme(this.#onScheme) : null;
    if (!this.hasUpdated || !this._model) return;
    // Moved (out and back in before the end of the task): the drawing is still there, recoloured
    // when its new place has the other scheme.
    if (this.#drawing.renderer) {
      if (this.getAttribute('data-scheme') !== scheme) void this.#retheme();
      return;
    }
    this.#needsDraw = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = null;
    // Out of the page for good (still out once the task's microtasks have run): the Vega view is
    // finalized, its listeners and timers gone. A move within the task keeps it.
    queueMicrotask(() => {
      if (!this.isConnected) this.#drawing.stop();
    });
  }

  /** Reads the theme's custom properties again and recolours the chart (after page CSS changes). */
  refresh(): Promise<void> {
    return this.#retheme();
  }

  /** The chart as SVG text. */
  async toSVG(): Promise<string> {
    const r = this.#drawing.renderer;
    if (!r) throw new Error('tiendo-chart: nothing drawn');
    return r.toSVG();
  }

  /** The chart as a PNG data URL, on the theme's surface colour (white when transparent). */
  async toPNG(scale = 2): Promise<string> {
    const r = this.#drawing.renderer;
    if (!r) throw new Error('tiendo-chart: nothing drawn');
    return r.toPNG(readBackground(this) || (this.getAttribute('data-scheme') === 'dark' ? '#1d1d1f' : '#ffffff'), scale);
  }

  /** The data the chart shows as CSV (SDK `datasetToCsv`; per sector for `share`). */
  toCSV(): string {
    const dataset = this.#data.dataset;
    if (!dataset || !this._model) throw new Error('tiendo-chart: nothing drawn');
    const sel = this.#selection(dataset);
    return chartCsv(dataset, this._model, { metric: sel.metric, period: sel.period, unit: sel.unit });
  }

  /** Loads the data again (after a network error or a timeout): the `src` is fetched anew, not from the cache. */
  retry(): void {
    this.#data.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) {
      // Lit SSR calls willUpdate and render only: the data runs here (a `data` property; a `src` is not fetched).
      if (this.theme === 'light' || this.theme === 'dark') this.setAttribute('data-scheme', this.theme);
      if (this.#data.status === 'initial' && this.data !== null && this.data !== undefined) this.#data.run();
      return;
    }
    if (changed.has('theme')) this.#applyScheme();
    // A new `data` or `src` is the controller's (it builds again); otherwise a selection attribute rebuilds.
    if (this.hasUpdated && !changed.has('data') && !changed.has('src') && SELECTION.some((p) => changed.has(p))) this.#data.reselect();
  }

  protected override firstUpdated(): void {
    this.#server.hideClient();
    this.#drawing.theme = readTheme(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const s = this.#data.status;
    if (this.#needsDraw || (s !== 'ready' && this.#drawing.renderer)) {
      this.#needsDraw = false;
      this.#drawing.draw(s === 'ready' ? this._model : null);
    } else if (changed.has('theme')) void this.#retheme();
    // The server's chart stays until the client's is drawn (or has nothing to draw), then they swap at once.
    // Before the page has given any data (no dataset yet), the server's chart stays.
    const m = this._model;
    if (s === 'ready' && m) {
      void this.#drawing.done.then(() => {
        if (this.#data.status === 'ready') this.#server.release();
        this.#showTable(m);
      });
    }
    else if (s === 'error' || (s === 'empty' && this.#data.dataset)) this.#server.release();
  }

  override render() {
    const c = UI_TEXT[this.locale];
    const t = UI[this.locale];
    const s = this.#data.status;
    // An empty selection keeps its model's title; no data at all has none.
    const m = (s === 'ready' || s === 'empty') && this.#data.dataset ? this._model : null;
    const ready = s === 'ready' && m !== null;
    const error = this.#data.error;
    const rows = ready ? (m.rows as { illustrative?: boolean; printedNote?: string | null; name?: string; periodLabel?: string }[]) : [];
    const corrections = rows.filter((r) => r.printedNote).map((r) => `${r.name ?? r.periodLabel}: ${r.printedNote}`);
    // The widgets' views: the loading placeholder, the empty and error states, the footer.
    const state =
      s === 'loading' || s === 'initial' ? loadingView(t, 'var(--tiendo-chart-min-height, 240px)')
      : s === 'empty' ? emptyView(this.#data.dataset ? { ...t, empty: c.empty } : t)
      : s === 'error' && error ? errorView(viewDetail(error, this.locale, !!this.src), t, this.locale, () => this.retry())
      : nothing;
    return html`${Object.keys(THEME_TOKENS).concat('bg').map((k) => html`<span class="probe" data-token=${k}></span>`)}
    <figure part="figure" aria-busy=${s === 'loading' ? 'true' : 'false'} aria-labelledby="caption">
      <figcaption id="caption" part="caption">${m?.title ?? ''}</figcaption>
      <div class="frame" part="frame">
        <div class="chart" part="chart" role="img" tabindex=${ready ? '0' : '-1'} aria-roledescription=${c.chart}
          aria-label=${ready ? m.summary : ''} ?hidden=${!ready} data-ssr-svg=${isServer && ready ? '' : nothing}><div class="vega" aria-hidden="true"></div></div>
        <div class="tooltip" part="tooltip" aria-hidden="true" hidden></div>
        ${state}
      </div>
      ${ready && this.#table === m ? dataTable(m) : nothing}
      ${corrections.map((n) => html`<p class="correction" part="correction">${n}</p>`)}
      ${ready ? html`<div class="foot">
        ${footerView({ sources: [], illustrative: illustrativeOf(rows.map((r) => r.illustrative)), csv: {} }, this.#data.dataset!, t, this.locale, () => void this.#export('csv'))}
        <span class="exports no-print">
          <button type="button" part="export-png" @click=${() => void this.#export('png')}>${c.exportPng}</button>
          <button type="button" part="export-svg" @click=${() => void this.#export('svg')}>${c.exportSvg}</button>
        </span>
      </div>` : nothing}
    </figure>`;
  }

  /** Sets `data-scheme` (light or dark) from `theme`, as the widgets do; the tokens follow it. */
  #applyScheme(): void {
    if (isServer || !this.isConnected) return;
    const scheme = resolveScheme(this, this.theme);
    if (this.getAttribute('data-scheme') !== scheme) {
      this.setAttribute('data-scheme', scheme);
      this.#drawing.theme = null;
    }
  }

  #selection(dataset: Dataset) {
    return resolveSelection(dataset, this.kind, { metric: pick(this.metric), period: pick(this.period), unit: pick(this.unit), parent: pick(this.parent) });
  }

  /** The model for a dataset and the current attributes (whether it has rows); an unknown id throws (the error state). */
  #build(dataset: Dataset): boolean {
    this._model = null;
    this.#needsDraw = true;
    this._model = buildModel(dataset, this.kind, this.#selection(dataset), this.locale, this.top ?? undefined, pick(this.highlight));
    // On the server, and upgrading over its rendering (whose table stays until the client's chart is drawn), the table comes at once.
    if (isServer || this.#server.pending) this.#table = this._model;
    return this._model.rows.length > 0;
  }

  /** Renders `m`'s data table when the browser is idle (within half a second), unless a newer model came. */
  #showTable(m: ChartModel): void {
    if (this.#table === m) return;
    this.#tableDone = new Promise<void>((resolve) => {
      const run = () => {
        if (this._model === m && this.#table !== m) {
          this.#table = m;
          this.requestUpdate();
        }
        resolve();
      };
      whenIdle(run);
    });
  }

  async #retheme(): Promise<void> {
    await this.updateComplete;
    await this.#drawing.retheme();
  }

  async #export(id: string): Promise<void> {
    const base = ['tiendo', this.kind, ...Object.values(this.#selection(this.#data.dataset!)).filter(Boolean)].join('-').replace(/[^\w.-]+/g, '_');
    try {
      await exportFile(id, base, this);
    } catch (e) {
      this.dispatchEvent(new ChartErrorEvent({ code: 'internal', message: `export ${id}: ${(e as Error).message}`, retryable: true }));
    }
  }

  /** A drawing failed: the error state in words and a `tiendo-error`; never throws. */
  #fail(e: unknown): void {
    this.#drawing.stop(false);
    this._model = null;
    this.#data.fail(e, chartDetail(e, 'render'));
  }
}

/** An attribute as an id: blank means “not given”. */
const pick = (v: string | null | undefined): string | undefined => v?.trim() || undefined;

declare global {
  interface HTMLElementTagNameMap {
    'tiendo-chart': TiendoChart;
  }
}
