/**
 * Unit names: one normalisation every place that matches names uses (old and new tone placement,
 * `hoà`/`hòa`, compare equal), and the Vietnamese collation that orders them (`Phường 2` before
 * `Phường 10`), with a fast path for names that differ only in a plain tail.
 * @module
 */

/** Tone marks in NFD: grave, acute, tilde, hook above, dot below. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * Old tone placement in an open syllable: the tone on the second vowel of `oa`, `oe`, `uy` at the end
 * of a word (`hoà`, `khoẻ`, `thuỷ`); the new placement puts it on the first (`hòa`, `khỏe`, `thủy`).
 * `qu` + `y` is a consonant and a vowel (`quý`), and a closed syllable (`hoàng`) is the same in both.
 */
const OLD_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
/** Strings that may hold an old tone placement: a toned a, e or y after o or u. */
const MAYBE_OLD = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;

/** `s` in NFC with the tone marks placed the new way (`hoà` → `hòa`); nothing else changes. */
export function placeTones(s: string): string {
  const nfc = s.normalize('NFC');
  if (!MAYBE_OLD.test(nfc)) return nfc;
  return nfc.normalize('NFD').replace(OLD_TONE, (_m, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`).normalize('NFC');
}

/**
 * A unit name in one form for matching: NFC, single spaces, trimmed, and tone marks placed the new
 * way (`Ứng Hoà` → `Ứng Hòa`, `Thuỷ` → `Thủy`, `khoẻ` → `khỏe`). Case is kept; compare with
 * `nameComparator`, or lowercase both sides, to match regardless of case.
 */
export function normalizeName(name: string): string {
  return placeTones(name.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
}

const collators = new Map<string, Intl.Collator>();
/** A cached `Intl.Collator` (default Vietnamese) for ordering names, numeric: `Phường 2` < `Phường 10`. */
export function collator(locale = 'vi'): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { numeric: true })));
  return c;
}

/** Locales whose collation orders space and ASCII lowercase letters by code unit, digits by value, without contractions. */
export const PLAIN_TAIL_LOCALES = new Set(['vi', 'vi-VN', 'en', 'en-US']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * What a tail holds: `Other` (what the fast path does not order: capitals, accents, punctuation,
 * digits mixed with letters), ASCII `Digits` only, spaces and ASCII lowercase `Letters` only, or
 * nothing (`Empty`: the name ends there).
 */
export const Tail = { Other: 0, Digits: 1, Letters: 2, Empty: 3 } as const;
/** A kind of tail. */
export type Tail = (typeof Tail)[keyof typeof Tail];

/** What the tail of `s` from index `i` holds. */
export function tailKind(s: string, i: number): Tail {
  if (i >= s.length) return Tail.Empty;
  let digits = false;
  let letters = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits = true;
    else if (c === 32 || (c >= 97 && c <= 122)) letters = true;
    else return Tail.Other;
  }
  return digits && letters ? Tail.Other : letters ? Tail.Letters : Tail.Digits;
}

/** The first character of the run of digits that reaches index `i` of `s` (`s[i]` itself when `s[i - 1]` is no digit). */
export function digitRunFirst(s: string, i: number): number {
  let j = i;
  while (j > 0 && isDigit(s.charCodeAt(j - 1))) j--;
  return j < s.length ? s.charCodeAt(j) : 0;
}

/**
 * How two names that share `a.slice(0, i)` compare by their plain tails, or `null` when the collator
 * must decide. Letter tails compare by code unit (space < letters, each its own primary weight);
 * digit tails compare as the numbers they end (a longer run is larger), unless that run starts with 0
 * (the collator weighs leading zeros its own way). An empty tail comes first.
 */
export function plainTailOrder(a: string, b: string, i: number): number | null {
  const ka = tailKind(a, i);
  const kb = tailKind(b, i);
  if (ka === Tail.Other || kb === Tail.Other) return null;
  if (ka === Tail.Empty || kb === Tail.Empty) {
    // After a shared digit, an empty tail is a shorter number (unless the run starts with 0);
    // otherwise a shorter name.
    if ((ka === Tail.Digits || kb === Tail.Digits) && digitRunFirst(ka === Tail.Empty ? b : a, i) === 48) return null;
    return a.length - b.length;
  }
  if (ka !== kb) return null;
  if (ka === Tail.Digits) {
    if (digitRunFirst(a, i) === 48 || digitRunFirst(b, i) === 48) return null;
    if (a.length !== b.length) return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The collator's comparison of two names with their tones placed alike (`placeTones`), with a fast path that gives the
 * same answer: names often differ only in a plain tail after a shared prefix (`CĐCS 12` and
 * `CĐCS 123`, `Phường 7` and `Phường 11`), and then `plainTailOrder` decides (a primary difference in
 * the tail outweighs any accent in the shared prefix, so normalising would not change it). A
 * property test checks this against the collator.
 */
export function nameComparator(locale = 'vi'): (a: string, b: string) => number {
  const compare = collator(locale).compare;
  const slow = (a: string, b: string): number => compare(placeTones(a), placeTones(b));
  if (!PLAIN_TAIL_LOCALES.has(locale)) return (a, b) => (a === b ? 0 : slow(a, b));
  return (a, b) => {
    if (a === b) return 0;
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    return plainTailOrder(a, b, i) ?? slow(a, b);
  };
}

/** Spaces and lowercase letters in code-unit order as digits 1 .. 27; 0 is the end of the string. */
const LETTER_DIGIT = new Uint8Array(123);
LETTER_DIGIT[32] = 1;
for (let c = 97; c <= 122; c++) LETTER_DIGIT[c] = c - 95;
/** Code units of a letter tail packed into a key: 28^10 < 2^53, so the key is an exact integer. */
const KEY_UNITS = 10;
/** Digit tails: the length weighs more than any value of up to 14 digits (15 × 10^14 < 2^53). */
export const DIGIT_KEY_UNITS = 14;

/**
 * A number that orders tails from index `i` as `plainTailOrder` does, for a group of names whose
 * tails are all of `kind` (or empty); names with equal keys are then compared as strings. Letter
 * keys hold the first `KEY_UNITS` code units; digit keys the length, then the value (at most
 * `DIGIT_KEY_UNITS` digits).
 */
export function tailKey(s: string, i: number, kind: typeof Tail.Digits | typeof Tail.Letters): number {
  const len = s.length - i;
  if (kind === Tail.Digits) {
    // The value read from the code units (no substring, no number parsing: this runs once per tied name).
    let value = 0;
    for (let j = i; j < s.length; j++) value = value * 10 + (s.charCodeAt(j) - 48);
    return len > 0 ? len * 1e14 + value : 0;
  }
  let key = 0;
  for (let j = 0; j < KEY_UNITS; j++) key = key * 28 + (j < len ? LETTER_DIGIT[s.charCodeAt(i + j)]! : 0);
  return key;
}
