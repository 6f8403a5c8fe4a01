// The loader (dist/tiendo.js) in Chromium, on pages served with the strict policy of docs/csp.md:
// elements added later are defined; loading it twice defines each element once with no error; an
// element far below the fold stays undefined until scrolled near (its code downloaded meanwhile);
// a pre-rendered element upgrades when the reader presses on it; `loadAll()` defines everything;
// the integrity of dist/manifest.json in an import map (docs/embed.md) lets the chunks load, and a
// wrong one stops its chunk.
// Needs `pnpm build` first (the root test runner builds).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../scripts/browser.mjs';
import { STRICT_CSP, serve } from '../scripts/server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const built = here('../dist/');
const sample = here('../../sdk/data/sample.json');
const TAGS = ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard', 'tiendo-chart'];
const ATTRS = {
  'tiendo-progress': 'unit="hoang-mai" metric="members" period="2017"',
  'tiendo-ranking': 'metric="members" period="2017" top="5"',
  'tiendo-strong-share': 'unit="ha-noi" period="2018"',
  'tiendo-scorecard': 'unit="hoang-mai" period="2017"',
};
const element = (tag, id = tag) => `<${tag} id="${id}" src="/sample.json" ${ATTRS[tag]}></${tag}>`;
const SPACER = '<div class="spacer"></div>';
const page = (body, scripts = ['/tiendo.js']) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>loader</title><link rel="stylesheet" href="/page.css">${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</head><body>${body}</body></html>`;

/** How late the chunks under /slow/ answer, in ms. */
const SLOW_CODE_MS = 600;
let dist = built;
/** The progress element's own file (`chunks/<hash>.js`), from the manifest. */
let progressEntry;
let browser;
let server;
let csp = STRICT_CSP;

describe('the loader', { timeout: 120_000, skip: !existsSync(`${built}tiendo.js`) && 'build @tiendo/embed first' }, () => {
  before(async () => {
    // A snapshot of the build, so a rebuild during the test (another `pnpm build`) cannot mix hashes.
    dist = `${mkdtempSync(`${tmpdir()}/tiendo-loader-`)}/`;
    cpSync(built, dist, { recursive: true });
    const { renderSnippet } = await import('@tiendo/render');
    const pre = await renderSnippet(JSON.parse(readFileSync(sample, 'utf8')), { element: 'progress', attributes: { unit: 'hoang-mai', metric: 'members', period: '2017' } });
    // The import maps of the integrity test: the manifest's hashes, keyed by the chunks' URLs.
    const manifest = JSON.parse(readFileSync(`${dist}manifest.json`, 'utf8'));
    progressEntry = manifest.elements['tiendo-progress'][0];
    const map = (bad) => JSON.stringify({ integrity: Object.fromEntries(Object.entries(manifest.importMapIntegrity).map(([k, v]) => [k.slice(1), bad && k.endsWith(progressEntry) ? `sha384-${'A'.repeat(64)}` : v])) });
    const maps = [map(false), map(true)];
    const scriptHashes = maps.map((m) => `'sha256-${createHash('sha256').update(m).digest('base64')}'`);
    const sri = (m) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>sri</title><script type="importmap">${m}</script><script type="module" src="/tiendo.js" integrity="${manifest.files['tiendo.js'].integrity}"></script></head><body>${Object.keys(ATTRS).map((t) => element(t)).join('\n')}</body></html>`;
    csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${pre.styleHashes.join(' ')}`).replace("script-src 'self'", `script-src 'self' ${scriptHashes.join(' ')}`);
    const html = (body) => () => ({ type: 'text/html; charset=utf-8', body });
    browser = await launch();
    server = await serve({
      headers: { 'content-security-policy': csp },
      routes: {
        '/sample.json': sample,
        '/tiendo.js': `${dist}tiendo.js`,
        '/page.css': () => ({ type: 'text/css', body: 'body{margin:0;font:16px/1.5 sans-serif}.spacer{height:6000px}' }),
        '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
        '/empty.html': html(page('<main><p>Bài báo.</p></main>')),
        '/twice.html': html(page(Object.keys(ATTRS).map((t) => element(t)).join('\n'), ['/tiendo.js', '/tiendo.js', '/copy/tiendo.js'])),
        '/far.html': html(page(`<p>Đầu bài.</p>${SPACER}${element('tiendo-progress', 'far')}`)),
        '/prerendered.html': html(page(`<p>Đầu bài.</p>${SPACER}${pre.element.replace('<tiendo-progress', '<tiendo-progress id="pre"')}`)),
        '/sri.html': html(sri(maps[0])),
        '/sri-bad.html': html(sri(maps[1])),
        '/early.html': html(page(`${element('tiendo-progress', 'early')}${element('tiendo-ranking', 'early-too')}`, ['/slow/tiendo.js'])),
      },
      mounts: { '/chunks/': `${dist}chunks/`, '/copy/': dist, '/slow/': dist },
      // The elements' code from /slow/ comes late, as on a slow network.
      delay: (path) => (path.startsWith('/slow/chunks/') ? SLOW_CODE_MS : 0),
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dist !== built) rmSync(dist, { recursive: true, force: true });
  });

  /** A page with the errors, violations and chunk requests it causes, and how often each tag was defined. */
  async function open(path) {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    await context.addInitScript(() => {
      window.__csp = [];
      window.__defined = {};
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
      const define = customElements.define.bind(customElements);
      customElements.define = (tag, ...rest) => {
        window.__defined[tag] = (window.__defined[tag] ?? 0) + 1;
        return define(tag, ...rest);
      };
    });
    const p = await context.newPage();
    const errors = [];
    const chunks = [];
    p.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    p.on('request', (r) => r.url().includes('/chunks/') && chunks.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}${path}`);
    await p.waitForFunction(() => typeof window.tiendo?.loadAll === 'function');
    const check = async () => {
      assert.deepEqual(await p.evaluate(() => window.__csp), [], 'no policy violation');
      assert.deepEqual(errors, [], 'no console error or warning');
    };
    return { p, context, errors, chunks, check };
  }
  const defined = (p, id) => p.evaluate((i) => customElements.get(document.getElementById(i).localName) !== undefined, id);
  const ready = (p, id) => p.waitForFunction((i) => document.getElementById(i).status === 'ready', id, { timeout: 15_000 });
  /** Past the loader's idle work (it downloads the code of the elements seen when the browser is idle). */
  const idle = (p) => p.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500))));

  it('an element appended by a script later is defined and renders', async () => {
    const { p, context, chunks, check } = await open('/empty.html');
    await idle(p);
    assert.deepEqual(chunks, [], 'nothing loaded for a page without elements');
    await p.evaluate((html) => document.querySelector('main').insertAdjacentHTML('beforeend', html), element('tiendo-progress', 'late'));
    await ready(p, 'late');
    await check();
    await context.close();
  });

  it('loaded twice (and a second copy from another URL), it defines each element once and logs no error', async () => {
    const { p, context, chunks, check } = await open('/twice.html');
    for (const id of Object.keys(ATTRS)) await ready(p, id);
    await idle(p);
    assert.deepEqual(await p.evaluate(() => window.__defined), Object.fromEntries(Object.keys(ATTRS).map((t) => [t, 1])));
    assert.deepEqual(chunks.filter((c) => c.startsWith('/copy/')), [], 'the second copy loads nothing');
    assert.equal(new Set(chunks).size, chunks.length, 'each chunk requested once');
    await check();
    await context.close();
  });

  it('an element far below the fold is not defined until scrolled near, then is', async () => {
    const { p, context, chunks, check } = await open('/far.html');
    await idle(p);
    assert.equal(await defined(p, 'far'), false, 'not defined at first');
    assert.ok(chunks.includes(`/${progressEntry}`), 'its code was downloaded while the browser was idle');
    // Within the loader's margin below the viewport, not yet visible.
    await p.evaluate(() => scrollTo(0, document.getElementById('far').offsetTop - innerHeight - 400));
    await p.waitForFunction(() => customElements.get('tiendo-progress') !== undefined, undefined, { timeout: 5_000 });
    await p.evaluate(() => document.getElementById('far').scrollIntoView());
    await ready(p, 'far');
    await check();
    await context.close();
  });

  it('a pre-rendered element below the fold upgrades when the reader presses on it', async () => {
    const { p, context, check } = await open('/prerendered.html');
    const text = () => p.evaluate(() => [...document.getElementById('pre').shadowRoot.children].filter((c) => c.localName !== 'style').map((c) => c.textContent).join(' ').replace(/\s+/g, ' ').trim());
    const before = await text();
    await idle(p);
    assert.equal(await defined(p, 'pre'), false, 'not upgraded before');
    await p.evaluate(() => document.getElementById('pre').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    await ready(p, 'pre');
    assert.equal(await text(), before, 'the same text after the upgrade');
    await check();
    await context.close();
  });

  it('the data of the elements in view is requested with their code, not after it: one request, taken over by the element', async () => {
    const before = server.requests.length;
    const { p, context, check } = await open('/early.html');
    await ready(p, 'early');
    await ready(p, 'early-too');
    const timing = await p.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const data = entries.filter((e) => e.name.endsWith('/sample.json'));
      const code = entries.filter((e) => e.name.includes('/slow/chunks/'));
      return { data: data.map((e) => e.startTime), firstCode: Math.min(...code.map((e) => e.responseEnd)) };
    });
    assert.equal(timing.data.length, 1, 'the data downloaded once');
    assert.ok(timing.data[0] < timing.firstCode, `the data asked for (${timing.data[0].toFixed(0)} ms) before any chunk arrived (${timing.firstCode.toFixed(0)} ms)`);
    assert.equal(server.requests.slice(before).filter((r) => r === '/sample.json').length, 1, 'one request reached the server');
    // Chromium warns when a preload goes unused for a few seconds, or is not taken over (credentials).
    await p.waitForTimeout(3500);
    await check();
    await context.close();
  });

  it('loadAll() defines every element now, from the module and from window.tiendo', async () => {
    const { p, context, check } = await open('/far.html');
    assert.equal(await defined(p, 'far'), false);
    const same = await p.evaluate(async () => (await import('/tiendo.js')).loadAll === window.tiendo.loadAll);
    assert.equal(same, true, 'one function');
    await p.evaluate(() => window.tiendo.loadAll());
    assert.deepEqual(await p.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS), [], 'every tag defined');
    await ready(p, 'far');
    await check();
    await context.close();
  });

  it('with the manifest\'s integrity in an import map the chunks load; a wrong hash stops that chunk', async () => {
    const good = await open('/sri.html');
    for (const id of Object.keys(ATTRS)) await ready(good.p, id);
    await good.check();
    await good.context.close();
    const bad = await open('/sri-bad.html');
    for (const id of ['tiendo-ranking', 'tiendo-scorecard']) await ready(bad.p, id);
    assert.equal(await defined(bad.p, 'tiendo-progress'), false, 'the progress chunk, its hash wrong, did not run');
    assert.ok(bad.errors.some((e) => /integrity/i.test(e) || e.includes(progressEntry)), `the browser says why: ${bad.errors.join(' | ')}`);
    await bad.context.close();
  });
});
