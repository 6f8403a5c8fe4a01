/**
 * A standalone page of one widget, for an `<iframe>` where the CMS strips scripts: the
 * pre-rendered snippet, a strict Content-Security-Policy of its own (the style hashes included),
 * and `tiendo-frame.js`, which reports the page's height to the host (`postMessage`). Plus the
 * iframe HTML and the oEmbed JSON a CMS needs to embed the page by URL.
 * @module
 */
import { escapeHtml } from './escape.js';
import type { Snippet } from './snippet.js';
import { styleHash } from './styles.js';

/** The page's own CSS: no margins (the iframe is the frame), the news-font fallback stack. */
export const PAGE_CSS = 'html,body{margin:0;padding:0}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}';

/** What a page needs besides the snippet. */
export interface PageOptions {
  /** Where the embed's files are served; without it the page has no script (the widget still shows). */
  base?: string | undefined;
  /** The page title (the widget's summary is a good one). */
  title: string;
  /** `vi` or `en`. */
  lang?: string;
  /** The origin a live `src` is fetched from, if any (for `connect-src`). */
  connect?: string | undefined;
}

/** The page's CSP: nothing but the embed's scripts, the snippet's style hashes and the page's own. */
export function pagePolicy(snippet: Snippet, options: PageOptions): string {
  const scripts = options.base ? new URL(options.base).origin : "'none'";
  const styles = [...snippet.styleHashes, styleHash(PAGE_CSS)].join(' ');
  return [
    "default-src 'none'", `script-src ${scripts}`, `style-src ${styles}`, 'img-src data: blob:',
    `connect-src ${options.connect ?? "'none'"}`, "base-uri 'none'", "form-action 'none'",
    "require-trusted-types-for 'script'", 'trusted-types lit-html',
  ].join('; ');
}

/** The standalone HTML page of `snippet`. */
export function renderPage(snippet: Snippet, options: PageOptions): string {
  const base = options.base ? (options.base.endsWith('/') ? options.base : `${options.base}/`) : null;
  const scripts = base
    ? `${snippet.script}\n<script type="module" src="${escapeHtml(new URL('tiendo-frame.js', base).href)}"></script>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'vi')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(pagePolicy(snippet, options))}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${snippet.element}
${scripts}
</body>
</html>
`;
}

/** What the iframe and the oEmbed need. */
export interface FrameOptions {
  /** The page's public URL. */
  url: string;
  /** The iframe's title (its accessible name). */
  title: string;
  /** Height in px before the resizer runs: the widget's height at 375 px. */
  height: number;
}

/** The `<iframe>` of a page; with `tiendo-resizer.js` on the host page its height follows the widget. */
export function iframeHtml(o: FrameOptions): string {
  return `<iframe src="${escapeHtml(o.url)}" title="${escapeHtml(o.title)}" width="100%" height="${Math.ceil(o.height)}" frameborder="0" loading="lazy" data-tiendo-frame></iframe>`;
}

/** The oEmbed response (`type: "rich"`) for a page. */
export function oembed(o: FrameOptions & { provider?: string }): Record<string, unknown> {
  return {
    version: '1.0', type: 'rich', title: o.title, provider_name: o.provider ?? 'Tiến độ',
    html: iframeHtml(o), width: 640, height: Math.ceil(o.height),
  };
}
