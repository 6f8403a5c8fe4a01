/**
 * Styles of `<tiendo-chart>`: the widgets' public tokens (`tokenStyles` from
 * `@tiendo/widgets/core`: `--tiendo-color-bar`, `-text`, `-muted`, `-target`, `-track`, `-bad`,
 * `--tiendo-font-family`, … with light/dark defaults by `data-scheme`), plus the chart's own layout.
 * Vega draws with plain colours, so the element resolves each token through a hidden probe
 * (`.probe[data-token]`, whose `color` is the token) and passes the values to the chart.
 * @module
 */
import { tokenStyles } from '@tiendo/widgets/core';
import { type CSSResultGroup, css } from 'lit';

const chartOwn = css`
  .probe {
    display: none;
  }
  .probe[data-token='bar'] { color: var(--_bar); }
  .probe[data-token='barShort'] { color: var(--_bad); }
  .probe[data-token='text'] { color: var(--_text); }
  .probe[data-token='textMuted'] { color: var(--_muted); }
  .probe[data-token='rule'] { color: var(--_target); }
  .probe[data-token='grid'] { color: var(--_track); }
  .probe[data-token='highlight'] { color: var(--_highlight); }
  .probe[data-token='bg'] { color: var(--_bg); }
  figure {
    margin: 0;
    padding: 0.5rem 0;
  }
  /* Upgrading over the server's rendering: the client's figure is laid out (the chart takes its
     width) but takes no room and is not seen until its chart is drawn; then the two swap at once. */
  figure[data-pending] {
    height: 0;
    margin: 0;
    padding: 0;
    overflow: hidden;
    visibility: hidden;
  }
  figcaption {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .frame {
    position: relative;
  }
  .chart {
    border-radius: var(--_radius);
  }
  .chart:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart[hidden] {
    display: none;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22rem, 90%);
    padding: 0.375rem 0.5rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_track);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
    white-space: pre-line;
    pointer-events: none;
  }
  .tooltip[hidden] {
    display: none;
  }
  /* The widgets' footer, with the image downloads in the same row. */
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-top: var(--_gap);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .foot footer {
    display: contents;
    font-size: 1em;
  }
  .exports {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .correction {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_text);
    border-left: 3px solid var(--_bad);
    padding-left: 0.5rem;
  }
  @media (forced-colors: active) {
    .chart:focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;

export const chartStyles: CSSResultGroup = [tokenStyles, chartOwn];
