/** Small helpers for the words widgets write (the words of figures are the SDK's `describe*`). */

/** A list as readers write it: `A`, `A và B`, `A, B và C` (en `A, B and C`). */
export function joinWords(items: readonly string[], locale: 'vi' | 'en'): string {
  if (items.length < 2) return items[0] ?? '';
  const and = locale === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
