/**
 * Fetching datasets by URL with one shared cache: 50 widgets with one `src` make one request.
 * A request is aborted when every widget waiting for it has left the page.
 * @module
 */
import { validateDatasetJson, type Dataset } from '@tiendo/sdk';
import type { TiendoErrorDetail } from './events.js';
import { loadProblemWords } from './problems.js';
import { warmFormatters } from './warm-formatters.js';

/** A failure to load, with what a widget needs to say it in words. */
export class LoadError extends Error {
  readonly detail: TiendoErrorDetail;
  constructor(detail: TiendoErrorDetail) {
    super(detail.message);
    this.name = 'LoadError';
    this.detail = detail;
  }
}

interface Entry {
  promise: Promise<Dataset>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/** Default time a fetch may take before it counts as a timeout, in ms. */
export const DEFAULT_TIMEOUT = 15_000;

/** The absolute URL of `src` relative to the page, the cache key. */
export function resolveUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

async function fetchDataset(url: string, signal: AbortSignal, timeout: number): Promise<Dataset> {
  let response: Response;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const onAbort = () => timer.abort();
  signal.addEventListener('abort', onAbort);
  try {
    const request = fetch(url, { signal: timer.signal, credentials: 'same-origin' });
    warmFormatters();
    response = await request;
  } catch (e) {
    if (signal.aborted) throw e;
    const timedOut = timer.signal.aborted;
    throw new LoadError({
      code: timedOut ? 'timeout' : 'network', url, retryable: true,
      message: timedOut ? `Fetching ${url} took longer than ${timeout} ms` : `Cannot fetch ${url}: ${(e as Error).message}`,
    });
  } finally {
    clearTimeout(id);
    signal.removeEventListener('abort', onAbort);
  }
  if (!response.ok) {
    throw new LoadError({ code: 'http', status: response.status, url, retryable: response.status >= 500 || response.status === 429, message: `Fetching ${url} failed with HTTP ${response.status}` });
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const format = /csv/.test(type) || /\.csv(\?|#|$)/i.test(url) ? 'csv' : /json/.test(type) || /\.json(\?|#|$)/i.test(url) ? 'json' : undefined;
  // A DatasetError goes up as it is: the data controller turns it into the error detail (its words
  // load with the first invalid dataset). The CSV reader (and its parser) is loaded only for a CSV;
  // undecided, the first character says (`{` is JSON).
  if (format === 'json' || (!format && /^\ufeff?\s*[{[]/.test(text))) {
    const v = validateDatasetJson(text);
    if (v.success) return v.data;
    const words = await loadProblemWords().catch(() => null);
    if (words) throw words.datasetErrorOf(v.rejection);
    // Without the words (the network went away): a network failure, which a retry may mend.
    throw new LoadError({ code: 'network', url, retryable: true, message: `${url}: the data has problems, and the module that words them did not load` });
  }
  return (await import('./csv-reader.js')).parseDatasetCsv(text);
}

/**
 * Loads and validates the dataset at `src`, sharing one request among every caller. The returned
 * `release` (or aborting `signal`) must come when the caller no longer waits: the request is
 * aborted when nobody does. Rejects with a `LoadError` (fetch) or a `DatasetError` (content).
 */
export function loadDataset(src: string, timeout = DEFAULT_TIMEOUT, signal?: AbortSignal): { promise: Promise<Dataset>; release: () => void } {
  const url = resolveUrl(src);
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const e: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve(null as never) };
    e.promise = fetchDataset(url, controller.signal, timeout).then(
      (d) => {
        e.settled = true;
        return d;
      },
      (err) => {
        e.settled = true;
        // Failed loads are not cached: a retry fetches again.
        if (cache.get(url) === e) cache.delete(url);
        throw err;
      },
    );
    cache.set(url, e);
    entry = e;
  }
  const held = entry;
  held.waiting++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    signal?.removeEventListener('abort', release);
    held.waiting--;
    if (held.waiting === 0 && !held.settled) {
      held.controller.abort();
      if (cache.get(url) === held) cache.delete(url);
    }
  };
  signal?.addEventListener('abort', release);
  // A caller whose answer came stops holding the request (nothing is left to abort).
  void held.promise.then(release, release);
  return { promise: held.promise, release };
}

/** Forgets a cached URL (before a retry), or every URL. */
export function invalidate(src?: string): void {
  if (src === undefined) cache.clear();
  else cache.delete(resolveUrl(src));
}
