// The leak test: 1 000 cycles of removing and re-adding the five elements (bench/memory.mjs), moved
// (re-added in the same task) and removed (re-added a task later, when the chart has finalized its
// Vega view and draws again), leave the DOM node count where it was after the first cycle, and the
// JS heap within 0.5 MB of it. The
// heap is read in a Chromium with V8's optimizing tiers off: with them on, the code V8 compiles as it
// warms up grows the heap by about 1.4 MB over the first 1 000 cycles and then stays (the bench
// prints both figures); without them the heap holds the page's objects only, so a leak shows. (A
// ResizeObserver left on the chart's container by a draw cut short, one per cycle, grew it by 2 MB
// and a node per cycle before render.ts waited for the view.) Needs `pnpm build` first.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchWithoutJit, memoryCycles, memoryPage } from '../bench/memory.mjs';
import { serve } from '../scripts/server.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dist = here('../dist/');
const CYCLES = 1000;

describe('memory', { timeout: 300_000, skip: !existsSync(`${dist}tiendo.js`) && 'build @tiendo/embed first' }, () => {
  let browser;
  let server;
  before(async () => {
    server = await serve({
      routes: {
        '/tiendo.js': `${dist}tiendo.js`,
        '/sample.json': here('../../sdk/data/sample.json'),
        '/memory.html': () => memoryPage('/sample.json', '/tiendo.js'),
        '/favicon.ico': () => ({ type: 'image/x-icon', body: '' }),
      },
      mounts: { '/chunks/': `${dist}chunks/` },
    });
    browser = await launchWithoutJit();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [what, apart] of [['re-adding them in the same task (a move)', false], ['re-adding them a task later (torn down and built again)', true]]) {
    it(`${CYCLES} cycles of removing the five elements and ${what}: DOM nodes flat, JS heap within 0.5 MB`, async () => {
      const m = await memoryCycles(browser, `${server.url}/memory.html`, CYCLES, { apart });
      const growth = `${(m.heapGrowth / 1024).toFixed(0)} KB (${m.heapAfterFirst} → ${m.heapAfterLast} bytes)`;
      assert.ok(m.nodesAfterLast <= m.nodesAfterFirst, `DOM nodes ${m.nodesAfterFirst} → ${m.nodesAfterLast}`);
      assert.ok(m.listenersAfterLast <= m.listenersAfterFirst, `event listeners ${m.listenersAfterFirst} → ${m.listenersAfterLast}`);
      assert.ok(m.heapGrowth < 0.5 * 1024 * 1024, `JS heap grew ${growth}`);
    });
  }
});
