/**
 * The views of `TiendoElement` around a widget's own: loading, empty and error states in words,
 * and the footer (source, updated date, illustrative notice, CSV download); the footer's helpers.
 * @module
 */
import type { CsvSelection, Dataset, Locale, Source } from '@tiendo/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from './css-style-map.js';
import type { TiendoErrorDetail } from './events.js';
import { formatDate, type UiText } from './i18n.js';
import { issueLines } from './problems.js';

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
 * The loading placeholder: keeps the final height (`minHeight`; `wide`, when given, in a container
 * wider than 36rem), says it is loading in words.
 */
export function loadingView(t: UiText, minHeight: string, wide?: string): TemplateResult {
  return html`<div part="loading" class="state skeleton" role="status" aria-live="polite" style=${styleMap({ '--_reserve': minHeight, '--_reserve-wide': wide })}>
    <span class="visually-hidden">${t.loading}</span>
  </div>`;
}

/** The empty status in words. */
export function emptyView(t: UiText): TemplateResult {
  return html`<div part="empty" class="state" data-state="empty" role="status"><strong>${t.empty}</strong></div>`;
}

/**
 * The error status: what a reader needs in one plain sentence (“Dữ liệu có lỗi, chưa thể hiển
 * thị.”), and for the producer, behind a `<details>` disclosure, the technical reason and the
 * data's problems with their paths (“targets[3].value: …”) in `locale`; a retry button when it may
 * help. The console and the `tiendo-error` event carry the same details. Any element built on
 * `@tiendo/widgets/core` (the chart too) shows its errors with this view.
 */
export function errorView(f: TiendoErrorDetail, t: UiText, locale: Locale, retry: () => void): TemplateResult {
  const issues = f.issues ?? [];
  const dataFault = f.code === 'invalid-data' || f.code === 'invalid-json';
  const headline = dataFault ? t.badData : t.error;
  const plain =
    f.code === 'http' ? (f.status === 404 || f.status === 410 ? t.notFound : t.serverDown)
    : f.code === 'network' ? t.network
    : f.code === 'timeout' ? t.timeout
    : f.code === 'selection' ? t.missing
    : f.code === 'internal' ? t.internal
    : null;
  const technical =
    f.code === 'http' ? t.http(f.status ?? 0)
    : f.code === 'invalid-json' ? t.invalidJson
    : f.code === 'invalid-data' ? t.invalidData(issues.length)
    : f.code === 'selection' ? t.selection(f.subject ?? '')
    : null;
  // The words of the issues are loaded by the time an error with issues is shown (the data controller waits for them).
  const lines = issueLines(issues, locale);
  const hasDetails = technical !== null || lines.length > 0 || !!f.url;
  return html`<div part="error" class="state" data-state="error" role="alert">
    <strong>${headline}</strong>
    ${plain ? html`<span>${plain}</span>` : nothing}
    ${hasDetails
      ? html`<details part="error-details" class="details">
          <summary>${t.details}</summary>
          ${technical ? html`<p>${technical}</p>` : nothing}
          ${lines.length ? html`<ul>${lines.slice(0, 5).map((l) => html`<li>${l}</li>`)}</ul>${lines.length > 5 ? html`<p>${t.more(lines.length - 5)}</p>` : nothing}` : nothing}
          ${f.url ? html`<p class="url">${f.url}</p>` : nothing}
          <p class="hint">${t.detailsHint}</p>
        </details>`
      : nothing}
    ${f.retryable ? html`<div><button part="retry" type="button" @click=${retry}>${t.retry}</button></div>` : nothing}
  </div>`;
}

/** Source line, updated date, illustrative notice and the CSV download button. */
export function footerView(p: Provenance, d: Dataset, t: UiText, locale: Locale, download: () => void): TemplateResult {
  const sources = p.sources.length ? p.sources : d.source ? [d.source] : [];
  return html`<footer part="footer">
    ${p.illustrative !== 'none' ? html`<span part="illustrative" class="note">${p.illustrative === 'all' ? t.illustrative : t.partlyIllustrative}</span>` : nothing}
    ${sources.length
      ? html`<span part="source">${t.source}: ${sources.map((s, i) => html`${i ? '; ' : ''}${safeHref(s.url) ? html`<a href=${safeHref(s.url)!} rel="noopener noreferrer" target="_blank">${s.name}</a>` : s.name}${s.date ? ` (${formatDate(s.date, locale)})` : ''}`)}</span>`
      : nothing}
    ${d.updated ? html`<span part="updated">${t.updated}: ${formatDate(d.updated, locale)}</span>` : nothing}
    <button part="download" type="button" class="no-print" @click=${download}>${t.download}</button>
  </footer>`;
}

/** Saves `csv` as a UTF-8 file (with a BOM, so spreadsheets read the diacritics). */
export function downloadCsv(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

/** Combines the illustrative flags of the figures shown. */
export function illustrativeOf(flags: readonly (boolean | undefined)[]): Provenance['illustrative'] {
  const n = flags.filter(Boolean).length;
  return n === 0 ? 'none' : n === flags.length ? 'all' : 'some';
}

/** Sources without repeats (by name): the SDK's. */
export { uniqueSources } from '@tiendo/sdk';
