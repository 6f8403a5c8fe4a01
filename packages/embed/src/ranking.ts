/** The chunk of `<tiendo-ranking>` (`chunks/<hash>.js` in `manifest.json`): `define()` registers it; importing it defines nothing. */
import { TiendoRanking } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-ranking>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-ranking', TiendoRanking);
