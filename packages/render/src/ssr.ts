/**
 * Lit's server renderer on the Tiến độ elements: an element, its attributes and its data to HTML
 * with its shadow content as declarative shadow DOM — the DOM the browser builds when the script
 * renders the same element.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { CsvSelection, Dataset } from '@tiendo/sdk';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '@tiendo/widgets/define';
import { attributes } from './escape.js';

/** The elements `tiendo-render` renders, by the short name the command takes. */
export const ELEMENT_TAGS = {
  progress: 'tiendo-progress',
  ranking: 'tiendo-ranking',
  'strong-share': 'tiendo-strong-share',
  scorecard: 'tiendo-scorecard',
  chart: 'tiendo-chart',
} as const;

/** A short element name (`ranking`) or a tag (`tiendo-ranking`). */
export type ElementName = keyof typeof ELEMENT_TAGS;

/** What the server-side element reached with its data: the widgets' status and error. */
export interface ServerState {
  status: 'ready' | 'empty' | 'error' | 'initial' | 'loading';
  error: { code: string; message: string; subject?: string; issues?: readonly { path: string; code: string }[] } | null;
  /** The rows the element needs (shown, and those a reader can switch to), when ready. */
  selection: CsvSelection | null;
  /** The rows shown, when ready. */
  shown: CsvSelection | null;
}

interface ServerElement extends HTMLElement {
  data: unknown;
  readonly status: ServerState['status'];
  neededSelection(): CsvSelection | null;
  shownSelection(): CsvSelection | null;
  loader: { error: ServerState['error'] };
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
  willUpdate(changed: Map<PropertyKey, unknown>): void;
}

type Ctor = (new () => ServerElement) & { elementProperties: Map<PropertyKey, { attribute?: boolean | string }> };

function ctorOf(tag: string): Ctor {
  const ctor = customElements.get(tag) as unknown as Ctor | undefined;
  if (!ctor) throw new Error(`<${tag}> is not a Tiến độ element`);
  return ctor;
}

/** The attribute names an element takes (from its reactive properties). */
export function attributeNames(tag: string): string[] {
  const names: string[] = [];
  for (const [key, opts] of ctorOf(tag).elementProperties) {
    if (opts.attribute === false) continue;
    names.push(typeof opts.attribute === 'string' ? opts.attribute : String(key).toLowerCase());
  }
  return names;
}

/**
 * Runs the element as the server renderer does (attributes, data, `willUpdate`) and returns what
 * it reached: the status, the error detail (with the data's paths) and the rows it shows.
 */
export function serverState(tag: string, dataset: Dataset, attrs: Readonly<Record<string, string | undefined>>): ServerState {
  const el = new (ctorOf(tag))();
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.attributeChangedCallback(k, null, v);
  el.data = dataset;
  el.willUpdate(new Map());
  return { status: el.status, error: el.loader.error, selection: el.neededSelection(), shown: el.shownSelection() };
}

/** Lit's hydration markers and empty-part placeholders: comments the browser would ignore. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*?-->|<\?>/g;

/**
 * The element as HTML: `<tiendo-… attributes><template shadowrootmode="open">…</template></tiendo-…>`,
 * without Lit's hydration comments (the client renders afresh into the declarative root).
 */
export async function renderElement(tag: string, dataset: unknown, attrs: Readonly<Record<string, string | undefined>>): Promise<string> {
  ctorOf(tag);
  const t = unsafeStatic(tag);
  const a = unsafeStatic(attributes(attrs));
  const out = await collectResult(render(staticHtml`<${t}${a} .data=${dataset}></${t}>`));
  return withoutMarkers(out, tag);
}

/** Lit's server output without its hydration comments, the host's attributes on one line. */
export function withoutMarkers(html: string, tag: string): string {
  return html.replace(LIT_MARKERS, '').replace(new RegExp(`^<${tag}\\s+`), `<${tag} `).replace(/^(<[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/, (_, t: string, a: string) => `${t}${a.replace(/\s+/g, ' ')}>`);
}

