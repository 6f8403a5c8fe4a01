// The words of a dataset's problems in the built embed (dist/), in Chromium, under the strict
// policy of docs/csp.md: a page of valid data never requests them (their chunk, named in the build's
// metafile, loads only for an invalid dataset), an invalid dataset shows its problems with their paths in
// Vietnamese and English, and an element with locale="en" speaks English.
// Needs `pnpm build` first (the root test runner builds).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../scripts/browser.mjs';
import { STRICT_CSP, serve } from '../scripts/server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const built = here('../dist/');
const sample = JSON.parse(readFileSync(here('../../sdk/data/sample.json'), 'utf8'));
const bad = structuredClone(sample);
bad.targets[3].value = -5;
const progress = (src, locale = 'vi') => `<tiendo-progress id="p" src="${src}" unit="hoang-mai" metric="members" period="2017" locale="${locale}"></tiendo-progress>`;
const page = (body) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>words</title><script type="module" src="/tiendo.js"></script></head><body>${body}</body></html>`;

let dist = built;
let browser;
let server;

describe('the words of problems in the embed', { timeout: 60_000, skip: !existsSync(`${built}tiendo.js`) && 'build @tiendo/embed first' }, () => {
  before(async () => {
    // A snapshot of the build, so a rebuild during the test cannot mix hashes.
    dist = `${mkdtempSync(`${tmpdir()}/tiendo-words-`)}/`;
    cpSync(built, dist, { recursive: true });
    const html = (body) => () => ({ type: 'text/html; charset=utf-8', body: page(body) });
    const json = (d) => () => ({ type: 'application/json', body: JSON.stringify(d) });
    browser = await launch();
    server = await serve({
      headers: { 'content-security-policy': STRICT_CSP },
      routes: {
        '/tiendo.js': `${dist}tiendo.js`,
        '/good.json': json(sample),
        '/bad.json': json(bad),
        '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
        '/good.html': html(progress('/good.json')),
        '/good-en.html': html(progress('/good.json', 'en')),
        '/bad.html': html(progress('/bad.json')),
        '/bad-en.html': html(progress('/bad.json', 'en')),
      },
      mounts: { '/chunks/': `${dist}chunks/` },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dist !== built) rmSync(dist, { recursive: true, force: true });
  });

  /** Opens `path` until the progress is `status`; its text, the chunks requested, the CSP violations. */
  async function open(path, status) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const p = await context.newPage();
    const chunks = [];
    p.on('request', (r) => r.url().includes('/chunks/') && chunks.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}${path}`);
    await p.waitForFunction((s) => document.getElementById('p')?.status === s, status, { timeout: 15_000 });
    // Past the loader's idle work, which downloads the code of the elements seen.
    await p.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300))));
    const text = await p.evaluate(() => document.getElementById('p').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
    const csp = await p.evaluate(() => window.__csp);
    await context.close();
    return { text, chunks, csp };
  }
  /** The chunk that holds shared/problem-words (named by its hash): from the build's metafile. */
  const wordsChunk = () => {
    const meta = JSON.parse(readFileSync(`${dist}meta.json`, 'utf8'));
    const [file] = Object.entries(meta.outputs).find(([f, o]) => f.endsWith('.js') && Object.keys(o.inputs).some((i) => /shared\/problem-words\.js$/.test(i))) ?? [];
    assert.ok(file, 'the build has a chunk for shared/problem-words');
    return `/chunks/${file.split('/').pop()}`;
  };
  const words = (chunks) => chunks.filter((c) => c === wordsChunk());

  it('valid data: ready, and the words of problems never requested', async () => {
    const { text, chunks, csp } = await open('/good.html', 'ready');
    assert.match(text, /1\.438\/1\.400/);
    assert.deepEqual(words(chunks), []);
    assert.deepEqual(csp, []);
  });

  it('locale="en": English figures and words', async () => {
    const { text, chunks } = await open('/good-en.html', 'ready');
    assert.match(text, /1,438\/1,400/);
    assert.match(text, /target exceeded/);
    assert.match(text, /Download data \(CSV\)/);
    assert.deepEqual(words(chunks), []);
  });

  it('an invalid dataset: its words requested once, the error with the path (vi and en)', async () => {
    const vi = await open('/bad.html', 'error');
    assert.equal(words(vi.chunks).length, 1);
    assert.match(vi.text, /Dữ liệu có lỗi, chưa thể hiển thị\./);
    assert.match(vi.text, /targets\[3\]\.value: cần một số ≥ 0, nhận được -5/);
    assert.deepEqual(vi.csp, []);
    const en = await open('/bad-en.html', 'error');
    assert.match(en.text, /The data has errors and cannot be shown yet\./);
    assert.match(en.text, /targets\[3\]\.value: expected a number ≥ 0, received -5/);
  });
});
