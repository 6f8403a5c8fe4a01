/**
 * The chunk of `<tiendo-chart>` (`chunks/chart-<hash>.js`: Vega's runtime and the element):
 * `define()` registers it; importing it defines nothing.
 */
import { TiendoChart } from '@tiendo/charts';
import { defineOnce } from './define.js';

/** Defines `<tiendo-chart>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-chart', TiendoChart);
