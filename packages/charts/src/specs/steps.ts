/**
 * The widths where a chart's height changes. The layout decides its rows' height with the width
 * table (`font-measure.ts`), so the height is a step function of the width alone, the same in Node
 * and in the page: narrower charts wrap names into more lines or put them above the bars, never
 * fewer, so the height never grows with the width and bisection finds each step. Pure: no DOM.
 * @module
 */
import { chartLayout } from './layout.js';
import type { ChartModel } from './model.js';

/** The smallest width the element draws (its renderer's floor). */
export const MIN_CHART_WIDTH = 200;
/** Past this width no name wraps or moves (the widest table width of a name is far below it). */
const MAX_WIDTH = 8192;

/** One range of widths drawn with the same row height: from `min` (inclusive) to the next step's `min`. */
export interface LayoutStep {
  /** The narrowest width of the range, in CSS pixels. */
  min: number;
  /** The layout's key at `min` (rows drawn alike share it). */
  key: string;
}

/** The row height of `model` at a width (a trend has one height at every width). */
const rowStep = (model: ChartModel, width: number): number => Number(chartLayout(model, width).signals.y_step ?? 0);

/** The ranges of widths from `MIN_CHART_WIDTH` up whose charts have one height each, narrowest first. */
export function layoutSteps(model: ChartModel): LayoutStep[] {
  const starts = [MIN_CHART_WIDTH];
  const split = (a: number, b: number, fa: number, fb: number): void => {
    if (fa === fb) return;
    if (b - a === 1) {
      starts.push(b);
      return;
    }
    const mid = (a + b) >> 1;
    const fm = rowStep(model, mid);
    split(a, mid, fa, fm);
    split(mid, b, fm, fb);
  };
  split(MIN_CHART_WIDTH, MAX_WIDTH, rowStep(model, MIN_CHART_WIDTH), rowStep(model, MAX_WIDTH));
  return starts.sort((x, y) => x - y).map((min) => ({ min, key: chartLayout(model, min).key }));
}
