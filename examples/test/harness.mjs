// What the gallery's end-to-end tests share: the built gallery served by `vite preview` on a free
// port of 127.0.0.1, and Debian's (or the laptop's) Chromium driven by playwright-core.
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROME_ARGS, findChrome } from '../../config/browser.mjs';

export const EXAMPLES = fileURLToPath(new URL('..', import.meta.url));

/** Serves `examples/dist` (built by `pnpm build`); returns its origin and a close function. */
export async function serveGallery() {
  const server = await preview({ root: EXAMPLES, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  return { origin, close: () => server.close() };
}

/** Launches headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}

/**
 * Opens `url` in a new page of `browser` and collects what a person would call a broken page:
 * console errors, uncaught exceptions and failed requests (except the one that hangs on purpose).
 */
export async function open(browser, url, { width = 1400, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().includes('/__tiendo/hang') && problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems };
}

/**
 * Waits until every Tiến độ element under `scope` has left the loading state (except those
 * loading on purpose), so screenshots and checks see the final view.
 */
export async function settled(page, scope = 'body') {
  await page.waitForFunction((sel) => {
    const els = [...document.querySelector(sel).querySelectorAll('*')].filter((e) => e.localName.startsWith('tiendo-') && e.getAttribute('src') !== '/__tiendo/hang.json');
    return els.every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[part="loading"], [aria-busy="true"]') && (e.shadowRoot.childElementCount > 0 || e.shadowRoot.textContent.trim()));
  }, scope, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
}

/**
 * For a test file: serves the gallery and launches Chromium before its tests, closes both after.
 * Returns an object whose `origin` and `browser` are set once the tests run.
 */
export function useGallery() {
  const ctx = { origin: '', browser: null };
  let server;
  before(async () => {
    server = await serveGallery();
    ctx.origin = server.origin;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await server?.close();
  });
  return ctx;
}

/**
 * A blank site on another port of 127.0.0.1, as a newsroom's CMS would serve it: `routes` maps a
 * path to HTML (a string, or a function called at each request, so tests can set it later).
 * Returns its origin and a close function.
 */
export async function serveBlank(routes) {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    const body = typeof route === 'function' ? route() : route;
    res.statusCode = body === undefined ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(body ?? 'Not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A blank HTML page around `body`, in the gallery's font (which the playground measures with);
 * no margins unless `margin` (an article's column: `0 16px`, 343 px wide on a 375 px phone).
 */
export function blankPage(body, { head = '', margin = '0' } = {}) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Trang trắng</title>${head}</head><body style="margin:${margin};font-family:system-ui,sans-serif">\n${body}\n</body></html>`;
}

/** Counts layout shifts from the first paint on, in every page of `context` (read with `layoutShift`). */
export function watchLayoutShift(context) {
  return context.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__cls += e.value;
        window.__shifts.push(e.sources.map((s) => `${s.node?.nodeName ?? '?'} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`).join('; '));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift counted so far in `page`, and what moved. */
export function layoutShift(page) {
  return page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
}

/** Text of the shadow root of each Tiến độ element of the page (not its styles), white space collapsed. */
export function shadowTexts(page, selector = 'tiendo-progress, tiendo-ranking, tiendo-strong-share, tiendo-scorecard, tiendo-chart') {
  return page.$$eval(selector, (els) => els.map((e) => {
    if (!e.shadowRoot) return null;
    const walker = document.createTreeWalker(e.shadowRoot, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.localName !== 'style') text += n.data;
    return text.replace(/\s+/g, ' ').trim();
  }));
}
