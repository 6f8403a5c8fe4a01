/** Checks a percent as printed in the press against the one computed from the figures, exactly. */
import { compare, decimalToFraction, divide, type Fraction, roundHalfUpScaled, toFraction, toNumber, truncateScaled } from './exact.js';
import { assertFigure } from './attainment.js';
import { parseNumberViDecimal } from './format.js';
import { stripForms } from './printed-forms.js';

/**
 * `exact`: the printed percent is the computed one exactly; `rounded`: it equals the computed one
 * rounded half up at the printed decimals (also when truncation gives the same); `truncated`: it
 * equals only the truncation; `mismatch`: neither (or there is no target); `unparseable`: the
 * printed text is not a percent the press uses.
 */
export type PrintedVerdict = 'exact' | 'rounded' | 'truncated' | 'mismatch' | 'unparseable';

/**
 * How a printed percent bounds the computed one: `exact` (`102,7%`), `more-than` (a strict lower
 * bound: `trên 90%`, `hơn 90%`, `vượt hơn 11,7%`; exactly 90% is not “trên 90%”) or `at-least` (an
 * inclusive one: `50% trở lên`).
 */
export type PrintedBound = 'exact' | 'more-than' | 'at-least';

/** Result of `checkPrinted`. Percents are in percent units (122.7 for 122,7%). */
export interface PrintedCheck {
  /** The verdict. */
  verdict: PrintedVerdict;
  /** actual × 100 ÷ target, or `null` without a target. */
  computed: number | null;
  /** The printed percent as read (`vượt 31%` reads as 131), or `null` when unparseable. */
  printed: number | null;
  /** Decimals printed (`102,7%` → 1). */
  digits: number;
  /** Whether the print is the value itself or a lower bound of it. */
  bound: PrintedBound;
}

/** A printed percent as read by `readPrinted`. */
export interface ReadPrinted {
  /** The percent, exactly (131 for `vượt 31%`). */
  value: Fraction;
  /** Decimals printed. */
  digits: number;
  /** The kind of bound. */
  bound: PrintedBound;
}

const HUNDRED: Fraction = { num: 100n, den: 1n };

/**
 * Reads a percent as the press prints it, with the wordings of `PRINTED_FORMS` around it: `122%`,
 * `102,7%`, `đạt tỷ lệ 113,9%`, `(đạt 150% kế hoạch)`, `đạt 147% so với chỉ tiêu`, `vượt 31%`
 * (131%), `vượt hơn 11,7%`, `trên 90%`, `50% trở lên`. `null` when it is not such a percent.
 */
export function readPrinted(text: string): ReadPrinted | null {
  const stripped = stripForms(text);
  if (!stripped) return null;
  let decimal: string;
  try {
    decimal = parseNumberViDecimal(stripped.number);
  } catch {
    return null;
  }
  if (decimal.startsWith('-')) return null;
  const { roles } = stripped;
  const excess = roles.includes('excess') || roles.includes('excess-more-than');
  const bound: PrintedBound = roles.includes('more-than') || roles.includes('excess-more-than') ? 'more-than' : roles.includes('at-least') ? 'at-least' : 'exact';
  // Two bounds (`trên 90% trở lên`) or two excesses say nothing a reader can check.
  if (roles.filter((r) => r !== 'filler').length > 1) return null;
  const digits = decimal.includes('.') ? decimal.split('.')[1]!.length : 0;
  let value = decimalToFraction(decimal);
  if (excess) value = { num: value.num + 100n * value.den, den: value.den };
  return { value, digits, bound };
}

/**
 * Compares the percent printed for `actual / target` with the computed one, with exact integer
 * arithmetic: 27/22 printed `122%` is `truncated` (122,7…%), 1438/1400 printed `102,7%` is
 * `rounded`, 21/27 printed `87,5%` is a `mismatch` (77,8%). A bound is met or not: 9/10 printed
 * `trên 90%` is a `mismatch` (90% is not more than 90%), `90% trở lên` is `exact`. Throws a
 * `TiendoError` (`invalid-number`) on a negative, NaN or infinite actual or target, as `attainment` does.
 */
export function checkPrinted(actual: number, target: number, printed: string): PrintedCheck {
  assertFigure(actual, 'actual');
  assertFigure(target, 'target');
  const read = readPrinted(printed);
  const computedFraction = target === 0 ? null : percentFraction(actual, target);
  const computed = computedFraction ? toNumber(computedFraction) : null;
  if (!read) return { verdict: 'unparseable', computed, printed: null, digits: 0, bound: 'exact' };
  const base = { computed, printed: toNumber(read.value), digits: read.digits, bound: read.bound };
  if (!computedFraction) return { verdict: 'mismatch', ...base };
  return { verdict: verdictOf(computedFraction, read), ...base };
}

/** The verdict for an exact computed percent against a printed one. */
export function verdictOf(computed: Fraction, read: ReadPrinted): PrintedVerdict {
  const { value, digits, bound } = read;
  const cmp = compare(computed, value);
  if (bound !== 'exact') {
    // A bound is met by the value, or by the value rounded at the printed decimals.
    const meets = (c: number) => (bound === 'more-than' ? c > 0 : c >= 0);
    if (meets(cmp)) return 'exact';
    return meets(compare({ num: roundHalfUpScaled(computed, digits), den: 10n ** BigInt(digits) }, value)) ? 'rounded' : 'mismatch';
  }
  if (cmp === 0) return 'exact';
  const scaled = compareScaled(value, digits);
  if (scaled === null) return 'mismatch';
  if (roundHalfUpScaled(computed, digits) === scaled) return 'rounded';
  if (truncateScaled(computed, digits) === scaled) return 'truncated';
  return 'mismatch';
}

function compareScaled(value: Fraction, digits: number): bigint | null {
  const n = value.num * 10n ** BigInt(digits);
  return n % value.den === 0n ? n / value.den : null;
}

/** The computed percent of `part / whole` as an exact fraction (`× 100`). */
export function percentFraction(part: number, whole: number): Fraction {
  const p = toFraction(part);
  return divide({ num: p.num * HUNDRED.num, den: p.den }, toFraction(whole));
}
