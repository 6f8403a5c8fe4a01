import { css } from 'lit';

/** Styles of `<tiendo-progress>`. */
export const progressStyles = css`
  .progress {
    display: grid;
    gap: 0.375rem;
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
  .bar-track {
    overflow: visible;
  }
  .bar-over {
    position: absolute;
    inset-block: 0;
    border-radius: var(--_radius);
    background: repeating-linear-gradient(135deg, var(--_over) 0 6px, color-mix(in srgb, var(--_over) 70%, transparent) 6px 12px);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .marker {
    position: absolute;
    inset-block: -0.25rem;
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_target);
  }
  .marker.expected {
    background: none;
    border-inline-start: 2px dashed var(--_expected);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .figures .value {
    font-size: 1.25em;
    font-weight: 700;
  }
  .figures .pct {
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .legend {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .summary {
    margin: 0;
  }

  /* One line inside running text. */
  :host([compact]) {
    display: inline-block;
    /* Inline in running text: size containment would collapse it to nothing. */
    container-type: normal;
    vertical-align: baseline;
  }
  :host([compact]) .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  :host([compact]) .bar-track {
    display: inline-block;
    width: 4em;
    height: 0.6em;
  }
  :host([compact]) .marker {
    inset-block: -0.15em;
  }
  :host([compact]) .figures .value {
    font-size: 1em;
  }
  :host([compact]) .state {
    display: inline-flex;
    /* An empty inline box sits on the baseline and adds the descender below it: keep the line height. */
    vertical-align: top;
    padding: 0 0.25em;
  }
  @container (max-width: 360px) {
    .figures .value {
      font-size: 1.125em;
    }
  }

  /* The loading placeholder's height follows the container's width, as the ready view's does
     (measured on the gallery's sample: narrower wraps more, wider sets cards side by side). */
  @container (max-width: 400px) {
    .skeleton { --_reserve-delta: 5.25rem; }
  }
  @container (min-width: 601px) {
    .skeleton { --_reserve-delta: -1.45rem; }
  }
  @container (min-width: 901px) {
    .skeleton { --_reserve-delta: -4rem; }
  }
`;
