/**
 * Registers every Tiến độ element. Safe to load twice (two copies of the bundle on one page):
 * a tag already defined is left alone, and a failed definition never throws into the page.
 * @module
 */
import { TiendoProgress } from './progress/progress.js';
import { TiendoRanking } from './ranking/ranking.js';
import { TiendoScorecard } from './scorecard/scorecard.js';
import { TiendoStrongShare } from './strong-share/strong-share.js';

/** The tags and their classes, in the order they are defined. */
export const ELEMENTS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['tiendo-progress', TiendoProgress],
  ['tiendo-ranking', TiendoRanking],
  ['tiendo-strong-share', TiendoStrongShare],
  ['tiendo-scorecard', TiendoScorecard],
];

/** Defines each tag unless it already is; returns the tags this call defined. */
export function defineAll(registry: CustomElementRegistry = customElements): string[] {
  const defined: string[] = [];
  for (const [tag, ctor] of ELEMENTS) {
    if (registry.get(tag)) continue;
    try {
      registry.define(tag, ctor);
      defined.push(tag);
    } catch (e) {
      // Another copy won the race, or this class is already registered under another name.
      console.warn(`[tiendo] <${tag}> not defined: ${(e as Error).message}`);
    }
  }
  return defined;
}

defineAll();
