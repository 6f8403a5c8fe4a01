/**
 * The heights a plain snippet reserves, measured on the real element in this page: a copy of the
 * preview element (same attributes, data and custom properties) rendered hidden in containers of
 * 343 px (a 375 px phone's column, `reserve`), 640 px (a wide column, `reserve-wide`) and 375 px
 * without margins (the iframe page on a phone, the iframe's starting height). For a compact bar,
 * its figures as text: what the sentence shows while the script and the data load.
 */

/** The container widths, in px. */
export const WIDTHS = { narrow: 343, wide: 640, phone: 375 } as const;

/** What was measured, in whole px. */
export interface Measured {
  narrow: number;
  wide: number;
  phone: number;
  /** A compact progress's figures (`1.438/1.400 đoàn viên 102,7% vượt chỉ tiêu`), else ''. */
  figures: string;
}

interface Measurable extends HTMLElement {
  status?: string;
  updateComplete?: Promise<unknown>;
  chartComplete?: Promise<unknown>;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Resolves once the element has left its initial and loading states (or after `ms`). */
async function settled(el: Measurable, ms: number): Promise<boolean> {
  await customElements.whenDefined(el.localName);
  const until = performance.now() + ms;
  while (el.status === undefined || el.status === 'initial' || el.status === 'loading') {
    if (performance.now() > until) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  await (el.chartComplete ?? el.updateComplete);
  return true;
}

/** The figures of a compact progress, as a reader sees them (`value noun pct status`). */
export function figuresText(el: Element): string {
  const figures = el.shadowRoot?.querySelector('[part="figures"]');
  return figures ? [...figures.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ') : '';
}

/**
 * Renders `make()` three times inside `host` (hidden, out of the way) and measures it; null when the
 * element did not reach a view in time (e.g. no data).
 */
export async function measure(host: HTMLElement, make: () => HTMLElement, ms = 8000): Promise<Measured | null> {
  const boxes = Object.entries(WIDTHS).map(([name, width]) => {
    const box = document.createElement('div');
    box.className = `measure-${name}`;
    box.style.width = `${width}px`;
    const el = make();
    box.append(el);
    return { name: name as keyof typeof WIDTHS, box, el: el as Measurable };
  });
  // Its own wrapper, so a newer measurement running at the same time is left alone.
  const wrap = document.createElement('div');
  wrap.append(...boxes.map((b) => b.box));
  host.append(wrap);
  try {
    const ok = await Promise.all(boxes.map((b) => settled(b.el, ms)));
    if (!ok.every(Boolean)) return null;
    await document.fonts.ready;
    await frames();
    // The layout height (untouched by the host's scale), rounded up to whole px.
    const h = (name: keyof typeof WIDTHS) => Math.ceil(parseFloat(getComputedStyle(boxes.find((b) => b.name === name)!.el).height) - 0.001);
    return { narrow: h('narrow'), wide: h('wide'), phone: h('phone'), figures: boxes[0]!.el.hasAttribute('compact') ? figuresText(boxes[0]!.el) : '' };
  } finally {
    wrap.remove();
  }
}
