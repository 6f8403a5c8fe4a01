#!/usr/bin/env node
// Where the time of a <tiendo-ranking> load goes: builds tiendo.js from the packages' sources
// (`source` condition, so no package build is needed) into bench/.out/src/, serves the bench page
// of N units (default 700) and takes a CPU profile of one cold load through the Chrome DevTools
// Protocol. Prints navigation → rendered for RUNS cold loads (median), the main-thread trace
// categories (script, style, layout, paint) and the functions with the most self time.
// Measurement only: `node bench/profile.mjs [units] [--dist]` (--dist profiles dist/tiendo.js).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runUnderBrowserLock } from './lock.mjs';
import { dataset } from './data.mjs';

runUnderBrowserLock();

const { launch } = await import('../scripts/browser.mjs');
const { serve } = await import('../scripts/server.mjs');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 700);
const useDist = process.argv.includes('--dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const out = here('./.out/src/');
const baseOut = here('./.out/base/');
mkdirSync(out, { recursive: true });
// --base: also builds the committed version (HEAD) of the files changed in the working tree and
// alternates cold loads of both, so before/after figures come from the same minutes of one machine.
const withBase = process.argv.includes('--base');
const root = here('../../../');
// BASE_REV (default HEAD): the version to compare with; BASE_FILES: only these paths (space-separated).
const baseRev = process.env.BASE_REV || 'HEAD';
const only = process.env.BASE_FILES?.split(/\s+/).filter(Boolean);
const changed = withBase ? spawnSync('git', ['diff', '--name-only', baseRev, '--', ...(only ?? ['packages/sdk/src', 'packages/widgets/src'])], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean) : [];
const headVersion = {
  name: 'head-version',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const rel = args.path.slice(root.length);
      if (!changed.includes(rel)) return undefined;
      return { contents: spawnSync('git', ['show', `${baseRev}:${rel}`], { cwd: root, encoding: 'utf8' }).stdout, loader: 'ts', resolveDir: args.path.replace(/\/[^/]*$/, '') };
    });
  },
};
for (const [dir, plugins] of useDist ? [] : withBase ? [[out, []], [baseOut, [headVersion]]] : [[out, []]]) {
  mkdirSync(dir, { recursive: true });
  await build({
    plugins, absWorkingDir: here('..'), entryPoints: { tiendo: 'src/tiendo.ts' }, outdir: dir, bundle: true, splitting: true, format: 'esm',
    platform: 'browser', target: ['es2022'], conditions: ['source', 'production'], define: { 'process.env.NODE_ENV': '"production"' },
    minify: !process.argv.includes('--names'), keepNames: false, sourcemap: false, logLevel: 'warning', chunkNames: 'chunks/[name]-[hash]',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
}
const js = useDist ? here('../dist/') : out;
const d = dataset(n);
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>profile</title><script type="module" src="/probe.js"></script><script type="module" src="/tiendo.js"></script></head><body><tiendo-ranking src="/data-${n}.json" metric="members" period="2021"></tiendo-ranking></body></html>`;
const server = await serve({
  routes: {
    '/tiendo.js': `${js}tiendo.js`, '/probe.js': here('pages/probe.js'), '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
    [`/data-${n}.json`]: () => ({ type: 'application/json', body: JSON.stringify(d) }), '/page.html': () => page,
    '/base/tiendo.js': `${baseOut}tiendo.js`, '/base/page.html': () => page.replace('/tiendo.js', '/base/tiendo.js'),
  },
  mounts: { '/chunks/': `${js}chunks/`, '/base/chunks/': `${baseOut}chunks/` },
  delay: (p) => (p.endsWith('.json') ? 60 : 0),
});
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function load(profile, path = '/page.html') {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const p = await context.newPage();
  let cdp;
  if (profile) {
    cdp = await context.newCDPSession(p);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await p.goto(`${server.url}${path}`);
  await p.waitForFunction(() => typeof window.__rendered === 'number', undefined, { timeout: 60_000, polling: 20 });
  const ms = await p.evaluate(() => window.__rendered);
  const result = { ms };
  if (profile) {
    result.profile = (await cdp.send('Profiler.stop')).profile;
    result.resource = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(/^.*\//, ''), Math.round(e.startTime), Math.round(e.responseEnd)]));
  }
  await context.close();
  return result;
}

await load(false);
const runs = [];
const baseRuns = [];
for (let i = 0; i < RUNS; i++) {
  runs.push((await load(false)).ms);
  if (withBase) baseRuns.push((await load(false, '/base/page.html')).ms);
}
if (withBase) console.log(`${baseRev} (${changed.join(', ')}), ${n} units: navigation → rendered median ${median(baseRuns).toFixed(1)} ms  [${baseRuns.map((x) => x.toFixed(0)).join(' ')}]`);
console.log(`${useDist ? 'dist' : 'source'} build, ${n} units: navigation → rendered median ${median(runs).toFixed(1)} ms  [${runs.map((x) => x.toFixed(0)).join(' ')}]`);

// A trace of one cold load: main-thread time by event (nested events counted in their parent only).
{
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const p = await context.newPage();
  await browser.startTracing(p, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
  await p.goto(`${server.url}/page.html`);
  await p.waitForFunction(() => typeof window.__rendered === 'number', undefined, { timeout: 60_000, polling: 20 });
  const rendered = await p.evaluate(() => window.__rendered);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const events = trace.traceEvents ?? trace;
  writeFileSync(here('./.out/ranking.trace.json'), JSON.stringify(events));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame')?.ts;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const top = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur).sort((a, b) => a.ts - b.ts);
  const sum = new Map();
  let end = 0;
  const timeline = [];
  for (const e of top) {
    if (e.ts < end) continue; // nested
    end = e.ts + e.dur;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { end = e.ts; continue; }
    sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    if (e.dur > 3000) timeline.push(`${e.name} ${((e.ts - (nav ?? top[0].ts)) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(1)}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}`);
  }
  console.log(`traced load: ${rendered.toFixed(1)} ms; main thread by event (ms): ${[...sum].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  console.log(`long events (ms from start): ${timeline.join(' | ')}`);
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name !== 'navigationStart');
  if (marks.length) console.log(`user timing: ${marks.map((e) => `${e.name}@${((e.ts - (nav ?? 0)) / 1000).toFixed(1)}${e.dur ? `+${(e.dur / 1000).toFixed(1)}` : ''}`).join(', ')}`);
}

const { profile, resource, ms } = await load(true);
console.log(`profiled load: ${ms.toFixed(1)} ms; resources (start → end ms): ${resource.map((r) => r.join(' ')).join(', ')}`);
// Self time per function (and per URL) from the samples.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const dt = profile.timeDeltas;
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
console.log('self time (ms):');
for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
writeFileSync(here('./.out/ranking.cpuprofile'), JSON.stringify(profile));
await browser.close();
await server.close();
