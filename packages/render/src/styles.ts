/**
 * The `<style>` blocks of pre-rendered shadow roots: made smaller (comments and white space), and
 * hashed for a `style-src` policy (`'sha256-…'`), since a strict page allows an inline `<style>`
 * only by its hash.
 * @module
 */
import { createHash } from 'node:crypto';

const STYLE = /<style>([^]*?)<\/style>/g;

/** The same CSS with comments dropped and white space collapsed (deterministic: its hash is stable). */
export function compactCss(css: string): string {
  return css.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').trim();
}

/** Every `<style>` of `html` compacted. */
export function compactStyles(html: string): string {
  return html.replace(STYLE, (_, css: string) => `<style>${compactCss(css)}</style>`);
}

/** The CSP source of one `<style>` text: `'sha256-…'`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The distinct hashes of every `<style>` in `html`, in order of appearance. */
export function styleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(STYLE)].map((m) => styleHash(m[1]!)))];
}
