// Every HTML snippet of the docs marked `<!-- render-test -->` renders, pasted into a blank page
// served by the gallery (which serves /embed/tiendo.js and /data/sample.json): each element reaches
// its ready view, with no console error.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, open, settled, useGallery } from './harness.mjs';

const DOCS = join(EXAMPLES, '../docs');

/** The marked ```html blocks of every docs/*.md file, with where they are. */
function snippets() {
  const found = [];
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(DOCS, file), 'utf8');
    for (const m of text.matchAll(/```html\n(<!-- render-test -->\n[\s\S]*?)```/g)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `docs/${file}:${line}`, html: m[1] });
    }
  }
  return found;
}

const gallery = useGallery();

test('the docs have snippets marked for this test', () => {
  assert.ok(snippets().length >= 3, `found ${snippets().length}`);
});

for (const { where, html } of snippets()) {
  test(`${where} renders`, async () => {
    const { page, context, problems } = await open(gallery.browser, 'about:blank');
    try {
      const url = `${gallery.origin}/__docs-snippet.html`;
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>snippet</title></head><body>\n${html}</body></html>` }));
      await page.goto(url);
      await settled(page);
      const views = await page.$$eval('body *', (els) =>
        els.filter((e) => e.localName.startsWith('tiendo-')).map((e) => ({ tag: e.localName, error: !!e.shadowRoot.querySelector('[part="error"], [role="alert"]'), text: e.shadowRoot.textContent.trim().slice(0, 120) })),
      );
      assert.ok(views.length > 0, 'the snippet has at least one element');
      for (const v of views) assert.ok(!v.error && v.text.length > 0, `<${v.tag}> rendered without error: ${v.text}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
