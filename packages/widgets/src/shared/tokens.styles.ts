/**
 * The public design tokens of every element, declared on `:host` with defaults that fall back to
 * page-wide `--tiendo-*` values set by the news site. Private values start with `--_`.
 * @module
 */
import { css } from 'lit';

/** Tokens, states, focus, print and forced-colors rules shared by every element. */
export const tokenStyles = css`
  :host {
    /* Light and dark values; light-dark() follows the color-scheme set from the resolved theme. */
    --_text: var(--tiendo-color-text, light-dark(#1d1d1f, #ececef));
    --_muted: var(--tiendo-color-muted, light-dark(#5b5b66, #a9a9b4));
    --_bg: var(--tiendo-color-bg, transparent);
    --_surface: var(--tiendo-color-surface, light-dark(#f4f4f6, #23232a));
    --_track: var(--tiendo-color-track, light-dark(#e3e3e8, #3a3a44));
    --_bar: var(--tiendo-color-bar, light-dark(#0b5cad, #6cb2ff));
    --_over: var(--tiendo-color-over, light-dark(#0a7a3d, #4fd08a));
    --_target: var(--tiendo-color-target, light-dark(#1d1d1f, #ececef));
    --_expected: var(--tiendo-color-expected, light-dark(#a15c00, #ffb84d));
    --_good: var(--tiendo-color-good, light-dark(#0a7a3d, #4fd08a));
    --_bad: var(--tiendo-color-bad, light-dark(#b3261e, #ff8a80));
    --_warn: var(--tiendo-color-warn, light-dark(#8a5a00, #ffcc66));
    --_highlight: var(--tiendo-color-highlight, light-dark(#fff3c4, #4a3d10));
    --_focus: var(--tiendo-color-focus, light-dark(#0b5cad, #6cb2ff));
    --_font: var(--tiendo-font-family, inherit);
    --_size: var(--tiendo-font-size, 1rem);
    --_radius: var(--tiendo-radius, 4px);
    --_bar-height: var(--tiendo-bar-height, 0.75rem);
    --_gap: var(--tiendo-gap, 0.5rem);

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    color-scheme: light;
  }
  :host([data-scheme='dark']) {
    color-scheme: dark;
  }
  /* Pre-rendered with theme="auto" (no script has looked at the page yet): the reader's preference. */
  :host(:not([data-scheme])) {
    color-scheme: light dark;
  }
  /* A forced theme paints its own background: light text must not land on a light page. */
  :host([theme='dark']) {
    --_bg: var(--tiendo-color-bg, #16161a);
  }
  :host([theme='light']) {
    --_bg: var(--tiendo-color-bg, #ffffff);
  }
  :host([theme='dark']),
  :host([theme='light']) {
    padding: var(--tiendo-padding, 0.75rem);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A figure (“1.438/1.400”, “102,7%”) is one unbreakable unit in tabular figures. */
  .num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_track);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
    min-height: 2rem;
  }
  button:hover {
    border-color: var(--_muted);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .state {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_gap);
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .state[data-state='error'] {
    color: var(--_text);
    border-left: 4px solid var(--_bad);
  }
  .state strong {
    color: var(--_text);
  }
  .state ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  /* The producer's details of an error (paths, codes), folded away from readers. */
  .state details {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .state summary {
    width: fit-content;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .state details > * + * {
    margin: 0.25rem 0 0;
  }
  .state details .url {
    overflow-wrap: anywhere;
  }
  .skeleton {
    min-height: var(--_reserve);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 0%, var(--_track) 50%, var(--_surface) 100%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  /* \`reserve-wide\`: the height kept in a container wider than a phone's column. */
  @container (min-width: 36rem) {
    .skeleton {
      min-height: var(--_reserve-wide, var(--_reserve));
    }
  }
  @keyframes shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton { animation: none; }
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-top: var(--_gap);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  footer a {
    color: inherit;
  }
  .note {
    font-size: 0.875em;
    color: var(--_warn);
  }
  /* The illustrative-data caveat: a line of its own, at the footer's size (never smaller). */
  footer [part='illustrative'] {
    flex-basis: 100%;
    font-size: 1em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    :host {
      --_bar: Highlight;
      --_over: Highlight;
      --_track: Canvas;
      --_target: CanvasText;
      --_expected: CanvasText;
      --_good: CanvasText;
      --_bad: CanvasText;
      --_focus: Highlight;
    }
    .bar-track {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    /* Paper is white: every theme prints with the light colours (a dark site's tokens too). */
    :host,
    :host([data-scheme='dark']) {
      color-scheme: light;
      --_text: #000;
      --_muted: #444;
      --_bg: #fff;
      --_surface: #fff;
      --_track: #d0d0d6;
      --_highlight: #fff3c4;
      --_warn: #6b4600;
      color: #000;
      background: #fff;
      break-inside: avoid;
    }
    .state details {
      display: none;
    }
    button:not(.print-keep),
    .no-print {
      display: none !important;
    }
    * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
