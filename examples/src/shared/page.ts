/**
 * What every gallery page does first: register the elements (from their sources, so edits show at
 * once), apply the theme asked for in the URL (`?theme=dark`), and mark the current page in the nav.
 */
import '@tiendo/widgets/define';
// Charts bring Vega: loaded after the widgets, in their own chunk.
void import('@tiendo/charts/define');
import './page.css';

/** The page's query parameters. */
export const params = new URLSearchParams(location.search);

/** `light` or `dark`, from `?theme=`, else the reader's preference. */
export const theme: 'light' | 'dark' = params.get('theme') === 'dark' || (params.get('theme') !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;

/** The gallery's pages, in the order of the nav. */
const PAGES: [string, string][] = [
  ['/', 'Tổng quan'],
  ['/matrix.html', 'Ma trận trạng thái'],
  ['/playground.html', 'Thử nghiệm'],
  ['/article.html', 'Bài báo mẫu'],
  ['/embed-test.html', 'Trang nhúng'],
];
const nav = document.querySelector('.site-nav');
if (nav) {
  const here = location.pathname.replace(/\/index\.html$/, '/');
  nav.replaceChildren(h('strong', {}, 'Tiến độ'), ...PAGES.map(([href, label]) => h('a', { href, ...(href === here ? { 'aria-current': 'page' } : {}) }, label)));
}

/** Shorthand for `querySelector` that fails loudly when the page lacks the element. */
export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`gallery: ${selector} is missing from the page`);
  return el;
}

/** A new element with text content (never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}
