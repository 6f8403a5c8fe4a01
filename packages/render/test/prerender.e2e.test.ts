// Pre-rendered snippets in real Chromium, against the built dist/tiendo.js (the root test runner
// builds first): the server's shadow DOM equals the client's render of the same element in every
// state of the matrix; with JavaScript off the reader sees the same text; upgrading shifts nothing
// and requests no data; strict CSP with the published style hashes, and Trusted Types, hold.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../embed/scripts/browser.mjs';
import { STRICT_CSP, serve } from '../../embed/scripts/server.mjs';
import { caseFor } from '../../../examples/src/shared/cases.js';
import { frameHeight, iframeHtml, renderPage, renderSnippet, type Snippet } from '../src/index.js';
import { shadowSnapshots } from './dom-snapshot.mjs';
import { ELEMENTS, STATES, page, stateSnippet } from './pages.js';

const dist = fileURLToPath(new URL('../../embed/dist/', import.meta.url));
const PAGE_CSS = 'body{margin:0 16px;font-family:"Liberation Sans",Arial,Helvetica,sans-serif;line-height:1.5}main{max-width:680px;margin:0 auto}';
const TAGS = 'tiendo-progress,tiendo-ranking,tiendo-strong-share,tiendo-scorecard';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const byState = new Map<string, Snippet[]>();
let hashes: string[] = [];
/** The strict policy with the snippets' style hashes, and the same with Trusted Types enforced. */
let policies: string[] = [];

const html = (body: string) => () => ({ type: 'text/html; charset=utf-8', body });
const between = (snippets: Snippet[]) => snippets.map((s) => s.element).join('\n<p>Một đoạn văn của bài báo, giữa hai phần tử, dài vừa đủ để xuống dòng trên điện thoại.</p>\n');

before(async () => {
  for (const state of STATES) byState.set(state, await Promise.all(ELEMENTS.map((e) => stateSnippet(e, state))));
  const ready = byState.get('ready')!;
  const chart = await renderSnippet(caseFor('chart', 'ready').data, { element: 'chart', attributes: caseFor('chart', 'ready').attrs });
  const withChart = [...ready, chart];
  hashes = [...new Set([...byState.values()].flat().concat(chart).flatMap((s) => s.styleHashes))];
  const csp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
  const tt = `${csp}; require-trusted-types-for 'script'; trusted-types lit-html`;
  let origin = '';
  const frame = (i: number) => renderPage(ready[i]!, { base: `${origin}/dist/`, title: ready[i]!.title });
  const routes: Record<string, (q?: URLSearchParams) => { type: string; body: string }> = {
    '/page.css': () => ({ type: 'text/css', body: PAGE_CSS }),
    '/live.html': html(page(between(withChart), { script: '/dist/tiendo.js' })),
    '/host.html': html(page('<p>Bài báo</p><iframe src="/frame-page.html" title="Xếp hạng" width="100%" height="150" frameborder="0"></iframe><p>Hết</p>', { script: '/dist/tiendo-resizer.js' })),
    '/host-bare.html': html(page(ELEMENTS.map((_, i) => iframeHtml({ url: `/frame-page.html?i=${i}`, title: ready[i]!.title, height: frameHeight(ready[i]!) })).join('\n'))),
  };
  for (const [state, snippets] of byState) routes[`/${state}.html`] = html(page(between(snippets)));
  // The gallery's own state of the progress: compact, inside a sentence of running text.
  const inText = await stateSnippet('progress', 'over-target', { compact: '' });
  routes['/in-text.html'] = html(page(`<p>Năm 2017, Liên đoàn Lao động quận Hoàng Mai thành lập 27 công đoàn cơ sở, vượt kế hoạch 22 được giao: ${inText.element}.</p>`));
  server = await serve({
    routes: {
      ...routes,
      '/frame-page.html': (query?: URLSearchParams) => ({ type: 'text/html; charset=utf-8', body: frame(Number(query?.get('i') ?? 1)) }),
      '/strict.html': html(page(between(withChart), { script: '/dist/tiendo.js' })),
    },
    mounts: { '/dist/': dist },
  });
  origin = server.url;
  policies = [csp, tt];
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Window of a page with the loader. */
type Loaded = { tiendo?: { loadAll(): Promise<unknown> } };

/** Adds the loader and asks it for every element now (by itself it upgrades a pre-rendered one as it comes into view). */
async function upgrade(p: Page): Promise<void> {
  await p.addScriptTag({ type: 'module', url: '/dist/tiendo.js' });
  await loadAll(p);
  await p.waitForFunction((tags) => [...document.querySelectorAll(tags)].every((e) => customElements.get(e.localName) && ['ready', 'empty'].includes((e as unknown as { status: string }).status)), TAGS);
  // Over a server rendering the data is read in the upgrade's task and the DOM built in a later one.
  await p.evaluate((tags) => Promise.all([...document.querySelectorAll(tags)].map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete)), TAGS);
}

async function loadAll(p: Page): Promise<void> {
  await p.waitForFunction(() => typeof (window as Loaded).tiendo?.loadAll === 'function');
  await p.evaluate(() => (window as Loaded).tiendo!.loadAll());
}

/** How many percents (`102,7%`) of the ranking the accessibility tree holds: what a screen reader can read. */
async function rankingPercentsRead(p: Page): Promise<number> {
  const cdp = await p.context().newCDPSession(p);
  try {
    type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | undefined => (n.nodeName === 'TIENDO-RANKING' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
    const host = find(root)!;
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId: host.backendNodeId, role: 'StaticText' })) as { nodes: { name?: { value?: string } }[] };
    return nodes.filter((n) => /^\d+,\d%$/.test(n.name?.value ?? '')).length;
  } finally {
    await cdp.detach();
  }
}

/** Scrolls down to `selector` as a reader does, a few lines at a time, so each element on the way comes into view. */
async function scrollTo(p: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60 && (await p.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().bottom > innerHeight, selector)); i++) {
    await p.mouse.wheel(0, 300);
    await p.waitForTimeout(50);
  }
}

describe('pre-rendered snippets (Chromium)', () => {
  it('the server renders what the client renders, in every state of the matrix, and the upgrade requests no data', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    for (const state of [...STATES, 'in-text']) {
      const p = await context.newPage();
      const asked: string[] = [];
      p.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await p.goto(`${server.url}/${state}.html`);
      // Every row laid out (as the ranking does once the browser is idle): heights are real ones, not the estimates of skipped rows.
      await p.evaluate(() => document.querySelectorAll('tiendo-ranking').forEach((e) => e.setAttribute('data-laid-out', '')));
      const server_ = await p.evaluate(shadowSnapshots);
      assert.equal(server_.length, state === 'in-text' ? 1 : ELEMENTS.length);
      for (const s of server_) assert.equal(s.defined, false, `${state} <${s.tag}> is not yet defined before the script`);
      // The server's nodes are marked: after the upgrade, what is compared is the client's render.
      await p.evaluate((tags) => document.querySelectorAll(tags).forEach((e) => e.shadowRoot!.querySelectorAll('*').forEach((n) => n.setAttribute('data-server', ''))), TAGS);
      await upgrade(p);
      assert.deepEqual(await p.evaluate((tags) => [...document.querySelectorAll(tags)].filter((e) => e.shadowRoot!.querySelector('[data-server]')).map((e) => e.localName), TAGS), [], `${state}: every element rendered anew`);
      const client = await p.evaluate(shadowSnapshots);
      for (const [i, s] of server_.entries()) {
        const c = client[i]!;
        assert.ok(s.text.length > 8, `${state} <${s.tag}> shows text before any script`);
        assert.equal(c.text, s.text, `${state} <${s.tag}>: same text`);
        assert.equal(c.tree, s.tree, `${state} <${s.tag}>: same elements, attributes and text`);
        assert.equal(c.height, s.height, `${state} <${s.tag}>: same height`);
      }
      assert.deepEqual(asked.filter((u) => !u.startsWith('/dist/') && u !== `/${state}.html` && u !== '/page.css' && u !== '/favicon.ico'), [], `${state}: no data request`);
      await p.close();
    }
    await context.close();
  });

  it('with JavaScript off the reader sees the same widget text as with it', async () => {
    const off = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const on = await browser.newContext({ viewport: { width: 375, height: 800 } });
    for (const state of ['ready', 'over-target', 'rows-700']) {
      const a = await off.newPage();
      await a.goto(`${server.url}/${state}.html`);
      const b = await on.newPage();
      await b.goto(`${server.url}/${state}.html`);
      await upgrade(b);
      const live = await b.evaluate(shadowSnapshots);
      // With scripts disabled the page's own scripts do not run; the test reads the DOM from outside.
      const noJs = await a.evaluate(shadowSnapshots);
      assert.deepEqual(noJs.map((x) => x.text), live.map((x) => x.text), state);
      const bars = await a.evaluate(() => [...document.querySelectorAll('tiendo-progress, tiendo-ranking')].map((e) => e.shadowRoot!.querySelectorAll('[role="progressbar"], table').length));
      assert.ok(bars.every((n) => n > 0), `${state}: progressbar and table semantics without JavaScript`);
      // A screen reader without JavaScript finds every row's percent (the ranking skips no row's layout then).
      const rowCount = await a.evaluate(() => document.querySelector('tiendo-ranking')!.shadowRoot!.querySelectorAll('tbody tr').length);
      assert.equal(await rankingPercentsRead(a), rowCount, `${state}: a percent read per row of the ranking without JavaScript`);
      await a.close();
      await b.close();
    }
    await off.close();
    await on.close();
  });

  it('where the <template> is stripped, the plain table shows the figures', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const p = await ctx.newPage();
    const stripped = between(byState.get('ready')!).replace(/<template[^>]*>[^]*?<\/template>/g, '').replace(/<script[^>]*>[^]*?<\/script>/g, '');
    await p.setContent(page(stripped).replace('<link rel="stylesheet" href="/page.css">', ''));
    const text = await p.evaluate(() => document.body.innerText);
    for (const words of ['Quận Hoàng Mai', '1.438', '1.400', '102,7%', 'Khu vực nhà nước']) assert.ok(text.includes(words), `the fallback shows “${words}”`);
    await ctx.close();
  });

  it('upgrading shifts nothing: layout shift 0 at 320, 375, 768 and 1200 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [320, 375, 768, 1200]) {
        const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const p = await ctx.newPage();
        await p.addInitScript(() => {
          const w = window as unknown as { __shifts: string[]; __cls: number };
          w.__cls = 0;
          w.__shifts = [];
          new PerformanceObserver((l) => {
            for (const e of l.getEntries() as unknown as { value: number; sources: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
              w.__cls += e.value;
              w.__shifts.push(e.sources.map((s) => `${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`).join('; '));
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await p.goto(`${server.url}/live.html`);
        // Loaded as a page is: the elements in view upgrade first, the others as the reader scrolls to them.
        await p.waitForFunction((tags) => [...document.querySelectorAll(tags)].filter((e) => e.getBoundingClientRect().top < innerHeight).every((e) => (e as unknown as { status: string }).status === 'ready'), TAGS);
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        // Scrolled to the chart as a reader would (its code loads when it comes near the viewport).
        await scrollTo(p, 'tiendo-chart');
        await p.waitForFunction((tags) => [...document.querySelectorAll(tags)].every((e) => (e as unknown as { status: string }).status === 'ready'), TAGS);
        await p.waitForFunction(() => (document.querySelector('tiendo-chart') as unknown as { status: string } | null)?.status === 'ready' && !document.querySelector('tiendo-chart')!.shadowRoot!.querySelector('[data-ssr-svg]') && document.querySelector('tiendo-chart')!.shadowRoot!.querySelector('.vega svg'));
        await p.waitForTimeout(300);
        const { cls, shifts } = await p.evaluate(() => ({ cls: (window as unknown as { __cls: number }).__cls, shifts: (window as unknown as { __shifts: string[] }).__shifts }));
        assert.equal(cls, 0, `${width} px ${colorScheme}: ${shifts.join(' | ')}`);
        await ctx.close();
      }
    }
  });

  it('a strict CSP with the published style hashes, and with Trusted Types enforced: no violation', async () => {
    for (const policy of policies) {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
      await ctx.route('**/strict.html', async (route) => {
        const r = await route.fetch();
        await route.fulfill({ response: r, headers: { ...r.headers(), 'content-security-policy': policy } });
      });
      await ctx.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI || '(inline)'} ${e.sample}`), true);
      });
      const p = await ctx.newPage();
      const errors: string[] = [];
      p.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.text()) && errors.push(m.text()));
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${server.url}/strict.html`);
      await loadAll(p);
      await p.evaluate(() => document.querySelector('tiendo-chart')!.scrollIntoView());
      await p.waitForFunction((tags) => [...document.querySelectorAll(tags)].every((e) => (e as unknown as { status: string }).status === 'ready'), `${TAGS},tiendo-chart`);
      const before = await p.evaluate(() => document.querySelector('tiendo-ranking')!.shadowRoot!.querySelector('.bar-fill')!.getBoundingClientRect().width);
      assert.ok(before > 10, 'bars have their widths under the policy');
      const violations = await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      assert.deepEqual(violations, [], policy);
      assert.deepEqual(errors.filter((e) => !/Failed to load resource.*404/.test(e)), []);
      await ctx.close();
    }
  });

  it('the iframe page reports its height and the host page’s resizer applies it', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/host.html`);
    const frame = p.frameLocator('iframe');
    await frame.locator('tiendo-ranking').waitFor();
    await p.waitForFunction(() => Number(document.querySelector('iframe')!.height) > 150);
    const { height, content } = await p.evaluate(async () => {
      const f = document.querySelector('iframe')!;
      return { height: Number(f.height), content: Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height) };
    });
    assert.equal(height, content, 'the iframe is as tall as its page');
    await ctx.close();
  });

  it('without the resizer, each iframe’s default height fits its widget at 375 px', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375 + 32, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/host-bare.html`);
    await p.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.querySelector('[shadowrootmode], tiendo-progress, tiendo-ranking, tiendo-strong-share, tiendo-scorecard')));
    const fits = await p.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => {
      const page = Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height);
      return { frame: Number(f.height), page, width: f.getBoundingClientRect().width };
    }));
    for (const [i, f] of fits.entries()) {
      assert.equal(f.width, 375, 'the iframe is 375 px wide');
      assert.ok(f.page <= f.frame && f.frame - f.page < 120, `${ELEMENTS[i]}: page ${f.page} px in a ${f.frame} px iframe`);
    }
    await ctx.close();
  });
});
