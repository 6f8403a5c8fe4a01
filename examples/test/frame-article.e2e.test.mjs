// The gallery's iframe page (/frame.html: any element from its src and attributes, sized by the
// host's tiendo-resizer.js) and the article demo's pre-rendered widgets (their shadow roots are in
// the HTML, before any script; the script upgrades them in place; ?w=375 and ?theme=dark still work).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankPage, open, serveBlank, settled, shadowTexts, useGallery } from './harness.mjs';

const gallery = useGallery();
const WIDGETS = 'article tiendo-progress, article tiendo-ranking, article tiendo-strong-share, article tiendo-scorecard';

test('/frame.html: the element alone, without margins, its attributes as text, its height reported to the host page', async () => {
  const q = new URLSearchParams({ el: 'ranking', src: '/data/sample.json', parent: 'ha-noi', top: '5', locale: '<b>vi</b>', onclick: 'alert(1)' });
  const url = `${gallery.origin}/frame.html?${q}`;
  const blank = await serveBlank({
    '/host.html': blankPage(`<p>Đoạn trước.</p>\n<iframe src="${url}" title="Xếp hạng" width="100%" height="150" frameborder="0"></iframe>\n<p>Đoạn sau.</p>\n<script type="module" src="${gallery.origin}/embed/tiendo-resizer.js"></script>`),
  });
  const { page, context, problems } = await open(gallery.browser, `${blank.origin}/host.html`, { width: 375, height: 800 });
  try {
    const frame = await page.waitForSelector('iframe').then((f) => f.contentFrame());
    await settled(frame);
    const el = await frame.$eval('tiendo-ranking', (e) => ({
      attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
      rect: e.getBoundingClientRect().toJSON(),
      rows: e.shadowRoot.querySelectorAll('tbody tr').length,
      bold: document.querySelectorAll('b').length,
    }));
    const { src, parent, top, locale, onclick } = el.attrs;
    assert.deepEqual({ src, parent, top, locale, onclick }, { src: '/data/sample.json', parent: 'ha-noi', top: '5', locale: '<b>vi</b>', onclick: undefined }, 'the element’s own attributes, as text; no event handler');
    assert.equal(el.bold, 0, 'a value is never HTML');
    assert.equal(el.rows, 5);
    assert.deepEqual([el.rect.x, el.rect.y], [0, 0], 'no margins');
    let fit = null;
    for (let i = 0; i < 50 && !fit?.same; i++) {
      await page.waitForTimeout(100);
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = await page.$eval('iframe', (f) => Number(f.getAttribute('height')));
      fit = { content, height, same: content === height && height > 150 };
    }
    assert.ok(fit.same, `tiendo-frame.js reported its height and the resizer applied it (${fit.height} for ${fit.content})`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await blank.close();
  }
});

test('/frame.html without a known element says so in words', async () => {
  const { page, context } = await open(gallery.browser, `${gallery.origin}/frame.html?el=nope&src=/data/sample.json`);
  try {
    await page.waitForSelector('[role="alert"]');
    assert.match(await page.textContent('[role="alert"]'), /Không có phần tử “nope”/);
  } finally {
    await context.close();
  }
});

test('the article’s widgets are pre-rendered: shadow roots and figures before any script, the same text once upgraded', async () => {
  // Every script of the page answers empty: the elements are never defined.
  const { page, context } = await open(gallery.browser, 'about:blank');
  let live;
  try {
    await page.route('**/*.{js,ts}', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(`${gallery.origin}/article.html`);
    const before = await page.$$eval(WIDGETS, (els) => els.map((e) => ({ tag: e.localName, defined: !!customElements.get(e.localName), shadow: !!e.shadowRoot, src: e.getAttribute('src') })));
    assert.equal(before.length, 5, 'five widgets (the chart stays a plain element)');
    for (const w of before) assert.deepEqual(w, { tag: w.tag, defined: false, shadow: true, src: null }, `<${w.tag}>: a declarative shadow root, no src, not defined`);
    const texts = await shadowTexts(page, WIDGETS);
    assert.match(texts[0], /27\/22\s*CĐCS\s*122,7%/, 'the lede’s compact bar with its figures');
    assert.match(texts[2], /Quận Hoàng Mai/, 'the ranking’s rows');
    assert.equal(await page.$eval('.lede', (p) => p.querySelector('tiendo-progress') !== null && /được giao:/.test(p.textContent)), true, 'the compact bar still sits in its sentence');

    live = await open(gallery.browser, `${gallery.origin}/article.html`);
    await settled(live.page, 'article');
    assert.deepEqual(await shadowTexts(live.page, WIDGETS), texts, 'upgraded in place: the same text');
    assert.deepEqual(live.problems, []);
  } finally {
    await live?.context.close();
    await context.close();
  }
});

test('the pre-rendered article with JavaScript off shows every widget’s figures', async () => {
  const context = await gallery.browser.newContext({ viewport: { width: 375, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${gallery.origin}/article.html`);
    const texts = await shadowTexts(page, WIDGETS);
    assert.equal(texts.length, 5);
    for (const t of texts) assert.ok(t.length > 20, `figures without JavaScript: ${t.slice(0, 80)}`);
    assert.match(texts[3], /Khu vực nhà nước/);
  } finally {
    await context.close();
  }
});

test('?w=375&theme=dark still frame and darken the pre-rendered article', async () => {
  const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/article.html?w=375&theme=dark`, { colorScheme: 'dark' });
  try {
    await settled(page, 'article');
    assert.equal(await page.$eval('#frame', (f) => f.getBoundingClientRect().width), 375);
    const themes = await page.$$eval('article > *, article > p > *', (els) => els.filter((e) => e.localName.startsWith('tiendo-')).map((e) => e.getAttribute('theme')));
    assert.deepEqual(themes, Array(6).fill('dark'));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
