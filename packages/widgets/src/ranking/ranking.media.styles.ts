import { css } from 'lit';

/**
 * Styles of `<tiendo-ranking>` by container width and medium: the narrow grid of each row (phones,
 * a side column), forced colours and print. After `rankingStyles` in the element's styles.
 */
export const rankingMediaStyles = css`
  /*
   * Narrow containers (phones, a side column): each row is a small grid, rank on the left, the
   * name on a line of its own, then the figures and the bar under it; the actual/target column is
   * folded into the percent cell (its own cell stays, out of sight, for screen readers: the
   * element is still a real table, only its boxes move).
   */
  @container (max-width: 36rem) {
    .skeleton {
      --_row-reserve: 4.59rem;
      --_chrome-reserve: 18.4rem;
    }
    /* In the grid the figure line over the bar is 2.24rem to 2.32rem tall with the column's width: no
       estimate fits them all, and a wrong one shifts the page as rows scroll in. Cells are drawn. */
    .cell {
      content-visibility: visible;
    }
    table,
    thead,
    tbody,
    caption {
      display: block;
    }
    colgroup {
      display: none;
    }
    tr {
      display: grid;
      grid-template-columns: 2.5rem minmax(0, 1fr);
      grid-template-areas: 'rank name' 'rank pct';
      column-gap: 0.5rem;
      padding: 0.375rem 0.25rem;
      border-bottom: 1px solid var(--_track);
    }
    th,
    td {
      height: auto;
      padding: 0;
      border: 0;
    }
    .c-rank {
      grid-area: rank;
    }
    .c-name {
      grid-area: name;
    }
    .c-pct {
      grid-area: pct;
    }
    tbody td.c-actual {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    td.c-rank {
      align-self: start;
    }
    .fold {
      display: inline;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .fig {
      column-gap: 0.375rem;
    }
    thead tr {
      grid-template-columns: 2.5rem minmax(max-content, 1fr) minmax(min-content, max-content) max-content;
      grid-template-areas: 'rank name actual pct';
      align-items: end;
      background: var(--_surface);
    }
    thead .c-actual {
      grid-area: actual;
    }
    thead .c-pct {
      grid-area: pct;
      text-align: end;
    }
    tr.hl > th {
      box-shadow: none;
    }
    tr.hl {
      box-shadow: inset 4px 0 0 var(--_text), 0 -1px 0 var(--_track);
    }
    /*
     * Each row is a grid here, not a table box: rows from the 31st on skip style, layout and paint
     * while far off screen until the browser is idle (content-visibility, see .cell), estimated at
     * a row of one line of name over the figure line and the bar (4.5rem with the row's padding
     * and rule), remembered once drawn. The first 30 are on screen first anyway, and the
     * highlighted row is never skipped: they draw exactly as before. A contained row paints from a whole pixel (it keeps no fraction of a pixel
     * from above), which would move the rule at its bottom edge by a pixel: the rule between two
     * rows is drawn by the lower row, just above its top (the space stays the upper row's
     * transparent border), and the last one after the rows.
     */
    tbody tr {
      border-bottom-color: transparent;
      box-shadow: 0 -1px 0 var(--_track);
    }
    tbody tr:nth-child(n + 31) {
      content-visibility: auto;
      contain-intrinsic-size: auto calc(3.75rem - 1px);
      overflow-clip-margin: 1px;
    }
    tbody tr.hl {
      content-visibility: visible;
    }
    tbody::after {
      content: '';
      display: block;
      position: relative;
      height: 1px;
      margin-top: -1px;
      background: var(--_track);
    }
  }
  @container (max-width: 22rem) {
    tr {
      grid-template-columns: 2.25rem minmax(0, 1fr);
      column-gap: 0.375rem;
      padding-inline: 0.375rem 0;
    }
    thead tr {
      grid-template-columns: 2.25rem minmax(max-content, 1fr) minmax(min-content, max-content) max-content;
      font-size: 0.8125rem;
    }
    thead th {
      font-size: inherit;
    }
    .fold {
      font-size: 0.8125em;
    }
    .pct {
      font-size: 0.9375em;
    }
  }
  @media (forced-colors: active) {
    .bar-track {
      border: 1px solid CanvasText;
    }
    tr.hl > * {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  @media print {
    tbody tr,
    .cell {
      content-visibility: visible;
    }
    /* The metric switch is a screen control (the caption names the metric). */
    .controls {
      display: none;
    }
    /* The sort buttons are the column headers: they print as their labels. */
    thead th button {
      display: inline-flex !important;
    }
    .arrow {
      display: none;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
