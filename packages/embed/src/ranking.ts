/** The chunk of `<tiendo-ranking>` (`chunks/ranking-<hash>.js`): `define()` registers it; importing it defines nothing. */
import { TiendoRanking } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-ranking>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-ranking', TiendoRanking);
