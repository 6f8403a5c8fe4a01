/**
 * The gallery's pre-rendering, done in Node by `@tiendo/render` (never in the browser):
 * - `POST /__tiendo/render` (dev and preview): `{ data, element, attributes, base, src, frame }` →
 *   the pre-rendered snippet, the standalone page for an iframe and, with `frame: { url, height }`,
 *   the `<iframe>` HTML and the resizer's script tag. A `RenderError` comes back as
 *   `{ error, code, issues }` (the data's paths in Vietnamese), status 422;
 * - `article.html` (dev and `vite build`): its widgets reading `/data/sample.json` are replaced by
 *   their pre-rendered snippets, so the article shows them whole before any script runs.
 * `@tiendo/render` is loaded from its build (`pnpm build`) when first needed.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

type Render = typeof import('@tiendo/render');

/** The package name in a variable, so the config bundler leaves the import to Node (its `dist`). */
const RENDER = '@tiendo/render';
let loaded: Promise<Render> | null = null;
const render = (): Promise<Render> => (loaded ??= import(/* @vite-ignore */ RENDER) as Promise<Render>);

/** What the playground sends. */
interface RenderRequest {
  data?: unknown;
  element?: string;
  attributes?: Record<string, string>;
  base?: string;
  src?: string;
  frame?: { url?: string; height?: number };
}

/** A request the endpoint refuses, with the reason in words. */
class BadRequest extends Error {}

const MAX_BODY = 32 * 1024 * 1024;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new BadRequest('dữ liệu quá lớn (tối đa 32 MB)'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** An absolute http(s) URL, else a `BadRequest` naming the field. */
function absolute(value: unknown, field: string): string {
  try {
    const url = new URL(String(value));
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  throw new BadRequest(`${field}: cần một địa chỉ đầy đủ http(s)://…, nhận được “${String(value)}”`);
}

/** Renders one request: the snippet, its page, and the iframe when asked. */
export async function renderRequest(r: RenderRequest): Promise<Record<string, unknown>> {
  const { renderSnippet, renderPage, iframeHtml, frameHeight, escapeHtml } = await render();
  if (typeof r.element !== 'string') throw new BadRequest('element: chưa chọn phần tử');
  if (r.data === undefined || r.data === '') throw new BadRequest('data: chưa có dữ liệu');
  const base = r.base ? absolute(r.base, 'base').replace(/[^/]*$/, '') : undefined;
  const src = r.src ? r.src : undefined;
  const attributes = Object.fromEntries(Object.entries(r.attributes ?? {}).filter(([, v]) => typeof v === 'string'));
  const snippet = await renderSnippet(r.data, { element: r.element as never, attributes, base, src });
  const connect = src && base ? new URL(src, base).origin : undefined;
  const page = renderPage(snippet, { base, title: snippet.title, lang: attributes['locale'] === 'en' ? 'en' : 'vi', connect });
  const out: Record<string, unknown> = { ...snippet, page, frameHeight: frameHeight(snippet) };
  if (r.frame) {
    const height = Number(r.frame.height) > 0 ? Number(r.frame.height) : frameHeight(snippet);
    out['iframe'] = iframeHtml({ url: absolute(r.frame.url, 'frame.url'), title: snippet.title, height });
    out['resizer'] = base ? `<script type="module" src="${escapeHtml(new URL('tiendo-resizer.js', base).href)}"></script>` : '';
  }
  return out;
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(value));
}

/** The endpoint's middleware. */
async function endpoint(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/__tiendo/render') return next();
  if (req.method !== 'POST') return send(res, 405, { error: 'chỉ nhận POST (JSON)' });
  // JSON only: another site's page cannot post here without a preflight this server never answers.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'cần Content-Type: application/json' });
  let mod: Render;
  try {
    mod = await render();
  } catch (e) {
    loaded = null;
    return send(res, 503, { error: `chưa có bản dựng của @tiendo/render: chạy \`pnpm build\` (${(e as Error).message})`, code: 'not-built' });
  }
  try {
    const parsed = JSON.parse(await body(req)) as RenderRequest;
    send(res, 200, await renderRequest(parsed));
  } catch (e) {
    if (e instanceof mod.RenderError) {
      send(res, 422, { error: e.message, code: e.code, issues: e.cause?.format('vi') ?? [] });
    } else if (e instanceof BadRequest || e instanceof SyntaxError) {
      send(res, 400, { error: e.message, code: 'request' });
    } else {
      send(res, 500, { error: String((e as Error)?.message ?? e), code: 'internal' });
    }
  }
}

/** The article's widgets that `@tiendo/render` renders (the chart stays a plain element). */
const WIDGET = /<(tiendo-(progress|ranking|strong-share|scorecard))\b([^>]*)>[^]*?<\/\1>/g;
const ATTR = /([a-z][a-z-]*)(?:="([^"]*)")?/g;

/**
 * `html` with each widget that reads `src` replaced by its pre-rendered snippet (no `src`: the
 * figures are those of the build). A widget that cannot be rendered stays as it was, with a warning.
 */
export async function prerenderArticle(html: string, src: string, dataFile: string, warn: (m: string) => void): Promise<string> {
  const { renderSnippet, toDataset } = await render();
  const dataset = toDataset(await readFile(dataFile, 'utf8'), 'json');
  const found = [...html.matchAll(WIDGET)];
  const parts = await Promise.all(found.map(async (m) => {
    const attributes = Object.fromEntries([...m[3]!.matchAll(ATTR)].map((a) => [a[1]!, a[2] ?? '']));
    if (attributes['src'] !== src) return m[0];
    delete attributes['src'];
    try {
      // (A compact bar's fallback is its figures as words, so its sentence stays one paragraph.)
      return (await renderSnippet(dataset, { element: m[2] as never, attributes })).element;
    } catch (e) {
      warn(`article.html: <${m[1]}> left as it is: ${(e as Error).message}`);
      return m[0];
    }
  }));
  let i = 0;
  return html.replace(WIDGET, () => parts[i++]!);
}

/** The plugin: the endpoint in dev and preview, the article pre-rendered in dev and build. */
export function tiendoRender(o: { dataFile: string; src: string }): Plugin {
  const use = (req: IncomingMessage, res: ServerResponse, next: () => void) => void endpoint(req, res, next);
  let warn: (m: string) => void = console.warn;
  return {
    name: 'tiendo-render',
    configResolved: (config) => void (warn = (m) => config.logger.warn(m)),
    configureServer: (server) => void server.middlewares.use(use),
    configurePreviewServer: (server) => void server.middlewares.use(use),
    transformIndexHtml: {
      // After Vite's own HTML work, so the shadow roots' <style> blocks are left as they are.
      order: 'post',
      handler: async (html, ctx) => {
        if (!/(^|\/)article\.html$/.test(ctx.filename ?? ctx.path)) return html;
        try {
          return await prerenderArticle(html, o.src, o.dataFile, warn);
        } catch (e) {
          warn(`article.html served without pre-rendering (run \`pnpm build\`): ${(e as Error).message}`);
          return html;
        }
      },
    },
  };
}
