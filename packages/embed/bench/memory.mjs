// The memory figure of `pnpm bench` and the leak test of test/memory.test.mjs: on a page with the
// five elements (served by the caller), removes and re-adds them CYCLES times, each time waiting
// until they have rendered again, and reads the JS heap and the DOM counters through the DevTools
// protocol after a forced garbage collection: once after the first cycle, once after the last.
// Re-added in the same task (a move) or, with `apart`, a task later (a removal: torn down, rebuilt).

/** The five elements, each with its data from `src`. */
export const FIVE = [
  '<tiendo-progress src="SRC" unit="hoang-mai" metric="members" period="2017"></tiendo-progress>',
  '<tiendo-ranking src="SRC" metric="members" period="2017" top="5"></tiendo-ranking>',
  '<tiendo-strong-share src="SRC" unit="ha-noi" period="2018"></tiendo-strong-share>',
  '<tiendo-scorecard src="SRC" unit="hoang-mai" period="2017"></tiendo-scorecard>',
  '<tiendo-chart kind="ranking" src="SRC" metric="members" period="2017"></tiendo-chart>',
];

/** A page with the five elements in a `<main>`, data from `src`, the loader from `script`. */
export const memoryPage = (src, script) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>memory</title><script type="module" src="${script}"></script></head><body><main>${FIVE.map((e) => e.replaceAll('SRC', src)).join('\n')}</main></body></html>`;

/**
 * Opens `url` in a new context of `browser`, waits for the five elements, then runs `cycles`
 * remove/re-add cycles. Returns `{ cycles, heapAfterFirst, heapAfterLast, heapGrowth, nodesAfterFirst,
 * nodesAfterLast, listenersAfterFirst, listenersAfterLast, ms }` (heap in bytes, after GC). With
 * `again`, as many cycles more: `heapGrowthAgain` is what they add (a leak grows again, a warm-up
 * of compiled code does not). With `apart`, each cycle leaves the elements out for a task.
 */
export async function memoryCycles(browser, url, cycles = 1000, { again = false, apart = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url);
    await page.waitForFunction(() => {
      const els = [...document.querySelectorAll('main > *')];
      return els.length > 0 && els.every((e) => e.status === 'ready' && (e.localName !== 'tiendo-chart' || e.shadowRoot.querySelector('.vega svg')));
    }, undefined, { timeout: 60_000 });
    const run = (n) => page.evaluate(async ([count, out]) => {
      const main = document.querySelector('main');
      const els = [...main.children];
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      for (let i = 0; i < count; i++) {
        for (const e of els) e.remove();
        // Out of the page for a task: each element lets go of what it holds (the chart its Vega
        // view), then builds it again; re-added in the same task, they were only moved.
        if (out) await new Promise((r) => setTimeout(r));
        main.append(...els);
        await Promise.all(els.map((e) => e.updateComplete));
        if (i % 20 === 19) await frame();
      }
      await frame();
      await new Promise((r) => setTimeout(r, 100));
    }, [n, apart]);
    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners };
    };
    await run(1);
    const first = await measure();
    const t0 = Date.now();
    await run(cycles - 1);
    const ms = Date.now() - t0;
    const last = await measure();
    let heapGrowthAgain;
    if (again) {
      await run(cycles);
      heapGrowthAgain = (await measure()).heap - last.heap;
    }
    return {
      heapGrowthAgain,
      cycles,
      heapAfterFirst: first.heap,
      heapAfterLast: last.heap,
      heapGrowth: last.heap - first.heap,
      nodesAfterFirst: first.nodes,
      nodesAfterLast: last.nodes,
      listenersAfterFirst: first.listeners,
      listenersAfterLast: last.listeners,
      ms,
    };
  } finally {
    await context.close();
  }
}

/** V8's flags that turn its optimizing compilers off: the heap then holds the page's objects and bytecode only. */
export const NO_OPTIMIZING_TIERS = '--js-flags=--no-opt --no-maglev --no-sparkplug';

/** A Chromium like scripts/browser.mjs launches, with V8's optimizing tiers off. */
export async function launchWithoutJit() {
  const { chromium } = await import('playwright-core');
  const { CHROME_ARGS, findChrome } = await import('../../../config/browser.mjs');
  return chromium.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, NO_OPTIMIZING_TIERS] });
}
