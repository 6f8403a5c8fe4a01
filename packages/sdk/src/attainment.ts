/** Attainment: actual ÷ target. */
import { TiendoError } from './errors.js';

/** Throws a `TiendoError` (`invalid-number`) unless `n` is a finite number ≥ 0; `name` says which input. */
export function assertFigure(n: number, name: string): void {
  if (typeof n !== 'number' || Number.isNaN(n)) throw new TiendoError('invalid-number', `${name}: expected a number, received ${String(n)}`, name);
  if (!Number.isFinite(n)) throw new TiendoError('invalid-number', `${name}: expected a finite number, received ${n}`, name);
  if (n < 0) throw new TiendoError('invalid-number', `${name}: expected a number ≥ 0, received ${n}`, name);
}

/**
 * The share of the target reached: `attainment(1548, 1400)` → 1.1057…; `null` when the target
 * is 0 ("no target"), never Infinity. Throws a `TiendoError` on negative, NaN or infinite input.
 */
export function attainment(actual: number, target: number): number | null {
  assertFigure(actual, 'actual');
  assertFigure(target, 'target');
  return target === 0 ? null : actual / target;
}
