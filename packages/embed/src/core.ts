/**
 * The data core (`chunks/core-<hash>.js`), imported by the loader with the first element's code.
 * When it runs, it starts fetching the `src` of every undefined element in or near the viewport
 * into the dataset cache all elements share, so the data downloads while the elements' code does
 * (the chart's above all); each element, once defined, finds its request there.
 * @module
 */
import { loadDataset } from '@tiendo/widgets/core';

/**
 * Starts fetching `el`'s `src` into the shared cache, held until the element is defined and has
 * asked for it itself (then two more seconds).
 */
export function prefetch(el: Element): void {
  const src = el.getAttribute('src');
  if (!src) return;
  try {
    const { promise, release } = loadDataset(src);
    promise.catch(() => undefined);
    void customElements.whenDefined(el.localName).then(() => setTimeout(release, 2000));
  } catch {
    // A bad URL: the element reports it once defined.
  }
}

/** True when `el` is within a viewport's height of the viewport. */
const near = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  return r.bottom > -innerHeight && r.top < 2 * innerHeight;
};

for (const el of document.querySelectorAll('[src]:not(:defined)')) {
  // Pre-rendered elements carry their data inline.
  if (el.localName.startsWith('tiendo-') && !el.shadowRoot && near(el)) prefetch(el);
}
