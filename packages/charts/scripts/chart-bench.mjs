#!/usr/bin/env node
// Measurement only (never a test): cold loads of `<tiendo-chart kind="ranking">` side by side with
// the embed bench's vega-embed bar chart of the same rows (packages/embed/bench/pages), at 30 and
// 700 units, with the data as a property and through `src`. Builds a stand-in loader
// (scripts/bench/loader.ts: the widgets' core and the chart chunk imported at once, as the embed's
// tiendo.js does for a chart in view) from the packages' sources (`source` condition, as
// packages/embed/bench/profile.mjs does) into /tmp, prints the chart's own chunks (gzip -9), serves the
// pages from 127.0.0.1 (data 60 ms late, as the bench), one new browser context per load, loads
// interleaved round-robin so every variant sees the same minutes of the shared machine.
//
//   node packages/charts/scripts/chart-bench.mjs [--base] [--profile] [--names] [--sizes 30,700] [--only prop|src]
//     --base     also builds BASE_REV (default HEAD) of packages/charts/src and times it alongside
//     --profile  one CPU profile of each chart page (self time and total time of the top functions)
//     --names    unminified bundle (readable function names in the profile)
//     --dist     time packages/embed/dist (the embed's loader and chunks, as `pnpm bench` does) instead
//     --trace [--detail]  one trace of each page: main-thread events, the long ones (and what they hold)
//   BENCH_RUNS (default 9) cold loads per page.
// Run it under the shared browser lock: flock /tmp/tiendo-browser.lock node …/chart-bench.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const embedDir = here('../../embed/');
const root = here('../../../');
const require = createRequire(`${embedDir}package.json`);
const { build } = require('esbuild');
const { launch } = await import(`${embedDir}scripts/browser.mjs`);
const { serve } = await import(`${embedDir}scripts/server.mjs`);
const { dataset, rankedRows } = await import(`${embedDir}bench/data.mjs`);

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 9);
const SIZES = opt('--sizes', '30,700').split(',').map(Number);
const WAYS = opt('--only', 'prop,src').split(',');
/** --attrs 'top="60"': more attributes on the chart element (what-if timings). */
const ATTRS = opt('--attrs', '');
const OUT = '/tmp/tiendo-chart-bench/';
const baseRev = process.env.BASE_REV || 'HEAD';

// ── bundles ──────────────────────────────────────────────────────────────────────────────────
const changed = flag('--base')
  ? spawnSync('git', ['diff', '--name-only', baseRev, '--', 'packages/charts/src'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
  : [];
const added = flag('--base')
  ? spawnSync('git', ['ls-files', '--others', '--exclude-standard', 'packages/charts/src'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
  : [];
/** Loads the BASE_REV text of every changed file of packages/charts/src. */
const baseVersion = {
  name: 'base-version',
  setup(b) {
    // Files the working tree deleted, and packages charts no longer depends on, as BASE_REV had them.
    const store = `${root}node_modules/.pnpm/`;
    const pinned = { 'vega-view': 'vega-view@6.2.0', 'vega-interpreter': 'vega-interpreter@2.3.2', 'vega-parser': 'vega-parser@7.1.3' };
    b.onResolve({ filter: /^vega-(view|interpreter|parser)$/ }, (args) =>
      args.importer.includes('/packages/charts/src/') ? { path: require.resolve(args.path, { paths: [`${store}${pinned[args.path]}/node_modules/`] }) } : undefined);
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.includes('/packages/charts/src/')) return undefined;
      const abs = `${args.resolveDir}/${args.path}`.replace(/\.js$/, '.ts');
      const rel = fileURLToPath(new URL(abs, 'file://')).slice(root.length);
      if (existsSync(abs) || spawnSync('git', ['cat-file', '-e', `${baseRev}:${rel}`], { cwd: root }).status !== 0) return undefined;
      return { path: fileURLToPath(new URL(abs, 'file://')) };
    });
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const rel = args.path.slice(root.length);
      if (!changed.includes(rel) || added.includes(rel)) return undefined;
      // (a file the working tree deleted is in `changed` too: its BASE_REV text is loaded)
      const r = spawnSync('git', ['show', `${baseRev}:${rel}`], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) return undefined;
      return { contents: r.stdout, loader: 'ts', resolveDir: args.path.replace(/\/[^/]*$/, '') };
    });
  },
};
const common = {
  absWorkingDir: embedDir, bundle: true, format: 'esm', platform: 'browser', target: ['es2022'], conditions: ['source', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' }, minify: !flag('--names'), legalComments: 'none', logLevel: 'warning', metafile: true,
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
};
// --dist: the embed's own build (packages/embed/dist: its tiendo.js loader and chunks) instead of the stand-in loader.
const variants = flag('--dist') ? [['dist', null]] : flag('--base') ? [['cur', []], ['base', [baseVersion]]] : [['cur', []]];
for (const [name, plugins] of variants) {
  if (!plugins) continue;
  const r = await build({ ...common, plugins, entryPoints: { tiendo: here('bench/loader.ts') }, outdir: `${OUT}${name}/`, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
  writeFileSync(`${OUT}${name}/meta.json`, JSON.stringify(r.metafile));
  // The chart's own files: what its dynamic import reaches and the prefetch's (the widgets' core) does not.
  const outs = r.metafile.outputs;
  const reach = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const i of outs[file]?.imports ?? []) if (i.kind === 'import-statement') reach(i.path, seen);
    return seen;
  };
  const entry = Object.keys(outs).find((f) => f.endsWith('/tiendo.js'));
  const dyn = outs[entry].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  const chartFile = dyn.find((f) => Object.keys(outs[f].inputs).some((x) => x.includes('charts/src/define')));
  const core = new Set(dyn.filter((f) => f !== chartFile).flatMap((f) => [...reach(f)]));
  const own = [...reach(chartFile)].filter((f) => !core.has(f));
  const buf = Buffer.concat(own.map((f) => readFileSync(`${embedDir}${f}`)));
  console.log(`${name}: chart's own chunks ${(buf.length / 1024).toFixed(1)} KB raw, ${(gzipSync(buf, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9 (${own.map((f) => f.replace(/^.*\//, '')).join(', ')})`);
}
await build({ ...common, conditions: ['production'], entryPoints: { 'vega-embed': 'bench/entries/vega-embed.js' }, outdir: OUT });
if (flag('--base')) console.log(`base = ${baseRev} of: ${changed.join(', ') || '(nothing changed)'}`);

// ── pages ────────────────────────────────────────────────────────────────────────────────────
const page = (body, scripts, attrs = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${scripts}</head><body ${attrs}>${body}</body></html>`;
const mod = (src) => `<script type="module" src="${src}"></script>`;
const routes = {
  '/probe.js': `${embedDir}bench/pages/probe.js`,
  '/vega-embed.js': `${OUT}vega-embed.js`,
  '/vega-embed-page.js': `${embedDir}bench/pages/vega-embed-page.js`,
  '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
};
const mounts = {};
for (const [v, plugins] of variants) {
  const dir = plugins ? `${OUT}${v}/` : `${embedDir}dist/`;
  routes[`/${v}/tiendo.js`] = `${dir}tiendo.js`;
  mounts[`/${v}/chunks/`] = `${dir}chunks/`;
  // The data as a property: the page fetches the dataset and sets `data`, as an app would.
  routes[`/${v}/prop.js`] = () => ({ type: 'text/javascript', body: `const n = document.body.dataset.n; const d = await (await fetch('/data-' + n + '.json')).json(); document.querySelector('tiendo-chart').data = d;` });
}
const pages = [];
for (const n of SIZES) {
  const d = dataset(n);
  routes[`/data-${n}.json`] = () => ({ type: 'application/json', body: JSON.stringify(d) });
  routes[`/rows-${n}.json`] = () => ({ type: 'application/json', body: JSON.stringify(rankedRows(d)) });
  routes[`/vega-embed-${n}.html`] = () => page('<div id="vis"></div>', mod('/vega-embed-page.js'), `data-n="${n}"`);
  pages.push([`vega-embed ${n}`, `/vega-embed-${n}.html`, n]);
  for (const [v] of variants) {
    if (WAYS.includes('src')) {
      routes[`/${v}/chart-src-${n}.html`] = () => page(`<tiendo-chart kind="ranking" src="/data-${n}.json" metric="members" period="2021" ${ATTRS}></tiendo-chart>`, mod('/probe.js') + mod(`/${v}/tiendo.js`));
      pages.push([`${v} src ${n}`, `/${v}/chart-src-${n}.html`, n]);
    }
    if (WAYS.includes('prop')) {
      routes[`/${v}/chart-prop-${n}.html`] = () => page(`<tiendo-chart kind="ranking" metric="members" period="2021" ${ATTRS}></tiendo-chart>`, mod('/probe.js') + mod(`/${v}/tiendo.js`) + mod(`/${v}/prop.js`), `data-n="${n}"`);
      pages.push([`${v} prop ${n}`, `/${v}/chart-prop-${n}.html`, n]);
    }
  }
}
const server = await serve({ routes, mounts, delay: (p) => (p.endsWith('.json') ? 60 : 0) });
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function load(path, profile = false) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const p = await context.newPage();
  try {
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
    return profile ? { ms, profile: (await cdp.send('Profiler.stop')).profile } : { ms };
  } finally {
    await context.close();
  }
}

// ── timings ──────────────────────────────────────────────────────────────────────────────────
for (const [, path] of pages) await load(path); // warm-up, not counted
const times = new Map(pages.map(([k]) => [k, []]));
for (let i = 0; i < RUNS; i++) for (const [k, path] of pages) times.get(k).push((await load(path)).ms);
console.log(`navigation start → drawn, median of ${RUNS} cold loads (ms), interleaved; ratio = ÷ vega-embed`);
for (const [k, , n] of pages) {
  const m = median(times.get(k));
  const ve = median(times.get(`vega-embed ${n}`));
  console.log(`${k.padEnd(18)} ${m.toFixed(1).padStart(8)}  ${(m / ve).toFixed(2)}×   [${times.get(k).map((x) => x.toFixed(0)).join(' ')}]`);
}

// ── profiles ─────────────────────────────────────────────────────────────────────────────────
if (flag('--profile')) {
  // PROFILE_RUNS (default 1) profiles per page: self and total times are their mean (one bundle, so the same names).
  const PROFILES = Math.max(1, Number(process.env.PROFILE_RUNS) || 1);
  for (const [k, path] of pages.filter(([k]) => (flag('--profile-vega-embed') || !k.startsWith('vega-embed')) && !k.startsWith('base'))) {
    const self = new Map();
    const total = new Map();
    const mss = [];
    const name = k.replace(/\s+/g, '-');
    for (let run = 0; run < PROFILES; run++) {
    const { ms, profile } = await load(path, true);
    mss.push(ms);
    writeFileSync(`${OUT}${name}${run ? `-${run}` : ''}.cpuprofile`, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
    const label = (f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const dt = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const t = (dt[i + 1] ?? 0) / 1000;
      let id = profile.samples[i];
      const node = byId.get(id);
      self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + t);
      const seen = new Set();
      while (id !== undefined) {
        const l = label(byId.get(id).callFrame);
        if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + t);
        seen.add(l);
        id = parent.get(id);
      }
    }
    }
    console.log(`\nprofile of ${k}: ${mss.map((m) => m.toFixed(0)).join(' ')} ms → ${OUT}${name}.cpuprofile\nself time (ms${PROFILES > 1 ? `, mean of ${PROFILES} profiles` : ''}):`);
    for (const [l, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / PROFILES).toFixed(1).padStart(8)}  ${l}`);
    console.log('total time (ms), functions of the bundle:');
    for (const [l, v] of [...total].filter(([l]) => /\.js:/.test(l)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / PROFILES).toFixed(1).padStart(8)}  ${l}`);
  }
}
// ── traces ───────────────────────────────────────────────────────────────────────────────────
if (flag('--trace')) {
  for (const [k, path] of pages.filter(([k]) => !k.startsWith('base'))) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const p = await context.newPage();
    await browser.startTracing(p, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
    await p.goto(`${server.url}${path}`);
    await p.waitForFunction(() => typeof window.__rendered === 'number', undefined, { timeout: 60_000, polling: 20 });
    const rendered = await p.evaluate(() => window.__rendered);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    const nav = events.find((e) => e.name === 'navigationStart')?.ts;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
    const top = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur).sort((a, b) => a.ts - b.ts);
    const sum = new Map();
    const line = [];
    let end = 0;
    for (const e of top) {
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { end = e.ts; continue; }
      sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
      if (e.dur > (flag("--detail") ? 6000 : 2000)) {
        // What the event is made of: its longest nested events (compile, script, style, layout).
        const kids = top.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.dur > 1500 && !/RunTask|RunMicrotasks|ThreadController/.test(x.name));
        const what = (x) => `${x.name}${x.args?.data?.url ? `(${x.args.data.url.replace(/^.*\//, '')})` : ''}${x.args?.data?.functionName ? `[${x.args.data.functionName}]` : ''} ${(x.dur / 1000).toFixed(1)}`;
        line.push(`${e.name} ${((e.ts - nav) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(1)}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : ''}${flag('--detail') ? ` {${kids.sort((a, b) => b.dur - a.dur).slice(0, 6).map(what).join('; ')}}` : ''}`);
      }
    }
    // Nested: time inside script of the style and layout it forces.
    const inner = new Map();
    for (const e of top) if (['UpdateLayoutTree', 'Layout', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'v8.compile', 'v8.compileModule', 'V8.GC_SCAVENGER', 'MajorGC', 'MinorGC', 'v8.parseOnBackground'].includes(e.name)) inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur / 1000);
    console.log(`\ntrace of ${k}: ${rendered.toFixed(1)} ms\n  top-level main-thread events (ms): ${[...sum].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
    console.log(`  nested, all (ms): ${[...inner].map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
    console.log(`  long events (start+duration ms):${flag('--detail') ? '\n    ' : ' '}${line.join(flag('--detail') ? '\n    ' : ' | ')}`);
  }
}
await browser.close();
await server.close();
