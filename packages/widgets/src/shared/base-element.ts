/**
 * The base of every Tiến độ element: data from `data`, `src`, inline JSON or a light-DOM table (in
 * that order); one status with a render map (initial, loading, ready, empty, error); themes;
 * source line, updated date and CSV download. A widget never throws into the host page.
 * @module
 */
import { checkPrinted, datasetToCsv, DatasetError, formatAttainment, formatPercent, safeParseDataset, type CsvSelection, type Dataset, type Locale, type Source } from '@tiendo/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from './css-style-map.js';
import { loadDataset, invalidate, LoadError, DEFAULT_TIMEOUT } from './data-source.js';
import { type DataOrigin, TiendoErrorEvent, TiendoLoadEvent, type TiendoErrorDetail } from './events.js';
import { formatDate, toLocale, UI, type UiText } from './i18n.js';
import { findTable, readInlineJson, readTable } from './inline-data.js';
import { resolveScheme, watchScheme, type Theme } from './theme.js';
import { partStyles } from './parts.styles.js';
import { tokenStyles } from './tokens.styles.js';

/** The status of an element. */
export type Status = 'initial' | 'loading' | 'ready' | 'empty' | 'error';

/** Thrown by a widget's `select` when the selection names something the dataset lacks. */
export class SelectionError extends Error {
  /** What was not found, in the element's language. */
  readonly what: string;
  constructor(what: string) {
    super(`Cannot find ${what} in the data`);
    this.what = what;
    this.name = 'SelectionError';
  }
}

/** What the footer says about the figures shown. */
export interface Provenance {
  /** Sources of the figures shown, without repeats. */
  sources: Source[];
  /** `all` when every figure shown is illustrative, `some` when a few are, else `none`. */
  illustrative: 'none' | 'some' | 'all';
  /** The rows shown, for the CSV download. */
  csv: CsvSelection;
}

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
 * @csspart error - The error state.
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

  /** Height kept free while loading (any CSS length), so nothing on the page shifts. */
  @property() reserve?: string;

  /** The current status. */
  @state() protected status: Status = 'initial';
  /** The validated dataset, once loaded. */
  @state() protected current: Dataset | null = null;
  /** What went wrong, in the error status. */
  @state() protected failure: TiendoErrorDetail | null = null;
  /** What the empty status says is missing. */
  @state() protected emptyReason: string | null = null;
  /** The model of the ready status. */
  protected model: M | null = null;

  private loadToken = 0;
  private release: (() => void) | null = null;
  private unwatch: (() => void) | null = null;
  private observer: MutationObserver | null = null;
  private origin: DataOrigin | null = null;

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

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyScheme();
    this.unwatch = watchScheme(() => this.applyScheme());
    if (!this.hasUpdated) return;
    this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = null;
    this.observer?.disconnect();
    this.observer = null;
    this.release?.();
    this.release = null;
    // A load still under way for this element is now stale.
    this.loadToken++;
    if (this.status === 'loading') this.status = 'initial';
  }

  private applyScheme(): void {
    this.setAttribute('data-scheme', resolveScheme(this, this.theme));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.applyScheme();
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) {
      this.load();
      return;
    }
    if (this.current && this.selectionKeys().some((k) => (changed as Map<PropertyKey, unknown>).has(k))) this.compute(this.current);
  }

  /** Loads the data again (after a network error, or when a light-DOM table changed). */
  retry(): void {
    if (this.src) invalidate(this.src);
    this.load();
  }

  private load(): void {
    const token = ++this.loadToken;
    this.release?.();
    this.release = null;
    this.observer?.disconnect();
    this.observer = null;
    try {
      if (this.data !== undefined && this.data !== null) {
        const r = safeParseDataset(this.data);
        if (!r.success) throw r.error;
        this.accept(r.data, 'property');
      } else if (this.src) {
        this.status = 'loading';
        const { promise, release } = loadDataset(this.src, this.timeout);
        this.release = release;
        promise.then(
          (d) => token === this.loadToken && this.accept(d, 'src'),
          (e) => token === this.loadToken && this.fail(e),
        );
      } else {
        this.loadInline();
        this.observer = new MutationObserver(() => this.loadInline());
        this.observer.observe(this, { childList: true, subtree: true, characterData: true });
      }
    } catch (e) {
      this.fail(e);
    }
  }

  private loadInline(): void {
    try {
      const json = readInlineJson(this);
      if (json !== undefined) {
        const r = safeParseDataset(json);
        if (!r.success) throw r.error;
        this.accept(r.data, 'inline-json');
        return;
      }
      const table = findTable(this);
      if (table) {
        this.accept(readTable(table, { unit: this.unit, metric: this.metric, period: this.period }), 'table');
        return;
      }
      this.current = null;
      this.model = null;
      this.emptyReason = null;
      this.status = 'empty';
    } catch (e) {
      this.fail(e);
    }
  }

  private accept(dataset: Dataset, origin: DataOrigin): void {
    this.current = dataset;
    this.origin = origin;
    this.failure = null;
    this.compute(dataset);
    if (this.status !== 'error') this.dispatchEvent(new TiendoLoadEvent({ dataset, origin }));
  }

  private compute(dataset: Dataset): void {
    try {
      this.model = this.select(dataset);
      this.emptyReason = null;
      this.status = this.model ? 'ready' : 'empty';
    } catch (e) {
      this.fail(e);
    }
  }

  /** Puts the element in the error status, tells the page (event and console), never throws. */
  protected fail(error: unknown): void {
    const detail = toDetail(error);
    this.model = null;
    this.failure = detail;
    this.status = 'error';
    console.warn(`[tiendo] <${this.localName}>: ${detail.message}`);
    this.dispatchEvent(new TiendoErrorEvent(detail));
  }

  /** The long CSV of exactly the rows shown. */
  toCsv(): string {
    if (!this.current || !this.model) return '';
    return datasetToCsv(this.current, this.provenance(this.model).csv);
  }

  private download(): void {
    const csv = this.toCsv();
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.localName.replace('tiendo-', 'tien-do-')}${this.unit ? `-${this.unit}` : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  protected override render(): unknown {
    try {
      switch (this.status) {
        case 'initial':
        case 'loading':
          return this.renderLoading();
        case 'empty':
          return this.renderEmpty();
        case 'error':
          return this.renderError();
        case 'ready':
          return this.model ? html`${this.renderModel(this.model)}${this.hasFooter() ? this.renderFooter(this.model) : nothing}` : this.renderEmpty();
      }
    } catch (e) {
      queueMicrotask(() => this.fail(e));
      return nothing;
    }
  }

  /** The loading placeholder: keeps the final height, says it is loading in words. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="state skeleton" role="status" aria-live="polite" style=${styleMap({ minHeight: this.loadingHeight() })}>
      <span class="visually-hidden">${this.t.loading}</span>
    </div>`;
  }

  /** The height the loading placeholder keeps: `reserve` when set, else the widget's own estimate. */
  protected loadingHeight(): string {
    return this.reserve ?? this.reservedHeight();
  }

  /** The empty status in words. */
  protected renderEmpty(): TemplateResult {
    return html`<div part="empty" class="state" data-state="empty" role="status">
      <strong>${this.t.empty}</strong>${this.emptyReason ? html`<span>${this.emptyReason}</span>` : nothing}
    </div>`;
  }

  /** The error status in words, with the reason and, when it may help, a retry button. */
  protected renderError(): TemplateResult {
    const f = this.failure;
    const t = this.t;
    if (!f) return this.renderEmpty();
    const issues = f.issues ?? [];
    const reason =
      f.code === 'http' ? t.http(f.status ?? 0)
      : f.code === 'network' ? t.network
      : f.code === 'timeout' ? t.timeout
      : f.code === 'invalid-json' ? t.invalidJson
      : f.code === 'invalid-data' ? t.invalidData(issues.length)
      : f.code === 'selection' ? t.selection(f.subject ?? '')
      : t.internal;
    const lines = f.code === 'invalid-data' || f.code === 'invalid-json' ? new DatasetError(issues).format(this.uiLocale) : [];
    return html`<div part="error" class="state" data-state="error" role="alert">
      <strong>${t.error}</strong>
      <span>${reason}</span>
      ${lines.length ? html`<ul>${lines.slice(0, 5).map((l) => html`<li>${l}</li>`)}</ul>${lines.length > 5 ? html`<span>${t.more(lines.length - 5)}</span>` : nothing}` : nothing}
      ${f.retryable ? html`<div><button part="retry" type="button" @click=${() => this.retry()}>${t.retry}</button></div>` : nothing}
    </div>`;
  }

  /** Whether the ready view ends with the footer (a compact variant in running text has none). */
  protected hasFooter(): boolean {
    return true;
  }

  /** Source line, updated date, illustrative notice and the CSV download. */
  protected renderFooter(model: M): TemplateResult {
    const p = this.provenance(model);
    const d = this.current!;
    const t = this.t;
    const sources = p.sources.length ? p.sources : d.source ? [d.source] : [];
    return html`<footer part="footer">
      ${p.illustrative !== 'none' ? html`<span part="illustrative" class="note">${p.illustrative === 'all' ? t.illustrative : t.partlyIllustrative}</span>` : nothing}
      ${sources.length
        ? html`<span part="source">${t.source}: ${sources.map((s, i) => html`${i ? '; ' : ''}${safeHref(s.url) ? html`<a href=${safeHref(s.url)!} rel="noopener noreferrer" target="_blank">${s.name}</a>` : s.name}${s.date ? ` (${formatDate(s.date, this.uiLocale)})` : ''}`)}</span>`
        : nothing}
      ${d.updated ? html`<span part="updated">${t.updated}: ${formatDate(d.updated, this.uiLocale)}</span>` : nothing}
      <button part="download" type="button" class="no-print" @click=${() => this.download()}>${t.download}</button>
    </footer>`;
  }

  /** “Báo cáo ghi 87,5%; tính lại: 77,8%” when a printed percent disagrees with the figures, else `null`. */
  protected printedNote(actual: number, target: number | null, printed: string | undefined): string | null {
    if (!printed || !target) return null;
    const r = checkPrinted(actual, target, printed);
    if (r.verdict !== 'mismatch' && r.verdict !== 'unparseable') return null;
    const shown = r.printed === null ? printed : formatPercent(r.printed / 100, { locale: this.uiLocale, digits: r.digits });
    return this.t.printedNote(shown, formatAttainment(actual, target, { locale: this.uiLocale })!);
  }

  /** Where the current data came from (`property`, `src`, `inline-json`, `table`), once loaded. */
  get dataOrigin(): DataOrigin | null {
    return this.origin;
  }
}

/** Only http(s) links are rendered; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function toDetail(error: unknown): TiendoErrorDetail {
  if (error instanceof LoadError) return error.detail;
  if (error instanceof DatasetError) {
    const json = error.issues[0]?.code === 'invalid-json';
    return { code: json ? 'invalid-json' : 'invalid-data', issues: error.issues, retryable: false, message: error.message };
  }
  if (error instanceof SelectionError) return { code: 'selection', subject: error.what, retryable: false, message: error.message };
  return { code: 'internal', retryable: false, message: error instanceof Error ? error.message : String(error) };
}

/** Marks a figure as illustrative in the text (an asterisk), so it is never read as real. */
export function illustrativeMark(illustrative: boolean | undefined): string {
  return illustrative ? '*' : '';
}

/** Combines the illustrative flags of the figures shown. */
export function illustrativeOf(flags: readonly (boolean | undefined)[]): Provenance['illustrative'] {
  const n = flags.filter(Boolean).length;
  return n === 0 ? 'none' : n === flags.length ? 'all' : 'some';
}

/** Sources without repeats (by name). */
export function uniqueSources(sources: readonly (Source | undefined)[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (s && !seen.has(s.name)) seen.set(s.name, s);
  return [...seen.values()];
}

export { UI };
