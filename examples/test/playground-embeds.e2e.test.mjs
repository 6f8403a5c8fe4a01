// The playground's three snippets for the sample ranking, each used as a producer would: the plain
// one keeps the height it measured, the pre-rendered one shows the widget with JavaScript off and
// upgrades without a shift, the iframe one's page fills its iframe through the resizer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankPage, layoutShift, open, serveBlank, shadowTexts, useGallery, watchLayoutShift } from './harness.mjs';

const gallery = useGallery();

/** Opens the playground on the sample ranking and waits for its three snippets. */
async function playground(extra = {}) {
  const opened = await open(gallery.browser, `${gallery.origin}/playground.html`, extra);
  await opened.page.waitForFunction(() => ['#snippet', '#snippet-prerendered', '#snippet-iframe'].every((s) => document.querySelector(s).value.includes('tiendo-') || document.querySelector(s).value.includes('<iframe')), null, { timeout: 30_000 });
  const value = (s) => opened.page.inputValue(s);
  return { ...opened, plain: await value('#snippet'), prerendered: await value('#snippet-prerendered'), iframe: await value('#snippet-iframe') };
}

/** Waits until every Tiến độ element of the page is defined and ready, then two frames. */
async function upgraded(page) {
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('tiendo-progress, tiendo-ranking, tiendo-strong-share, tiendo-scorecard')];
    return els.length > 0 && els.every((e) => customElements.get(e.localName) && e.status === 'ready');
  }, null, { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

test('the playground offers three snippets for the sample ranking, each with when to choose it', async () => {
  const { page, context, problems, plain, prerendered, iframe } = await playground();
  try {
    const origin = gallery.origin.replace(/[.]/g, '\\.');
    assert.match(plain, new RegExp(`^<link rel="stylesheet" href="${origin}/embed/tiendo\\.css">\\n<script type="module" src="${origin}/embed/tiendo\\.js"></script>\\n<tiendo-ranking `), 'plain: the stylesheet and the script from the script address');
    assert.match(plain, /<tiendo-ranking [^>]*parent="ha-noi"[^>]* reserve="\d+px" reserve-wide="\d+px">/, 'plain: the measured heights');
    assert.match(prerendered, /^<tiendo-ranking [^>]*><template shadowroot="open" shadowrootmode="open"><style>/, 'pre-rendered: declarative shadow DOM');
    assert.match(prerendered, /<script type="application\/json">/, 'pre-rendered: the rows inline');
    assert.ok(prerendered.trimEnd().endsWith(`<script type="module" src="${gallery.origin}/embed/tiendo.js"></script>`), 'pre-rendered: the script from the script address');
    assert.match(iframe, /^<iframe src="http[^"]+tiendo-ranking-ha-noi\.html" title="Xếp hạng [^"]+" width="100%" height="\d+" frameborder="0" loading="lazy" data-tiendo-frame><\/iframe>\n<script type="module" src="[^"]+\/embed\/tiendo-resizer\.js"><\/script>/);
    const notes = await page.$$eval('.pg-embed', (els) => els.map((e) => [e.querySelector('h3').textContent, e.querySelector('.note').textContent]));
    assert.equal(notes.length, 3);
    for (const [title, note] of notes) assert.match(note, /^Chọn khi /, `${title}: when to choose it`);
    assert.match(await page.textContent('#measure-status'), /Chiều cao đo được: \d+ px ở cột 343 px/);
    assert.equal(await page.getAttribute('#page-download', 'download'), 'tiendo-ranking-ha-noi.html');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const [button, box] of [['#copy-prerendered', '#snippet-prerendered'], ['#copy-iframe', '#snippet-iframe']]) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.click(button);
      await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue(box), `${button} copies what is shown`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a render the server cannot make is explained in words, with the data’s path', async () => {
  const { page, context } = await playground();
  try {
    await page.fill('#input', JSON.stringify({ title: 'x', units: [{ id: 'a', name: 'A', kind: 'nope' }], metrics: [], periods: [] }));
    await page.waitForFunction(() => /Chưa dựng sẵn được/.test(document.querySelector('#prerendered-problem').textContent), null, { timeout: 20_000 });
    const text = await page.textContent('#prerendered-problem');
    assert.match(text, /units\[0\]\.kind/, 'names the path');
    assert.equal(await page.inputValue('#snippet-prerendered'), '');
  } finally {
    await context.close();
  }
});

/**
 * The pre-rendered snippet in an article's column of `column` px on a 375 px phone: the widget with
 * JavaScript off, the same text once the script has upgraded it, and the layout shift counted.
 */
async function prerenderedOnBlankPage(column) {
  const { context, prerendered } = await playground();
  await context.close();
  const margin = `0 ${(375 - column) / 2}px`;
  const blank = await serveBlank({ '/': blankPage(`<p>Đoạn trước.</p>\n${prerendered}\n<p>Đoạn sau.</p>`, { margin }) });
  try {
    const off = await gallery.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const a = await off.newPage();
    await a.goto(`${blank.origin}/`);
    const withoutJs = await shadowTexts(a);
    assert.equal(withoutJs.length, 1);
    assert.match(withoutJs[0], /Quận Hoàng Mai.*122,7%/, 'the ranking’s figures without JavaScript');
    const rows = await a.evaluate(() => document.querySelector('tiendo-ranking').shadowRoot.querySelectorAll('tbody tr').length);
    assert.equal(rows, 10, 'the top ten rows, in its table');
    await off.close();

    const on = await gallery.browser.newContext({ viewport: { width: 375, height: 800 } });
    await watchLayoutShift(on);
    const b = await on.newPage();
    const problems = [];
    b.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await b.goto(`${blank.origin}/`);
    await upgraded(b);
    assert.deepEqual(await shadowTexts(b), withoutJs, 'the same text after the script upgraded it');
    await b.mouse.wheel(0, 4000);
    await b.waitForTimeout(300);
    const { cls, shifts } = await layoutShift(b);
    assert.deepEqual(problems, []);
    await on.close();
    assert.equal(cls, 0, `${shifts.length} shifts: ${shifts.join(' | ').slice(0, 300)}`);
  } finally {
    await blank.close();
  }
}

test('the pre-rendered snippet on a blank page (a 343 px column): the widget with JavaScript off, the same text once upgraded, no layout shift', () => prerenderedOnBlankPage(343));

// 375 px: the narrow grid's cells are drawn (not estimated), so nothing shifts at any phone width either.
test('the same at a 375 px column (an iframe page on a phone)', () => prerenderedOnBlankPage(375));

test('the plain snippet reserves the height the element has at 343 px (and at 640 px, reserve-wide), before and after the script', async () => {
  const { context, plain } = await playground();
  await context.close();
  const reserve = Number(/ reserve="(\d+)px"/.exec(plain)[1]);
  const wide = Number(/ reserve-wide="(\d+)px"/.exec(plain)[1]);
  const [head, element] = [plain.slice(0, plain.indexOf('<tiendo-')), plain.slice(plain.indexOf('<tiendo-'))];
  const blank = await serveBlank({ '/': blankPage(`<div id="narrow" style="width:343px">${element}</div>\n<div id="wide" style="width:640px">${element}</div>`, { head }) });
  try {
    // Before tiendo.js has run (JavaScript off): tiendo.css keeps `reserve` on a phone.
    const off = await gallery.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const a = await off.newPage();
    await a.goto(`${blank.origin}/`);
    assert.equal(await a.$eval('#narrow > tiendo-ranking', (e) => e.getBoundingClientRect().height), reserve, 'the reserved height before the script');
    await off.close();

    const on = await gallery.browser.newContext({ viewport: { width: 1200, height: 800 } });
    const b = await on.newPage();
    await b.goto(`${blank.origin}/`);
    await upgraded(b);
    const heights = await b.$$eval('tiendo-ranking', (els) => els.map((e) => Math.ceil(e.getBoundingClientRect().height)));
    assert.deepEqual(heights, [reserve, wide], 'reserve = the height at 343 px, reserve-wide = the height at 640 px');
    await on.close();
  } finally {
    await blank.close();
  }
});

test('the iframe snippet: its page fills its iframe (tiendo-resizer.js), starting at the height measured at 375 px', async () => {
  const routes = {};
  const blank = await serveBlank(routes);
  const { page, context } = await playground();
  try {
    await page.fill('#page-url', `${blank.origin}/trang.html`);
    await page.waitForFunction((u) => document.querySelector('#snippet-iframe').value.includes(`src="${u}"`), `${blank.origin}/trang.html`, { timeout: 20_000 });
    const iframe = await page.inputValue('#snippet-iframe');
    const pageHtml = await page.evaluate(async () => (await fetch(document.querySelector('#page-download').href)).text());
    assert.match(pageHtml, /^<!doctype html>[^]*<meta http-equiv="Content-Security-Policy"[^]*tiendo-frame\.js/);
    const start = Number(/height="(\d+)"/.exec(iframe)[1]);
    routes['/host.html'] = blankPage(`<p>Đoạn trước.</p>\n${iframe}\n<p>Đoạn sau.</p>`);
    routes['/trang.html'] = pageHtml;
    const h = await open(gallery.browser, `${blank.origin}/host.html`, { width: 375, height: 800 });
    try {
      const frame = await h.page.waitForSelector('iframe').then((f) => f.contentFrame());
      await upgraded(frame);
      let fit = null;
      for (let i = 0; i < 50 && !fit?.same; i++) {
        await h.page.waitForTimeout(100);
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const height = await h.page.$eval('iframe', (f) => Number(f.getAttribute('height')));
        fit = { content, height, same: content === height };
      }
      assert.ok(fit.same, `the iframe is as tall as its page (${fit.height} for ${fit.content})`);
      assert.ok(Math.abs(start - fit.content) <= 4, `the height measured at 375 px (${start}) is the page’s (${fit.content})`);
      assert.equal(await frame.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), true, 'nothing to scroll inside the iframe');
      assert.deepEqual(h.problems, []);
    } finally {
      await h.context.close();
    }
  } finally {
    await context.close();
    await blank.close();
  }
});
