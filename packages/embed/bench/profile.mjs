#!/usr/bin/env node
// Where the time of a <tiendo-ranking> load goes: builds the widgets (`@tiendo/widgets/define`, every
// element at once: the figures do not move with the embed's loader) from the packages' sources
// (`source` condition, so no package build is needed; the html``/css`` literals of widgets and charts
// minified as scripts/build.mjs does, so the DOM is the dist's) into bench/.out/src/, serves the
// bench pages of N units (default 700) and takes a CPU profile of one cold load through the Chrome
// DevTools Protocol. Prints navigation → rendered for RUNS cold loads (median), the main-thread
// trace categories (script, style, layout, paint) and the functions with the most self time.
// Measurement only: `node bench/profile.mjs [units…] [--dist] [--names] [--page=src|prop|upgrade|bare]
// [--compare] [--upgrade] [--base] [--width=N] [--no-profile]`:
//   --dist      the embed's build (dist/tiendo.js, its loader and chunks) instead;
//   --names     not minified (function names in the profile);
//   --page      the page profiled and traced: data through `src` (default), as the `data` property,
//               the upgrade of a pre-rendered ranking (@tiendo/render, data inline), or the bare list;
//   --compare   cold loads of the ranking through `src`, with the data as a property, and of the
//               bare Lit list (bench/entries/lit-list.js), interleaved, for each size: medians and ratios;
//   --upgrade   the pre-rendered ranking's upgrade: main-thread long tasks (sum of tasks > 50 ms, from
//               a PerformanceObserver in the page's head) from the embed's script on until it is ready
//               and drawn (the page's own parsing and first paint before the script do not count);
//   --base      also builds the committed version (BASE_REV, default HEAD) of the changed files and
//               measures it in the same loop (BASE_FILES: only these paths);
//   --width=N   the viewport's width (default 1000; 375 for the narrow layout of a phone);
//   --element=chart  a ranking chart (<tiendo-chart kind="ranking">) on the src and prop pages instead;
//   --serve     only serves the pages (prints the URL) until stopped, for a look in a browser;
//   OVERRIDE    '{"packages/…/file.ts":"/other/file.ts"}': a what-if, files of the source build read elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { runUnderBrowserLock } from './lock.mjs';
import { dataset, rankedRows } from './data.mjs';

runUnderBrowserLock();

const { launch } = await import('../scripts/browser.mjs');
const { serve } = await import('../scripts/server.mjs');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(700);
const n = sizes[sizes.length - 1];
const useDist = args.includes('--dist');
const pageKind = args.find((a) => a.startsWith('--page='))?.slice(7) ?? 'src';
const compare = args.includes('--compare');
const upgrade = args.includes('--upgrade');
const profileLoad = !args.includes('--no-profile');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
// --width=N: the viewport's width (default 1000, as bench.mjs; 375 for a phone's narrow layout).
const WIDTH = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 1000);
const out = here('./.out/src/');
const baseOut = here('./.out/base/');
const extraOut = here('./.out/profile/');
mkdirSync(out, { recursive: true });
mkdirSync(extraOut, { recursive: true });
const withBase = args.includes('--base');
const root = here('../../../');
// BASE_REV (default HEAD): the version to compare with; BASE_FILES: only these paths (space-separated).
const baseRev = process.env.BASE_REV || 'HEAD';
const only = process.env.BASE_FILES?.split(/\s+/).filter(Boolean);
const changed = withBase ? spawnSync('git', ['diff', '--name-only', baseRev, '--', ...(only ?? ['packages/sdk/src', 'packages/widgets/src'])], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean) : [];
// OVERRIDE='{"packages/…/file.ts": "/path/to/other.ts"}': a what-if, those files read from elsewhere in the source build (not the base).
const OVERRIDE = JSON.parse(process.env.OVERRIDE || '{}');
const decorators = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };
/** Sources (or their BASE_REV version); the widgets' and charts' literals minified like the dist's. */
const sources = (base) => ({
  name: base ? 'base-version' : 'sources',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (a) => {
      const rel = a.path.slice(root.length);
      const fromBase = base && changed.includes(rel);
      const override = base ? undefined : OVERRIDE[rel];
      const literals = /^packages\/(widgets|charts)\/src\//.test(rel) && !/\.test\.ts$/.test(rel);
      if (!fromBase && !literals && !override) return undefined;
      const text = fromBase ? spawnSync('git', ['show', `${baseRev}:${rel}`], { cwd: root, encoding: 'utf8' }).stdout : readFileSync(override ?? a.path, 'utf8');
      const resolveDir = a.path.replace(/\/[^/]*$/, '');
      if (!literals) return { contents: text, loader: 'ts', resolveDir };
      const js = (await transform(text, { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw: decorators, sourcefile: a.path })).code;
      const min = /\b(css|html|svg)\s*`/.test(js) ? await minifyHTMLLiterals(js, { fileName: a.path, generateSourceMap: false, minifyOptions: { conservativeCollapse: true } }) : null;
      return { contents: min ? min.code : js, loader: 'js', resolveDir };
    });
  },
});
const entry = `${extraOut}entry.js`;
writeFileSync(entry, `import '@tiendo/widgets/define';\n${args.includes('--element=chart') ? "import '@tiendo/charts/define';\n" : ''}`);
for (const [dir, plugins] of useDist ? [] : withBase ? [[out, [sources(false)]], [baseOut, [sources(true)]]] : [[out, [sources(false)]]]) {
  mkdirSync(dir, { recursive: true });
  await build({
    plugins, absWorkingDir: here('..'), entryPoints: { tiendo: entry }, outdir: dir, bundle: true, splitting: true, format: 'esm',
    platform: 'browser', target: ['es2022'], conditions: ['source', 'production'], define: { 'process.env.NODE_ENV': '"production"' },
    minify: !args.includes('--names'), keepNames: false, sourcemap: false, logLevel: 'warning', chunkNames: 'chunks/[name]-[hash]',
    tsconfigRaw: decorators,
  });
}
// The floor, bundled as bench.mjs bundles it.
await build({
  bundle: true, format: 'esm', platform: 'browser', minify: true, legalComments: 'none', target: ['es2022'], conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error', absWorkingDir: here('..'), entryPoints: { 'lit-list': here('entries/lit-list.js') }, outdir: extraOut,
});
const js = useDist ? here('../dist/') : out;

const html = (body, head) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>profile</title>${head}</head><body>${body}</body></html>`;
const modules = (...s) => s.map((x) => `<script type="module" src="${x}"></script>`).join('');
// Long tasks from the start of the page (the observer is the first script of the head).
const longTasks = `<script>window.__long=[];try{new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__long.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true})}catch{}</script>`;
const chart = args.includes('--element=chart');
const ATTRS = `${chart ? 'kind="ranking" ' : ''}metric="members" period="2021"`;
const TAG = chart ? 'tiendo-chart' : 'tiendo-ranking';
const phases = (el, prop, value) => `const el = ${el};\nconst t0 = performance.now();\nel.${prop} = ${value};\nawait el.updateComplete;\nconst t1 = performance.now();\nrequestAnimationFrame(() => setTimeout(() => (window.__phases = [t0, t1, performance.now()]), 0));\n`;
const upgraded = `await customElements.whenDefined('tiendo-ranking');
const el = document.querySelector('tiendo-ranking');
while (el.status !== 'ready') await new Promise((r) => setTimeout(r, 2));
await el.updateComplete;
requestAnimationFrame(() => setTimeout(() => (window.__upgraded = performance.now()), 0));
`;
const routes = { '/upgraded.js': () => ({ type: 'text/javascript', body: upgraded }), '/mark-script.js': () => ({ type: 'text/javascript', body: "performance.mark('script');\n" }), '/probe.js': here('pages/probe.js'), '/lit-list.js': `${extraOut}lit-list.js`, '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }) };
const { renderSnippet } = upgrade || pageKind === 'upgrade' ? await import('@tiendo/render') : {};
for (const size of new Set([...sizes, n])) {
  const d = dataset(size);
  const text = JSON.stringify(d);
  routes[`/data-${size}.json`] = () => ({ type: 'application/json', body: text });
  const rows = JSON.stringify(rankedRows(d));
  routes[`/rows-${size}.json`] = () => ({ type: 'application/json', body: rows });
  const pre = renderSnippet ? (await renderSnippet(d, { element: 'ranking', attributes: { metric: 'members', period: '2021' } })).element : '';
  for (const [prefix, dir] of [['', js], ['/base', baseOut]]) {
    routes[`${prefix}/tiendo.js`] = `${dir}tiendo.js`;
    routes[`${prefix}/src-${size}.html`] = () => html(`<${TAG} src="/data-${size}.json" ${ATTRS}></${TAG}>`, modules('/probe.js', `${prefix}/tiendo.js`));
    // The data as a property: the page fetches the dataset and sets `data`, as the bare list's page does with its rows.
    // window.__phases: [data set, update complete, next frame] (ms), the bare list's page the same.
    routes[`${prefix}/prop-${size}.js`] = () => ({ type: 'text/javascript', body: `import '${prefix}/tiendo.js';\nconst d = await (await fetch('/data-${size}.json')).json();\n${phases(`document.querySelector('${TAG}')`, 'data', 'd')}` });
    routes[`${prefix}/prop-${size}.html`] = () => html(`<${TAG} ${ATTRS}></${TAG}>`, modules('/probe.js', `${prefix}/prop-${size}.js`));
    // The upgrade counts from the embed's script on (a module that marks the time runs just before it).
    // bench/pages/probe.js counts a pre-rendered element as drawn before its upgrade: window.__upgraded is stamped
    // once it is defined, ready and its next frame drawn.
    routes[`${prefix}/upgrade-${size}.html`] = () => html(pre, `${longTasks}${modules('/mark-script.js', `${prefix}/tiendo.js`, '/upgraded.js')}`);
  }
  routes[`/bare-${size}.js`] = () => ({ type: 'text/javascript', body: `import '/lit-list.js';\nconst d = await (await fetch('/rows-${size}.json')).json();\n${phases("document.querySelector('bare-list')", 'rows', 'd')}requestAnimationFrame(() => setTimeout(() => (window.__rendered = performance.now()), 0));\n` });
  routes[`/bare-${size}.html`] = () => html('<bare-list></bare-list>', modules(`/bare-${size}.js`));
}
const server = await serve({
  routes,
  mounts: { '/chunks/': `${js}chunks/`, '/base/chunks/': `${baseOut}chunks/` },
  delay: (p) => (p.endsWith('.json') ? 60 : 0),
});
if (args.includes('--serve')) {
  // Debugging: the pages stay served (under the lock) until the process is stopped.
  console.log(`serving ${server.url}/${pageKind}-${n}.html`);
  await new Promise(() => {});
}
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pagePath = (kind, size, base = false) => `${base ? '/base' : ''}/${kind}-${size}.html`;

async function load(profile, path = pagePath(pageKind, n)) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const p = await context.newPage();
  let cdp;
  if (profile) {
    cdp = await context.newCDPSession(p);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await p.goto(`${server.url}${path}`);
  const stamp = path.includes('/upgrade-') ? '__upgraded' : '__rendered';
  await p.waitForFunction((k) => typeof window[k] === 'number', stamp, { timeout: 60_000, polling: 20 });
  const ms = await p.evaluate((k) => window[k], stamp);
  const result = { ms };
  if (/\/(prop|bare)-/.test(path)) {
    await p.waitForFunction(() => window.__phases, undefined, { timeout: 60_000, polling: 20 });
    const [t0, t1, t2] = await p.evaluate(() => window.__phases);
    result.phases = [t1 - t0, t2 - t1];
  }
  if (path.includes('/upgrade-')) {
    // Tasks reported a little after they end: wait one more idle moment.
    await p.waitForTimeout(200);
    // Long tasks from the script on (those of the pre-rendered page's own parsing and first paint before it do not count).
    result.long = await p.evaluate(() => {
      const script = performance.getEntriesByName('script')[0]?.startTime ?? 0;
      return window.__long.filter(([start, dur]) => start + dur > script && start < window.__upgraded);
    });
  }
  if (profile) {
    result.profile = (await cdp.send('Profiler.stop')).profile;
    result.resource = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.replace(/^.*\//, ''), Math.round(e.startTime), Math.round(e.responseEnd)]));
  }
  await context.close();
  return result;
}

await load(false);
if (compare || upgrade) {
  const kinds = [...(compare ? ['src', 'prop', 'bare'] : []), ...(upgrade ? ['upgrade'] : [])];
  const variants = kinds.flatMap((k) => (withBase && k !== 'bare' ? [[k, false], [k, true]] : [[k, false]]));
  if (withBase) console.log(`base: ${baseRev} (${changed.join(', ') || 'no changed files'})`);
  for (const size of sizes) {
    const times = new Map(variants.map((v) => [v.join(), []]));
    const long = new Map(variants.map((v) => [v.join(), []]));
    const phaseRuns = new Map();
    for (const [k, b] of variants) await load(false, pagePath(k, size, b)); // warm each page once
    for (let i = 0; i < RUNS; i++) {
      for (const [k, b] of variants) {
        const r = await load(false, pagePath(k, size, b));
        times.get([k, b].join()).push(r.ms);
        if (r.long) long.get([k, b].join()).push(r.long.reduce((s, [, dur]) => s + dur, 0));
        if (r.long && process.env.LONG_TASKS) console.log(`  long tasks (start+duration ms): ${r.long.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ')}`);
        if (r.phases) (phaseRuns.get([k, b].join()) ?? phaseRuns.set([k, b].join(), []).get([k, b].join())).push(r.phases);
      }
    }
    const bare = times.get('bare,false');
    for (const [k, b] of variants) {
      const t = times.get([k, b].join());
      const ratio = bare && k !== 'bare' && k !== 'upgrade' ? `  ÷ bare ${(median(t) / median(bare)).toFixed(2)}×` : '';
      const lt = long.get([k, b].join());
      const tasks = lt.length ? `  long tasks from the script on ${median(lt).toFixed(0)} ms [${lt.map((x) => x.toFixed(0)).join(' ')}]` : '';
      const ph = phaseRuns.get([k, b].join());
      const phaseText = ph ? `  (data set → updated ${median(ph.map((x) => x[0])).toFixed(1)} ms, → next frame ${median(ph.map((x) => x[1])).toFixed(1)} ms)` : '';
      console.log(`${size} units ${(b ? `${baseRev}:` : '') + k}: ${median(t).toFixed(1)} ms${ratio}${tasks}${phaseText}  [${t.map((x) => x.toFixed(0)).join(' ')}]`);
    }
  }
  if (!profileLoad) {
    await browser.close();
    await server.close();
    process.exit(0);
  }
} else {
  const runs = [];
  const baseRuns = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push((await load(false)).ms);
    if (withBase) baseRuns.push((await load(false, pagePath(pageKind, n, true))).ms);
  }
  if (withBase) console.log(`${baseRev} (${changed.join(', ')}), ${n} units: navigation → rendered median ${median(baseRuns).toFixed(1)} ms  [${baseRuns.map((x) => x.toFixed(0)).join(' ')}]`);
  console.log(`${useDist ? 'dist' : 'source'} build, ${pageKind} page, ${n} units: navigation → rendered median ${median(runs).toFixed(1)} ms  [${runs.map((x) => x.toFixed(0)).join(' ')}]`);
}

// A trace of one cold load: main-thread time by event (nested events counted in their parent only).
{
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  const p = await context.newPage();
  await browser.startTracing(p, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
  await p.goto(`${server.url}${pagePath(pageKind, n)}`);
  const stamp = pageKind === 'upgrade' ? '__upgraded' : '__rendered';
  await p.waitForFunction((k) => typeof window[k] === 'number', stamp, { timeout: 60_000, polling: 20 });
  const rendered = await p.evaluate((k) => window[k], stamp);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const events = trace.traceEvents ?? trace;
  writeFileSync(here(`./.out/${pageKind}-${n}.trace.json`), JSON.stringify(events));
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
writeFileSync(here(`./.out/${pageKind}-${n}.cpuprofile`), JSON.stringify(profile));
await browser.close();
await server.close();
