/**
 * Registers every Tiến độ element. Safe to load twice (two copies of the bundle on one page):
 * a tag already defined is left alone.
 * @module
 */
import { TiendoProgress } from './progress/progress.js';

const elements: [string, CustomElementConstructor][] = [['tiendo-progress', TiendoProgress]];

for (const [tag, ctor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
