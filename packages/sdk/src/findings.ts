/** Findings: what a check of a valid dataset noticed (a printed percent that disagrees, a sum that differs). */
import type { PrintedVerdict } from './printed.js';

/** How much a finding matters: `ok` confirms, `info` is worth knowing, `warning` wants a look. */
export type Severity = 'ok' | 'info' | 'warning';

/** A printed percent checked against the computed one. */
export interface PrintedFinding {
  /** Always `printed`. */
  code: 'printed';
  /** `ok` for exact and rounded, `info` for truncated, `warning` for mismatch, unparseable, no-target and no-of. */
  severity: Severity;
  /** Path of the printed field (`actuals[3].printed`). */
  path: string;
  /** Unit id. */
  unit: string;
  /** The verdict of `checkPrinted`; `no-target` for a count without a target, `no-of` for a share without its whole. */
  verdict: PrintedVerdict | 'no-target' | 'no-of';
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

/** A child's share figure without its whole (`of`), left out of its parent's ratio of sums. */
export interface ShareWithoutOfFinding {
  /** Always `share-without-of`. */
  code: 'share-without-of';
  /** Always `warning`: the parent's share leaves this child out. */
  severity: Severity;
  /** Path of the child's missing `of` (`actuals[7].of`). */
  path: string;
  /** Unit id of the parent whose sum leaves the child out. */
  unit: string;
  /** Unit id of the child. */
  child: string;
}

/** A unit known only by its id (a CSV `parent` without a row of its own): readers would see the id. */
export interface UnitWithoutNameFinding {
  /** Always `unit-without-name`. */
  code: 'unit-without-name';
  /** Always `warning`. */
  severity: Severity;
  /** Path of the unit's name (`units[4].name`). */
  path: string;
  /** The unit id. */
  unit: string;
}

/** Anything `checkDataset` or `aggregate` reports. */
export type Finding = PrintedFinding | AggregateFinding | ShareWithoutOfFinding | UnitWithoutNameFinding;
