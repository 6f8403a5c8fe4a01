/** Ranking with competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranks, ties by Vietnamese collation. */

/** Options of `rank`. */
export interface RankOptions<T> {
  /** The value ranked on; `null` or NaN ranks last with `rank: null`. */
  by: (item: T) => number | null | undefined;
  /** `desc` (default: highest first) or `asc`. */
  order?: 'asc' | 'desc';
  /** `competition` (default: 1, 2, 2, 4) or `dense` (1, 2, 2, 3). */
  method?: 'competition' | 'dense';
  /** Name used to order ties; defaults to `item.name`. */
  name?: (item: T) => string;
  /** Locale of the collation of names (default `vi`). */
  locale?: string;
}

/** An item with its rank: `rank` is `null` when it has no value; `tied` when it shares its rank. */
export type Ranked<T> = T & { rank: number | null; tied: boolean };

const collators = new Map<string, Intl.Collator>();
/** A cached `Intl.Collator` (default Vietnamese) for ordering names. */
export function collator(locale = 'vi'): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

const defaultName = (item: unknown): string => {
  const n = (item as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n : '';
};

/**
 * Ranks items: returns copies in ranked order with `rank` and `tied` added. Ties keep one rank
 * and are ordered by the Vietnamese collation of their names, then by input order (stable).
 */
export function rank<T extends object>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  const { by, order = 'desc', method = 'competition', name = defaultName, locale = 'vi' } = options;
  const cmpName = collator(locale).compare;
  const sign = order === 'desc' ? -1 : 1;
  const rows = items.map((item, index) => {
    const v = by(item);
    return { item, index, value: typeof v === 'number' && !Number.isNaN(v) ? v : null, name: name(item) };
  });
  rows.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) return sign * (a.value - b.value > 0 ? 1 : -1);
    return cmpName(a.name, b.name) || a.index - b.index;
  });
  const out: Ranked<T>[] = new Array(rows.length);
  let current = 0;
  let dense = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const prev = rows[i - 1];
    if (r.value === null) {
      out[i] = { ...r.item, rank: null, tied: false };
      continue;
    }
    if (!prev || prev.value !== r.value) {
      current = i + 1;
      dense += 1;
    }
    const next = rows[i + 1];
    const tied = (prev !== undefined && prev.value === r.value) || (next !== undefined && next.value === r.value);
    out[i] = { ...r.item, rank: method === 'dense' ? dense : current, tied };
  }
  return out;
}
