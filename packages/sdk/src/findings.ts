/** Findings: what a check of a valid dataset noticed (a printed percent that disagrees, a sum that differs). */
import type { PrintedVerdict } from './printed.js';

/** How much a finding matters: `ok` confirms, `info` is worth knowing, `warning` wants a look. */
export type Severity = 'ok' | 'info' | 'warning';

/** A printed percent checked against the computed one. */
export interface PrintedFinding {
  /** Always `printed`. */
  code: 'printed';
  /** `ok` for exact and rounded, `info` for truncated, `warning` for mismatch, unparseable and no-target. */
  severity: Severity;
  /** Path of the printed field (`actuals[3].printed`). */
  path: string;
  /** Unit id. */
  unit: string;
  /** The verdict of `checkPrinted`. */
  verdict: PrintedVerdict | 'no-target';
  /** The text as printed. */
  text: string;
  /** The printed percent as read (131 for `vượt 31%`). */
  printed: number | null;
  /** The computed percent, or `null` without a target. */
  computed: number | null;
  /** Decimals printed. */
  digits: number;
}

/** A parent's own figure that differs from the sum of its children's. */
export interface AggregateFinding {
  /** `aggregate-mismatch` for an actual, `aggregate-target-mismatch` for a target. */
  code: 'aggregate-mismatch' | 'aggregate-target-mismatch';
  /** `warning` for an actual, `info` for a target. */
  severity: Severity;
  /** Path of the parent's figure. */
  path: string;
  /** Unit id of the parent. */
  unit: string;
  /** The parent's own figure. */
  reported: number;
  /** The sum of its children's. */
  computed: number;
}

/** Anything `checkDataset` or `aggregate` reports. */
export type Finding = PrintedFinding | AggregateFinding;
