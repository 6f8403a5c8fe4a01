/** The chunk of `<tiendo-strong-share>` (`chunks/strong-share-<hash>.js`): `define()` registers it; importing it defines nothing. */
import { TiendoStrongShare } from '@tiendo/widgets';
import { defineOnce } from './define.js';

/** Defines `<tiendo-strong-share>` (once). */
export const define = (): Promise<void> => defineOnce('tiendo-strong-share', TiendoStrongShare);
