/** The chunk of `<tiendo-scorecard>` (`chunks/<hash>.js` in `manifest.json`): `define()` registers it; importing it defines nothing. */
import { TiendoScorecard } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-scorecard>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-scorecard', TiendoScorecard);
