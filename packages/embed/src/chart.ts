/**
 * The chunk of `<tiendo-chart>` (`chunks/<hash>.js` in `manifest.json`: Vega's runtime and the element):
 * `define()` registers it; importing it defines nothing.
 */
import { TiendoChart } from '@tiendo/charts';
import { defineOnce } from './define.js';

/** Defines `<tiendo-chart>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-chart', TiendoChart);
