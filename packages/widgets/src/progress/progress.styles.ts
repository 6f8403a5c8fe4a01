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
    border-radius: var(--_radius);
    background: repeating-linear-gradient(135deg, var(--_over) 0 6px, color-mix(in srgb, var(--_over) 70%, transparent) 6px 12px);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  /* In a ".bar-place" row: stretched to the track's height, and a quarter rem beyond it each way. */
  .marker {
    margin-block: -0.25rem;
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

  /*
   * Inside running text: the element is part of the sentence. It is inline (not an inline block),
   * so it wraps between its figures as words do and the sentence's “.” stays on its line; each
   * figure and the status stay whole. A forced theme frames it the same thin way in light and dark.
   */
  :host([compact]) {
    display: inline;
    /* Inline in running text: size containment would collapse it to nothing. */
    container-type: normal;
  }
  :host([compact][theme='dark']),
  :host([compact][theme='light']) {
    padding: 0.05em 0.25em;
  }
  :host([compact]) .progress,
  :host([compact]) .figures {
    display: inline;
  }
  /* Loading in running text: the figures written inside the element, after the bar's room (3em + 0.3em). */
  .pending {
    color: var(--_muted);
  }
  .pending-bar {
    display: inline-block;
    width: 3.3em;
  }
  :host([compact]) .bar-track {
    display: inline-block;
    width: 3em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    vertical-align: 0.05em;
  }
  :host([compact]) .marker {
    margin-block: -0.15em;
  }
  :host([compact]) .figures .value {
    font-size: 1em;
  }
  :host([compact]) .figures > * + * {
    margin-inline-start: 0.3em;
  }
  :host([compact]) .noun {
    white-space: nowrap;
  }
  :host([compact]) .status {
    white-space: nowrap;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
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
