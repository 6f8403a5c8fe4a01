// The playground as a web producer uses it: paste a CSV, pick the ranking, see errors in words,
// copy the snippet, paste it into a blank page served from 127.0.0.1 and see the same ranking.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { open, settled, useGallery } from './harness.mjs';

const CSV = `unit,unit_name,parent,metric,period,period_start,period_end,target,actual,printed,source
hoang-mai,Quận Hoàng Mai,ha-noi,grassroots-unions,2017,2017-01-01,2017-12-31,22,27,122%,Hà Nội Mới 2/01/2018
cau-giay,Quận Cầu Giấy,ha-noi,grassroots-unions,2017,2017-01-01,2017-12-31,20,24,,
thanh-xuan,Quận Thanh Xuân,ha-noi,grassroots-unions,2017,2017-01-01,2017-12-31,15,18,,
hoan-kiem,Quận Hoàn Kiếm,ha-noi,grassroots-unions,2017,2017-01-01,2017-12-31,27,21,"87,5%",
ha-noi,Thành phố Hà Nội,,grassroots-unions,2017,2017-01-01,2017-12-31,,,,
`;

const gallery = useGallery();

/** The rows of the ranking table in an element's shadow root, as text. */
function rankingRows(page, selector) {
  return page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
}

test('a pasted CSV with an error is explained in words with its line', async () => {
  const { page, context } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  try {
    await page.fill('#input', CSV.replace('22,27', '-22,27'));
    await page.waitForFunction(() => /lỗi/.test(document.querySelector('#validation').textContent));
    const text = await page.textContent('#validation');
    assert.match(text, /dòng 2/, 'names the line of the bad target');
  } finally {
    await context.close();
  }
});

test('paste CSV → ranking → copy the snippet → the same ranking on a blank page of another server', async () => {
  const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  let blank;
  try {
    await page.fill('#input', CSV);
    await page.waitForFunction(() => /hợp lệ/.test(document.querySelector('#validation').textContent));
    await page.selectOption('#attr-element', 'ranking');
    await page.selectOption('#attr-parent', 'ha-noi');
    await page.selectOption('#attr-period', '2017');
    await settled(page, '#preview');
    const shown = await rankingRows(page, '#preview tiendo-ranking');
    assert.ok(shown.length >= 4, 'the preview ranks the four districts');
    assert.ok(shown[0].includes('Quận Hoàng Mai'), 'Hoàng Mai first');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-snippet');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent.length > 0);
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.inputValue('#snippet'), 'the clipboard holds the snippet shown');
    assert.match(snippet, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\/tiendo\.js"><\/script>/);

    // A blank page on another port of 127.0.0.1, as a newsroom's CMS would serve it.
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang trắng</title></head><body>\n${snippet}</body></html>`;
    blank = createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(html);
    });
    await new Promise((r) => blank.listen(0, '127.0.0.1', r));
    const other = await open(gallery.browser, `http://127.0.0.1:${blank.address().port}/`);
    try {
      await other.page.waitForFunction(() => document.querySelector('tiendo-ranking')?.shadowRoot?.querySelector('tbody tr'), null, { timeout: 20_000 });
      assert.deepEqual(await rankingRows(other.page, 'tiendo-ranking'), shown, 'same rows as the preview');
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    blank?.close();
    await context.close();
  }
});

test('editing a custom property restyles the preview and writes the CSS to copy', async () => {
  const { page, context } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  try {
    await settled(page, '#preview');
    await page.fill('[id="tok--tiendo-color-bar"]', '#ff0000');
    await page.waitForFunction(() => document.querySelector('#tokens-css').value.includes('--tiendo-color-bar: #ff0000;'));
    const color = await page.$eval('#preview > *', (el) => getComputedStyle(el).getPropertyValue('--tiendo-color-bar').trim());
    assert.equal(color, '#ff0000');
  } finally {
    await context.close();
  }
});
