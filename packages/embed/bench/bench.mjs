#!/usr/bin/env node
// `pnpm bench` for the embed, side by side with vega-embed: bytes (raw, gzip, brotli) of the loader
// tiendo.js, of what one <tiendo-progress> and all four widgets need (dist/manifest.json), of the
// chart chunk and of vega-embed + vega-lite bundled the same way; time from navigation start to
// rendered for rankings of 30 and 700 units (<tiendo-ranking>, <tiendo-chart>, vega-embed, a bare
// Lit list), with the data through `src` and as the `data` property; a pre-rendered ranking of 700
// (its first paint, its upgrade's long tasks); 50 widgets with one src; CLS of an article; memory
// over 1 000 remove/re-add cycles of the five elements (bench/memory.mjs). One Chromium (under the
// shared browser lock), pages from 127.0.0.1, a new browser context per load, the timed pages interleaved, medians of BENCH_RUNS
// (≥ 7). Prints each goal of issue 12 with its figure and ✔/✘, writes bench/results.json at the
// repository root. Figures, never assertions.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { runUnderBrowserLock } from './lock.mjs';
import { dataset, rankedRows } from './data.mjs';
import { launchWithoutJit, memoryCycles, memoryPage } from './memory.mjs';

runUnderBrowserLock();

const { launch } = await import('../scripts/browser.mjs');
const { serve } = await import('../scripts/server.mjs');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dist = here('../dist/');
const out = here('./.out/');
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS) || 7);
const SIZES = [30, 700];

if (!existsSync(`${dist}meta.json`)) {
  console.error('bench: build @tiendo/embed first (pnpm --filter @tiendo/embed build)');
  process.exit(1);
}

// ── bytes ────────────────────────────────────────────────────────────────────────────────────
mkdirSync(out, { recursive: true });
const same = { bundle: true, format: 'esm', platform: 'browser', minify: true, legalComments: 'none', target: ['es2022'], conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error', absWorkingDir: here('..') };
await build({ ...same, entryPoints: { 'vega-embed': here('entries/vega-embed.js') }, outdir: out });
await build({ ...same, entryPoints: { 'lit-list': here('entries/lit-list.js') }, outdir: out });

const sizes = (files) => {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return {
    files: files.map((f) => f.replace(/^.*\/(dist|\.out)\//, '')),
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const meta = JSON.parse(readFileSync(`${dist}meta.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${dist}manifest.json`, 'utf8'));
const staticImports = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') staticImports(i.path, seen);
  return seen;
};
// What the page loads for an element: the loader and the files the manifest lists for it.
const need = (...tags) => ['tiendo.js', ...new Set(tags.flatMap((t) => manifest.elements[`tiendo-${t}`]))];
const fourFiles = need('progress', 'ranking', 'strong-share', 'scorecard');
const abs = (f) => `${dist}${f}`;
const bytes = {
  // The eager part of tiendo.js (itself and what it imports statically): the loader alone.
  tiendoEager: sizes([...staticImports('dist/tiendo.js')].map((f) => here(`../${f}`))),
  progress: sizes(need('progress').map(abs)),
  fourElements: sizes(fourFiles.map(abs)),
  // The chart's own files, beyond what the four widgets need.
  chartChunk: sizes(need('chart').filter((f) => !fourFiles.includes(f)).map(abs)),
  vegaEmbed: sizes([`${out}vega-embed.js`]),
  litList: sizes([`${out}lit-list.js`]),
};

// ── pages ────────────────────────────────────────────────────────────────────────────────────
const page = (body, scripts, attrs = '', head = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body ${attrs}>${body}</body></html>`;
const routes = {
  '/tiendo.js': `${dist}tiendo.js`,
  '/probe.js': here('pages/probe.js'),
  '/vega-embed.js': `${out}vega-embed.js`,
  '/lit-list.js': `${out}lit-list.js`,
  '/vega-embed-page.js': here('pages/vega-embed-page.js'),
  '/lit-list-page.js': here('pages/lit-list-page.js'),
  '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
};
for (const n of SIZES) {
  const d = dataset(n);
  routes[`/data-${n}.json`] = () => ({ type: 'application/json', body: JSON.stringify(d) });
  routes[`/rows-${n}.json`] = () => ({ type: 'application/json', body: JSON.stringify(rankedRows(d)) });
  routes[`/tiendo-ranking-${n}.html`] = () => page(`<tiendo-ranking src="/data-${n}.json" metric="members" period="2021"></tiendo-ranking>`, ['/probe.js', '/tiendo.js']);
  routes[`/tiendo-chart-${n}.html`] = () => page(`<tiendo-chart kind="ranking" src="/data-${n}.json" metric="members" period="2021"></tiendo-chart>`, ['/probe.js', '/tiendo.js']);
  // The data as the `data` property: the page fetches the dataset and sets it, as the bare list's page does with its rows.
  routes[`/set-data-${n}.js`] = () => ({ type: 'text/javascript', body: `const d = await (await fetch('/data-${n}.json')).json();\nfor (const el of document.querySelectorAll('[data-prop]')) el.data = d;\n` });
  routes[`/tiendo-ranking-prop-${n}.html`] = () => page('<tiendo-ranking data-prop metric="members" period="2021"></tiendo-ranking>', ['/probe.js', '/tiendo.js', `/set-data-${n}.js`]);
  routes[`/tiendo-chart-prop-${n}.html`] = () => page('<tiendo-chart data-prop kind="ranking" metric="members" period="2021"></tiendo-chart>', ['/probe.js', '/tiendo.js', `/set-data-${n}.js`]);
  routes[`/vega-embed-${n}.html`] = () => page('<div id="vis"></div>', ['/vega-embed-page.js'], `data-n="${n}"`);
  routes[`/lit-list-${n}.html`] = () => page('<bare-list></bare-list>', ['/lit-list-page.js'], `data-n="${n}"`);
}
const fifty = Array.from({ length: 50 }, (_, i) => `<tiendo-progress src="/data-30.json" unit="u${i % 30}" metric="members" period="2021"></tiendo-progress>`).join('\n');
routes['/fifty.html'] = () => page(fifty, ['/probe.js', '/tiendo.js']);
// The memory cycles: the five elements on the sample data.
routes['/sample.json'] = here('../../sdk/data/sample.json');
routes['/memory.html'] = () => memoryPage('/sample.json', '/tiendo.js');
// The article: a lede with a compact progress in a sentence, then four widgets, as a producer
// pastes them. Three kinds of snippet: plain (`src` only), plain with the `reserve` the playground
// measures (and tiendo.css), and pre-rendered by @tiendo/render (the data inline).
const ARTICLE_WIDGETS = [
  ['progress', { compact: '', unit: 'u3', metric: 'members', period: '2021' }],
  ['scorecard', { unit: 'u3', period: '2021' }],
  ['progress', { unit: 'u7', metric: 'members', period: '2021' }],
  ['ranking', { metric: 'members', period: '2021', top: '5', highlight: 'u3' }],
  ['strong-share', { unit: 'root', period: '2021' }],
];
const attrText = (a) => Object.entries(a).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`)).join('');
const articlePage = (widgets, head = '') => page(`<article style="max-width:40rem;margin:auto;padding:0 16px;font:18px/1.5 Georgia,serif">
  <h1>Hà Nội: kết nạp đoàn viên năm 2021</h1>
  <p>Trong năm, các đơn vị đã kết nạp ${widgets[0]} so với kế hoạch.</p>
  ${widgets.slice(1).join('\n  ')}
  <p>Đoạn văn tiếp theo của bài báo, ngay dưới các biểu đồ, không được xê dịch khi dữ liệu về.</p>
</article>`, ['/probe.js', '/tiendo.js'], '', head);
const plainWidget = ([el, a], reserve = { attrs: '', text: '' }) => `<tiendo-${el} src="/data-30.json"${attrText(a)}${reserve.attrs}>${reserve.text}</tiendo-${el}>`;
routes['/article.html'] = () => articlePage(ARTICLE_WIDGETS.map((w) => plainWidget(w)));
const { renderSnippet } = await import('@tiendo/render');
const prerendered = await Promise.all(ARTICLE_WIDGETS.map(([element, attributes]) => renderSnippet(dataset(30), { element, attributes }).then((s) => s.element)));
routes['/article-prerendered.html'] = () => articlePage(prerendered);
routes['/tiendo.css'] = `${dist}tiendo.css`;
// A pre-rendered ranking of 700: its first paint (no script needed), and the main-thread long tasks
// of its upgrade (from the first chunk request on), recorded by a classic script at the top.
const longTasks = `<script>window.__long=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__long.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true})</script>`;
const ranking700 = (await renderSnippet(dataset(700), { element: 'ranking', attributes: { metric: 'members', period: '2021' } })).element;
routes['/prerendered-ranking-700.html'] = () => page(ranking700, ['/probe.js', '/tiendo.js'], '', longTasks);
let reserves = null;
routes['/article-reserved.html'] = () => articlePage(ARTICLE_WIDGETS.map((w, i) => plainWidget(w, reserves?.[i])), '<link rel="stylesheet" href="/tiendo.css">');

// Data answers a little late (as a real CDN would), so loading states are on screen first.
const server = await serve({ routes, mounts: { '/chunks/': `${dist}chunks/` }, delay: (p) => (p.endsWith('.json') ? 60 : 0) });
const browser = await launch();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold load: new context, navigate, wait for window.__rendered; returns ms and extras. */
async function load(path, extra) {
  const context = await browser.newContext({ viewport: { width: extra?.width ?? 1000, height: extra?.height ?? 800 } });
  const p = await context.newPage();
  const before = server.requests.length;
  try {
    await p.goto(`${server.url}${path}`);
    await p.waitForFunction(() => typeof window.__rendered === 'number', undefined, { timeout: 60_000, polling: 20 });
    if (extra?.settle) await p.waitForTimeout(extra.settle);
    const r = await p.evaluate(() => ({ ms: window.__rendered, cls: window.__cls ?? null }));
    return { ...r, requests: server.requests.slice(before) };
  } finally {
    await context.close();
  }
}

/** Each article widget's ready height at a 375 px and a 1200 px viewport: its `reserve` and `reserve-wide`. */
async function measureReserves() {
  const heights = [];
  let texts = [];
  for (const width of [375, 1200]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    await p.goto(`${server.url}/article.html`);
    await p.waitForFunction(() => typeof window.__rendered === 'number', undefined, { timeout: 60_000 });
    const els = 'tiendo-progress, tiendo-scorecard, tiendo-ranking, tiendo-strong-share';
    heights.push(await p.evaluate((s) => [...document.querySelectorAll(s)].map((e) => Math.ceil(e.getBoundingClientRect().height)), els));
    texts = await p.evaluate((s) => [...document.querySelectorAll(s)].map((e) => [...(e.shadowRoot.querySelector('[part="figures"]')?.children ?? [])].map((c) => c.textContent.trim()).join(' ')), els);
    await context.close();
  }
  // A compact progress sits in a sentence: its figures as text keep its place in the line instead.
  return heights[0].map((h, i) => (ARTICLE_WIDGETS[i][1].compact === '' ? { attrs: '', text: texts[i] } : { attrs: ` reserve="${h}px" reserve-wide="${heights[1][i]}px"`, text: '' }));
}

async function measure(path, extra) {
  const runs = [];
  await load(path, extra); // warm the server and the OS file cache; not counted
  for (let i = 0; i < RUNS; i++) runs.push(await load(path, extra));
  return runs;
}

const timings = {};
const KINDS = ['tiendo-ranking', 'tiendo-ranking-prop', 'tiendo-chart', 'tiendo-chart-prop', 'vega-embed', 'lit-list'];
for (const n of SIZES) {
  // Interleaved (one load of each kind per round): a minute in which the machine is busier slows
  // every kind alike, and the ratios below compare loads made side by side.
  const runs = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  for (const kind of KINDS) await load(`/${kind}-${n}.html`); // warm the server and the OS file cache; not counted
  for (let i = 0; i < RUNS; i++) for (const kind of KINDS) runs[kind].push(await load(`/${kind}-${n}.html`));
  for (const kind of KINDS) {
    timings[`${kind}-${n}`] = { median: median(runs[kind].map((r) => r.ms)), runs: runs[kind].map((r) => Math.round(r.ms * 10) / 10) };
    process.stderr.write(`  ${kind} ${n}: ${timings[`${kind}-${n}`].median.toFixed(1)} ms\n`);
  }
}
// A viewport tall enough for the 50 (the loader defines the elements near the viewport).
const fiftyRuns = await measure('/fifty.html', { height: 8000 });
const fiftyResult = {
  median: median(fiftyRuns.map((r) => r.ms)),
  dataRequests: Math.max(...fiftyRuns.map((r) => r.requests.filter((q) => q === '/data-30.json').length)),
  runs: fiftyRuns.map((r) => Math.round(r.ms * 10) / 10),
};
// What the playground does for a producer: measure each widget's height, narrow and wide.
reserves = await measureReserves();
const clsResult = {};
for (const width of [375, 1200]) {
  for (const [kind, path] of [['plain', '/article.html'], ['reserved', '/article-reserved.html'], ['prerendered', '/article-prerendered.html']]) {
    const runs = await measure(path, { settle: 500, width });
    clsResult[`${kind}-${width}`] = { median: median(runs.map((r) => r.cls)), max: Math.max(...runs.map((r) => r.cls)), runs: runs.map((r) => r.cls) };
  }
}

/** One cold load of the pre-rendered ranking of 700: first contentful paint, long tasks of the upgrade. */
async function loadPrerendered() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const p = await context.newPage();
  try {
    await p.goto(`${server.url}/prerendered-ranking-700.html`);
    await p.waitForFunction(() => customElements.get('tiendo-ranking') && document.querySelector('tiendo-ranking').status === 'ready', undefined, { timeout: 60_000, polling: 20 });
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    return await p.evaluate(() => {
      const start = Math.min(...performance.getEntriesByType('resource').filter((r) => r.name.includes('/chunks/')).map((r) => r.startTime));
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        longTasksMs: window.__long.filter(([t]) => t >= start).reduce((a, [, d]) => a + d, 0),
      };
    });
  } finally {
    await context.close();
  }
}
await loadPrerendered();
const preRuns = [];
for (let i = 0; i < RUNS; i++) preRuns.push(await loadPrerendered());
const prerenderedResult = {
  firstPaintMs: median(preRuns.map((r) => r.fcp)),
  upgradeLongTasksMs: median(preRuns.map((r) => r.longTasksMs)),
  runs: preRuns.map((r) => ({ fcp: Math.round(r.fcp * 10) / 10, longTasksMs: Math.round(r.longTasksMs) })),
};

// Memory: 1 000 cycles of removing and re-adding the five elements; the JS heap (after a forced GC)
// after the first and the last. V8's optimized code grows the heap while it warms up; the same run
// with the optimizing tiers off shows the objects alone.
const CYCLES = Number(process.env.BENCH_MEMORY_CYCLES) || 1000;
// Re-added in the same task, the elements were moved (the chart keeps its drawing); `apart`, they
// are out for a task, torn down (the chart's Vega view finalized) and built again.
const memory = { default: await memoryCycles(browser, `${server.url}/memory.html`, CYCLES, { again: true }) };
memory.apart = await memoryCycles(browser, `${server.url}/memory.html`, CYCLES, { again: true, apart: true });
process.stderr.write(`  memory: ${(memory.default.heapGrowth / 1048576).toFixed(2)} MB (apart ${(memory.apart.heapGrowth / 1048576).toFixed(2)} MB)\n`);
{
  const noJit = await launchWithoutJit();
  memory.withoutOptimizingTiers = await memoryCycles(noJit, `${server.url}/memory.html`, CYCLES);
  memory.apartWithoutOptimizingTiers = await memoryCycles(noJit, `${server.url}/memory.html`, CYCLES, { apart: true });
  await noJit.close();
}

await browser.close();
await server.close();

// ── report ───────────────────────────────────────────────────────────────────────────────────
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
console.log(`\nBytes (esbuild, ES module, minified; gzip -9, brotli q11)`);
console.log(`${'bundle'.padEnd(34)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}   gzip vs vega-embed`);
for (const [name, label] of [['tiendoEager', 'tiendo.js (the loader, all eager)'], ['progress', 'one <tiendo-progress> (+ loader)'], ['fourElements', 'all four widgets (+ loader)'], ['chartChunk', 'chart chunk (on demand)'], ['vegaEmbed', 'vega-embed + vega-lite + vega'], ['litList', 'bare Lit list (floor)']]) {
  const s = bytes[name];
  console.log(`${label.padEnd(34)}${kb(s.raw).padStart(11)}${kb(s.gzip).padStart(11)}${kb(s.brotli).padStart(11)}   ${ratio(s.gzip, bytes.vegaEmbed.gzip)}`);
}
const chartTotal = bytes.fourElements.gzip + bytes.chartChunk.gzip;
console.log(`${'four widgets + chart chunk'.padEnd(34)}${''.padStart(11)}${kb(chartTotal).padStart(11)}${''.padStart(11)}   ${ratio(chartTotal, bytes.vegaEmbed.gzip)}`);

console.log(`\nNavigation start → rendered, median of ${RUNS} cold loads (ms); src = data through \`src\`, prop = the \`data\` property`);
console.log(`${'units'.padEnd(8)}${'ranking src'.padStart(13)}${'ranking prop'.padStart(14)}${'chart src'.padStart(11)}${'chart prop'.padStart(12)}${'vega-embed'.padStart(12)}${'bare Lit'.padStart(10)}   ranking ÷ bare (src, prop)   chart ÷ vega-embed (src, prop)`);
for (const n of SIZES) {
  const t = (k) => timings[`${k}-${n}`].median;
  const pair = (a, b) => `${ratio(t(a), t(b))}, ${ratio(t(`${a}-prop`), t(b))}`;
  console.log(`${String(n).padEnd(8)}${t('tiendo-ranking').toFixed(1).padStart(13)}${t('tiendo-ranking-prop').toFixed(1).padStart(14)}${t('tiendo-chart').toFixed(1).padStart(11)}${t('tiendo-chart-prop').toFixed(1).padStart(12)}${t('vega-embed').toFixed(1).padStart(12)}${t('lit-list').toFixed(1).padStart(10)}   ${pair('tiendo-ranking', 'lit-list').padStart(26)}   ${pair('tiendo-chart', 'vega-embed').padStart(30)}`);
}
console.log(`\nPre-rendered ranking of 700: first paint ${prerenderedResult.firstPaintMs.toFixed(1)} ms (the bare list renders at ${timings['lit-list-700'].median.toFixed(1)} ms); its upgrade: ${prerenderedResult.upgradeLongTasksMs.toFixed(0)} ms of long tasks (medians)`);
const mb = (b) => `${b >= 0 ? '+' : ''}${(b / 1048576).toFixed(2)} MB`;
console.log(`\nMemory, ${CYCLES} cycles of removing and re-adding the five elements (JS heap after GC vs after the first cycle; DOM nodes)`);
for (const [k, label] of [
  ['default', 'Chromium as shipped'], ['withoutOptimizingTiers', "V8's optimizing tiers off (objects only)"],
  ['apart', 'out for a task each cycle (torn down, rebuilt)'], ['apartWithoutOptimizingTiers', '  the same, optimizing tiers off'],
]) {
  const m = memory[k];
  console.log(`${label.padEnd(44)}${mb(m.heapGrowth).padStart(10)}   nodes ${m.nodesAfterFirst} → ${m.nodesAfterLast}   listeners ${m.listenersAfterFirst} → ${m.listenersAfterLast}   (${m.ms} ms)`);
}
console.log(`${`Chromium as shipped, ${CYCLES} cycles more`.padEnd(44)}${mb(memory.default.heapGrowthAgain).padStart(10)}   (a leak grows again; a warm-up of compiled code does not)`);
console.log(`${`out for a task, ${CYCLES} cycles more`.padEnd(44)}${mb(memory.apart.heapGrowthAgain).padStart(10)}`);
console.log(`\n50 <tiendo-progress> with one src: ${fiftyResult.dataRequests} data request(s), all rendered in ${fiftyResult.median.toFixed(1)} ms (median)`);
console.log(`\nLayout shift (CLS) of an article with five widgets above the fold, median of ${RUNS} loads (max)`);
console.log(`${'snippets'.padEnd(44)}${'375 px'.padStart(16)}${'1200 px'.padStart(16)}   goal`);
for (const [kind, label, goal] of [['plain', 'plain src, no reserve', '–'], ['reserved', 'plain src + reserve + tiendo.css', '≤ 0.01'], ['prerendered', 'pre-rendered (tiendo-render)', '0.000']]) {
  const c = (w) => `${clsResult[`${kind}-${w}`].median.toFixed(4)} (${clsResult[`${kind}-${w}`].max.toFixed(4)})`;
  console.log(`${label.padEnd(44)}${c(375).padStart(16)}${c(1200).padStart(16)}   ${goal}`);
}

// ── issue 12's goals ─────────────────────────────────────────────────────────────────────────
const T = (k) => timings[k].median;
const GOALS = [
  ['loader tiendo.js (nothing defined eagerly)', kb(bytes.tiendoEager.gzip), '≤ 1 KB', bytes.tiendoEager.gzip <= 1024],
  ['bytes before one <tiendo-progress> is interactive', kb(bytes.progress.gzip), '≤ 20 KB', bytes.progress.gzip <= 20 * 1024],
  ['bytes for all four elements', kb(bytes.fourElements.gzip), '≤ 35 KB', bytes.fourElements.gzip <= 35 * 1024],
  ['chart chunk (on demand)', kb(bytes.chartChunk.gzip), '≤ 130 KB', bytes.chartChunk.gzip <= 130 * 1024],
  ...[[700, 1.3, 0.7], [30, 1.2, 0.6]].flatMap(([n, bare, vega]) => [
    ...['prop', 'src'].map((via) => {
      const r = T(`tiendo-ranking${via === 'prop' ? '-prop' : ''}-${n}`) / T(`lit-list-${n}`);
      return [`<tiendo-ranking> ${n} rows ÷ bare Lit list (${via === 'prop' ? 'property' : 'src'})`, `${r.toFixed(2)}×`, `≤ ${bare}×`, r <= bare];
    }),
    ...['prop', 'src'].map((via) => {
      const r = T(`tiendo-chart${via === 'prop' ? '-prop' : ''}-${n}`) / T(`vega-embed-${n}`);
      return [`<tiendo-chart> ${n} rows ÷ vega-embed (${via === 'prop' ? 'property' : 'src'})`, `${r.toFixed(2)}×`, `≤ ${vega}×`, r <= vega];
    }),
  ]),
  ['pre-rendered ranking of 700: rows painted, ms (bare list)', `${prerenderedResult.firstPaintMs.toFixed(0)} (${T('lit-list-700').toFixed(0)})`, 'before', prerenderedResult.firstPaintMs < T('lit-list-700')],
  ['upgrade of a pre-rendered 700-row ranking: long tasks', `${prerenderedResult.upgradeLongTasksMs.toFixed(0)} ms`, '≤ 100 ms', prerenderedResult.upgradeLongTasksMs <= 100],
  ['50 widgets, one src: data requests', String(fiftyResult.dataRequests), '1', fiftyResult.dataRequests === 1],
  [`memory: JS heap after ${CYCLES} cycles vs the first`, mb(memory.default.heapGrowth), '≤ 0.5 MB', Math.abs(memory.default.heapGrowth) <= 0.5 * 1048576],
  [`  the next ${CYCLES} cycles (Chromium as shipped)`, mb(memory.default.heapGrowthAgain), '≤ 0.5 MB', Math.abs(memory.default.heapGrowthAgain) <= 0.5 * 1048576],
  ['  the same, V8 optimizing tiers off (objects only)', mb(memory.withoutOptimizingTiers.heapGrowth), '≤ 0.5 MB', Math.abs(memory.withoutOptimizingTiers.heapGrowth) <= 0.5 * 1048576],
  ['  out for a task each cycle (torn down, rebuilt)', mb(memory.apart.heapGrowth), '≤ 0.5 MB', Math.abs(memory.apart.heapGrowth) <= 0.5 * 1048576],
  ['  the same, the next cycles / optimizing tiers off', `${mb(memory.apart.heapGrowthAgain)} / ${mb(memory.apartWithoutOptimizingTiers.heapGrowth)}`, '≤ 0.5 MB', Math.abs(memory.apart.heapGrowthAgain) <= 0.5 * 1048576 && Math.abs(memory.apartWithoutOptimizingTiers.heapGrowth) <= 0.5 * 1048576],
  ['memory: DOM nodes after the cycles', `${memory.default.nodesAfterFirst} → ${memory.default.nodesAfterLast}`, 'flat', memory.default.nodesAfterLast <= memory.default.nodesAfterFirst],
];
console.log(`\nIssue 12's goals (gzip -9; times: medians of ${RUNS} cold loads; the SDK's rank + aggregate is in @tiendo/sdk's bench)`);
for (const [what, figure, goal, met] of GOALS) console.log(`${what.padEnd(60)}${figure.padStart(14)}   ${goal.padEnd(10)} ${met ? '✔' : '✘'}`);

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  chromium: browser.version?.() ?? null,
  node: process.version,
  bytes,
  timingsMs: timings,
  ratios: Object.fromEntries(SIZES.map((n) => [n, {
    vegaEmbedOverRanking: timings[`vega-embed-${n}`].median / timings[`tiendo-ranking-${n}`].median,
    vegaEmbedOverChart: timings[`vega-embed-${n}`].median / timings[`tiendo-chart-${n}`].median,
    rankingOverBareList: timings[`tiendo-ranking-${n}`].median / timings[`lit-list-${n}`].median,
    rankingPropOverBareList: timings[`tiendo-ranking-prop-${n}`].median / timings[`lit-list-${n}`].median,
    chartOverVegaEmbed: timings[`tiendo-chart-${n}`].median / timings[`vega-embed-${n}`].median,
    chartPropOverVegaEmbed: timings[`tiendo-chart-prop-${n}`].median / timings[`vega-embed-${n}`].median,
  }])),
  // eager: the loader alone (nothing else is eager); eagerPlusChart: the four widgets and the chart chunk.
  gzipRatios: { eagerOverVegaEmbed: bytes.tiendoEager.gzip / bytes.vegaEmbed.gzip, eagerPlusChartOverVegaEmbed: chartTotal / bytes.vegaEmbed.gzip },
  fiftyWidgets: fiftyResult,
  articleCls: clsResult,
  prerenderedRanking700: prerenderedResult,
  memory: { cycles: CYCLES, ...memory },
  goals: GOALS.map(([what, figure, goal, met]) => ({ what: what.trim(), figure, goal, met })),
};
const resultsDir = here('../../../bench/');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json`);
