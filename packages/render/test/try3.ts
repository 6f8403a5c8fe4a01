import { launch } from '../../embed/scripts/browser.mjs';
import { serve } from '../../embed/scripts/server.mjs';
import { shadowSnapshots } from './dom-snapshot.mjs';
import { stateSnippet, page } from './pages.js';
const snippets = await Promise.all(['progress', 'ranking', 'strong-share', 'scorecard'].map((e) => stateSnippet(e as never, 'ready')));
const body = snippets.map((s) => s.element).join('\n<p>Đoạn văn giữa các phần tử.</p>\n');
const server = await serve({ routes: { '/': () => ({ type: 'text/html; charset=utf-8', body: page(body) }), '/page.css': () => ({ type: 'text/css', body: 'body{margin:0 16px;font-family:Arial,sans-serif}' }) }, mounts: { '/dist/': new URL('../../embed/dist/', import.meta.url).pathname } });
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
const p = await ctx.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(server.url + '/');
await p.evaluate(() => { (window as any).__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries() as any) { (window as any).__cls += e.value; ((window as any).__src ??= []).push([e.startTime, e.value, ...e.sources.map((s: any) => `${s.node?.nodeName} ${s.node?.className ?? ''} ${s.node?.getRootNode?.()?.host?.localName} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`)]); } }).observe({ type: 'layout-shift', buffered: true }); });
const before = await p.evaluate(shadowSnapshots);
await p.addScriptTag({ type: 'module', url: '/dist/tiendo.js' });
await p.waitForFunction(() => ['tiendo-progress', 'tiendo-scorecard'].every((t) => customElements.get(t)));
await p.waitForTimeout(500);
const after = await p.evaluate(shadowSnapshots);
console.log('cls', await p.evaluate(() => [(window as any).__cls, (window as any).__src, performance.now()]), server.requests);
for (let i = 0; i < before.length; i++) {
  const a = before[i]!, b = after[i]!;
  console.log(a.tag, a.defined, b.defined, a.height, b.height, a.tree === b.tree, a.text === b.text);
  if (a.tree !== b.tree) { const x = a.tree!, y = b.tree!; let k = 0; while (x[k] === y[k]) k++; console.log(" server:", x.slice(Math.max(0,k - 150), k + 250)); console.log(" client:", y.slice(Math.max(0,k - 150), k + 250)); }
}
await browser.close(); await server.close();
