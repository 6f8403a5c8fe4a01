/**
 * The data of every Tiến độ element, widgets and chart alike: one reactive controller after the
 * shape of `@lit/task` (a status, a render map, an `AbortController` per run, late answers
 * ignored), without its dependency (docs/decisions/data-controller.md says why).
 * @module
 */
import { validateDataset, type Dataset, type Rejection, type Validation } from '@tiendo/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invalidate, loadDataset, LoadError, resolveUrl } from './data-source.js';
import { TiendoErrorEvent, TiendoLoadEvent, type DataOrigin, type TiendoErrorDetail } from './events.js';
import { findTable, readInlineJson, type TableContext } from './inline-data.js';
import { isDatasetError, loadProblemWords, problemWords } from './problems.js';

let readTable: ((table: HTMLTableElement, ctx: TableContext) => Dataset) | undefined;
let tableReader: Promise<unknown> | undefined;

/** Installs the light-DOM table reader (`table-reader.ts` calls it when it runs). */
export function setTableReader(read: (table: HTMLTableElement, ctx: TableContext) => Dataset): void {
  readTable = read;
}

/**
 * Loads the light-DOM table reader (once): an element with a `<table>` shows loading until it is
 * there, unless this was awaited before the element was defined (the embed's chunks do).
 */
export function loadTableReader(): Promise<unknown> {
  return (tableReader ??= import('./table-reader.js'));
}

/** The status of an element: one rendering each. */
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

/** What a run reads from its host, at every update. */
export interface DataInputs {
  /** The `data` property: wins over everything. */
  data: unknown;
  /** URL of a JSON dataset or a long CSV. */
  src: string | null | undefined;
  /** Milliseconds the fetch may take. */
  timeout: number;
  /** Defaults of a light-DOM table's rows (its unit, metric, period). */
  table: TableContext;
}

/** The options of a `DataController`. */
export interface DataOptions {
  /** The inputs; a new `data` or `src` starts a new run. */
  inputs: () => DataInputs;
  /** What the host builds from a dataset: `false` when it has nothing to show (empty); a throw is the error status. */
  select: (dataset: Dataset) => boolean;
  /** The error detail of a failure of the host's own (its selection, its drawing); default `toDetail`. */
  describe?: (error: unknown) => { code: string; message: string; retryable: boolean } | undefined;
}

/** One rendering per status, as `Task.render` takes. */
export interface StatusRenderers<R> {
  initial?: () => R;
  loading?: () => R;
  ready?: (dataset: Dataset) => R;
  empty?: () => R;
  error?: (error: TiendoErrorDetail) => R;
}

/**
 * Owns an element's data: the `data` property, else `src` (JSON or CSV, through the shared cache:
 * one request per URL for the whole page), else an inline `<script type="application/json">`, else
 * a light-DOM `<table>` (watched for changes). Fires `tiendo-load` and `tiendo-error` from the
 * host; never throws into the page.
 */
export class DataController<E extends { code: string; message: string; retryable: boolean } = TiendoErrorDetail> implements ReactiveController {
  /** The current status. */
  status: Status = 'initial';
  /** The validated dataset, once loaded. */
  dataset: Dataset | null = null;
  /** Where the dataset came from. */
  origin: DataOrigin | null = null;
  /** What went wrong, in the error status (one shape from fetch to screen). */
  error: E | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DataOptions;
  #run = 0;
  #abort: AbortController | null = null;
  #observer: MutationObserver | null = null;
  #last: { data: unknown; src: unknown } | null = null;
  #complete: Promise<void> = Promise.resolve();
  #wording: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Resolves when the current run has settled (loaded, failed or been replaced). */
  get complete(): Promise<void> {
    return this.#complete;
  }

  /**
   * While an invalid dataset's problems are put into words (their module loads with the page's
   * first invalid dataset), the promise of its error status; else `null`. The element's
   * `updateComplete` waits for it, so data given as a property shows its error by then, as before.
   */
  get wording(): Promise<void> | null {
    return this.#wording;
  }

  hostConnected(): void {
    // A run cut short by a disconnect starts again; a table is watched again.
    if (this.#last && (this.status === 'initial' || this.origin === 'table' || this.origin === 'inline-json')) this.run();
  }

  hostDisconnected(): void {
    this.#stop();
    if (this.status === 'loading') this.status = 'initial';
  }

  hostUpdate(): void {
    const { data, src } = this.#options.inputs();
    if (!this.#last || this.#last.data !== data || this.#last.src !== src) this.run();
  }

  /** Loads again; a `src` is fetched anew, not from the cache. */
  retry(): void {
    const { src } = this.#options.inputs();
    if (src) invalidate(src);
    this.run();
  }

  /** Builds the host's view again from the current dataset (after a selection attribute changed). */
  reselect(): void {
    if (this.dataset) this.#select(this.dataset);
  }

  /** One rendering per status. */
  render<R>(renderers: StatusRenderers<R>): R | undefined {
    switch (this.status) {
      case 'initial': return renderers.initial?.();
      case 'loading': return renderers.loading?.();
      case 'ready': return renderers.ready?.(this.dataset!);
      case 'empty': return renderers.empty?.();
      case 'error': return renderers.error?.(this.error as unknown as TiendoErrorDetail);
    }
  }

  /** A new run: the previous one is aborted and its answer, should it come, ignored. */
  run(): void {
    const inputs = this.#options.inputs();
    this.#last = { data: inputs.data, src: inputs.src };
    this.#stop();
    const run = this.#run;
    try {
      if (inputs.data !== undefined && inputs.data !== null) return void this.#validated(validateDataset(inputs.data), 'property');
      if (inputs.src) {
        const abort = (this.#abort = new AbortController());
        const { promise } = loadDataset(inputs.src, inputs.timeout, abort.signal);
        const url = resolveUrl(inputs.src);
        this.#set('loading');
        this.#complete = promise.then(
          (d) => void (run === this.#run && this.#accept(d, 'src')),
          (e: unknown) => (run === this.#run ? this.#failure(e, url) : undefined),
        );
        return;
      }
      this.#inline();
      this.#observer = new MutationObserver(() => this.#inline());
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * The error status: `detail` (default: what `error` says) goes to the screen, the console and a
   * `tiendo-error` event. For errors of the host's own (a selection, a drawing).
   */
  fail(error: unknown, detail: TiendoErrorDetail | E = (this.#options.describe?.(error) as E | undefined) ?? toDetail(error)): void {
    this.error = detail as E;
    this.#set('error');
    console.warn(`[tiendo] <${this.#host.localName}>: ${detail.message}`);
    this.#host.dispatchEvent(new TiendoErrorEvent(detail as TiendoErrorDetail));
  }

  #stop(): void {
    this.#run++;
    this.#abort?.abort();
    this.#abort = null;
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #inline(): Promise<void> | void {
    try {
      const json = readInlineJson(this.#host);
      if (json !== undefined) return this.#validated(json, 'inline-json');
      const table = findTable(this.#host);
      if (table && !readTable) {
        // The reader is loaded on first use: loading until then, then this runs again.
        const run = this.#run;
        this.#set('loading');
        this.#complete = loadTableReader().then(() => (run === this.#run ? this.#inline() : undefined), (e: unknown) => void (run === this.#run && this.fail(e)));
        return;
      }
      if (table) return this.#accept(readTable!(table, this.#options.inputs().table), 'table');
      this.dataset = null;
      this.origin = null;
      this.#set('empty');
    } catch (e) {
      return this.#failure(e);
    }
  }

  /** A validated input: its dataset accepted, or its rejection in words as the error status. */
  #validated(v: Validation, origin: DataOrigin): Promise<void> | void {
    if (v.success) return this.#accept(v.data, origin);
    return this.#failure(v.rejection);
  }

  /**
   * The error status of a failure of this run (`url`: the `src` it came from). The problems of a
   * dataset (a `Rejection` or a `DatasetError`) are shown in words: before the words have loaded,
   * the status is `loading` until they have, then the error (the promise of that, also `complete`).
   */
  #failure(e: unknown, url?: string): Promise<void> | void {
    // Sync inputs go through the host's `describe` (as `fail` does); a `src` through `toDetail` with its URL.
    const say = (error: unknown) => (url === undefined ? this.fail(error) : this.fail(error, toDetail(error, url)));
    const rejection = isRejection(e) ? e : null;
    if (!rejection && !isDatasetError(e)) return say(e);
    const words = problemWords();
    if (words) return say(rejection ? words.datasetErrorOf(rejection) : e);
    const run = this.#run;
    this.#set('loading');
    const wording = loadProblemWords().then(
      (w) => {
        if (run !== this.#run) return;
        // The input was read again to word it: a throw (a `data` object changed meanwhile) is this run's error too.
        let error: unknown;
        try {
          error = rejection ? w.datasetErrorOf(rejection) : e;
        } catch (err) {
          return this.fail(err);
        }
        say(error);
      },
      // Without the words (the network went away): a network failure, which a retry may mend.
      (err: unknown) => void (run === this.#run && this.fail(err, { code: 'network', retryable: true, message: `the data has problems, and the module that words them did not load: ${(err as Error)?.message ?? String(err)}` })),
    ).finally(() => {
      if (this.#wording === wording) this.#wording = null;
    });
    this.#wording = wording;
    this.#complete = wording;
    return wording;
  }

  #accept(dataset: Dataset, origin: DataOrigin): void {
    this.dataset = dataset;
    this.origin = origin;
    if (this.#select(dataset)) this.#host.dispatchEvent(new TiendoLoadEvent({ dataset, origin }));
  }

  /** Whether the host could build its view (ready or empty, not error). */
  #select(dataset: Dataset): boolean {
    try {
      this.error = null;
      this.#set(this.#options.select(dataset) ? 'ready' : 'empty');
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  #set(status: Status): void {
    this.status = status;
    this.#host.requestUpdate();
  }
}

/** A `Rejection` of `validateDataset` (a plain object with its `kind`, never an `Error`). */
function isRejection(e: unknown): e is Rejection {
  return typeof e === 'object' && e !== null && !(e instanceof Error) && typeof (e as { kind?: unknown }).kind === 'string';
}

/** Any failure as the `tiendo-error` detail; "invalid JSON or invalid data" is decided here, once. */
export function toDetail(error: unknown, url?: string): TiendoErrorDetail {
  if (error instanceof LoadError) return error.detail;
  if (isDatasetError(error)) {
    const json = error.issues[0]?.code === 'invalid-json';
    const message = `${url ? `${url}: ` : ''}${error.format('en').join('; ')}`;
    return { code: json ? 'invalid-json' : 'invalid-data', issues: error.issues, retryable: false, message, ...(url ? { url } : {}) };
  }
  if (error instanceof SelectionError) return { code: 'selection', subject: error.what, retryable: false, message: error.message };
  return { code: 'internal', retryable: false, message: error instanceof Error ? error.message : String(error) };
}
