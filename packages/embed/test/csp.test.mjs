// Every element, charts included, renders from the built dist/tiendo.js on pages served with a
// strict Content-Security-Policy (no unsafe-inline, no unsafe-eval): zero `securitypolicyviolation`
// events and no console errors. Needs `pnpm build` first (the root test runner builds).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../scripts/browser.mjs';
import { STRICT_CSP, serve } from '../scripts/server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const built = here('../dist/');
// A snapshot of the build, so a rebuild during the test (another `pnpm build`) cannot mix hashes.
let dist = built;
const repo = here('../../../');
const sample = here('../../sdk/data/sample.json');

/** Elements of a page with their status (widgets and charts expose `status`) and visible text. */
function snapshot() {
  const tags = ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard', 'tiendo-chart'];
  return [...document.querySelectorAll(tags.join(','))].map((el) => ({
    id: el.id || el.localName,
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    status: el.status ?? null,
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    svg: el.localName === 'tiendo-chart' ? (el.shadowRoot?.querySelectorAll('.vega svg .mark-rect path, .vega svg .mark-symbol path').length ?? 0) : null,
  }));
}

const debug = (...a) => process.env.DEBUG_E2E && console.log(new Date().toISOString(), ...a);

async function renderUnderCsp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  // Installed through the DevTools protocol, so it sees violations on any page (policy or not).
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const t = e.composedPath()[0];
      const where = t instanceof Element ? `<${t.localName} class="${t.getAttribute('class') ?? ''}"> in ${t.getRootNode()?.host?.localName ?? 'document'}` : '';
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${where}`);
    }, true);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  debug('goto', url);
  const response = await page.goto(url);
  debug('loaded');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  // Elements load when near the viewport: scroll to each like a reader.
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('tiendo-progress,tiendo-ranking,tiendo-strong-share,tiendo-scorecard,tiendo-chart')) {
      el.scrollIntoView();
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll('tiendo-progress,tiendo-ranking,tiendo-strong-share,tiendo-scorecard,tiendo-chart')].every(
      (el) => el.status === 'ready' && (el.localName !== 'tiendo-chart' || el.shadowRoot?.querySelector('.vega svg')),
    ),
    undefined,
    { timeout: 30_000 },
  ).catch(() => undefined);
  debug('waited');
  const elements = await page.evaluate(snapshot);
  // Settle: hovering, a theme switch and a resize must not violate the policy either.
  await page.evaluate(() => document.querySelectorAll('[theme], tiendo-chart').forEach((el) => el.setAttribute('theme', 'dark')));
  await page.setViewportSize({ width: 420, height: 800 });
  const bar = await page.$('tiendo-chart >> .vega svg .mark-rect path');
  if (bar) await bar.hover({ force: true }).catch(() => undefined);
  await page.waitForTimeout(300);
  debug('settled');
  const violations = await page.evaluate(() => window.__csp ?? null);
  await context.close();
  return { elements, violations, errors };
}

describe('strict CSP', { timeout: 120_000, skip: !existsSync(`${built}tiendo.js`) && 'build @tiendo/embed first' }, () => {
  let browser;
  let server;
  before(async () => {
    dist = `${mkdtempSync(`${tmpdir()}/tiendo-csp-`)}/`;
    cpSync(built, dist, { recursive: true });
    browser = await launch();
    server = await serve({
      headers: { 'content-security-policy': STRICT_CSP },
      routes: {
        '/': here('fixtures/csp.html'),
        '/csp-probe.js': here('fixtures/csp-probe.js'),
        '/set-data.js': here('fixtures/set-data.js'),
        '/sample.json': sample,
        '/sample.csv': here('../../sdk/data/sample.csv'),
        '/tiendo.js': `${dist}tiendo.js`,
        '/no-chart.html': () => '<!doctype html><title>x</title><script type="module" src="/tiendo.js"></script><p>Không có biểu đồ.</p>',
        '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
      },
      mounts: { '/chunks/': `${dist}chunks/`, '/repo/examples/': `${repo}examples/`, '/repo/packages/embed/dist/': dist, '/repo/packages/sdk/data/': here('../../sdk/data/') },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dist !== built) rmSync(dist, { recursive: true, force: true });
  });

  it('test page: every element and chart renders, no violation, no console error', async () => {
    const { elements, violations, errors } = await renderUnderCsp(browser, `${server.url}/`);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(errors, [], 'console errors');
    assert.equal(elements.length, 10);
    for (const el of elements) {
      assert.equal(el.defined, true, `${el.id} defined`);
      assert.equal(el.status, 'ready', `${el.id} ready: ${el.text.slice(0, 200)}`);
      assert.ok(el.text.length > 10, `${el.id} has text`);
    }
    const byId = Object.fromEntries(elements.map((e) => [e.id, e]));
    assert.match(byId.progress.text, /122,7%/);
    assert.match(byId['by-property'].text, /1\.438/);
    assert.match(byId['from-csv'].text, /1\.438/);
    assert.match(byId['from-table'].text, /102,7%/);
    assert.match(byId.ranking.text, /Hoàng Mai/);
    assert.match(byId['strong-share'].text, /92,8%/);
    for (const id of ['chart-ranking', 'chart-trend', 'chart-share']) assert.ok(byId[id].svg > 0, `${id} drew marks`);
  });

  it('examples/embed-test.html (only the built file): every element renders under the same policy', async () => {
    const { elements, violations, errors } = await renderUnderCsp(browser, `${server.url}/repo/examples/embed-test.html`);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(errors, [], 'console errors');
    const tags = new Set(elements.map((e) => e.tag));
    for (const tag of ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard', 'tiendo-chart']) assert.ok(tags.has(tag), tag);
    for (const el of elements) assert.equal(el.status, 'ready', `${el.id} ready: ${el.text.slice(0, 200)}`);
  });

  it('loads the chart chunk only when a chart is on the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (r) => r.url().includes('/chunks/') && scripts.push(r.url()));
    await page.goto(`${server.url}/no-chart.html`);
    await page.waitForFunction(() => typeof window.tiendo?.loadAll === 'function', undefined, { timeout: 15_000 });
    // Past the loader's idle time, when it fetches the code of the elements on the page.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300))));
    const before = scripts.filter((u) => /chunks\/chart-/.test(u)).length;
    await page.evaluate(() => document.body.append(document.createElement('tiendo-chart')));
    await page.waitForFunction(() => customElements.get('tiendo-chart') !== undefined, undefined, { timeout: 15_000 });
    const afterAdd = scripts.filter((u) => /chunks\/chart-/.test(u)).length;
    await context.close();
    assert.equal(before, 0, 'no chart chunk before a chart');
    assert.equal(afterAdd, 1, 'one chart chunk after a chart is added');
  });
});
