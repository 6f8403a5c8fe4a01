/** Small helpers for the words and files widgets write. */

/**
 * A label as it reads inside a sentence: `Thành lập CĐCS` → `thành lập CĐCS`, `Năm 2017` →
 * `năm 2017`; an acronym (`CĐCS …`) or a name stays as it is.
 */
export function lowerFirst(text: string): string {
  const [a, b] = [...text];
  if (!a || !b || b !== b.toLowerCase() || a === a.toLowerCase()) return text;
  return a.toLowerCase() + text.slice(a.length);
}

/** A list as readers write it: `A`, `A và B`, `A, B và C` (en `A, B and C`). */
export function joinWords(items: readonly string[], locale: 'vi' | 'en'): string {
  if (items.length < 2) return items[0] ?? '';
  const and = locale === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * One CSV cell (RFC 4180 quoting); a text starting like a formula (`=`, `+`, `-`, `@`) gets a `'`
 * first so a spreadsheet shows it as text (OWASP CSV injection).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells → CSV text with a final newline. */
export function csvRows(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
