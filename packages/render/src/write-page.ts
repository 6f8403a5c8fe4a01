/**
 * Writes a widget's standalone page and, given its public URL, the oEmbed JSON beside it.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { oembed, renderPage } from './page.js';
import type { Snippet } from './snippet.js';
import { frameHeight } from './frame-height.js';

/** Writes `file` (the page) and, with `url`, `file` with `.oembed.json` for `.html`. */
export async function writePage(file: string, snippet: Snippet, o: { base?: string | undefined; url?: string | undefined; height?: string | undefined; lang?: string | undefined }): Promise<void> {
  const title = snippet.title;
  await writeFile(file, renderPage(snippet, { base: o.base, title, lang: o.lang ?? 'vi' }));
  if (o.url) {
    const height = o.height ? Number(o.height) : frameHeight(snippet);
    await writeFile(file.replace(/\.html?$/i, '') + '.oembed.json', `${JSON.stringify(oembed({ url: o.url, title, height }), null, 2)}\n`);
  }
}
