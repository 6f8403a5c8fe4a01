/**
 * One error class for the whole SDK, with a stable `code`, the `path` of the bad field and a
 * human message. A `DatasetError` carries every problem found in a dataset at once.
 * @module
 */

/** Codes of the problems the SDK reports. Stable: widgets and users switch on them. */
export type IssueCode =
  | 'invalid-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-value'
  | 'invalid-format'
  | 'unrecognized-key'
  | 'required'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'parent-cycle'
  | 'as-of-outside-period'
  | 'period-order'
  | 'share-parts'
  | 'empty-input'
  | 'invalid-json'
  | 'csv-header'
  | 'csv-delimiter'
  | 'csv-value'
  | 'csv-extra-cells'
  | 'count-not-whole'
  | 'share-out-of-range'
  | 'invalid-number';

/** One problem in the input: what is wrong, and where. */
export interface Issue {
  /** Stable code of the problem. */
  code: IssueCode;
  /** Where it is, as a path into the JSON (`targets[3].value`); empty for the whole input. */
  path: string;
  /** What was expected, in English words (`a number ≥ 0`). */
  expected?: string;
  /** What was received, shortened for display (`-5`, `"abc"`). */
  received?: string;
  /** Extra detail (where a duplicate was first seen, the cycle, the period an `asOf` is outside). */
  detail?: string;
  /** 1-based line of a CSV or JSON text, when known. */
  line?: number;
  /** 1-based row of a table below its header (`datasetFromTable`), when known. */
  row?: number;
  /** Column of a CSV (its name, `target`) or of a JSON text (its 1-based number), when known. */
  column?: string;
}

/** Base class of every error the SDK throws: `code` is stable, `message` is for people. */
export class TiendoError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Path of the bad field, when there is one. */
  readonly path: string;
  constructor(code: string, message: string, path = '') {
    super(message);
    this.name = 'TiendoError';
    this.code = code;
    this.path = path;
  }
}

/** Shortens any received value for an error message: strings quoted, long ones cut. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
