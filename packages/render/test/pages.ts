/**
 * Test pages of pre-rendered snippets: every element in every state of the gallery's matrix that
 * has data to show, rendered in Node, for the browser tests.
 * @module
 */
import { caseFor, type StateId } from '../../../examples/src/shared/cases.js';
import { renderSnippet, type Snippet } from '../src/index.js';
import type { ElementName } from '../src/ssr.js';

/** The matrix states a snippet can hold (loading needs a request; error is refused at render). */
export const STATES: StateId[] = ['ready', 'empty', 'over-target', 'no-target', 'tie', 'mismatch', 'long-names', 'rows-700'];
export const ELEMENTS: ElementName[] = ['progress', 'ranking', 'strong-share', 'scorecard'];

/** One element in one state, pre-rendered. */
export async function stateSnippet(element: ElementName, state: StateId, extra: Record<string, string> = {}): Promise<Snippet> {
  const c = caseFor(element, state);
  return renderSnippet(c.data, { element, attributes: { ...c.attrs, ...extra } });
}

/** A page of `body` with an optional style policy (a `<meta>` CSP) and the embed's script. */
export function page(body: string, o: { script?: string; csp?: string; dark?: boolean; width?: number } = {}): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${o.csp ? `<meta http-equiv="Content-Security-Policy" content="${o.csp}">` : ''}
<link rel="stylesheet" href="/page.css"></head><body${o.dark ? ' class="dark"' : ''}><main>${body}</main>
${o.script ? `<script type="module" src="${o.script}"></script>` : ''}</body></html>`;
}
