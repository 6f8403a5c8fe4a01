/**
 * Splits CSV text into rows of cells: d3-dsv's `csvParseRows` (v3.0.2), ported so the SDK does not
 * bundle d3-dsv's formatters and generic delimiter code into every page. Same behaviour: fields
 * separated by commas, rows by `\n`, `\r` or `\r\n`; `"…"` quotes with `""` for a quote; one
 * trailing newline ignored.
 *
 * d3-dsv: Copyright 2013-2026 Mike Bostock. ISC licence: permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that
 * the above copyright notice and this permission notice appear in all copies.
 * @module
 */

const EOL = {};
const EOF = {};
const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;
const COMMA = 44;

/** The rows of a CSV text, each an array of its cells (unquoted). */
export function csvParseRows(text: string): string[][] {
  const rows: string[][] = [];
  let N = text.length;
  let I = 0;
  let eof = N <= 0;
  let eol = false;
  if (text.charCodeAt(N - 1) === NEWLINE) --N;
  if (text.charCodeAt(N - 1) === RETURN) --N;

  function token(): string | typeof EOL {
    if (eof) return EOF;
    if (eol) return (eol = false), EOL;
    let i: number;
    const j = I;
    let c: number;
    if (text.charCodeAt(j) === QUOTE) {
      while ((I++ < N && text.charCodeAt(I) !== QUOTE) || text.charCodeAt(++I) === QUOTE);
      if ((i = I) >= N) eof = true;
      else if ((c = text.charCodeAt(I++)) === NEWLINE) eol = true;
      else if (c === RETURN) {
        eol = true;
        if (text.charCodeAt(I) === NEWLINE) ++I;
      }
      return text.slice(j + 1, i - 1).replace(/""/g, '"');
    }
    while (I < N) {
      if ((c = text.charCodeAt((i = I++))) === NEWLINE) eol = true;
      else if (c === RETURN) {
        eol = true;
        if (text.charCodeAt(I) === NEWLINE) ++I;
      } else if (c !== COMMA) continue;
      return text.slice(j, i);
    }
    return (eof = true), text.slice(j, N);
  }

  let t: string | typeof EOL;
  while ((t = token()) !== EOF) {
    const row: string[] = [];
    while (t !== EOL && t !== EOF) row.push(t as string), (t = token());
    rows.push(row);
  }
  return rows;
}
