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
  /*
   * Data-driven sizes are the "width" attributes of empty "<svg>" boxes (the fill, the spacers),
   * never a "style": a server-rendered bar keeps its geometry under "style-src 'self'". So no rule
   * here sets their width. A mark placed along the bar sits in a flex row over the track, after a
   * spacer as wide as its position (from the inline start, so right in RTL).
   */
  .bar-place {
    position: absolute;
    inset: 0;
    display: flex;
  }
  .bar-place > * {
    flex: none;
  }
  /* An <svg> keeps its colours in forced colours by default (preserve-parent-color); these boxes
     take the forced palette as any other box does. */
  .bar-track svg {
    forced-color-adjust: auto;
  }
  /*
   * Statuses differ in words first, and in shape: a target reached or missed at the period's end
   * (vượt chỉ tiêu, hoàn thành, cán đích sớm, chưa đạt) is a filled pill; a pace while the period
   * runs (vượt tiến độ, đúng tiến độ, chậm tiến độ) an outlined one.
   */
  .status {
    --_on-status: light-dark(#ffffff, #16161a);
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
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
  .status[data-status='no-target'] {
    color: var(--_muted);
  }
  .status[data-status='exceeded'],
  .status[data-status='met'],
  .status[data-status='met-early'] {
    border-color: var(--_good);
    background: var(--_good);
    color: var(--_on-status);
    font-weight: 600;
  }
  .status[data-status='not-met'] {
    border-color: var(--_bad);
    background: var(--_bad);
    color: var(--_on-status);
    font-weight: 600;
  }
  .status[data-status='behind'],
  .status[data-status='ahead'],
  .status[data-status='on-pace'] {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .status {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
  @media print {
    .status {
      --_on-status: #ffffff;
    }
  }
`;
