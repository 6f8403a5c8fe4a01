// Vega's sub-packages ship no typings of their own; the 'vega' typings describe what they export.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-encode' {
  export const axisticks: unknown, datajoin: unknown, encode: unknown, legendentries: unknown, scale: unknown, sortitems: unknown;
}
declare module 'vega-transforms' {
  export const aggregate: unknown, collect: unknown, compare: unknown, expression: unknown, extent: unknown, field: unknown, filter: unknown;
  export const formula: unknown, key: unknown, params: unknown;
  export const multiextent: unknown, proxy: unknown, relay: unknown, sieve: unknown, values: unknown;
}
declare module 'vega-view-transforms' {
  export const bound: unknown, mark: unknown, overlap: unknown, render: unknown, viewlayout: unknown;
}
declare module 'vega-util' {
  export function extend(target: object, ...sources: object[]): object;
  export function array(value: unknown): unknown[];
  export function isArray(value: unknown): value is unknown[];
  export function lerp(array: readonly number[], fraction: number): number;
  export function span(array: readonly number[]): number;
}
declare module 'vega-format' {
  import type { LocaleFormatters } from 'vega';
  export function locale(number: object, time?: object): LocaleFormatters;
}
declare module 'vega-parser' {
  export { parse } from 'vega';
}
declare module 'vega-view' {
  export { View } from 'vega';
}
declare module 'vega-scenegraph' {
  /** Text measurement: `width` is `measureWidth` (a canvas, its widths kept) when there is a canvas, else an estimate. */
  export const textMetrics: {
    width: (item: object, text: string) => number;
    measureWidth: (item: object, text: string) => number;
    estimateWidth: (item: object, text: string) => number;
  };
}
