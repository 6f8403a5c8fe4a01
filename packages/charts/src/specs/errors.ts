/** The one error a spec builder throws: a selection that the dataset cannot answer. */

/** Codes of `ChartInputError`. */
export type ChartInputCode = 'unknown-metric' | 'unknown-period' | 'unknown-unit' | 'missing-option';

/** A selection (metric, period, unit) that names nothing in the dataset, or lacks a required option. */
export class ChartInputError extends Error {
  /** Stable machine-readable code. */
  readonly code: ChartInputCode;
  /** The option at fault (`metric`, `period`, `unit`, `parent`, `units[2]`). */
  readonly option: string;
  /** The id that was not found (empty for a missing option). */
  readonly value: string;

  constructor(code: ChartInputCode, option: string, message: string, value = '') {
    super(message);
    this.name = 'ChartInputError';
    this.code = code;
    this.option = option;
    this.value = value;
  }
}
