/** Checks a percent as printed in the press against the one computed from the figures, exactly. */
import { compare, decimalToFraction, divide, type Fraction, roundHalfUpScaled, toFraction, toNumber, truncateScaled } from './exact.js';
import { parseNumberViDecimal } from './format.js';

/**
 * `exact`: the printed percent is the computed one exactly; `rounded`: it equals the computed one
 * rounded half up at the printed decimals (also when truncation gives the same); `truncated`: it
 * equals only the truncation; `mismatch`: neither (or there is no target); `unparseable`: the
 * printed text is not a percent the press uses.
 */
export type PrintedVerdict = 'exact' | 'rounded' | 'truncated' | 'mismatch' | 'unparseable';

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
  /** `at-least` for “vượt hơn 11,7%” / “trên 90%”, where the print is a lower bound; else `exact`. */
  bound: 'exact' | 'at-least';
}

interface ReadPrinted {
  value: Fraction;
  digits: number;
  bound: 'exact' | 'at-least';
}

const HUNDRED: Fraction = { num: 100n, den: 1n };

/** Reads `122%`, `102,7%`, `đạt 114,29%`, `100.57%`, `vượt 31%`, `vượt hơn 11,7%`, `trên 90%`. */
export function readPrinted(text: string): ReadPrinted | null {
  let s = text.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  s = s.replace(/^(đạt|bằng|là)\s+/, '');
  let excess = false;
  let bound: ReadPrinted['bound'] = 'exact';
  const vuot = /^vượt\s+(?:(hơn|trên)\s+)?(.*)$/.exec(s);
  if (vuot) {
    excess = true;
    if (vuot[1]) bound = 'at-least';
    s = vuot[2]!;
  } else {
    const over = /^(?:hơn|trên|over|more than)\s+(.*)$/.exec(s);
    if (over) {
      bound = 'at-least';
      s = over[1]!;
    }
  }
  s = s.replace(/\s*(%|phần trăm)\s*(kế hoạch|chỉ tiêu)?$/, '');
  let decimal: string;
  try {
    decimal = parseNumberViDecimal(s);
  } catch {
    return null;
  }
  if (decimal.startsWith('-')) return null;
  const digits = decimal.includes('.') ? decimal.split('.')[1]!.length : 0;
  let value = decimalToFraction(decimal);
  if (excess) value = { num: value.num + 100n * value.den, den: value.den };
  return { value, digits, bound };
}

/**
 * Compares the percent printed for `actual / target` with the computed one, with exact integer
 * arithmetic: 27/22 printed `122%` is `truncated` (122,7…%), 1438/1400 printed `102,7%` is
 * `rounded`, 21/27 printed `87,5%` is a `mismatch` (77,8%).
 */
export function checkPrinted(actual: number, target: number, printed: string): PrintedCheck {
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
  if (bound === 'at-least') {
    if (cmp >= 0) return 'exact';
    return compare({ num: roundHalfUpScaled(computed, digits), den: 10n ** BigInt(digits) }, value) >= 0 ? 'rounded' : 'mismatch';
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
