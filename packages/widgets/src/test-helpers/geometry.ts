/**
 * Checks of the bars' geometry shared by the widgets' tests: no inline style anywhere (a strict
 * `style-src 'self'` blocks `style` attributes in server-rendered HTML), sizes as plain SVG width
 * percentages, and where a mark lies along its track as rendered.
 * @module
 */

/** Elements of the shadow root that carry an inline style: a `style` attribute, or a declaration set through the CSSOM. */
export function inlineStyled(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => e.hasAttribute('style') || (e as HTMLElement | SVGElement).style.length > 0)
    .map((e) => e.outerHTML.slice(0, 120));
}

/** Where `box` lies along `track`, in shares of the track's width from its inline start (right in RTL). */
export function along(track: Element, box: Element): { start: number; end: number; centre: number } {
  const t = track.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const rtl = getComputedStyle(box).direction === 'rtl';
  const start = (rtl ? t.right - b.right : b.left - t.left) / t.width;
  return { start, end: start + b.width / t.width, centre: start + b.width / 2 / t.width };
}

/** The bars' own geometry boxes: empty `<svg>`s with nothing but a part, class, size and aria-hidden. */
export function geometrySvgs(el: Element): number {
  const allowed = new Set(['part', 'class', 'width', 'height', 'aria-hidden', 'focusable']);
  return [...el.shadowRoot!.querySelectorAll('svg')].filter((svg) => svg.childNodes.length === 0 && [...svg.attributes].every((a) => allowed.has(a.name))).length;
}

/** The `width` attributes of the `<svg>` boxes. */
export function svgWidths(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('svg')].map((svg) => svg.getAttribute('width') ?? '');
}

/** A plain percentage: no `calc()`, no unit but %. */
export const PLAIN_PERCENT = /^\d+(\.\d+)?(e-\d+)?%$/;
