/**
 * Events of `<tiendo-chart>`: bubbling, composed, with a typed `detail`. The shapes match the
 * widgets' shared events (`tiendo-load`, `tiendo-error`) so the two can later be one.
 * @module
 */
import type { Dataset, Issue } from '@tiendo/sdk';
import type { ChartKind } from '../specs/model.js';

/** Kinds of failure the chart reports. */
export type ChartErrorCode = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-data' | 'selection' | 'render' | 'internal';

/** Detail of `tiendo-error`. */
export interface ChartErrorDetail {
  /** What went wrong. */
  code: ChartErrorCode;
  /** A message for developers (English). */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL fetched, for `http`, `network`, `timeout`, `invalid-json`. */
  url?: string;
  /** The problems of an invalid dataset, each with its path. */
  issues?: readonly Issue[];
  /** For `selection`: the attribute at fault (`metric`, `unit`, …). */
  option?: string;
  /** True when a retry may succeed (network errors, timeouts, 5xx). */
  retryable: boolean;
}

/** Fired when the chart cannot be shown; the chart shows the error in words too. */
export class ChartErrorEvent extends CustomEvent<ChartErrorDetail> {
  constructor(detail: ChartErrorDetail) {
    super('tiendo-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `tiendo-load`. */
export interface ChartLoadDetail {
  /** The validated dataset the chart now shows. */
  dataset: Dataset;
  /** Where it came from. */
  origin: 'property' | 'src' | 'inline-json';
}

/** Fired when the chart has loaded and validated its data. */
export class ChartLoadEvent extends CustomEvent<ChartLoadDetail> {
  constructor(detail: ChartLoadDetail) {
    super('tiendo-load', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `tiendo-render`. */
export interface ChartRenderDetail {
  /** Which chart. */
  kind: ChartKind;
  /** Number of rows drawn (bars, points or sectors). */
  rows: number;
}

/** Fired each time the chart has been drawn. */
export class ChartRenderEvent extends CustomEvent<ChartRenderDetail> {
  constructor(detail: ChartRenderDetail) {
    super('tiendo-render', { detail, bubbles: true, composed: true });
  }
}
