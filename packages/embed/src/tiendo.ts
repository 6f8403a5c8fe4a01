/**
 * `tiendo.js`, the file a news site loads: `<script type="module" src="…/tiendo.js"></script>`.
 * A loader that defines nothing itself. It finds the `tiendo-*` elements of the document, now and
 * later, and imports each element's code (`chunks/`, next to it, with the code elements share):
 * - at once for an element in or near the viewport, else when it comes within 1 200 px of it;
 * - a pre-rendered element (declarative shadow DOM from `tiendo-render`) is complete already: it
 *   upgrades when it becomes visible or the reader interacts with it (pointer, focus, keys);
 * - when the browser is idle, the code of the other elements of the page is downloaded (not run
 *   as a definition), so that they upgrade without a wait;
 * - the `src` of an element it upgrades starts downloading with its code, not after it (a preload
 *   link the element's own request takes over).
 * The space of an undefined element (a chart's included) is tiendo.css's.
 * Loading it twice (even two copies) is harmless: the first copy does the work.
 * @module
 */

/**
 * Per element (`tiendo-progress` … `tiendo-chart`): the files it needs, `chunks/<name>.js` next to
 * this file, space-separated, its entry first (written in by scripts/build.mjs).
 */
declare const __TIENDO_GRAPH__: Record<string, string>;

interface Chunk {
  define(): Promise<void>;
}
interface Api {
  loadAll(): Promise<unknown>;
}


/** A module by its URL relative to this file (through a variable: esbuild leaves it alone). */
const load = (url: string): Promise<Chunk> => import(url);

function start(): Api {
  const graph = __TIENDO_GRAPH__;
  const files: Record<string, Promise<Chunk>> = {};
  const code: Record<string, Promise<Chunk>> = {};
  const present = new Set<string>();
  const pending = ":not(:defined)";
  /** Imports every file of `name` (each file once for the page); resolves to its entry module. */
  const fetchCode = (name: string): Promise<Chunk> =>
    (code[name] ??= Promise.all(graph[name]!.split(' ').map((f) => (files[f] ??= load(`./chunks/${f}.js`)))).then((m) => m[0]!));
  // A failed import rejects (the browser logs it); the element stays undefined, its fallback shown.
  const define = (name: string): Promise<void> => fetchCode(name).then((m) => m.define());
  /** The element's name while it is one of ours and undefined. */
  const nameOf = (el: Element): string | false => {
    const n = el.localName;
    return n.startsWith('tiendo-') && n in graph && !customElements.get(n) && n;
  };
  /** `src` → its preload link. */
  const preloads: Record<string, HTMLLinkElement> = {};
  /**
   * The element's `src` starts downloading now, while its code does: a preload that the element's
   * own request (`fetch`, same-origin credentials) takes over. Once per URL.
   */
  const preload = (src: string | null) =>
    src && (preloads[src] ??= document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: src })));
  const upgrade = (el: Element): void => {
    near.unobserve(el);
    visible.unobserve(el);
    const n = nameOf(el);
    if (!n) return;
    // A pre-rendered element carries its data inline.
    if (!el.shadowRoot) preload(el.getAttribute('src'));
    void define(n);
  };
  const onEntries = (entries: IntersectionObserverEntry[]) => entries.forEach((e) => e.isIntersecting && upgrade(e.target));
  // How far outside the viewport an element starts loading: ahead of a fast scroll.
  const near = new IntersectionObserver(onEntries, { rootMargin: '1200px' });
  const visible = new IntersectionObserver(onEntries);
  /** When the browser is idle, the code of every element seen is imported (run, not defined). */
  const idle = () => present.forEach(fetchCode);
  const watch = (el: Element) => {
    const n = nameOf(el);
    if (!n) return;
    present.add(n);
    self.requestIdleCallback?.(idle) ?? setTimeout(idle, 2000);
    if (el.shadowRoot) return visible.observe(el);
    // Above the fold (or within a screen of it): now, not at the observer's first callback (the next frame).
    el.getBoundingClientRect().top < 2 * innerHeight ? upgrade(el) : near.observe(el);
  };
  const scan = (node: Node) => node instanceof Element && [node, ...node.querySelectorAll(pending)].forEach(watch);
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(scan))).observe(document, { childList: true, subtree: true });
  // The reader reaches for one (its target is the element, or in its light DOM): upgrade it now.
  for (const type of ['pointerdown', 'focusin', 'keydown']) {
    addEventListener(type, (e) => {
      const el = (e.target as Element).closest?.(pending);
      if (el) upgrade(el);
    }, true);
  }
  scan(document.documentElement);
  // The first number formatted on a page costs 15–30 ms (ICU's data): done in the next task, while
  // the elements' code and data download, not once the data has come (later ones cost ~0.1 ms).
  setTimeout(() => (0).toLocaleString('vi'));
  return { loadAll: () => Promise.all(Object.keys(graph).map(define)) };
}

const api = ((window as { tiendo?: Api }).tiendo ??= start());

/**
 * Imports and defines every element now (all of them, on the page or not), upgrading those on
 * the page; resolves when they are defined. The same function is `window.tiendo.loadAll` for a
 * classic script.
 */
export const loadAll: () => Promise<unknown> = api.loadAll;
