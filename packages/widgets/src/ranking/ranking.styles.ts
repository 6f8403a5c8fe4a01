import { css } from 'lit';

/** Styles of `<tiendo-ranking>`. */
export const rankingStyles = css`
  .ranking {
    display: grid;
    gap: var(--_gap);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
  .controls label {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    font-size: 0.875em;
    color: var(--_muted);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_track);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    min-height: 2rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    /* Fixed layout: the browser sizes columns from the first row, not from all 700. */
    table-layout: fixed;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-bottom: 0.5rem;
    font-weight: 600;
  }
  col.c-rank {
    width: 4.5rem;
  }
  col.c-actual {
    width: 7.5rem;
  }
  col.c-pct {
    width: 38%;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    height: 2.25rem;
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_track);
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    background: var(--_surface);
  }
  thead th button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    border-radius: var(--_radius);
  }
  thead th button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  thead th[aria-sort='ascending'],
  thead th[aria-sort='descending'] {
    color: var(--_text);
  }
  .arrow {
    font-size: 0.75em;
  }
  tbody th {
    font-weight: 500;
  }
  .c-actual,
  td.c-rank {
    text-align: end;
  }
  thead .c-actual {
    text-align: end;
  }
  .tie {
    display: block;
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
  }
  tr.hl > * {
    background: var(--_highlight);
    font-weight: 700;
  }
  tr.hl > th {
    box-shadow: inset 4px 0 0 var(--_text);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /*
     * Figure and bar (a third of a row's boxes) of rows far off screen skip layout and paint until
     * scrolled near: 700 rows lay out in about two thirds of the time. Table rows and cells cannot
     * be contained (content-visibility does nothing on them), this block inside the cell can. Its
     * estimated height is that of one line of the figure (the row keeps its 2.25rem either way).
     */
    content-visibility: auto;
    contain-intrinsic-size: auto 1.45rem;
    /* Containment clips paint: room for the 100% line, which stands out of the bar. */
    overflow-clip-margin: 0.25rem;
  }
  .pct {
    flex: none;
    min-width: 4.25em;
    text-align: end;
  }
  .pct[data-status='no-target'] {
    color: var(--_muted);
    font-size: 0.875em;
    text-align: start;
  }
  .bar-track {
    flex: 1;
  }
  .line100 {
    position: absolute;
    inset-block: -0.2rem;
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_target);
  }
  td .note {
    display: block;
  }
  .toggle {
    justify-self: start;
  }
  .pager {
    display: flex;
    gap: var(--_gap);
    align-items: center;
  }

  /* Loading placeholder: rows × row height + controls, caption, header, toggle and footer. */
  .skeleton {
    --_row-reserve: 2.25rem;
    --_chrome-reserve: 15.5rem;
  }
  @container (max-width: 480px) {
    /* Stacked cells (figure over bar) make rows taller, and the footer wraps to more lines. */
    .skeleton {
      --_row-reserve: 3.6rem;
      --_chrome-reserve: 20.6rem;
    }
    col.c-rank {
      width: 3.25rem;
    }
    col.c-actual {
      width: 5.5rem;
    }
    col.c-pct {
      width: 30%;
    }
    .cell {
      flex-direction: column;
      align-items: stretch;
      gap: 0.125rem;
      /* The figure over the bar. */
      contain-intrinsic-size: auto 2.325rem;
    }
    .pct {
      text-align: start;
    }
    .bar-track {
      flex: none;
    }
  }
  @container (max-width: 340px) {
    th,
    td {
      padding: 0.25rem 0.25rem;
      font-size: 0.875em;
    }
    col.c-rank {
      width: 2.75rem;
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
    .cell {
      content-visibility: visible;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
