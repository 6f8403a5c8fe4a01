/** Pace: how far along a target is for the time elapsed. */
import { dayNumber } from './dates.js';
import { TiendoError } from './errors.js';
import { compare, type Fraction, subtract, toFraction, toNumber } from './exact.js';

/** `achieved` (actual ≥ target, whenever), `ahead`, `on-pace` or `behind` the straight line. */
export type PaceStatus = 'achieved' | 'ahead' | 'on-pace' | 'behind';

/** Input of `pace`. Dates are `YYYY-MM-DD` (inclusive days) or `Date`s. */
export interface PaceInput {
  /** Figure reached as of `asOf`. */
  actual: number;
  /** Target for the whole period. */
  target: number;
  /** First day of the period. */
  start: string | Date;
  /** Last day of the period (inclusive). */
  end: string | Date;
  /** Date of the figure; defaults to `end`. */
  asOf?: string | Date;
  /**
   * Relative band around the straight line counted as on pace (default 0.05 = ±5%): on pace while
   * |actual − expected| ≤ tolerance × expected, compared exactly, so the edges above and below are alike.
   */
  tolerance?: number;
}

/** Result of `pace`. */
export interface Pace {
  /** Share of the period elapsed at `asOf`, 0–1 (whole days, `asOf` included). */
  elapsed: number;
  /** What the straight line expects by `asOf`: target × elapsed. */
  expected: number;
  /** What is left to reach the target (0 when achieved). */
  remaining: number;
  /** Linear projection of the actual to the period end: actual ÷ elapsed. */
  projection: number;
  /** actual ÷ target, or `null` without a target. */
  attainment: number | null;
  /** Pace status. */
  status: PaceStatus;
  /** True when achieved before the period ends (“cán đích sớm”). */
  early: boolean;
}

/**
 * Pace of a figure against an annual (or any) target, with a straight line from the period start:
 * elapsed share, expected-by-now, remaining, projection and status. Without a target (0), the
 * status is `achieved` only if nothing is expected; attainment is `null`.
 */
export function pace(input: PaceInput): Pace {
  const { actual, target, tolerance = 0.05 } = input;
  for (const [k, v] of [['actual', actual], ['target', target], ['tolerance', tolerance]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new TiendoError('invalid-number', `${k}: expected a finite number ≥ 0, received ${String(v)}`, k);
    }
  }
  const start = dayNumber(input.start);
  const end = dayNumber(input.end);
  if (end < start) throw new TiendoError('period-order', 'pace: end is before start', 'end');
  const asOf = input.asOf === undefined ? end : dayNumber(input.asOf);
  if (asOf < start || asOf > end) throw new TiendoError('as-of-outside-period', 'pace: asOf is outside the period', 'asOf');
  // Exactly: elapsed = days / total, expected = target × days / total. The status compares the
  // distance from expected-by-now with tolerance × expected, the same above and below.
  const days = BigInt(asOf - start + 1);
  const total = BigInt(end - start + 1);
  const elapsed = Number(days) / Number(total);
  const a = toFraction(actual);
  const t = toFraction(target);
  const tol = toFraction(tolerance);
  const expectedExact: Fraction = { num: t.num * days, den: t.den * total };
  const expected = toNumber(expectedExact);
  const remaining = Math.max(0, target - actual);
  const projection = actual / elapsed;
  const achieved = compare(a, t) >= 0;
  // actual − expected against tolerance × expected, with both sides over one denominator.
  const diff = compare(a, expectedExact);
  const distance: Fraction = diff >= 0 ? subtract(a, expectedExact) : subtract(expectedExact, a);
  const band: Fraction = { num: tol.num * expectedExact.num, den: tol.den * expectedExact.den };
  const outside = compare(distance, band) > 0;
  let status: PaceStatus;
  if (achieved) status = 'achieved';
  else if (outside && diff > 0) status = 'ahead';
  else if (outside && diff < 0) status = 'behind';
  else status = 'on-pace';
  return {
    elapsed,
    expected,
    remaining,
    projection,
    attainment: target === 0 ? null : toNumber({ num: a.num * t.den, den: a.den * t.num }),
    status,
    early: achieved && asOf < end,
  };
}
