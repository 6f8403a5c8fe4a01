/**
 * `<tiendo-chart>` on demand: the chart code (Vega and the element) is a separate chunk, imported
 * the first time a `<tiendo-chart>` is in the page and near the viewport. Until then the tag stays
 * undefined (its light-DOM fallback, e.g. a `<table>`, shows) with its space reserved; the import
 * defines the real element and the browser upgrades every instance.
 * @module
 */
import { loadDataset } from '@tiendo/widgets/core';

const TAG = 'tiendo-chart';
const PENDING = `${TAG}:not(:defined)`;
/** How far below (and above) the viewport a chart starts loading. */
const MARGIN = '600px 0px';

let loading: Promise<unknown> | null = null;

/** Imports the chart chunk once (again after a failure). */
export function loadCharts(): Promise<unknown> {
  loading ??= import('./chart.js').catch((e: unknown) => {
    loading = null;
    console.error(`[tiendo] the chart code could not be loaded: ${(e as Error)?.message ?? e}`);
  });
  return loading;
}

/**
 * Reserves the space of undefined charts through a constructed stylesheet (CSSOM: allowed by a
 * `style-src 'self'` policy, unlike a `<style>` element).
 */
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${PENDING}{display:block;min-height:var(--tiendo-chart-min-height,240px)}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Older browsers: no reservation, charts still load.
  }
}

/**
 * Starts fetching a chart's `src` while its code loads: the request goes into the widgets' shared
 * cache, which the chart (and any widget with the same `src`) then finds. Held until the chart
 * is defined and has asked for it itself.
 */
function prefetch(el: Element): void {
  const src = el.getAttribute('src');
  if (!src) return;
  try {
    const { promise, release } = loadDataset(src);
    promise.catch(() => undefined);
    void customElements.whenDefined(TAG).then(() => setTimeout(release, 2000));
  } catch {
    // A bad URL: the chart reports it once defined.
  }
}

/** Watches the page (now and later) for undefined charts and loads the chunk for the first one in view. */
export function lazyCharts(): void {
  if (typeof document === 'undefined' || customElements.get(TAG)) return;
  reserveSpace();
  const done = () => {
    io?.disconnect();
    mo.disconnect();
    void loadCharts();
  };
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          const near = entries.filter((e) => e.isIntersecting);
          if (!near.length) return;
          near.forEach((e) => prefetch(e.target));
          done();
        }, { rootMargin: MARGIN })
      : null;
  const watch = (el: Element) => (io ? io.observe(el) : done());
  const scan = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (node.matches(PENDING)) watch(node);
    node.querySelectorAll(PENDING).forEach(watch);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach(scan);
  });
  mo.observe(document.documentElement, { childList: true, subtree: true });
  // Charts already near the viewport start at once rather than at the observer's first callback
  // (the next frame, which on a busy page load can be a while).
  const near = [...document.querySelectorAll(PENDING)].filter(nearViewport);
  if (near.length) {
    near.forEach(prefetch);
    done();
    return;
  }
  scan(document.documentElement);
}

/** True when `el` is within the loading margin of the viewport (one layout, early in the page). */
function nearViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const margin = 600;
  return r.bottom >= -margin && r.top <= innerHeight + margin && r.right >= 0 && r.left <= innerWidth;
}
