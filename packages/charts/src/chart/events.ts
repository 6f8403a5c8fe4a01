/**
 * Events of `<tiendo-chart>`: bubbling, composed, with a typed `detail`. The shapes match the
 * widgets' shared events (`tiendo-load`, `tiendo-error`), whose detail types they extend.
 * @module
 */
import type { TiendoErrorDetail, TiendoLoadDetail } from '@tiendo/widgets/core';
import type { ChartKind } from '../specs/model.js';

/** Kinds of failure the chart reports: the widgets' kinds, and `render` (Vega failed to draw). */
export type ChartErrorCode = TiendoErrorDetail['code'] | 'render';

/** Detail of `tiendo-error`: the widgets' detail, with the chart's codes and the faulty option. */
export interface ChartErrorDetail extends Omit<TiendoErrorDetail, 'code'> {
  /** What went wrong. */
  code: ChartErrorCode;
  /** For `selection`: the attribute at fault (`metric`, `unit`, …). */
  option?: string;
  /** For `selection`: what kind of id `subject` is, when it names nothing in the data. */
  what?: 'metric' | 'period' | 'unit';
}

/** Fired when the chart cannot be shown; the chart shows the error in words too. */
export class ChartErrorEvent extends CustomEvent<ChartErrorDetail> {
  constructor(detail: ChartErrorDetail) {
    super('tiendo-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `tiendo-load`: the same as the widgets'. */
export type ChartLoadDetail = TiendoLoadDetail;

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
