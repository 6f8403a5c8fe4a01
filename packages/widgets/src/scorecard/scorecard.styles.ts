import { css } from 'lit';

/** Styles of `<tiendo-scorecard>`. */
export const scorecardStyles = css`
  .scorecard {
    display: grid;
    gap: var(--_gap);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .head .period {
    font-weight: 400;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem;
    min-width: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .value {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
  }
  .value .of {
    font-size: 0.6em;
    font-weight: 600;
    color: var(--_muted);
  }
  .value.small {
    font-size: 1.25em;
  }
  .noun {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .pct {
    font-weight: 700;
  }
  .status {
    align-self: flex-start;
    font-size: 0.8125em;
  }
  .sector {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.5rem;
    align-items: baseline;
  }
  .sector-name {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  @container (max-width: 340px) {
    .value {
      font-size: 1.375em;
    }
    .card {
      padding: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .bar-track {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      border: 1px solid #999;
      background: none;
    }
  }

  /* The loading placeholder's height follows the container's width, as the ready view's does
     (measured on the gallery's sample: narrower wraps more, wider sets cards side by side). */
  @container (max-width: 400px) {
    .skeleton { --_reserve-delta: 9rem; }
  }
  @container (min-width: 601px) {
    .skeleton { --_reserve-delta: 0rem; }
  }
  @container (min-width: 901px) {
    .skeleton { --_reserve-delta: -2.55rem; }
  }
`;
