#!/usr/bin/env node
// Writes docs/api/widgets.md: for each Tiến độ element, tables of its attributes and properties,
// methods, events, slots, CSS parts and CSS custom properties, from the custom elements manifests:
// packages/widgets/custom-elements.json (written by `pnpm --filter @tiendo/widgets build`) and
// packages/charts/custom-elements.json when that package has one; when it has none, the chart's
// manifest is made in memory by the same analyzer from its source (nothing is written there).
//
// Usage: node scripts/docs-widgets-api.mjs          (writes docs/api/widgets.md)
//        node scripts/docs-widgets-api.mjs --check  (exit 1 when the file is stale)
// In code: `generateWidgetsApi()` returns the markdown (scripts/docs.test.mjs compares it).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = join(root, 'docs/api/widgets.md');
const WIDGETS = join(root, 'packages/widgets');
const CHARTS = join(root, 'packages/charts');

/** The widgets' manifest; a clear error when the package has not been built. */
function widgetsManifest() {
  const file = join(WIDGETS, 'custom-elements.json');
  if (!existsSync(file)) {
    throw new Error(`${relative(root, file)} is missing: run \`corepack pnpm --filter @tiendo/widgets build\` first`);
  }
  return { manifest: JSON.parse(readFileSync(file, 'utf8')), pkg: '@tiendo/widgets' };
}

/** The charts' manifest: its own file, else made in memory from src/chart/chart.ts and src/define.ts. */
async function chartsManifest() {
  const file = join(CHARTS, 'custom-elements.json');
  if (existsSync(file)) return { manifest: JSON.parse(readFileSync(file, 'utf8')), pkg: '@tiendo/charts' };
  const require = createRequire(join(WIDGETS, 'package.json'));
  const entry = require.resolve('@custom-elements-manifest/analyzer/index.js');
  const { create, ts } = await import(pathToFileURL(entry).href);
  const { litPlugin } = await import(pathToFileURL(join(dirname(entry), 'src/features/framework-plugins/lit/lit.js')).href);
  const modules = ['src/chart/chart.ts', 'src/define.ts'].map((p) =>
    ts.createSourceFile(p, readFileSync(join(CHARTS, p), 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin()], context: { dev: false } });
  return { manifest, pkg: '@tiendo/charts' };
}

/** Every custom element of a manifest, with only the events that have a `tiendo-` name. */
function elementsOf({ manifest, pkg }) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out.push({ ...d, pkg, module: mod.path, events: (d.events ?? []).filter((e) => typeof e.name === 'string' && e.name.startsWith('tiendo-')) });
    }
  }
  return out;
}

/** The elements of both packages, by tag name. */
export async function loadElements() {
  const all = [...elementsOf(widgetsManifest()), ...elementsOf(await chartsManifest())];
  return all.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A table cell: one line, pipes escaped. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '—';
  return String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}
const code = (text) => (text === undefined || text === null || text === '' ? '—' : `\`${String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}\``);

function table(head, rows) {
  if (!rows.length) return 'None.\n';
  return `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}

/** Public instance fields and methods (not private, protected, static, or `#private`). */
function publicMembers(el, kind) {
  return (el.members ?? []).filter((m) => m.kind === kind && !m.privacy && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_'));
}

function section(el) {
  const attrs = el.attributes ?? [];
  const byField = new Map(attrs.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const fields = publicMembers(el, 'field');
  const rows = [];
  for (const a of attrs) {
    const f = fields.find((m) => m.name === a.fieldName);
    rows.push([code(a.name), code(a.fieldName), code(a.type?.text ?? f?.type?.text), code(a.default ?? f?.default), cell(a.description ?? f?.description)]);
  }
  for (const f of fields) {
    if (byField.has(f.name)) continue;
    rows.push(['—', code(f.name), code(f.type?.text), code(f.default), cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`)]);
  }
  const methods = publicMembers(el, 'method').map((m) => [
    code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
    code(m.return?.type?.text),
    cell(m.description),
  ]);
  const events = (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  const slots = (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  const parts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const props = (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]);
  return [
    `## \`<${el.tagName}>\``,
    '',
    `${cell(el.summary ?? '')}${el.summary ? '\n\n' : ''}${(el.description ?? '').trim()}`,
    '',
    `Class \`${el.name}\` in \`${el.pkg}\` (\`${el.module}\`).`,
    '',
    '### Attributes and properties',
    '',
    'An attribute sets the property of the same row; a row without an attribute is a JavaScript property only.',
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], rows),
    '### Methods',
    '',
    table(['method', 'returns', 'description'], methods),
    '### Events',
    '',
    table(['event', 'type', 'description'], events),
    '### Slots',
    '',
    table(['slot', 'description'], slots),
    '### CSS parts',
    '',
    table(['part', 'description'], parts),
    '### CSS custom properties',
    '',
    table(['property', 'default', 'description'], props),
  ].join('\n');
}

/** The markdown of docs/api/widgets.md. */
export async function generateWidgetsApi() {
  const elements = await loadElements();
  const head = [
    '<!-- Generated by scripts/docs-widgets-api.mjs from the custom elements manifests; do not edit. Run `pnpm run docs`. -->',
    '',
    '# Widget API reference',
    '',
    'Every attribute, property, method, event, slot, CSS part and CSS custom property of the Tiến độ',
    'elements, generated from the JSDoc of their sources (`custom-elements.json`). For how to use',
    'them on a page, read [the embed guide](../embed.md); for the SDK, [the SDK reference](sdk/index.md).',
    '',
    ...elements.map((el) => `- [\`<${el.tagName}>\`](#${el.tagName}) — ${cell(el.summary ?? el.name)}`),
    '',
  ].join('\n');
  return `${head}\n${elements.map(section).join('\n')}`.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generateWidgetsApi();
  if (process.argv.includes('--check')) {
    const now = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (now !== text) {
      console.error(`${relative(root, OUTPUT)} is stale: run \`pnpm run docs\``);
      process.exit(1);
    }
    console.log(`${relative(root, OUTPUT)} is up to date`);
  } else {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${relative(root, OUTPUT)}`);
  }
}
