/**
 * Styles of `<tiendo-chart>`. Public custom properties (`--tiendo-…`) resolve into private ones
 * (`--_chart-…`) with light or dark defaults from the same constants the spec builders use; the
 * element reads the private ones with `getComputedStyle` and passes them to the chart.
 * @module
 */
import { type CSSResult, css, unsafeCSS } from 'lit';
import { type ChartTheme, DARK_THEME, LIGHT_THEME, THEME_PROPERTIES } from '../specs/theme.js';
import { privateProperty } from './chart-data.js';

// Our own constants only (never page data): safe to inline as CSS text.
const tokens = (theme: ChartTheme): CSSResult =>
  unsafeCSS(
    (Object.keys(THEME_PROPERTIES) as (keyof ChartTheme)[])
      .map((k) => `${privateProperty(k)}: var(${THEME_PROPERTIES[k]}, ${theme[k]});`)
      .join('\n'),
  );
const light = tokens(LIGHT_THEME);
const dark = tokens(DARK_THEME);

export const chartStyles = css`
  :host {
    ${light}
    --_chart-surface: var(--tiendo-color-surface, transparent);
    --_chart-focus: var(--tiendo-color-focus, #1f5fa8);
    display: block;
    color: var(--_chart-text);
    font-family: var(--_chart-font-family);
    font-size: var(--tiendo-font-size, 1rem);
    line-height: 1.4;
    container-type: inline-size;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    --_chart-surface: var(--tiendo-color-surface, #16181d);
    --_chart-focus: var(--tiendo-color-focus, #7fb3f0);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      --_chart-surface: var(--tiendo-color-surface, #16181d);
      --_chart-focus: var(--tiendo-color-focus, #7fb3f0);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
    padding: var(--tiendo-chart-padding, 0.5rem 0);
    background: var(--_chart-surface);
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
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
    outline: none;
    border-radius: 2px;
  }
  .chart:focus-visible {
    box-shadow: 0 0 0 2px var(--_chart-focus);
  }
  .chart[hidden] {
    display: none;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  .status {
    margin: 0;
    padding: 0.75rem 0;
  }
  .status[data-state='loading'] {
    min-height: var(--tiendo-chart-min-height, 240px);
    box-sizing: border-box;
  }
  .status:empty {
    display: none;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22rem, 90%);
    padding: 0.375rem 0.5rem;
    border-radius: 4px;
    background: var(--tiendo-color-tooltip-background, #1a1a1a);
    color: var(--tiendo-color-tooltip-text, #ffffff);
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
    color: var(--_chart-text-muted);
  }
  .menu-wrap {
    position: relative;
    flex: none;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_chart-text);
    background: transparent;
    border: 1px solid var(--_chart-grid);
    border-radius: 4px;
    padding: 0.25rem 0.625rem;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_chart-focus);
    outline-offset: 1px;
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
    background: var(--tiendo-color-menu-background, Canvas);
    border: 1px solid var(--_chart-grid);
    border-radius: 4px;
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role='menuitem'] {
    border: 0;
    text-align: left;
    color: CanvasText;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: color-mix(in srgb, var(--_chart-bar) 15%, transparent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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
