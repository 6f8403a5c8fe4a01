// The gallery as a designer opens it: every matrix page (element × theme) renders every state
// without console errors, each state says what it is in words, and each state's screenshot matches
// its committed baseline. Also the front page and the article demo.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { open, settled, useGallery } from './harness.mjs';
import { compare } from './visual.mjs';

const ELEMENTS = ['progress', 'ranking', 'strong-share', 'scorecard', 'chart'];
const THEMES = ['light', 'dark'];
/** What a reader sees in each state, in words (Vietnamese, the default language). */
const WORDS = { empty: /Chưa có dữ liệu/, error: /Lỗi|lỗi|không hợp lệ|-5/ };

const gallery = useGallery();

/** Text of the shadow roots of the Tiến độ elements inside `section`. */
function shadowTexts(page, state) {
  return page.$$eval(`section[data-state="${state}"] figure.cell > :not(figcaption)`, (els) =>
    els.map((e) => ({ tag: e.localName, text: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(), loading: !!e.shadowRoot?.querySelector('[part="loading"], [aria-busy="true"]') || /^Đang tải/.test((e.shadowRoot?.textContent ?? '').trim()),
      failed: !!e.shadowRoot?.querySelector('[part="error"], [part="status"][data-state="error"]'),
    })),
  );
}

/**
 * A screenshot of `selector` with all of it inside the viewport: content far off screen that the
 * browser skips (content-visibility: auto, the ranking's bars) is drawn, as a reader scrolling to
 * it sees it, not left blank by a capture beyond the viewport. The viewport's height changes no
 * layout here (the widgets size by their container's width).
 */
async function fullShot(page, selector) {
  const viewport = page.viewportSize();
  const box = await page.locator(selector).boundingBox();
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(box.height) + 2) });
  try {
    await page.locator(selector).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return await page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await page.setViewportSize(viewport);
  }
}

for (const element of ELEMENTS) {
  describe(`matrix: ${element}`, () => {
    for (const theme of THEMES) {
      test(`${theme}: every state renders in words, no console error, screenshots match`, async () => {
        const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/matrix.html?el=${element}&theme=${theme}`, { colorScheme: theme });
        try {
          await settled(page, '#matrix');
          const states = await page.$$eval('section[data-state]', (s) => s.map((x) => x.dataset.state));
          // Ten common states; the progress bar also inside a sentence (`in-text`, compact).
          assert.equal(states.length, element === 'progress' ? 11 : 10, 'ten states (and an element\'s own)');
          const mismatches = [];
          for (const state of states) {
            const cells = await shadowTexts(page, state);
            assert.equal(cells.length, 4, `${state}: four widths`);
            for (const c of cells) {
              if (state === 'loading') assert.ok(c.loading, `${state}: <${c.tag}> shows its loading placeholder`);
              else assert.ok(c.text.length > 0 && !c.loading, `${state}: <${c.tag}> rendered text`);
              assert.equal(c.failed, state === 'error', `${state}: <${c.tag}> ${state === 'error' ? 'shows' : 'does not show'} an error: ${c.text.slice(0, 100)}`);
              if (WORDS[state]) assert.match(c.text, WORDS[state], `${state}: <${c.tag}> says so in words`);
            }
            const shot = await fullShot(page, `section[data-state="${state}"]`);
            const problem = compare(`${element}-${theme}-${state}`, shot);
            if (problem) mismatches.push(problem);
          }
          // Sections below the loading one are compared where they were drawn: the state must hold.
          assert.ok((await shadowTexts(page, 'loading')).every((c) => c.loading), 'the loading state still holds after the screenshots');
          assert.deepEqual(problems, [], 'no console errors, exceptions or failed requests');
          assert.deepEqual(mismatches, [], 'screenshots match their baselines');
        } finally {
          await context.close();
        }
      });
    }
  });
}

test('front page: each element ready, and the real figures listed with their sources', async () => {
  const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/`);
  try {
    await settled(page);
    const rows = await page.$$eval('#real tr', (trs) => trs.map((tr) => tr.textContent));
    assert.ok(rows.some((r) => r.includes('Quận Hoàng Mai') && r.includes('27/22 = 122,7%') && r.includes('cắt bớt')), 'Hoàng Mai 27/22, printed 122% truncated');
    assert.ok(rows.some((r) => r.includes('Quận Hoàn Kiếm') && r.includes('87,5%') && r.includes('SAI')), 'Hoàn Kiếm printed 87,5% flagged');
    const cards = await page.$$eval('#elements > .card', (cs) => cs.length);
    assert.equal(cards, ELEMENTS.length);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

for (const width of [375, 1200]) {
  test(`article demo at ${width} px: widgets between paragraphs, one request for the shared src`, async () => {
    const { page, context, problems } = await open(gallery.browser, 'about:blank', { width });
    try {
      const requests = [];
      page.on('request', (r) => r.url().endsWith('/data/sample.json') && requests.push(r.url()));
      await page.goto(`${gallery.origin}/article.html${width < 400 ? '?w=375' : ''}`);
      await settled(page, 'article');
      const texts = await page.$$eval('article > p > *, article > *', (els) =>
        els.filter((e) => e.localName.startsWith('tiendo-')).map((e) => e.shadowRoot.textContent.replace(/\s+/g, ' ')),
      );
      assert.equal(texts.length, 6, 'six elements in the story');
      assert.ok(texts[0].includes('122,7%'), 'the compact bar in the lede says 122,7%');
      assert.equal(requests.length, 1, 'one request for six elements with one src');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll at ${width} px (overflow ${overflow})`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
