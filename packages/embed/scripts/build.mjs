#!/usr/bin/env node
// Builds dist/tiendo.js (the widgets, eager) and dist/chunks/* (the chart code, loaded on demand)
// with esbuild: ES modules, code splitting, minified, Lit's production build (no 'development'
// condition). Writes dist/meta.json (esbuild metafile) for the bench.
// The CSS and HTML inside Lit's css`` and html`` literals of the widgets and charts are minified
// (minify-literals: html-minifier-terser and clean-css), which esbuild alone leaves untouched.
import { build } from 'esbuild';
import { copyFileSync, readFile, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';

const dir = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${dir}dist`, { recursive: true, force: true });

/** Minifies Lit's css`` and html`` literals in the compiled widgets and charts (their dist .js). */
const minifyLitLiterals = {
  name: 'minify-lit-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/](widgets|charts)[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      const source = await promisify(readFile)(path, 'utf8');
      if (!/\b(css|html|svg)\s*`/.test(source)) return undefined;
      const result = await minifyHTMLLiterals(source, { fileName: path, generateSourceMap: false, minifyOptions: { conservativeCollapse: true } });
      // The source map comment still points at the tsc map: positions are off within the
      // minified literals only.
      return { contents: result ? result.code : source, loader: 'js' };
    });
  },
};

const result = await build({
  absWorkingDir: dir,
  entryPoints: { tiendo: 'src/tiendo.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  // The packages' compiled dist (the `import` condition), never Lit's development build.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  legalComments: 'linked',
  sourcemap: 'linked',
  metafile: true,
  plugins: [minifyLitLiterals],
  logLevel: 'warning',
});
// The iframe pair: each one small file of its own, no chunk shared with tiendo.js.
const frames = await build({
  absWorkingDir: dir,
  entryPoints: { 'tiendo-frame': 'src/frame.ts', 'tiendo-resizer': 'src/resizer.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
  minify: true,
  metafile: true,
  logLevel: 'warning',
});
Object.assign(result.metafile.outputs, frames.metafile.outputs);
// The stylesheet that reserves the elements' space before the script has run.
copyFileSync(`${dir}src/tiendo.css`, `${dir}dist/tiendo.css`);
writeFileSync(`${dir}dist/meta.json`, JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
for (const [file, { bytes }] of outputs) console.log(`${file.padEnd(40)} ${(bytes / 1024).toFixed(1)} KB`);
