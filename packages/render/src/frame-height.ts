/**
 * The height an iframe of a widget's page starts with, before `tiendo-resizer.js` sets the real
 * one: the widget's height at a 375 px phone, from measured heights of each element (the render
 * e2e test checks that the page fits it without scrolling).
 * @module
 */
import type { Snippet } from './snippet.js';

/** Height in px of each element's page at 375 px, without its table rows. */
const BASE: Record<string, number> = {
  'tiendo-progress': 270,
  'tiendo-ranking': 210,
  'tiendo-strong-share': 400,
  'tiendo-scorecard': 460,
};

/** A ranking row at 375 px (the narrow grid: name, figure, bar). */
const ROW = 96;

/** The iframe's starting height for `snippet`, in px. */
export function frameHeight(snippet: Pick<Snippet, 'tag' | 'rows'>): number {
  return (BASE[snippet.tag] ?? 400) + snippet.rows * ROW;
}
