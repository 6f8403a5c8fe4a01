/** The chunk of `<tiendo-progress>` (`chunks/progress-<hash>.js`): `define()` registers it; importing it defines nothing. */
import { TiendoProgress } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-progress>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-progress', TiendoProgress);
