#!/usr/bin/env node
// Builds dist/ with esbuild (ES modules, minified, Lit's production build):
// - dist/chunks/: one chunk per element (`progress-<hash>.js` … `chart-<hash>.js`), each exporting
//   `define()`, and the chunks they share (code splitting), named by their content hash only (each
//   name is in the loader's table).
// - dist/tiendo.js: the loader (src/tiendo.ts), built second with the chunk list written in.
// - dist/tiendo-frame.js, dist/tiendo-resizer.js (the iframe pair), dist/tiendo.css.
// - dist/manifest.json: bytes and SRI `integrity` (sha384) of every file, the files of each
//   element, and an import map `integrity` block; dist/meta.json: esbuild's metafile (the bench).
// Imports of the packages' index modules (`@tiendo/sdk`, `@tiendo/widgets`, `@tiendo/widgets/core`,
// `@tiendo/charts`) are rewritten to the modules that define each name (see `unbarrel`): esbuild
// splits by which entries reach a file, and an index reaches every file of its package.
// The CSS and HTML inside Lit's css`` and html`` literals are minified (minify-literals).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';

const here = fileURLToPath(new URL('..', import.meta.url));
const TARGET = ['es2022', 'chrome111', 'firefox113', 'safari16.4'];
/** The element chunks: name (the tag without `tiendo-`) → entry module. */
export const ENTRIES = { progress: 'src/progress.ts', ranking: 'src/ranking.ts', 'strong-share': 'src/strong-share.ts', scorecard: 'src/scorecard.ts', chart: 'src/chart.ts' };
const BARRELS = ['@tiendo/sdk', '@tiendo/widgets', '@tiendo/widgets/core', '@tiendo/widgets/shared', '@tiendo/charts'];

// ── unbarrel ─────────────────────────────────────────────────────────────────────────────────
const sourceOf = (from, spec) => {
  const p = resolve(dirname(from), spec);
  return existsSync(p) ? p : [p.replace(/\.js$/, '.ts'), `${p}.ts`, `${p}/index.ts`].find(existsSync) ?? p;
};
const names = (list) => list.split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')).map((s) => { const [a, b = a] = s.split(/\s+as\s+/); return [a, b]; });
const parsed = new Map();
/** Barrel specifier → its resolved file (filled when the plugin starts). */
const barrels = new Map();
/** What a module exports: names declared in it, `export { a as b } from`, `export * from`. */
function exportsOf(file) {
  if (parsed.has(file)) return parsed.get(file);
  const text = readFileSync(file, 'utf8');
  const local = new Set([...text.matchAll(/^export (?:declare )?(?:abstract )?(?:async )?(?:function\*?|const|let|var|class|enum) ([\w$]+)/gm)].map((m) => m[1]));
  const from = [...text.matchAll(/^export \{([^}]*)\} from ['"]([^'"]+)['"]/gm)].map((m) => ({ map: new Map(names(m[1]).map(([a, b]) => [b, a])), file: m[2].startsWith('.') ? sourceOf(file, m[2]) : barrels.get(m[2]) ?? null }));
  const star = [...text.matchAll(/^export \* from ['"](\.[^'"]+)['"]/gm)].map((m) => sourceOf(file, m[1]));
  for (const m of text.matchAll(/^export \{([^}]*)\};?$/gm)) for (const [, b] of names(m[1])) local.add(b);
  const e = { local, from, star };
  parsed.set(file, e);
  return e;
}
/** The module that declares `name` as exported by `file`, and its name there (following re-exports). */
function definer(file, name) {
  const e = exportsOf(file);
  if (e.local.has(name)) return { file, name };
  for (const f of e.from) if (f.map.has(name)) return f.file ? definer(f.file, f.map.get(name)) : null;
  for (const s of e.star) {
    const d = definer(s, name);
    if (d) return d;
  }
  return null;
}
/** Rewrites `import { a, b as c } from '<barrel>'` (and `export { … } from`) to the defining modules. */
function unbarrelText(text, warn) {
  return text.replace(/^(import|export)\s*(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/gm, (all, kw, typeOnly, list, spec) => {
    const barrel = barrels.get(spec);
    if (!barrel || typeOnly) return barrel ? '' : all;
    const byFile = new Map();
    for (const [a, b] of names(list)) {
      const d = definer(barrel, a);
      if (!d) {
        warn(`${spec}: ${a} not found, left on the index`);
        return all;
      }
      const key = JSON.stringify(d.file);
      byFile.set(key, [...(byFile.get(key) ?? []), d.name === b ? b : `${d.name} as ${b}`]);
    }
    return [...byFile].map(([f, l]) => `${kw} { ${l.join(', ')} } from ${f};`).join(' ');
  });
}

/** esbuild plugin: unbarrel (every package and src file) + minified Lit literals (the packages' dist). */
function packagesPlugin({ minifyLiterals = true } = {}) {
  return {
    name: 'tiendo-packages',
    setup(b) {
      let ready;
      b.onStart(() => {
        ready = (async () => {
          for (const spec of BARRELS) {
            const r = await b.resolve(spec, { kind: 'import-statement', resolveDir: here });
            if (r.errors.length) throw new Error(`cannot resolve ${spec}`);
            barrels.set(spec, r.path);
          }
        })();
      });
      b.onLoad({ filter: /[\\/](packages[\\/](widgets|charts)[\\/](dist|src)|embed[\\/]src)[\\/].*\.[jt]s$/ }, async ({ path }) => {
        await ready;
        if (/\.d\.ts$|\.test\.ts$/.test(path)) return undefined;
        let source = readFileSync(path, 'utf8');
        if (minifyLiterals && path.endsWith('.js') && /\b(css|html|svg)\s*`/.test(source)) {
          const result = await minifyHTMLLiterals(source, { fileName: path, generateSourceMap: false, minifyOptions: { conservativeCollapse: true } });
          // The source map comment still points at the tsc map: positions are off within the literals only.
          if (result) source = result.code;
        }
        return { contents: unbarrelText(source, (m) => console.warn(`unbarrel ${relative(here, path)}: ${m}`)), loader: path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(path) };
      });
    },
  };
}

// ── build ────────────────────────────────────────────────────────────────────────────────────
/** The static closure of an output file (itself and what it imports statically), from a metafile. */
export function closure(meta, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') closure(meta, i.path, seen);
  return seen;
}

/**
 * Builds the element chunks, then the loader that knows them, into `outdir`. `options`: esbuild
 * options for both (e.g. `conditions` for a build from the sources); `minifyLiterals` (default
 * true). Returns the merged metafile and the loader's table `{ files, graph }`.
 */
export async function buildEmbed({ outdir = join(here, 'dist'), minifyLiterals = true, ...options } = {}) {
  const common = {
    absWorkingDir: here, bundle: true, format: 'esm', platform: 'browser', target: TARGET, minify: true, metafile: true, logLevel: 'warning',
    // The packages' compiled dist (the `import` condition), never Lit's development build.
    conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, ...options,
  };
  const out = relative(here, outdir) || '.';
  const chunks = await build({
    ...common, entryPoints: ENTRIES, outdir, entryNames: 'chunks/[name]-[hash]', chunkNames: 'chunks/[hash]', splitting: true,
    legalComments: 'linked', sourcemap: 'linked', plugins: [packagesPlugin({ minifyLiterals })],
  });
  const meta = chunks.metafile;
  // The loader's table: every chunk file once, and per element the files it needs, its entry first.
  const files = [];
  const graph = {};
  const entry = (name) => Object.keys(meta.outputs).find((f) => meta.outputs[f].entryPoint === ENTRIES[name]);
  for (const name of Object.keys(ENTRIES)) {
    const [own, ...rest] = closure(meta, entry(name));
    // The entry first, then the others in one order (shared runs of names compress in the loader).
    graph[name] = [own, ...[...rest].sort()].map((f) => {
      const rel = relative(join(outdir, 'chunks'), join(here, f)).replace(/\.js$/, '');
      if (!files.includes(rel)) files.push(rel);
      return files.indexOf(rel);
    });
  }
  const loader = await build({
    ...common, entryPoints: { tiendo: 'src/tiendo.ts' }, outdir, legalComments: 'none',
    define: { ...common.define, __TIENDO_GRAPH__: JSON.stringify(Object.fromEntries(Object.entries(graph).map(([k, ix]) => [`tiendo-${k}`, ix.map((i) => files[i]).join(' ')]))) },
  });
  Object.assign(meta.outputs, loader.metafile.outputs);
  return { meta, files, graph, out };
}

/** sha384 SRI of a file. */
export const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Every file under `dir` (relative paths, `/`-separated). */
const walk = (dir, base = dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n), base) : [relative(base, join(dir, n)).split('\\').join('/')]));

async function main() {
  const dist = join(here, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const { meta, graph, files } = await buildEmbed({ outdir: dist });
  // The iframe pair: each one small file of its own, no chunk shared with the rest.
  const frames = await build({
    absWorkingDir: here, entryPoints: { 'tiendo-frame': 'src/frame.ts', 'tiendo-resizer': 'src/resizer.ts' }, outdir: dist,
    bundle: true, format: 'esm', platform: 'browser', target: TARGET, minify: true, metafile: true, logLevel: 'warning',
  });
  Object.assign(meta.outputs, frames.metafile.outputs);
  // The stylesheet that reserves the elements' space before the script has run.
  copyFileSync(join(here, 'src/tiendo.css'), join(dist, 'tiendo.css'));
  writeFileSync(join(dist, 'meta.json'), JSON.stringify(meta));
  const all = walk(dist).sort();
  const manifest = {
    files: Object.fromEntries(all.map((f) => [f, { bytes: statSync(join(dist, f)).size, integrity: integrity(join(dist, f)) }])),
    elements: Object.fromEntries(Object.entries(graph).map(([name, ix]) => [`tiendo-${name}`, ix.map((i) => `chunks/${files[i]}.js`)])),
    // Paste as an import map's "integrity" after prefixing each key with the folder's URL (docs/embed.md).
    importMapIntegrity: Object.fromEntries(all.filter((f) => f.startsWith('chunks/') && f.endsWith('.js')).map((f) => [`./${f}`, integrity(join(dist, f))])),
  };
  writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of all.filter((x) => x.endsWith('.js'))) console.log(`${f.padEnd(40)} ${(statSync(join(dist, f)).size / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
