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
    width: 8.5rem;
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
    /* A word breaks only when it is longer than the whole column, never to save a line. */
    overflow-wrap: break-word;
  }
  /* Header words never break (“Hạng”, “Đơn vị”); “Thực hiện/Chỉ tiêu” wraps after its “/” only. */
  .nw {
    white-space: nowrap;
  }
  thead th {
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
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
    flex: none;
    font-size: 1em;
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
  thead .c-actual button {
    justify-content: flex-end;
  }
  /* “đồng hạng” under its rank, wrapping between its words in a narrow column, never over the name. */
  .tie {
    display: block;
    font-size: 0.75rem;
    line-height: 1.2;
    color: var(--_muted);
    overflow-wrap: normal;
  }
  tr.hl {
    background: var(--_highlight);
  }
  tr.hl > * {
    font-weight: 700;
  }
  tr.hl .fold {
    font-weight: 400;
  }
  tr.hl > th {
    box-shadow: inset 4px 0 0 var(--_text);
  }
  .cell {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.125rem;
    /*
     * Figure and bar (a third of a row's boxes) of rows far off screen skip layout and paint until
     * the browser is idle after the first render: 700 rows lay out in about two thirds of the time.
     * Table rows and cells cannot be contained (content-visibility does nothing on them), this
     * block inside the cell can; in a narrow container, where each row is a grid, whole rows are
     * skipped (below). Chromium leaves skipped content out of the accessibility tree, so when the
     * browser is idle the element lays them out, a hundred rows at a time ("data-laid-out" on each,
     * then on the host): a screen reader finds every row's figures. Without JavaScript (a
     * pre-rendered snippet) nothing is skipped. Its estimated height is that of the figure line
     * over the bar.
     */
    content-visibility: auto;
    /* Exactly the cell's height in the table layout (37.1875 px at 16 px): a skipped cell is as tall as a drawn one. */
    contain-intrinsic-size: auto 2.32421875rem;
    /* Containment clips paint: room for the 100% line, which stands out of the bar. */
    overflow-clip-margin: 0.25rem;
  }
  :host([data-laid-out]) .cell,
  :host([data-laid-out]) tbody tr,
  tr[data-laid-out] .cell,
  tbody tr[data-laid-out] {
    content-visibility: visible;
  }
  @media (scripting: none) {
    .cell,
    tbody tr {
      content-visibility: visible !important;
    }
  }
  /* The figure line: (actual/target when folded,) percent and the status in words. */
  .fig {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
  }
  /* The actual/target shown in the percent cell when its own column is folded away (narrow). */
  .fold {
    display: none;
  }
  .fold::before {
    content: attr(data-figure);
  }
  .pct {
    font-weight: 600;
  }
  [data-status='no-target'] > .pct {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
    white-space: normal;
  }
  .word {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The status of a row is an attribute of its figure line. */
  [data-status='exceeded'] > .word,
  [data-status='met'] > .word,
  [data-status='met-early'] > .word {
    color: var(--_good);
    font-weight: 700;
  }
  [data-status='not-met'] > .word {
    color: var(--_bad);
    font-weight: 700;
  }
  [data-status='ahead'] > .word {
    color: var(--_good);
  }
  [data-status='behind'] > .word {
    color: var(--_bad);
  }
  .bar-track {
    flex: none;
  }
  /* In a ".bar-place" row over the bar: its height and a fifth of a rem beyond it each way. */
  .line100 {
    margin-block: -0.2rem;
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
    --_row-reserve: 3.14rem;
    --_chrome-reserve: 16.2rem;
  }
`;
