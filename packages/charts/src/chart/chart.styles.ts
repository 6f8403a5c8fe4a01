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
  .probe[data-token='bg'] { color: var(--_bg); }
  figure {
    margin: 0;
    padding: 0.5rem 0;
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_gap);
  }
  figcaption {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .frame {
    position: relative;
  }
  .chart {
    min-height: var(--tiendo-chart-min-height, 240px);
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
  .retry {
    font: inherit;
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--tiendo-radius, 4px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .retry:focus-visible {
    outline: 2px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }
  .status {
    margin: 0;
    padding: 0.75rem 0;
    color: var(--_muted);
  }
  .status[data-state='error'] {
    color: var(--_text);
    border-left: 4px solid var(--_bad);
    padding-left: 0.75rem;
  }
  .status[data-state='loading'] {
    min-height: var(--tiendo-chart-min-height, 240px);
  }
  .status:empty {
    display: none;
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
  .note,
  .source {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .menu-wrap {
    position: relative;
    flex: none;
  }
  .menu-wrap button {
    font-size: 0.875rem;
  }
  [role='menu'] {
    position: absolute;
    right: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    min-width: 9rem;
    margin-top: 0.25rem;
    padding: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_track);
    border-radius: var(--_radius);
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role='menuitem'] {
    border: 0;
    text-align: start;
    color: var(--_text);
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: color-mix(in srgb, var(--_bar) 15%, transparent);
  }
  @media (forced-colors: active) {
    .chart:focus-visible {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .menu-wrap,
    .tooltip {
      display: none;
    }
  }
`;

export const chartStyles: CSSResultGroup = [tokenStyles, chartOwn];
