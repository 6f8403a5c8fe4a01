/**
 * A pre-rendered snippet: the element with its attributes, its shadow content as declarative
 * shadow DOM, the data it shows inline, and the plain table for readers without `<template>`.
 * When `tiendo.js` runs, the element upgrades in place from the inline data: no loading state, no
 * request, no visible change.
 * @module
 */
import { DatasetError, parseDatasetText, safeParseDataset, subsetDataset, type Dataset, type DatasetInput } from '@tiendo/sdk';
import { toLocale } from '@tiendo/widgets/core';
import { escapeHtml, jsonForScript } from './escape.js';
import { fallbackTable } from './fallback.js';
import { prerenderChartElement } from './chart.js';
import { ELEMENT_TAGS, attributeNames, renderElement, serverState, type ElementName, type ServerState } from './ssr.js';
import { compactStyles, styleHashes } from './styles.js';

/** What `renderSnippet` takes besides the data. */
export interface SnippetOptions {
  /** The element: `progress`, `ranking`, `strong-share` or `scorecard`. */
  element: ElementName;
  /** Its attributes (`unit`, `parent`, `metric`, `period`, `top`, `highlight`, `locale`, `theme`, …). */
  attributes?: Readonly<Record<string, string | undefined>>;
  /** Where the embed's files are served (`https://cdn.example.vn/tiendo/`): the snippet's script points there. */
  base?: string | undefined;
  /** A `src` kept on the element for live updates (the inline data shows first; default none: no request). */
  src?: string | undefined;
}

/** A rendered snippet and what a page needs to know about it. */
export interface Snippet {
  /** The element, pre-rendered, with its inline data and fallback table. */
  element: string;
  /** The `<script type="module">` of `tiendo.js` at `base` (empty without `base`). */
  script: string;
  /** `element` then `script`: what a producer pastes. */
  html: string;
  /** The `'sha256-…'` sources of its `<style>` blocks, for `style-src`. */
  styleHashes: string[];
  /** The dataset carried inline (the rows shown). */
  data: DatasetInput;
  /** The element's tag. */
  tag: string;
  /** What it shows in one sentence (its caption or accessible name): a title for a page or an iframe. */
  title: string;
  /** Rows of its table (a ranking's), for the height of an iframe. */
  rows: number;
  /** Things the producer should know (e.g. the whole dataset is inline because a part did not render the same). */
  warnings: string[];
}

/** A render that cannot be made: bad data (with paths), an unknown attribute, a selection the data lacks. */
export class RenderError extends Error {
  /** `invalid-data`, `invalid-json`, `attribute`, `selection`. */
  readonly code: string;
  /** The data's problems, as `tiendo check` reports them. */
  override readonly cause?: DatasetError;
  constructor(code: string, message: string, cause?: DatasetError) {
    super(message);
    this.name = 'RenderError';
    this.code = code;
    if (cause) this.cause = cause;
  }
}

/** The dataset of `input`: a parsed dataset, a dataset object, or JSON / long-CSV text. */
export function toDataset(input: unknown, format?: 'json' | 'csv'): Dataset {
  if (typeof input === 'string') {
    try {
      return parseDatasetText(input, format);
    } catch (e) {
      if (e instanceof DatasetError) throw new RenderError(e.issues[0]?.code === 'invalid-json' ? 'invalid-json' : 'invalid-data', e.message, e);
      throw e;
    }
  }
  const r = safeParseDataset(input);
  if (!r.success) throw new RenderError('invalid-data', r.error.message, r.error);
  return r.data;
}

/** Checks the attribute names against the element's own; returns them without `undefined`s. */
function checkedAttributes(tag: string, attrs: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const known = new Set(attributeNames(tag));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (!known.has(k) || k === 'src') throw new RenderError('attribute', `<${tag}> has no attribute “${k}” (it takes: ${[...known].filter((n) => n !== 'src').join(', ')})`);
    out[k] = v;
  }
  return out;
}

/**
 * Renders one element to a pre-rendered snippet. Throws a `RenderError` naming what is wrong: the
 * data's paths (as `tiendo check`), an attribute the element does not take, or a unit, metric or
 * period the data lacks. A selection with nothing to show renders the element's empty state (with a warning).
 */
export async function renderSnippet(input: unknown, options: SnippetOptions): Promise<Snippet> {
  const tag = ELEMENT_TAGS[options.element];
  if (!tag) throw new RenderError('attribute', `unknown element “${String(options.element)}” (one of: ${Object.keys(ELEMENT_TAGS).join(', ')})`);
  const dataset = toDataset(input);
  const chart = tag === 'tiendo-chart';
  // The chart (and Vega) is loaded only for a chart; it registers <tiendo-chart> for the attribute check.
  if (chart) await import('@tiendo/charts/server');
  const attrs = checkedAttributes(tag, options.attributes ?? {});
  const { state, render, whole: first } = chart ? await chartTarget(dataset, attrs) : await widgetTarget(tag, dataset, attrs);
  if (state.status === 'error') {
    const e = state.error!;
    throw new RenderError(e.code === 'selection' ? 'selection' : e.code, e.code === 'selection' ? `the data has no ${e.subject}` : e.message);
  }
  const warnings: string[] = [];
  const locale = toLocale(attrs['locale']);
  const liveAttrs = options.src ? { ...attrs, src: options.src } : attrs;
  const whole = first ?? (await render(dataset, attrs));
  let data: DatasetInput = dataset;
  if (state.status !== 'ready' || !state.selection) warnings.push(`<${tag}> has nothing to show for this selection: the snippet says so in words`);
  else {
    const part = subsetDataset(dataset, state.selection);
    if ((await render(part, attrs)) === whole) data = part;
    else warnings.push('the rows shown did not render the same on their own: the whole dataset is inline');
  }
  // In running text a table would end the paragraph: a compact element's fallback is its figures, as words.
  const table = 'compact' in attrs ? escapeHtml(figuresText(whole)) : state.shown ? fallbackTable(subsetDataset(dataset, state.shown), locale) : '';
  const children = `<script type="application/json">${jsonForScript(data)}</script>${table}`;
  const element = compactStyles(options.src ? withChildren(await render(dataset, liveAttrs), tag, children) : withChildren(whole, tag, children));
  const script = options.base ? `<script type="module" src="${new URL('tiendo.js', withSlash(options.base)).href}"></script>` : '';
  return {
    element, script, html: script ? `${element}\n${script}` : element, styleHashes: styleHashes(element), data, warnings,
    tag, title: titleOf(whole) ?? dataset.title, rows: whole.match(/<tr\b[^>]*\bpart="row\b/g)?.length ?? 0,
  };
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of the `figures` part (a compact progress's words: `27/22 CĐCS 122,7% vượt chỉ tiêu`). */
function figuresText(html: string): string {
  const at = html.indexOf('part="figures"');
  if (at < 0) return '';
  const inner = html.slice(html.indexOf('>', at) + 1);
  let depth = 1;
  let end = 0;
  for (const m of inner.matchAll(/<(\/?)span\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  const words = inner.slice(0, end).replace(/<\/span>\s*<span/g, '</span> <span').replace(/<[^>]+>/g, '');
  return words.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]!).replace(/\s+/g, ' ').trim();
}

/** The caption, else the accessible name of the element's `base` part, as text. */
function titleOf(html: string): string | undefined {
  const m = /<caption[^>]*>([^<]+)<\/caption>|part="base"[^>]*?aria-label="([^"]+)"|part="chart"[^>]*?aria-label="([^"]+)"/.exec(html);
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]!).trim();
}

type Render = (data: unknown, attrs: Readonly<Record<string, string>>) => Promise<string>;

/** What an element reached with the whole dataset, how to render it, and its HTML when finding the state made it already. */
interface Target {
  state: ServerState;
  render: Render;
  whole?: string;
}

/** A widget: its server state from the element itself, its HTML from lit SSR. */
async function widgetTarget(tag: string, dataset: Dataset, attrs: Record<string, string>): Promise<Target> {
  return { state: await quietly(() => serverState(tag, dataset, attrs)), render: (data, a) => renderElement(tag, data, a) };
}

/** The chart: its model decides what it shows; its HTML holds its SVGs (`@tiendo/charts/server`). */
async function chartTarget(dataset: Dataset, attrs: Record<string, string>): Promise<Target> {
  const render: Render = async (data, a) => (await prerenderChartElement(data as Dataset, a)).html;
  try {
    // Its model is known once its SVGs are drawn: that drawing is the whole dataset's HTML, kept.
    const { html, selection, shown } = await quietly(() => prerenderChartElement(dataset, attrs));
    return { state: { status: 'ready', error: null, selection, shown }, render, whole: html };
  } catch (e) {
    return { state: { status: 'error', error: { code: 'selection', subject: (e as Error).message, message: (e as Error).message }, selection: null, shown: null }, render };
  }
}

/** `children` added at the end of the element's light DOM. */
function withChildren(html: string, tag: string, children: string): string {
  const close = html.lastIndexOf(`</${tag}>`);
  return `${html.slice(0, close)}${children}${html.slice(close)}`;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Runs `fn` with the elements' console warnings held back (the caller reports the error itself). */
async function quietly<T>(fn: () => T | Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}
