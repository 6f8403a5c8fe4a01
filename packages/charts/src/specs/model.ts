/**
 * What a spec builder returns: the rows, the vega-lite spec, and the words around the chart (its
 * summary sentence and its table), so the element only lays them out.
 * @module
 */
import type { Locale } from '@tiendo/sdk';

/** The kinds of chart. */
export type ChartKind = 'ranking' | 'trend' | 'share';

/** Every chart kind, in a stable order. */
export const CHART_KINDS: readonly ChartKind[] = ['ranking', 'trend', 'share'];

/** A vega-lite (or Vega) spec as plain JSON; typed loosely so vega-lite stays a build-time tool. */
export type JsonSpec = { [key: string]: unknown };

/** Values of a template's params (Vega signals): theme colours, font and localized axis titles. */
export type ChartSignals = Record<string, string | number | boolean | readonly string[]>;

/** The data of a chart as a table for assistive technology: every cell already formatted. */
export interface TableModel {
  /** Caption of the table (the chart title). */
  caption: string;
  /** Column headers. */
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  /** Index of the column whose cells name their row (a `<th scope="row">`). */
  rowHeader: number;
  /** Rows of formatted cells. */
  rows: string[][];
}

/** A chart ready to render: rows, spec and the words around it. */
export interface ChartModel<Row extends object = object> {
  /** Which chart. */
  kind: ChartKind;
  /** Locale of every word and number. */
  locale: Locale;
  /** Title: metric and period, or unit and metric. */
  title: string;
  /** One or more sentences that say what the chart shows (its text alternative). */
  summary: string;
  /** The data rows, with pre-formatted labels. */
  rows: Row[];
  /** What the chart draws when it is more than `rows`: a trend's years without figures (its gaps). */
  data?: object[];
  /** The rows as a table. */
  table: TableModel;
  /** Values of the template's params. */
  signals: ChartSignals;
  /** The vega-lite spec with the rows inline and the params set: usable with vega-embed as is. */
  spec: JsonSpec;
}
