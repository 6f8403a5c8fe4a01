/**
 * Every widget of an article in one call: a small JSON config names the data, the base URL and
 * each widget's element and attributes; the snippets are printed or written to files.
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RenderError, renderSnippet, toDataset, type Snippet } from './snippet.js';
import type { ElementName } from './ssr.js';
import { writePage } from './write-page.js';

/** One widget of the config. */
export interface ArticleWidget {
  /** A name for the output file and the messages (`ranking-ha-noi`). */
  name: string;
  /** `progress`, `ranking`, `strong-share` or `scorecard`. */
  element: ElementName;
  /** Its attributes. */
  attributes?: Record<string, string>;
  /** Its data file, when not the article's. */
  data?: string;
  /** Also write a standalone page (`NAME.page.html`) for an iframe. */
  page?: boolean;
}

/** The config file of `tiendo-render --config`. */
export interface ArticleConfig {
  /** The data file of every widget (a path relative to the config). */
  data?: string;
  /** Where the embed's files are served. */
  base?: string;
  /** A folder (relative to the config) to write `NAME.html` into; without it the snippets are printed. */
  out?: string;
  /** The public URL of `out`, for the pages' oEmbed. */
  url?: string;
  /** The widgets. */
  widgets: ArticleWidget[];
}

/** What became of one widget. */
export interface ArticleResult {
  index: number;
  name: string;
  html?: string;
  written?: string;
  warnings: string[];
  error?: string;
}

/** Renders every widget of `config`; one widget's error never stops the others. */
export async function renderArticle(config: ArticleConfig, io: { dir: string; read: (file: string) => Promise<string> }): Promise<ArticleResult[]> {
  if (!Array.isArray(config.widgets)) return [{ index: 0, name: 'widgets', warnings: [], error: '“widgets” must be a list of { name, element, attributes }' }];
  const cache = new Map<string, ReturnType<typeof toDataset>>();
  const results: ArticleResult[] = [];
  for (const [index, w] of config.widgets.entries()) {
    const name = typeof w.name === 'string' && w.name ? w.name : `widget-${index + 1}`;
    try {
      const file = w.data ?? config.data;
      if (!file) throw new RenderError('attribute', 'no data file (“data” on the widget or the config)');
      const path = resolve(io.dir, file);
      if (!cache.has(path)) cache.set(path, toDataset(await io.read(path), /\.csv$/i.test(path) ? 'csv' : 'json'));
      const snippet: Snippet = await renderSnippet(cache.get(path)!, { element: w.element, attributes: w.attributes ?? {}, base: config.base });
      const result: ArticleResult = { index, name, warnings: snippet.warnings, html: snippet.element };
      if (config.out) {
        const dir = resolve(io.dir, config.out);
        await mkdir(dir, { recursive: true });
        result.written = join(dir, `${name}.html`);
        await writeFile(result.written, `${snippet.html}\n`);
        if (w.page) await writePage(join(dir, `${name}.page.html`), snippet, { base: config.base, url: config.url && new URL(`${name}.page.html`, config.url.endsWith('/') ? config.url : `${config.url}/`).href });
      }
      results.push(result);
    } catch (e) {
      const cause = e instanceof RenderError && e.cause ? `: ${e.cause.format('en').join('; ')}` : '';
      results.push({ index, name, warnings: [], error: `${(e as Error).message}${cause}` });
    }
  }
  return results;
}
