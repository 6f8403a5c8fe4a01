/**
 * The embed snippet a web producer copies: the script tag, the element with its attributes, and the
 * data either inline (`<script type="application/json">`) or as `src`. Pasted into a blank HTML
 * page, it renders the same thing as the playground's preview.
 */

/** What the snippet is made of. */
export interface SnippetInput {
  /** The URL of `tiendo.js`. */
  scriptUrl: string;
  /** The element's tag, e.g. `tiendo-ranking`. */
  tag: string;
  /** Attributes, in order; empty values are left out. */
  attrs: Record<string, string>;
  /** The dataset to inline (ignored when `src` is set). */
  data?: unknown;
  /** A dataset URL instead of inline data. */
  src?: string;
}

/** Escapes an attribute value for double quotes. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` is written `\u003c`, so no
 * `</script>` or `<!--` in the data can end the script element early.
 */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data, null, 1).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The snippet's HTML. */
export function snippet({ scriptUrl, tag, attrs, data, src }: SnippetInput): string {
  const all = { ...attrs, ...(src ? { src } : {}) };
  const attrText = Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => (v === 'true' && k === 'compact' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  const body = !src && data !== undefined ? `\n  <script type="application/json">\n${inlineJson(data)}\n  </script>\n` : '';
  return `<script type="module" src="${escapeAttr(scriptUrl)}"></script>\n<${tag}${attrText}>${body}</${tag}>\n`;
}

/** True for an address only this computer can reach (localhost, 127.x, ::1, 0.0.0.0): never on a published page. */
export function isLocalUrl(url: string): boolean {
  try {
    const host = new URL(url, location.href).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
  } catch {
    return false;
  }
}
