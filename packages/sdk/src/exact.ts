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
