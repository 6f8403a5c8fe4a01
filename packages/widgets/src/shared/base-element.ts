/**
 * The base of every Tiến độ element: its data through the `DataController` (from `data`, `src`,
 * inline JSON or a light-DOM table, in that order; one status with a render map); themes; source
 * line, updated date and CSV download. A widget never throws into the host page.
 * @module
 */
import { datasetToCsv, type CsvSelection, type Dataset, type Locale } from '@tiendo/sdk';
import { adoptStyles, html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type Status } from './data-controller.js';
import { DEFAULT_TIMEOUT } from './data-source.js';
import type { DataOrigin, TiendoErrorDetail } from './events.js';
import { toLocale, UI, type UiText } from './i18n.js';
import { downloadCsv, emptyView, errorView, footerView, loadingView, type Provenance } from './states.js';
import { resolveScheme, serverScheme, watchScheme, type Theme } from './theme.js';
import { partStyles } from './parts.styles.js';
import { tokenStyles } from './tokens.styles.js';

export { SelectionError, type Status } from './data-controller.js';
export { illustrativeOf, safeHref, uniqueSources, type Provenance } from './states.js';

/**
 * Base class of the Tiến độ elements. Subclasses implement `select` (dataset → model, `null` when
 * there is nothing to show), `renderModel` and `provenance`. What every element has is documented
 * here once; the manifest lists it on each element (`inheritedFrom`).
 *
 * @fires {TiendoLoadEvent} tiendo-load - The data is loaded and valid.
 * @fires {TiendoErrorEvent} tiendo-error - The data cannot be shown; `detail` says why.
 * @cssproperty --tiendo-color-bg - Background (default transparent; #ffffff with theme="light", #16161a with theme="dark").
 * @cssproperty --tiendo-padding - Padding when a forced theme paints the background (default 0.75rem).
 * @cssproperty --tiendo-font-family - Font (default: inherited from the page).
 * @cssproperty --tiendo-radius - Corner radius (default 4px).
 * @cssproperty --tiendo-bar-height - Bar height (default 0.75rem).
 * @csspart footer - Source, updated date and download.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state: a plain sentence for readers.
 * @csspart error-details - The producer's details of an error (the data's problems with their paths), a closed `<details>`.
 * @csspart retry - The retry button of the error state.
 */
export abstract class TiendoElement<M> extends LitElement {
  static override styles = [tokenStyles, partStyles];

  /** The dataset as an object (validated on set); wins over `src` and inline data. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON dataset or a long CSV; several elements with one `src` fetch it once. */
  @property() src?: string;

  /** Unit id to show (e.g. `hoang-mai`). */
  @property() unit?: string;

  /** Metric id (e.g. `members`, `grassroots-unions`); defaults to the first metric with figures. */
  @property() metric?: string;

  /** Period id (e.g. `2017`); defaults to the latest period with figures. */
  @property() period?: string;

  /** Language: `vi` (default) or `en`. */
  @property() locale = 'vi';

  /** `light`, `dark` or `auto` (default: follows the page, then the reader's preference). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Milliseconds a `src` fetch may take before it counts as a timeout (default 15 000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /**
   * Height kept free while loading (any CSS length), so nothing on the page shifts; with
   * `reserve-wide`, the height in a phone-width column (a container under 36rem).
   */
  @property() reserve?: string;

  /** Height kept free while loading in a container 36rem (576 px) or wider; default `reserve`. */
  @property({ attribute: 'reserve-wide' }) reserveWide?: string;

  /** The model of the ready status. */
  protected model: M | null = null;

  /** What the element shows: `initial`, `loading`, `ready`, `empty` or `error` (as `<tiendo-chart>`). */
  get status(): Status {
    return this.loader.status;
  }

  /** The data: status, dataset, error; it calls `select` with each dataset. */
  protected readonly loader = new DataController(this, {
    inputs: () => ({ data: this.data, src: this.src, timeout: this.timeout, table: { unit: this.unit, metric: this.metric, period: this.period } }),
    select: (dataset) => {
      this.model = null;
      this.model = this.select(dataset);
      return this.model !== null;
    },
  });

  private unwatch: (() => void) | null = null;

  /** The validated dataset, once loaded. */
  protected get current(): Dataset | null {
    return this.loader.dataset;
  }

  /** The resolved locale. */
  protected get uiLocale(): Locale {
    return toLocale(this.locale);
  }

  /** Interface strings of the resolved locale. */
  protected get t(): UiText {
    return UI[this.uiLocale];
  }

  /** Attributes that change the model without reloading the data; subclasses add theirs. */
  protected selectionKeys(): PropertyKey[] {
    return ['unit', 'metric', 'period', 'locale'];
  }

  /** The model for the dataset and the current attributes; `null` means empty. */
  protected abstract select(dataset: Dataset): M | null;
  /** The ready view of the model. */
  protected abstract renderModel(model: M): TemplateResult;
  /** Sources, illustrative flag and CSV rows of the model. */
  protected abstract provenance(model: M): Provenance;
  /** The height the ready view will take, for the loading placeholder (a CSS length). */
  protected abstract reservedHeight(): string;

  /** The server's content of a pre-rendered declarative shadow root (`tiendo-render`), until the first render. */
  private serverNodes: ChildNode[] | null = null;

  /**
   * The shadow root. A pre-rendered one is kept as the server made it, its content and inline
   * styles, until the first render: the element's own styles are adopted then, so the server's
   * rows are not styled twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.shadowRoot) return super.createRenderRoot();
    this.serverNodes = [...this.shadowRoot.childNodes];
    return this.shadowRoot;
  }

  /**
   * Upgrading over a pre-rendered root, the data is read, validated and selected in the upgrade's
   * task and the DOM is built in the next one, so neither task blocks the page as long as both
   * would together (a 700-row ranking: one task of ~100 ms before). The server's content stays on
   * screen in between; `updateComplete` resolves after the render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverNodes) return super.scheduleUpdate();
    this.loader.hostUpdate();
    return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
  }

  /**
   * The first render over a pre-rendered root takes the server's content out and, in the same
   * task, puts the same DOM back: with the data inline it is the ready view, so nothing is painted
   * in between.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.serverNodes) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = null;
      adoptStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
      this.applyScheme();
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Over a pre-rendered root, at the first render (a new scheme would restyle the server's rows first).
    if (!this.serverNodes) this.applyScheme();
    this.unwatch = watchScheme(() => this.applyScheme());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = null;
  }

  private applyScheme(): void {
    if (!isServer) return this.setAttribute('data-scheme', resolveScheme(this, this.theme));
    const scheme = serverScheme(this.theme);
    if (scheme) this.setAttribute('data-scheme', scheme);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The server calls neither `connectedCallback` nor the controllers' `hostUpdate`: the data is read here.
    if (isServer && this.status === 'initial') this.loader.run();
    if (changed.has('theme') || isServer) this.applyScheme();
    // A new `data` or `src` is the loader's (it selects again); otherwise a selection attribute reselects.
    if (this.hasUpdated && !changed.has('data') && !changed.has('src') && this.selectionKeys().some((k) => (changed as Map<PropertyKey, unknown>).has(k))) this.loader.reselect();
  }

  /**
   * Also waits for an invalid dataset's problems to be put into words (their module loads with the
   * page's first invalid dataset): data given as a property shows its error by then.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let w = this.loader.wording; w; w = this.loader.wording) {
      await w;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Loads the data again (after a network error, or when a light-DOM table changed). */
  retry(): void {
    this.loader.retry();
  }

  /**
   * The rows the element needs, as the selection `subsetDataset` takes (`null` unless ready): those
   * shown and those a reader can switch to (`dataNeeded`). A pre-rendered snippet carries these inline.
   */
  neededSelection(): CsvSelection | null {
    return this.current && this.model ? this.dataNeeded(this.model) : null;
  }

  /** The rows shown, as `datasetToCsv` takes them (`null` unless ready): what the download writes. */
  shownSelection(): CsvSelection | null {
    return this.current && this.model ? this.provenance(this.model).csv : null;
  }

  /** The rows shown and those a reader can switch to; by default the rows shown (the CSV's). */
  protected dataNeeded(model: M): CsvSelection {
    return this.provenance(model).csv;
  }

  /** The long CSV of exactly the rows shown. */
  toCsv(): string {
    const shown = this.shownSelection();
    return shown ? datasetToCsv(this.current!, shown) : '';
  }

  protected override render(): unknown {
    try {
      const loading = () => this.renderLoading();
      return this.loader.render({
        initial: loading,
        loading,
        empty: () => this.renderEmpty(),
        error: (f) => this.renderError(f),
        ready: () => (this.model ? html`${this.renderModel(this.model)}${this.hasFooter() ? this.renderFooter(this.model) : nothing}` : this.renderEmpty()),
      });
    } catch (e) {
      queueMicrotask(() => this.loader.fail(e));
      return nothing;
    }
  }

  /** The loading placeholder: keeps the final height, says it is loading in words. */
  protected renderLoading(): TemplateResult {
    return loadingView(this.t, this.loadingHeight(), this.reserve ? this.reserveWide : undefined);
  }

  /** The height the loading placeholder keeps: `reserve` when set, else the widget's own estimate. */
  protected loadingHeight(): string {
    return this.reserve ?? this.reservedHeight();
  }

  /** The empty status in words. */
  protected renderEmpty(): TemplateResult {
    return emptyView(this.t);
  }

  /** The error status in words, in the element's language, with a retry button when it may help. */
  protected renderError(f: TiendoErrorDetail): TemplateResult {
    return errorView(f, this.t, this.uiLocale, () => this.retry());
  }

  /** Whether the ready view ends with the footer (a compact variant in running text has none). */
  protected hasFooter(): boolean {
    return true;
  }

  /** Source line, updated date, illustrative notice and the CSV download. */
  protected renderFooter(model: M): TemplateResult {
    const name = `${this.localName.replace('tiendo-', 'tien-do-')}${this.unit ? `-${this.unit}` : ''}.csv`;
    return footerView(this.provenance(model), this.current!, this.t, this.uiLocale, () => downloadCsv(name, this.toCsv()));
  }

  /** Where the current data came from (`property`, `src`, `inline-json`, `table`), once loaded. */
  get dataOrigin(): DataOrigin | null {
    return this.loader.origin;
  }
}

export { UI };
