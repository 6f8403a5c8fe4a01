#!/usr/bin/env node
// Writes the style hashes of the pre-rendered elements into docs/csp.md (between the
// `style-hashes` markers): a strict page allows each shadow root's inline `<style>` by its hash.
// The hashes change whenever an element's styles do; the docs test fails until this is run again.
//
// Usage: node scripts/docs-style-hashes.mjs          (writes docs/csp.md; needs `pnpm build` first)
//        node scripts/docs-style-hashes.mjs --check  (exit 1 when docs/csp.md is stale)
// In code: `styleHashBlock()` returns the block (scripts/docs.test.mjs compares it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CSP_DOC = join(root, 'docs/csp.md');
const START = '<!-- style-hashes:start (node scripts/docs-style-hashes.mjs) -->';
const END = '<!-- style-hashes:end -->';

/** The markdown between the markers: one line per element and the `style-src` they make. */
export async function styleHashBlock() {
  const dist = join(root, 'packages/render/dist/index.js');
  if (!existsSync(dist)) throw new Error('packages/render/dist is missing: run `corepack pnpm --filter "@tiendo/render..." build` first');
  const { renderSnippet, styleHashes } = await import(pathToFileURL(dist).href);
  const { sampleDataset } = await import(pathToFileURL(join(root, 'packages/sdk/dist/sample.js')).href);
  const cases = [
    ['tiendo-progress', 'progress', { unit: 'hoang-mai' }],
    ['tiendo-ranking', 'ranking', { parent: 'ha-noi' }],
    ['tiendo-strong-share', 'strong-share', { unit: 'hoang-mai' }],
    ['tiendo-scorecard', 'scorecard', { unit: 'hoang-mai' }],
  ];
  const rows = [];
  for (const [tag, element, attributes] of cases) {
    const s = await renderSnippet(sampleDataset, { element, attributes });
    rows.push([tag, styleHashes(s.element)]);
  }
  const all = rows.flatMap(([, h]) => h);
  return [
    START,
    '',
    '| element | hash of its shadow root’s `<style>` |',
    '| --- | --- |',
    ...rows.map(([tag, h]) => `| \`<${tag}>\` | \`${h.join(' ')}\` |`),
    '',
    '```http',
    `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' ${all.join(' ')}; img-src 'self' data: blob:`,
    '```',
    '',
    END,
  ].join('\n');
}

/** docs/csp.md with the current block. */
export async function cspDocNow() {
  const text = readFileSync(CSP_DOC, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < 0) throw new Error('docs/csp.md has no style-hashes markers');
  return `${text.slice(0, a)}${await styleHashBlock()}${text.slice(b + END.length)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const now = await cspDocNow();
  if (process.argv.includes('--check')) {
    if (now !== readFileSync(CSP_DOC, 'utf8')) {
      console.error('docs/csp.md: the style hashes are stale (node scripts/docs-style-hashes.mjs)');
      process.exit(1);
    }
  } else writeFileSync(CSP_DOC, now);
}
