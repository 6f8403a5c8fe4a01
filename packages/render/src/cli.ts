/**
 * `tiendo-render`: pre-rendered snippets, iframe pages and oEmbed from the command line.
 *
 *   tiendo-render DATA --element ranking --parent ha-noi --metric members --period 2017 [--top 5]
 *     [--highlight hoang-mai] [--locale en] [--theme dark] [--base URL] [--src URL]
 *     [--page out.html [--url https://…/out.html]]
 *   tiendo-render --config article.json
 *
 * Every `--name value` other than the command's own options is an attribute of the element (checked
 * against the element's attributes). Exit codes as `tiendo check`: 0 done, 1 the data or the
 * selection is wrong (each problem with its path or line), 2 a usage error or an unreadable file.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { renderArticle, type ArticleConfig } from './article.js';
import { RenderError, renderSnippet, toDataset } from './snippet.js';
import { writePage } from './write-page.js';

/** Where the command writes. */
export interface RenderIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const OWN = new Set(['element', 'base', 'src', 'page', 'url', 'config', 'height', 'help']);

export const USAGE = `Usage: tiendo-render DATA --element progress|ranking|strong-share|scorecard|chart [--ATTRIBUTE VALUE …]
                     [--base URL] [--src URL] [--page OUT.html [--url PUBLIC-URL] [--height PX]]
       tiendo-render --config ARTICLE.json

  DATA       a dataset (JSON) or a long CSV, as \`tiendo check\` reads it
  --element  the element to render; every other --name value is one of its attributes
             (unit, parent, metric, period, top, highlight, locale, theme, compact; a chart's kind, …)
  --base     where tiendo.js is served (https://cdn.example.vn/tiendo/): the snippet's script points there
  --src      keep a src on the element for live updates (the inline data shows first)
  --page     write a standalone page for an <iframe> (and OUT.oembed.json with --url)
  --config   render every widget of an article in one call (see docs/embed.md)`;

/** Runs the command; resolves to its exit code. */
export async function runRender(argv: readonly string[], io: RenderIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }): Promise<number> {
  const parsed = parseFlags(argv);
  const flags = parsed.values;
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  if (flags['help']) {
    io.out(USAGE);
    return 0;
  }
  try {
    if (str('config')) return await runConfig(str('config')!, io);
    const file = parsed.positionals[0];
    const element = str('element');
    if (!file || !element) {
      io.err(USAGE);
      return 2;
    }
    const text = await read(file, io);
    if (text === null) return 2;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(flags)) {
      if (OWN.has(k)) continue;
      attributes[k] = v === true ? '' : String(v);
    }
    const dataset = toDataset(text, formatOf(file));
    const snippet = await renderSnippet(dataset, { element: element as never, attributes, base: str('base'), src: str('src') });
    for (const w of snippet.warnings) io.err(`! ${w}`);
    io.err(`style-src for a strict policy: ${snippet.styleHashes.join(' ')}`);
    const page = str('page');
    if (page) {
      await writePage(resolve(page), snippet, { base: str('base'), url: str('url'), height: str('height'), lang: attributes['locale'] });
      io.err(`${page}: written`);
      return 0;
    }
    if (!str('base')) io.err('! no --base: the snippet has no <script>; add tiendo.js once on the page, or pass --base');
    io.out(snippet.html);
    return 0;
  } catch (e) {
    return report(e, io);
  }
}

async function runConfig(file: string, io: RenderIo): Promise<number> {
  const text = await read(file, io);
  if (text === null) return 2;
  let config: ArticleConfig;
  try {
    config = JSON.parse(text) as ArticleConfig;
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return 1;
  }
  const results = await renderArticle(config, { dir: dirname(resolve(file)), read: (f) => readFile(f, 'utf8') });
  let failed = 0;
  for (const r of results) {
    if (r.error) {
      failed++;
      io.err(`✗ ${file}: widgets[${r.index}] (${r.name}): ${r.error}`);
    } else {
      for (const w of r.warnings) io.err(`! widgets[${r.index}] (${r.name}): ${w}`);
      if (r.written) io.err(`${r.written}: written`);
      else io.out(`<!-- ${r.name} -->\n${r.html}`);
    }
  }
  return failed ? 1 : 0;
}

async function read(file: string, io: RenderIo): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    io.err(`Cannot read ${file}: ${(e as Error).message}`);
    return null;
  }
}

/** `--name value` pairs (a `--name` before another `--` or at the end is `true`) and the rest. */
function parseFlags(argv: readonly string[]): { values: Record<string, string | true>; positionals: string[] } {
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) positionals.push(a);
    else if (a.includes('=')) values[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values[a.slice(2)] = argv[++i]!;
    else values[a.slice(2)] = true;
  }
  return { values, positionals };
}

const formatOf = (file: string) => (/\.csv$/i.test(file) ? 'csv' : /\.json$/i.test(file) ? 'json' : undefined);

/** A `RenderError` as `tiendo check` prints it: one line per problem, with its path or line. */
export function report(e: unknown, io: RenderIo): number {
  if (!(e instanceof RenderError)) throw e;
  if (e.cause) {
    io.err(`✗ ${e.cause.issues.length} problem${e.cause.issues.length === 1 ? '' : 's'} in the data:`);
    for (const line of e.cause.format('en')) io.err(`  ✗ ${line}`);
  } else io.err(`✗ ${e.message}`);
  return e.code === 'attribute' ? 2 : 1;
}
