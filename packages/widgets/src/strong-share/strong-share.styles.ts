import { css } from 'lit';

/** Styles of `<tiendo-strong-share>`. */
export const strongShareStyles = css`
  .strong-share {
    display: grid;
    gap: var(--_gap);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    font-weight: 600;
  }
  .head .period {
    font-weight: 400;
    color: var(--_muted);
  }
  /*
   * Sectors side by side share their rows (subgrid): a heading that wraps on one side moves both
   * bars down together, so the halves stay aligned at every width.
   */
  .sectors {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sector {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    row-gap: 0.25rem;
    align-content: start;
    min-width: 0;
  }
  .sector > .line {
    align-self: end;
  }
  .sector > .bar-track {
    align-self: center;
  }
  .outcome {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    justify-items: start;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
    overflow-wrap: break-word;
  }
  .line.small {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .label {
    font-weight: 600;
  }
  .share {
    font-size: 1.375em;
    font-weight: 700;
  }
  /* In a ".bar-place" row over the bar (after a spacer as wide as the threshold): 0.3rem beyond it each way. */
  .marker {
    margin-block: -0.3rem;
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_target);
  }
  .verdict {
    justify-self: start;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    font-size: 0.875em;
  }
  .verdict[data-pass='pass'] {
    color: var(--_good);
  }
  .verdict[data-pass='fail'] {
    color: var(--_bad);
  }
  .verdict[data-pass='none'] {
    color: var(--_muted);
  }
  .note {
    margin: 0;
  }
  @container (max-width: 340px) {
    .share {
      font-size: 1.125em;
    }
  }
  @media (forced-colors: active) {
    .bar-track {
      border: 1px solid CanvasText;
    }
    .verdict {
      border-width: 2px;
    }
  }

  /* The loading placeholder's height follows the container's width, as the ready view's does
     (measured on the gallery's sample: narrower wraps more, wider sets cards side by side). */
  @container (max-width: 400px) {
    .skeleton { --_reserve-delta: 4.8rem; }
  }
  @container (min-width: 601px) {
    .skeleton { --_reserve-delta: -7.9rem; }
  }
  @container (min-width: 901px) {
    .skeleton { --_reserve-delta: -10.7rem; }
  }
`;
