// The playground with a producer's own spreadsheet: a semicolon CSV with Vietnamese headers and a
// parent without a name row, the selects filled from it, theme auto, and a script address that is
// never a local one on a published page without a warning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, settled, useGallery } from './harness.mjs';

const SHEET = `Đơn vị;Đơn vị cấp trên;Chỉ số;Kỳ;Chỉ tiêu;Thực hiện
Quận Ba Đình;Thành phố Hà Nội;Kết nạp đoàn viên;Năm 2023;"1.200";"1.310"
Quận Tây Hồ;Thành phố Hà Nội;Kết nạp đoàn viên;Năm 2023;900;870
`;

const gallery = useGallery();

test('a semicolon CSV with Vietnamese headers: read, selects filled from it, the unnamed parent reported, the picker says it is the producer’s', async () => {
  const { page, context, problems } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  try {
    await settled(page, '#preview');
    await page.fill('#input', SHEET);
    await page.waitForFunction(() => /hợp lệ: 3 đơn vị/.test(document.querySelector('#validation').textContent));
    const validation = await page.textContent('#validation');
    assert.match(validation, /2 số thực hiện/);
    assert.match(validation, /đơn vị thanh-pho-ha-noi chưa có tên/, 'the parent known only by its id is named');
    assert.equal(await page.inputValue('#samples'), 'own');
    assert.match(await page.$eval('#samples', (s) => s.selectedOptions[0].textContent), /Dữ liệu của bạn/);
    await page.selectOption('#attr-element', 'ranking');
    assert.equal(await page.inputValue('#attr-metric'), 'members', 'the metric select holds the data’s metric');
    assert.equal(await page.inputValue('#attr-period'), '2023', 'the period select holds the data’s period');
    assert.equal(await page.inputValue('#attr-parent'), 'thanh-pho-ha-noi');
    await settled(page, '#preview');
    const rows = await page.$eval('#preview tiendo-ranking', (el) => [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => tr.textContent));
    assert.equal(rows.length, 2);
    assert.ok(rows[0].includes('Quận Ba Đình'));
    assert.equal(await page.inputValue('#attr-theme'), 'auto');
    assert.doesNotMatch(await page.inputValue('#snippet'), /theme=/, 'theme auto writes no theme attribute');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the script address: a warning while it is local, none for the newsroom’s CDN, remembered next time', async () => {
  const { page, context } = await open(gallery.browser, `${gallery.origin}/playground.html`);
  try {
    await settled(page, '#preview');
    assert.match(await page.textContent('#script-warning'), /chỉ chạy trên máy này/);
    await page.fill('#script-url', 'https://cdn.example.vn/tiendo/tiendo.js');
    await page.dispatchEvent('#script-url', 'change');
    await page.waitForFunction(() => document.querySelector('#script-warning').textContent === '');
    assert.match(await page.inputValue('#snippet'), /<script type="module" src="https:\/\/cdn\.example\.vn\/tiendo\/tiendo\.js"><\/script>/);
    await page.reload();
    assert.equal(await page.inputValue('#script-url'), 'https://cdn.example.vn/tiendo/tiendo.js', 'remembered on this computer');
    const href = await page.getAttribute('#template-csv', 'href');
    const template = await page.evaluate(async (u) => (await fetch(u)).text(), href);
    assert.match(template, /Đơn vị,Đơn vị cấp trên,Chỉ số,Kỳ,Chỉ tiêu,Thực hiện/);
  } finally {
    await context.close();
  }
});
