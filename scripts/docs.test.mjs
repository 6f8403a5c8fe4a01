// The docs test (node:test). Checks README.md and every docs/**/*.md:
// - every relative link resolves to a file and, for `#anchors`, to a heading of that file;
// - every ```json block (and inline <script type="application/json">) that looks like a dataset
//   validates with @tiendo/sdk (its TypeScript source, through tsx);
// - every ```csv block parses with parseDatasetCsv;
// - every ```html block uses only known elements and attributes (custom-elements.json), and the
//   blocks marked <!-- render-test --> (rendered in Chromium by examples/test/docs.e2e.test.mjs)
//   load /embed/tiendo.js and take their data from /data/sample.json;
// - every --tiendo-* custom property and ::part() named in a snippet exists;
// - docs/api/widgets.md is what scripts/docs-widgets-api.mjs generates now.
// Needs the widgets' custom-elements.json: `pnpm build` (test-all builds first).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { generateWidgetsApi, loadElements, OUTPUT } from './docs-widgets-api.mjs';
import { CSP_DOC, cspDocNow } from './docs-style-hashes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sdk = await tsImport(pathToFileURL(join(root, 'packages/sdk/src/index.ts')).href, import.meta.url);
const elements = await loadElements();
const tokenCss = readFileSync(join(root, 'packages/widgets/src/shared/tokens.styles.ts'), 'utf8');

/** README.md and every markdown file under docs/. */
function markdownFiles() {
  const out = [join(root, 'README.md')];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) out.push(p);
    }
  };
  walk(join(root, 'docs'));
  return out;
}
const FILES = markdownFiles();
const rel = (p) => relative(root, p);

/** Fenced code blocks with their language and line, and the text outside them. */
function parse(text) {
  const blocks = [];
  const prose = [];
  const lines = text.split('\n');
  let open = null;
  lines.forEach((line, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fence && fence[2][0] === open.fence[0] && fence[2].length >= open.fence.length && line.trim() === fence[2]) {
        blocks.push({ lang: open.lang, line: open.line, text: open.body.join('\n') });
        open = null;
      } else open.body.push(line);
      prose.push('');
      return;
    }
    if (fence) {
      open = { fence: fence[2], lang: fence[3].toLowerCase(), line: i + 1, body: [] };
      prose.push('');
      return;
    }
    prose.push(line);
  });
  return { blocks, prose };
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces → `-`, repeats get `-1`, `-2`. */
function anchorsOf(text) {
  const { prose } = parse(text);
  const seen = new Map();
  const anchors = new Set();
  for (const line of prose) {
    const m = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    // Code spans stay as written; outside them, links keep their text and HTML tags go.
    const plain = m[1]
      .split(/(`[^`]*`)/)
      .map((part, i) =>
        i % 2
          ? part.slice(1, -1)
          : part
              .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
              .replace(/<\/?[a-z][\w-]*[^>]*>/gi, '')
              .replace(/\*/g, '')
              .replace(/(^|\s)_+|_+(\s|$)/g, '$1$2'),
      )
      .join('');
    const base = plain.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    let slug = base;
    const n = seen.get(base) ?? 0;
    if (n) slug = `${base}-${n}`;
    seen.set(base, n + 1);
    anchors.add(slug);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  return anchors;
}

/** Markdown links `[text](target)` of the prose (not in code), with their line. */
function linksOf(text) {
  const { prose } = parse(text);
  const out = [];
  prose.forEach((line, i) => {
    const clean = line.replace(/`[^`]*`/g, '');
    for (const m of clean.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1], line: i + 1 });
  });
  return out;
}

const texts = new Map(FILES.map((f) => [f, readFileSync(f, 'utf8')]));
const anchorCache = new Map();
const anchorsFor = (file) => {
  if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(texts.get(file) ?? readFileSync(file, 'utf8')));
  return anchorCache.get(file);
};

for (const file of FILES) {
  test(`${rel(file)}: relative links resolve`, () => {
    const problems = [];
    for (const { target, line } of linksOf(texts.get(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
      const [path, hash] = target.split('#');
      const dest = path ? resolve(dirname(file), decodeURI(path)) : file;
      if (!existsSync(dest)) {
        problems.push(`line ${line}: ${target}: no such file ${rel(dest)}`);
        continue;
      }
      if (hash !== undefined && dest.endsWith('.md')) {
        const anchor = decodeURIComponent(hash);
        if (!anchorsFor(dest).has(anchor)) problems.push(`line ${line}: ${target}: no heading #${anchor} in ${rel(dest)}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

// ---- snippets ----

const snippets = [];
for (const file of FILES) {
  if (file.includes(`${join('docs', 'api')}`)) continue; // generated reference: its code blocks are signatures
  for (const b of parse(texts.get(file)).blocks) snippets.push({ ...b, where: `${rel(file)}:${b.line}` });
}

/** Whether a parsed JSON value is meant as a dataset document. */
const looksLikeDataset = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v.units) && v.units.length > 0;

function checkDataset(value, where) {
  const r = sdk.safeParseDataset(value);
  assert.ok(r.success, `${where}: the dataset is invalid:\n${r.success ? '' : r.error.format('en').join('\n')}`);
}

for (const b of snippets.filter((s) => s.lang === 'json')) {
  test(`${b.where}: json block parses (and validates when it is a dataset)`, () => {
    const value = JSON.parse(b.text);
    if (looksLikeDataset(value)) checkDataset(value, b.where);
  });
}

for (const b of snippets.filter((s) => s.lang === 'csv')) {
  test(`${b.where}: csv block parses with parseDatasetCsv`, () => {
    const d = sdk.parseDatasetCsv(b.text);
    assert.ok(d.actuals.length + d.targets.length > 0, 'the CSV has figures');
  });
}

const byTag = new Map(elements.map((e) => [e.tagName, e]));
const GLOBAL_ATTRS = new Set(['id', 'class', 'style', 'hidden', 'lang', 'dir', 'title', 'tabindex', 'slot', 'part', 'role', 'translate']);
const HTML_TAGS = {
  script: ['type', 'src', 'async', 'defer', 'nomodule', 'crossorigin', 'integrity', 'referrerpolicy'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], colgroup: ['span'], col: ['span'],
  th: ['scope', 'colspan', 'rowspan', 'headers', 'abbr'], td: ['colspan', 'rowspan', 'headers'],
  p: [], div: [], span: [], strong: [], em: [], b: [], i: [], small: [], br: [], figure: [], figcaption: [],
  article: [], section: [], aside: [], header: [], footer: [], main: [], h1: [], h2: [], h3: [], ul: [], ol: [], li: [],
  a: ['href', 'rel', 'target', 'download'], link: ['rel', 'href', 'as', 'crossorigin', 'type'], meta: ['name', 'content', 'charset', 'http-equiv'],
  style: ['media'], noscript: [], html: [], head: [], body: [], template: ['shadowrootmode', 'shadowroot'],
  iframe: ['src', 'title', 'width', 'height', 'frameborder', 'loading', 'allow', 'referrerpolicy', 'sandbox'],
};

/** The tags and attributes of an HTML snippet (comments, script and style bodies left out). */
function tagsOf(html) {
  const bare = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
  const tags = [];
  for (const m of bare.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attrs = [...m[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => ({ name: a[1].toLowerCase(), value: a[2] ?? a[3] ?? a[4] ?? '' }));
    tags.push({ tag: m[1].toLowerCase(), attrs });
  }
  return tags;
}

/** The `--tiendo-*` and `::part()` names used in CSS or HTML. */
function checkCss(text, where) {
  const known = new Set([...tokenCss.matchAll(/--tiendo-[a-z0-9-]+/g)].map((m) => m[0]));
  for (const e of elements) for (const p of e.cssProperties ?? []) known.add(p.name);
  const problems = [];
  for (const m of text.matchAll(/--tiendo-[a-z0-9-]+/g)) if (!known.has(m[0])) problems.push(`unknown custom property ${m[0]}`);
  for (const m of text.matchAll(/(tiendo-[a-z-]+)?::part\(([\w-]+)\)/g)) {
    const candidates = m[1] ? [byTag.get(m[1])].filter(Boolean) : elements;
    if (m[1] && !candidates.length) problems.push(`unknown element ${m[1]}`);
    else if (!candidates.some((e) => (e.cssParts ?? []).some((p) => p.name === m[2]))) problems.push(`${m[0]}: no such part`);
  }
  assert.deepEqual(problems, [], where);
}

const htmlBlocks = snippets.filter((s) => s.lang === 'html');
const renderBlocks = htmlBlocks.filter((b) => b.text.startsWith('<!-- render-test -->\n'));

for (const b of htmlBlocks) {
  test(`${b.where}: html block uses known elements and attributes`, () => {
    const problems = [];
    for (const { tag, attrs } of tagsOf(b.text)) {
      const el = byTag.get(tag);
      if (tag.includes('-') && !el) {
        problems.push(`unknown element <${tag}>`);
        continue;
      }
      if (!el && !(tag in HTML_TAGS)) {
        problems.push(`unexpected HTML element <${tag}>`);
        continue;
      }
      const allowed = new Set(el ? (el.attributes ?? []).map((a) => a.name) : HTML_TAGS[tag]);
      for (const { name } of attrs) {
        if (GLOBAL_ATTRS.has(name) || name.startsWith('data-') || name.startsWith('aria-') || allowed.has(name)) continue;
        problems.push(`<${tag}> has no attribute ${name}`);
      }
    }
    assert.deepEqual(problems, []);
    checkCss(b.text, b.where);
    for (const m of b.text.matchAll(/<script\b[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
      const value = JSON.parse(m[1]);
      assert.ok(looksLikeDataset(value), 'inline JSON is a dataset');
      checkDataset(value, `${b.where} (inline JSON)`);
    }
  });
}

for (const b of snippets.filter((s) => s.lang === 'css')) {
  test(`${b.where}: css block names existing custom properties and parts`, () => checkCss(b.text, b.where));
}

test('render-test blocks load /embed/tiendo.js and the sample data', () => {
  assert.ok(renderBlocks.length >= 3, `found ${renderBlocks.length}`);
  for (const b of renderBlocks) {
    const tags = tagsOf(b.text);
    const scripts = tags.filter((t) => t.tag === 'script' && t.attrs.some((a) => a.name === 'src'));
    assert.deepEqual(
      scripts.map((s) => Object.fromEntries(s.attrs.map((a) => [a.name, a.value]))),
      [{ type: 'module', src: '/embed/tiendo.js' }],
      `${b.where}: one <script type="module" src="/embed/tiendo.js">`,
    );
    const custom = tags.filter((t) => byTag.has(t.tag));
    assert.ok(custom.length > 0, `${b.where}: renders at least one element`);
    for (const t of custom) {
      const src = t.attrs.find((a) => a.name === 'src');
      if (src) assert.equal(src.value, '/data/sample.json', `${b.where}: <${t.tag}> takes src="/data/sample.json"`);
    }
  }
});

test('every element is shown in a render-test block of the embed guide', () => {
  const embed = renderBlocks.filter((b) => b.where.startsWith('docs/embed.md'));
  for (const tag of byTag.keys()) assert.ok(embed.some((b) => b.text.includes(`<${tag}`)), `<${tag}> has a rendered snippet`);
});

test('every attribute of every element is documented in the embed guide', () => {
  const embed = texts.get(join(root, 'docs/embed.md'));
  const missing = [];
  for (const e of elements) for (const a of e.attributes ?? []) if (!embed.includes(`\`${a.name}\``)) missing.push(`${e.tagName} ${a.name}`);
  assert.deepEqual(missing, []);
});

test('every message of the widgets interface is explained in the embed guide', async () => {
  const { UI } = await tsImport(pathToFileURL(join(root, 'packages/widgets/src/shared/i18n.ts')).href, import.meta.url);
  const sdk = await tsImport(pathToFileURL(join(root, 'packages/sdk/src/index.ts')).href, import.meta.url);
  const printedNote = sdk.describePrinted({ text: '87,5%', check: sdk.checkPrinted(21, 27, '87,5%') }, 21, 27, 'vi');
  const embed = texts.get(join(root, 'docs/embed.md'));
  const vi = UI.vi;
  const expected = [vi.empty, vi.error, vi.retry, vi.http(404), vi.network, vi.timeout, vi.invalidJson, vi.invalidData(2), vi.more(3), vi.selection('đơn vị "hoang-maii"'), vi.internal, vi.illustrative, vi.partlyIllustrative, printedNote, vi.download];
  assert.deepEqual(expected.filter((m) => !embed.includes(m)), []);
});

test('docs/api/widgets.md is what scripts/docs-widgets-api.mjs generates now (pnpm run docs)', async () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), await generateWidgetsApi());
});

test('docs/csp.md lists the style hashes the pre-rendered elements have now (pnpm run docs)', async () => {
  assert.equal(readFileSync(CSP_DOC, 'utf8'), await cspDocNow());
});

test('every tiendo-render command in the docs runs on the repository (exit 0, a pre-rendered snippet)', async () => {
  const { runRender } = await import(pathToFileURL(join(root, 'packages/render/dist/index.js')).href);
  const commands = snippets.filter((b) => b.lang === 'sh').flatMap((b) => b.text.split('\n').filter((l) => l.startsWith('tiendo-render ')).map((l) => ({ l, where: b.where })));
  assert.ok(commands.length > 0);
  for (const { l, where } of commands) {
    const argv = l.slice('tiendo-render '.length).trim().split(/\s+/).map((a) => (a.startsWith('packages/') ? join(root, a) : a));
    const out = [];
    const err = [];
    const code = await runRender(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    assert.equal(code, 0, `${where}: ${l}\n${err.join('\n')}`);
    assert.match(out.join('\n'), /<template shadowroot="open" shadowrootmode="open">/, where);
  }
});

test('docs/api/sdk is generated (pnpm run docs)', () => {
  const index = join(root, 'docs/api/sdk/index.md');
  assert.ok(existsSync(index));
  const text = readFileSync(index, 'utf8');
  for (const name of ['parseDataset', 'parseDatasetCsv', 'checkPrinted', 'rank', 'aggregate', 'formatAttainment']) assert.ok(anchorsFor(index).has(name.toLowerCase()), `${name} in the SDK reference`);
  assert.ok(text.length > 1000);
});

test('every pnpm --filter build command in the docs works from a fresh clone (a package with workspace dependencies is built with them: "pkg...")', () => {
  const bad = [];
  for (const [file, text] of texts) {
    for (const m of text.matchAll(/pnpm --filter (\S+) (?:run )?build\b/g)) {
      const name = m[1].replace(/^"|"$/g, '');
      if (name.endsWith('...')) continue;
      const dir = ['packages/sdk', 'packages/widgets', 'packages/charts', 'packages/embed', 'examples'].find((d) => JSON.parse(readFileSync(join(root, d, 'package.json'), 'utf8')).name === name);
      const pkg = dir ? JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) : {};
      const internal = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => String(v).startsWith('workspace:'));
      if (internal.length) bad.push(`${relative(root, file)}: "${m[0]}" needs ${internal.map(([k]) => k).join(', ')} built first: write --filter "${name}..."`);
    }
  }
  assert.deepEqual(bad, []);
});
