/**
 * Text widths from a table (DejaVu Sans, `font-widths.ts`), the same in Node and in every
 * browser: the layout decides with them where names go and how many lines they take, so the
 * chart's height is known on the server before any font is loaded.
 * @module
 */
import { BOLD, CHARS, REGULAR } from './font-widths.js';

const INDEX = new Map([...CHARS].map((c, i) => [c, i]));
/** A character the table lacks (Vietnamese tone marks excepted): about the width of `n`. */
const FALLBACK = 634;
/** Marks that do not change a letter's advance (tones, circumflex, breve, horn). */
const MARKS = /[\u0300-\u036f]/g;

function advance(c: string, table: readonly number[]): number {
  let i = INDEX.get(c);
  if (i === undefined) i = INDEX.get(c.normalize('NFD').replace(MARKS, '').charAt(0));
  return i === undefined ? FALLBACK : table[i]!;
}

/** Each character's advance once looked up (a Vietnamese letter with marks takes a normalization), per weight. */
const SEEN = { regular: new Map<string, number>(), bold: new Map<string, number>() };

/** Width in px of `text` at `size` px (default the chart's 12 px), from the table. */
export function tableWidth(text: string, bold = false, size = 12): number {
  const table = bold ? BOLD : REGULAR;
  const seen = bold ? SEEN.bold : SEEN.regular;
  let sum = 0;
  for (const c of text) {
    let w = seen.get(c);
    if (w === undefined) seen.set(c, (w = advance(c, table)));
    sum += w;
  }
  return (sum * size) / 1000;
}

/** The layout's measure from the table, rounded up to whole pixels as the canvas measure is. */
export const tableText = (text: string, bold = false): number => Math.ceil(tableWidth(text, bold));
