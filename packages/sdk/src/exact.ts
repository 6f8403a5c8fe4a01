/**
 * Exact rational arithmetic on BigInt, for comparisons the press makes exactly:
 * `57/50*100` is 113.99999… in floats and `(126.225).toFixed(2)` is "126.22".
 * @module
 */
import { TiendoError } from './errors.js';

/** A rational number `num / den` with `den > 0`. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const TEN = 10n;

/**
 * The exact value of a finite JavaScript number as written in decimal (`0.9` → 9/10, not the
 * binary double). Figures in datasets are decimals, so this is the value the author meant.
 */
export function toFraction(value: number): Fraction {
  if (!Number.isFinite(value)) throw new TiendoError('invalid-number', `expected a finite number, received ${value}`);
  return decimalToFraction(String(value));
}

/** Parses a plain decimal string (`-12.5`, `1e-7`, `3.2e+21`) exactly. */
export function decimalToFraction(text: string): Fraction {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m) throw new TiendoError('invalid-number', `expected a decimal number, received ${JSON.stringify(text)}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let num = BigInt(int! + frac);
  let scale = frac.length - Number(exp);
  if (sign) num = -num;
  if (scale <= 0) return { num: num * TEN ** BigInt(-scale), den: 1n };
  return { num, den: TEN ** BigInt(scale) };
}

/** `a / b` exactly; `b` must not be zero. */
export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new TiendoError('division-by-zero', 'division by zero');
  const sign = b.num < 0n ? -1n : 1n;
  return { num: a.num * b.den * sign, den: a.den * b.num * sign };
}

/** `a − b` exactly. */
export function subtract(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** Compares `a` and `b`: negative, zero or positive. */
export function compare(a: Fraction, b: Fraction): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** `floor(f × 10^digits)`: truncation at `digits` decimals (for f ≥ 0), as an integer. */
export function truncateScaled(f: Fraction, digits: number): bigint {
  const n = f.num * TEN ** BigInt(digits);
  const q = n / f.den;
  return n < 0n && q * f.den !== n ? q - 1n : q;
}

/** Round half up of `f × 10^digits`, as an integer (`126.225` at 2 digits → 12623). */
export function roundHalfUpScaled(f: Fraction, digits: number): bigint {
  const n = f.num * TEN ** BigInt(digits) * 2n + f.den;
  const d = f.den * 2n;
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/** An integer `k` at scale `10^digits` as a plain decimal string (`12623`, 2 → `"126.23"`). */
export function scaledToDecimal(k: bigint, digits: number): string {
  const neg = k < 0n;
  const s = (neg ? -k : k).toString().padStart(digits + 1, '0');
  const out = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return neg ? `-${out}` : out;
}

/** The fraction as the nearest double (for display and charts only, never for comparisons). */
export function toNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

/**
 * An exact ratio: a `Fraction` of BigInts, or `num / den` of two JavaScript numbers each meant as
 * the decimal it is written as (`{ num: 1548, den: 1400 }`; 0.3 is 3/10). The number form costs no
 * BigInt while both are integers with products below 2^53.
 */
export type Ratio = Fraction | { readonly num: number; readonly den: number };

const SAFE = 2 ** 53;

/** A `Ratio` as a `Fraction`. */
export function ratioFraction(r: Ratio): Fraction {
  if (typeof r.num === 'bigint') return r as Fraction;
  return divide(toFraction(r.num as number), toFraction(r.den as number));
}

/**
 * Compares two ratios exactly (negative, zero or positive). Integers whose cross products stay below
 * 2^53 compare in doubles (exact there); anything else in BigInt.
 */
export function compareRatio(a: Ratio, b: Ratio): number {
  if (typeof a.num === 'number' && typeof b.num === 'number') return compareNumberRatios(a.num, a.den as number, b.num, b.den as number);
  return compare(ratioFraction(a), ratioFraction(b));
}

/**
 * `compareRatio({ num: an, den: ad }, { num: bn, den: bd })` without making the two objects: in
 * doubles when all four are integers, the denominators positive and the cross products below 2^53
 * (exact there), else in BigInt.
 */
export function compareNumberRatios(an: number, ad: number, bn: number, bd: number): number {
  if (Number.isInteger(an) && Number.isInteger(ad) && Number.isInteger(bn) && Number.isInteger(bd) && ad > 0 && bd > 0) {
    const l = an * bd;
    const r = bn * ad;
    // Rounding is monotone: a true product of 2^53 or more never rounds below 2^53.
    if (Math.abs(l) < SAFE && Math.abs(r) < SAFE) return l < r ? -1 : l > r ? 1 : 0;
  }
  return compare(ratioFraction({ num: an, den: ad }), ratioFraction({ num: bn, den: bd }));
}
