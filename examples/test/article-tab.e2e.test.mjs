// The playground's “Từ bài báo” tab: paste the Hoàn Kiếm sentence of 2021, see both figures marked
// and listed with their verdicts in words, correct the misprinted figure's target by hand (21/24 is
// the 87,5% printed), then use the corrected data and see it in the preview.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, settled, useGallery } from './harness.mjs';

const HOAN_KIEM = '6 tháng đầu năm 2021, Liên đoàn Lao động quận Hoàn Kiếm đã thành lập được 21/27 Công đoàn cơ sở đạt 87,5% kế hoạch năm, kết nạp 1.548/1.400 đoàn viên đạt 110,6% kế hoạch năm.';

const gallery = useGallery();

test('an article’s figures are marked, listed with their verdicts, and used as the playground’s data', async () => {
  const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  try {
    assert.equal(await page.isVisible('#panel-article'), false, 'the tab is hidden by default');
    await page.click('#tab-article');
    await page.fill('#article-text', HOAN_KIEM);
    await page.fill('#article-published', '2021-07-01');
    await page.click('#article-read');
    await page.waitForFunction(() => document.querySelectorAll('#article-figures li').length > 0);

    const items = await page.$$eval('#article-figures li .fig-read', (ps) => ps.map((p) => p.textContent.replace(/\s+/g, ' ').trim()));
    assert.equal(items.length, 2, 'two figures');
    assert.match(items[0], /Thành lập CĐCS/);
    assert.match(items[0], /21\/27/);
    assert.match(items[0], /87,5%/);
    assert.match(items[0], /SAI LỆCH/, 'the misprint is flagged in words');
    assert.match(items[1], /Kết nạp đoàn viên/);
    assert.match(items[1], /1\.548\/1\.400/);
    assert.match(items[1], /110,6%/);
    assert.match(items[1], /làm tròn đúng/);
    assert.doesNotMatch(items[1], /SAI LỆCH/);

    const marks = await page.$$eval('#article-view mark', (ms) => ms.map((m) => m.textContent));
    assert.equal(marks.length, 2, 'two <mark> elements');
    assert.match(marks[0], /21\/27/);
    assert.match(marks[1], /1\.548\/1\.400/);

    // Every figure has labelled fields to correct it by hand.
    for (const k of ['include', 'metric', 'actual', 'target', 'printed', 'unit', 'period']) {
      const labelled = await page.$eval(`#fig-1-${k}`, (el) => el.labels.length > 0 && /\S/.test(el.labels[0].textContent));
      assert.ok(labelled, `field ${k} has a label`);
    }
    assert.equal(await page.inputValue('#fig-1-target'), '27');
    assert.equal(await page.inputValue('#fig-1-metric'), 'grassroots-unions');
    assert.equal(await page.isChecked('#fig-1-include'), true);
    await page.fill('#fig-1-target', '24');
    await page.waitForFunction(() => document.querySelector('#fig-1-verdict').textContent === 'khớp');
    assert.doesNotMatch(await page.$eval('#article-figures li', (li) => li.className), /mismatch/, 'no longer flagged');
    await page.fill('#fig-1-target', '2x');
    await page.waitForFunction(() => /Không đọc được/.test(document.querySelector('#fig-1-problem').textContent));
    await page.fill('#fig-1-target', '24');
    assert.equal(await page.textContent('#fig-1-verdict'), 'khớp', 'the verdict for 87,5% is exact for 21/24');
    assert.equal(await page.textContent('#fig-1-problem'), '');

    await page.click('#article-use');
    await page.waitForFunction(() => /hợp lệ/.test(document.querySelector('#validation').textContent));
    assert.equal(await page.isVisible('#input'), true, 'back on the paste tab, with the data as JSON');
    assert.match(await page.inputValue('#input'), /"hoan-kiem"/);
    await page.selectOption('#attr-element', 'progress');
    await page.selectOption('#attr-unit', 'hoan-kiem');
    await page.selectOption('#attr-metric', 'members');
    await page.selectOption('#attr-period', '2021');
    await settled(page, '#preview');
    const shown = await page.$eval('#preview tiendo-progress', (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(shown, /1\.548/, 'the preview shows the members admitted');
    assert.match(await page.inputValue('#snippet'), /1548/, 'the snippet carries the data');
    const data = JSON.parse(await page.inputValue('#input'));
    assert.deepEqual(data.targets.filter((t) => t.metric === 'grassroots-unions').map((t) => t.value), [24], 'the corrected target is used');
    await page.selectOption('#attr-metric', 'grassroots-unions');
    await settled(page, '#preview');
    const unions = await page.$eval('#preview tiendo-progress', (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(unions, /21/);
    assert.match(unions, /24/);
    assert.match(unions, /87,5/, 'the element shows the corrected attainment');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
