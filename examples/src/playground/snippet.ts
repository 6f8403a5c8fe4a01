/**
 * The plain embed snippet a web producer copies: `tiendo.css` and the script tag (both from the
 * newsroom's script address), the element with its attributes and the heights it keeps before its
 * data arrives (`reserve`, `reserve-wide`), and the data either inline (`<script
 * type="application/json">`) or as `src`. A compact progress carries its figures as text instead,
 * shown in the sentence while it loads. Pasted into a blank HTML page, it renders the same thing as
 * the playground's preview.
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
  /** Heights in px measured at a phone's column (343 px) and a wide one (640 px). */
  reserve?: { narrow: number; wide: number } | null;
  /** A compact progress's figures, as text (`1.438/1.400 đoàn viên 102,7% vượt chỉ tiêu`). */
  figures?: string;
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

/** Text for an element's content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A file beside `tiendo.js` (`tiendo.css`, `tiendo-resizer.js`), in the same form as the script address. */
export function besideScript(scriptUrl: string, file: string): string {
  return scriptUrl.replace(/[^/?#]*(?:[?#].*)?$/, file);
}

/** The snippet's HTML. */
export function snippet({ scriptUrl, tag, attrs, data, src, reserve, figures }: SnippetInput): string {
  const compact = attrs['compact'] === 'true';
  const all = { ...attrs, ...(src ? { src } : {}), ...(reserve && !compact ? { reserve: `${reserve.narrow}px`, 'reserve-wide': `${reserve.wide}px` } : {}) };
  const attrText = Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => (v === 'true' && k === 'compact' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  const json = !src && data !== undefined ? inlineJson(data) : '';
  // In a sentence no white space may go inside: the figures, then the data (never displayed).
  const body = compact && figures
    ? `${escapeText(figures)}${json ? `<script type="application/json">\n${json}\n</script>` : ''}`
    : json ? `\n  <script type="application/json">\n${json}\n  </script>\n` : '';
  const link = `<link rel="stylesheet" href="${escapeAttr(besideScript(scriptUrl, 'tiendo.css'))}">`;
  return `${link}\n<script type="module" src="${escapeAttr(scriptUrl)}"></script>\n<${tag}${attrText}>${body}</${tag}>\n`;
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
