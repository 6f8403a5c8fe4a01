/**
 * Data and theme plumbing of `<tiendo-chart>`, on top of the widgets' shared plumbing
 * (`@tiendo/widgets/shared`), so a chart and widgets with the same `src` fetch it once:
 * - `loadDataset(src)`: the widgets' cache keyed by URL (ref-counted, aborted when nobody waits);
 * - `inlineDataset(host)`: an inline `<script type="application/json">` child;
 * - `propertyDataset(data)`: the `data` property, validated at the edge;
 * - `readTheme(host)`: the chart colours, resolved from the widgets' `--tiendo-*` tokens.
 * @module
 */
import { type Dataset, DatasetError, safeParseDataset } from '@tiendo/sdk';
import { LoadError, loadDataset as sharedLoad, readInlineJson } from '@tiendo/widgets/shared';
import type { ChartTheme } from '../specs/theme.js';
import type { ChartErrorDetail } from './events.js';

/** A failure to get a dataset, with the detail of the `tiendo-error` it becomes. */
export class ChartDataError extends Error {
  constructor(readonly detail: ChartErrorDetail) {
    super(detail.message);
    this.name = 'ChartDataError';
  }
}

/** A pending load and its release (call it when the chart stops waiting). */
export interface ChartLoad {
  promise: Promise<Dataset>;
  release: () => void;
}

/**
 * The dataset at `src` through the widgets' shared cache (one request per URL for every chart
 * and widget on the page). Rejects with a `ChartDataError`.
 */
export function loadDataset(src: string): ChartLoad {
  const { promise, release } = sharedLoad(src);
  return {
    release,
    promise: promise.catch((e: unknown) => {
      if (e instanceof LoadError) throw new ChartDataError(e.detail as ChartErrorDetail);
      throw e;
    }),
  };
}

function invalid(e: unknown): ChartDataError {
  if (e instanceof DatasetError) {
    const code = e.issues[0]?.code === 'invalid-json' ? 'invalid-json' : 'invalid-data';
    return new ChartDataError({ code, message: e.message, issues: e.issues, retryable: false });
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
  let json: unknown;
  try {
    json = readInlineJson(host);
  } catch (e) {
    throw invalid(e);
  }
  return json === undefined ? null : propertyDataset(json);
}

/** The private token (from the widgets' tokenStyles) each chart colour is read from. */
export const THEME_TOKENS: Readonly<Record<Exclude<keyof ChartTheme, 'fontFamily'>, string>> = Object.freeze({
  bar: '--_bar',
  barShort: '--_bad',
  text: '--_text',
  textMuted: '--_muted',
  rule: '--_target',
  grid: '--_track',
});

/**
 * The chart theme of `host`: each colour from a probe element in its shadow root whose `color` is
 * the token (so `light-dark()` defaults and page overrides arrive resolved to `rgb(…)`), and the
 * font from the host's computed `font-family`.
 */
export function readTheme(host: HTMLElement): ChartTheme {
  const root = host.shadowRoot;
  const out = { fontFamily: getComputedStyle(host).fontFamily } as ChartTheme;
  for (const key of Object.keys(THEME_TOKENS) as (keyof typeof THEME_TOKENS)[]) {
    const probe = root?.querySelector(`.probe[data-token="${key}"]`);
    out[key] = probe ? getComputedStyle(probe).color : '';
  }
  return out;
}

/** The resolved page background of `host` (`--_bg`), or '' when transparent. */
export function readBackground(host: HTMLElement): string {
  const probe = host.shadowRoot?.querySelector('.probe[data-token="bg"]');
  const c = probe ? getComputedStyle(probe).color : '';
  return !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c) ? '' : c;
}
