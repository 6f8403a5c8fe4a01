/** The chunk of `<tiendo-scorecard>` (`chunks/scorecard-<hash>.js`): `define()` registers it; importing it defines nothing. */
import { TiendoScorecard } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-scorecard>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-scorecard', TiendoScorecard);
