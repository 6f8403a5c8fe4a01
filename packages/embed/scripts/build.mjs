#!/usr/bin/env node
// Builds dist/tiendo.js (the widgets, eager) and dist/chunks/* (the chart code, loaded on demand)
// with esbuild: ES modules, code splitting, minified, Lit's production build (no 'development'
// condition). Writes dist/meta.json (esbuild metafile) for the bench.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${dir}dist`, { recursive: true, force: true });

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
  logLevel: 'warning',
});
writeFileSync(`${dir}dist/meta.json`, JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
for (const [file, { bytes }] of outputs) console.log(`${file.padEnd(40)} ${(bytes / 1024).toFixed(1)} KB`);
