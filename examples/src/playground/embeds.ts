/**
 * The pre-rendered and iframe snippets of the playground. Both are made in Node by the gallery's
 * server (`POST /__tiendo/render`, `@tiendo/render`): this page only sends the data, the element and
 * its attributes, and shows what comes back as text (never as HTML). A render that cannot be made
 * comes back with its reason and the data's paths, shown in words.
 */
import { $, h } from '../shared/page.js';

/** What the server is asked. */
export interface EmbedRequest {
  /** The dataset's text (JSON or CSV), as pasted. */
  data: string;
  element: string;
  attributes: Record<string, string>;
  /** The folder of `tiendo.js` (absolute). */
  base: string;
  /** A `src` kept on the element for live updates. */
  src?: string;
  /** The public address of the standalone page and the iframe's starting height (375 px phone). */
  frame: { url: string; height: number };
}

/** What it answers (the fields of `renderSnippet`'s result that the playground shows, and more). */
export interface EmbedResult {
  html: string;
  title: string;
  warnings: string[];
  styleHashes: string[];
  /** The standalone page for the iframe. */
  page: string;
  /** `<iframe …>` from `iframeHtml`. */
  iframe: string;
  /** `<script type="module" src="…/tiendo-resizer.js">`. */
  resizer: string;
}

/** A render the server refused: its reason and the data's problems (with their paths). */
export class EmbedProblem extends Error {
  constructor(message: string, readonly issues: string[] = []) {
    super(message);
  }
}

/** Asks the gallery's server; throws an `EmbedProblem` in words. */
export async function prerender(req: EmbedRequest): Promise<EmbedResult> {
  let res: Response;
  try {
    res = await fetch('/__tiendo/render', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(req) });
  } catch {
    throw new EmbedProblem('không gọi được máy chủ của thư viện mẫu (pnpm start đang chạy?)');
  }
  const body = (await res.json().catch(() => null)) as (EmbedResult & { error?: string; issues?: string[] }) | null;
  if (!res.ok || !body) throw new EmbedProblem(body?.error ?? `máy chủ trả lời ${res.status}`, body?.issues ?? []);
  return body;
}

/** The downloadable page's file name: `tiendo-ranking-ha-noi.html`. */
export function pageFileName(tag: string, attrs: Record<string, string>): string {
  const key = (attrs['unit'] || attrs['parent'] || '').replace(/[^a-z0-9-]/gi, '');
  return `${tag}${key ? `-${key}` : ''}.html`;
}

let pageBlobUrl = '';

/** Shows a result (or a problem, or nothing yet) in the pre-rendered and iframe boxes. */
export function showEmbeds(state: { result: EmbedResult; fileName: string } | { problem: EmbedProblem } | { waiting: string }): void {
  const pre = $<HTMLTextAreaElement>('#snippet-prerendered');
  const frame = $<HTMLTextAreaElement>('#snippet-iframe');
  const download = $<HTMLAnchorElement>('#page-download');
  const problems = [$('#prerendered-problem'), $('#iframe-problem')];
  if (pageBlobUrl) URL.revokeObjectURL(pageBlobUrl);
  pageBlobUrl = '';
  download.removeAttribute('href');
  if ('result' in state) {
    const r = state.result;
    pre.value = `${r.html}\n`;
    frame.value = `${r.iframe}\n${r.resizer}\n`;
    pageBlobUrl = URL.createObjectURL(new Blob([r.page], { type: 'text/html;charset=utf-8' }));
    download.href = pageBlobUrl;
    download.download = state.fileName;
    const notes = [`Chính sách CSP cần ${r.styleHashes.length} mã băm style-src (docs/csp.md).`, ...r.warnings.map((w) => `Lưu ý: ${w}`)];
    $('#prerendered-notes').replaceChildren(...notes.map((n) => h('li', {}, n)));
    for (const p of problems) p.replaceChildren();
    return;
  }
  pre.value = '';
  frame.value = '';
  $('#prerendered-notes').replaceChildren();
  for (const p of problems) {
    if ('waiting' in state) p.replaceChildren(state.waiting ? h('p', { class: 'muted' }, state.waiting) : '');
    else p.replaceChildren(h('p', {}, `Chưa dựng sẵn được: ${state.problem.message}`), ...(state.problem.issues.length ? [h('ul', {}, ...state.problem.issues.slice(0, 20).map((i) => h('li', {}, i)))] : []));
  }
}
