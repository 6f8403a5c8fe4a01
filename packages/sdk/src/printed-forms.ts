/**
 * The wordings the press puts around a printed percent, in one table: what each one means for the
 * check. `readPrinted` strips them (longest first), so `(đạt 150% kế hoạch)`, `đạt tỷ lệ 113,9%`
 * and `vượt hơn 11,7% kế hoạch năm` all read as a percent with its kind of bound.
 * @module
 */

/**
 * What a wording does: `filler` says nothing about the value (`đạt`, `kế hoạch`); `excess` adds 100%
 * (`vượt 31%` is 131%); `more-than` makes the percent a strict lower bound (`trên 90%`: exactly 90% is
 * not more than 90%); `at-least` an inclusive one (`50% trở lên`).
 */
export type PrintedRole = 'filler' | 'excess' | 'more-than' | 'at-least' | 'excess-more-than';

/** One wording: where it stands (before or after the number), its words, what it means. */
export interface PrintedForm {
  /** `before` or `after` the number. */
  at: 'before' | 'after';
  /** The words, lowercase NFC, single spaces. */
  words: string;
  /** What it means for the check. */
  role: PrintedRole;
}

/** Every wording read around a printed percent. Tests run each one. */
export const PRINTED_FORMS: readonly PrintedForm[] = [
  { at: 'before', words: 'đạt tỷ lệ', role: 'filler' },
  { at: 'before', words: 'đạt tỉ lệ', role: 'filler' },
  { at: 'before', words: 'đạt được', role: 'filler' },
  { at: 'before', words: 'đạt', role: 'filler' },
  { at: 'before', words: 'tỷ lệ', role: 'filler' },
  { at: 'before', words: 'tỉ lệ', role: 'filler' },
  { at: 'before', words: 'tương đương với', role: 'filler' },
  { at: 'before', words: 'tương đương', role: 'filler' },
  { at: 'before', words: 'bằng', role: 'filler' },
  { at: 'before', words: 'là', role: 'filler' },
  { at: 'before', words: 'vượt hơn', role: 'excess-more-than' },
  { at: 'before', words: 'vượt trên', role: 'excess-more-than' },
  { at: 'before', words: 'vượt', role: 'excess' },
  { at: 'before', words: 'trên', role: 'more-than' },
  { at: 'before', words: 'hơn', role: 'more-than' },
  { at: 'before', words: 'more than', role: 'more-than' },
  { at: 'before', words: 'over', role: 'more-than' },
  { at: 'before', words: 'ít nhất', role: 'at-least' },
  { at: 'before', words: 'tối thiểu', role: 'at-least' },
  { at: 'before', words: 'at least', role: 'at-least' },
  { at: 'after', words: 'trở lên', role: 'at-least' },
  { at: 'after', words: 'or more', role: 'at-least' },
  { at: 'after', words: 'so với chỉ tiêu được giao', role: 'filler' },
  { at: 'after', words: 'so với chỉ tiêu giao', role: 'filler' },
  { at: 'after', words: 'so với chỉ tiêu', role: 'filler' },
  { at: 'after', words: 'so với kế hoạch năm', role: 'filler' },
  { at: 'after', words: 'so với kế hoạch', role: 'filler' },
  { at: 'after', words: 'chỉ tiêu được giao', role: 'filler' },
  { at: 'after', words: 'chỉ tiêu giao', role: 'filler' },
  { at: 'after', words: 'chỉ tiêu năm', role: 'filler' },
  { at: 'after', words: 'chỉ tiêu', role: 'filler' },
  { at: 'after', words: 'kế hoạch năm', role: 'filler' },
  { at: 'after', words: 'kế hoạch đề ra', role: 'filler' },
  { at: 'after', words: 'kế hoạch', role: 'filler' },
  { at: 'after', words: 'of target', role: 'filler' },
  { at: 'after', words: 'of the target', role: 'filler' },
];

const BEFORE = PRINTED_FORMS.filter((f) => f.at === 'before').sort((a, b) => b.words.length - a.words.length);
const AFTER = PRINTED_FORMS.filter((f) => f.at === 'after').sort((a, b) => b.words.length - a.words.length);

/** The number in a printed percent and the roles of the words around it, or `null` when nothing is left. */
export function stripForms(text: string): { number: string; roles: PrintedRole[] } | null {
  // Most prints are a bare percent (`102,7%`): no wording to look for.
  const bare = /^\s*([\d.,]+)\s*%\s*$/.exec(text);
  if (bare) return { number: bare[1]!, roles: [] };
  let s = text.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const roles: PrintedRole[] = [];
  // `(đạt 150% kế hoạch)`: one pair of brackets around the whole.
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) s = bracketed[1]!.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of BEFORE) {
      if (s.startsWith(`${f.words} `)) {
        s = s.slice(f.words.length + 1);
        roles.push(f.role);
        changed = true;
        break;
      }
    }
  }
  // The percent sign sits between the number and the words after it.
  s = s.replace(/[.,;:]$/, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of AFTER) {
      if (s.endsWith(` ${f.words}`)) {
        s = s.slice(0, -f.words.length - 1).trim();
        roles.push(f.role);
        changed = true;
        break;
      }
    }
  }
  const m = /^(.*?)\s*(%|phần trăm)$/.exec(s);
  if (!m) return null;
  return { number: m[1]!, roles };
}
