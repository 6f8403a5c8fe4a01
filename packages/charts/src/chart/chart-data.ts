/**
 * Data and theme plumbing of `<tiendo-chart>`, kept in this one file so it can be swapped for the
 * widgets' shared plumbing (packages/widgets/src/shared: data-source, inline-data, theme) later:
 * - `loadDataset(src)`: fetch once per URL (cached, shared by every chart), validate with the SDK;
 * - `inlineDataset(host)`: an inline `<script type="application/json">` child;
 * - `propertyDataset(data)`: the `data` property, validated at the edge;
 * - `readTheme(host)`: the chart colours from CSS custom properties.
 * @module
 */
import { type Dataset, DatasetError, parseDatasetJson, parseDatasetText, safeParseDataset } from '@tiendo/sdk';
import { type ChartTheme, THEME_PROPERTIES } from '../specs/theme.js';
import type { ChartErrorDetail } from './events.js';

/** A failure to get a dataset, with the detail of the `tiendo-error` it becomes. */
export class ChartDataError extends Error {
  constructor(readonly detail: ChartErrorDetail) {
    super(detail.message);
    this.name = 'ChartDataError';
  }
}

/** How long a fetch may take. */
export const FETCH_TIMEOUT = 15_000;

const cache = new Map<string, Promise<Dataset>>();

/** Absolute URL of `src` against the document. */
export function resolveUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * The dataset at `src`, fetched once per URL however many charts ask (a failure is not cached, so
 * a later call retries). JSON or long CSV, by content. Rejects with a `ChartDataError`.
 */
export function loadDataset(src: string): Promise<Dataset> {
  const url = resolveUrl(src);
  let p = cache.get(url);
  if (!p) {
    p = fetchDataset(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** Forgets the cached dataset of `src` (or every one). */
export function invalidate(src?: string): void {
  if (src === undefined) cache.clear();
  else cache.delete(resolveUrl(src));
}

async function fetchDataset(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT), credentials: 'same-origin' });
  } catch (e) {
    const timeout = (e as Error).name === 'TimeoutError';
    throw new ChartDataError({ code: timeout ? 'timeout' : 'network', message: `${url}: ${(e as Error).message}`, url, retryable: true });
  }
  if (!response.ok) {
    throw new ChartDataError({ code: 'http', message: `${url}: HTTP ${response.status}`, status: response.status, url, retryable: response.status >= 500 });
  }
  const text = await response.text();
  const csv = /\bcsv\b/i.test(response.headers.get('content-type') ?? '') || /\.csv(\?|#|$)/i.test(url);
  return parseText(text, csv ? 'csv' : undefined, url);
}

function parseText(text: string, format: 'json' | 'csv' | undefined, url?: string): Dataset {
  try {
    return format === 'json' ? parseDatasetJson(text) : parseDatasetText(text, format);
  } catch (e) {
    throw invalid(e, url);
  }
}

function invalid(e: unknown, url?: string): ChartDataError {
  if (e instanceof DatasetError) {
    const code = e.issues[0]?.code === 'invalid-json' ? 'invalid-json' : 'invalid-data';
    return new ChartDataError({ code, message: e.message, issues: e.issues, ...(url ? { url } : {}), retryable: false });
  }
  return new ChartDataError({ code: 'internal', message: String((e as Error)?.message ?? e), retryable: false });
}

/** The `data` property validated at the edge (a validated dataset passes through unchanged in content). */
export function propertyDataset(data: unknown): Dataset {
  const r = safeParseDataset(data);
  if (!r.success) throw invalid(r.error);
  return r.data;
}

/** The dataset of an inline `<script type="application/json">` child, or `null` when there is none. */
export function inlineDataset(host: Element): Dataset | null {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return null;
  return parseText(script.textContent ?? '', 'json');
}

/**
 * The chart theme from the host's computed custom properties. The element's styles set the
 * private `--_…` properties from the public `--tiendo-…` ones with light or dark defaults, so
 * this reads what the page asked for, or the theme's default.
 */
export function readTheme(host: Element): ChartTheme {
  const style = getComputedStyle(host);
  const out = {} as ChartTheme;
  for (const key of Object.keys(THEME_PROPERTIES) as (keyof ChartTheme)[]) {
    out[key] = style.getPropertyValue(privateProperty(key)).trim();
  }
  return out;
}

/** The private custom property the styles resolve each theme key into (`--_chart-bar`). */
export function privateProperty(key: keyof ChartTheme): string {
  return `--_chart-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** True when the reader's system asks for a dark scheme. */
export function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
