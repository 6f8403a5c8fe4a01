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
