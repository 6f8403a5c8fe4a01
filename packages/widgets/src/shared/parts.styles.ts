/**
 * Pieces every element draws the same way: the bar (track, fill, the part over 100%) and the
 * status pill, coloured by `data-status` but always carrying its words. Widgets add only what
 * differs (size, placement).
 * @module
 */
import { css } from 'lit';

/** Bars and status pills shared by the elements. */
export const partStyles = css`
  .bar-track {
    position: relative;
    height: var(--_bar-height);
    border-radius: var(--_radius);
    background: var(--_track);
  }
  .bar-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: var(--_radius);
    background: var(--_bar);
  }
  .bar-fill.over {
    background: var(--_over);
  }
  .status {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .status[data-status='exceeded'],
  .status[data-status='met'],
  .status[data-status='met-early'],
  .status[data-status='ahead'] {
    color: var(--_good);
  }
  .status[data-status='behind'],
  .status[data-status='not-met'] {
    color: var(--_bad);
  }
  .status[data-status='on-pace'] {
    color: var(--_text);
  }
`;
