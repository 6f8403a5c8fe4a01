/**
 * What every element chunk does when the loader asks: define its tag unless a copy of Tiến độ on
 * the page (a second `tiendo.js`, the gallery's own build) already has. Never throws into the page.
 * @module
 */
import { findTable, loadTableReader } from '@tiendo/widgets/shared';

/**
 * True when an element of `tag` on the page will read its light-DOM `<table>` (no `src`, no inline
 * JSON, not pre-rendered): the table reader is then loaded before the tag is defined, so the
 * element goes from its table to its view with nothing in between.
 */
const readsTable = (tag: string): boolean =>
  [...document.getElementsByTagName(tag)].some((el) => !el.shadowRoot && !el.hasAttribute('src') && !el.querySelector(':scope > script') && findTable(el));

/** Defines `tag` as `ctor` unless it is defined (after the table reader, when one will need it); a failure is a console warning. */
export async function defineOnce(tag: string, ctor: CustomElementConstructor): Promise<void> {
  if (customElements.get(tag)) return;
  if (readsTable(tag)) await loadTableReader().catch(() => undefined);
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch (e) {
    console.warn(`[tiendo] <${tag}> not defined: ${(e as Error).message}`);
  }
}
