/**
 * Chart colours and font, as values read from CSS custom properties (the element reads them with
 * `getComputedStyle`; the builders only receive the values). Light and dark defaults meet WCAG AA
 * contrast for text on the page background they are meant for.
 * @module
 */

/** Colours and font a chart is drawn with. Every value is a CSS colour or font-family list. */
export interface ChartTheme {
  /** Bars, points and lines (`--tiendo-color-bar`). */
  bar: string;
  /** Bars that fall short: below 100% or failing a threshold (`--tiendo-color-bar-short`). */
  barShort: string;
  /** Labels, axis text (`--tiendo-color-text`). */
  text: string;
  /** Secondary text: axis titles (`--tiendo-color-text-muted`). */
  textMuted: string;
  /** The 100% rule and threshold ticks (`--tiendo-color-rule`). */
  rule: string;
  /** Grid lines and axis domain (`--tiendo-color-grid`). */
  grid: string;
  /** Font family of every text in the chart (`--tiendo-font-family`). */
  fontFamily: string;
}

/** Names of the themes: `auto` follows `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';

/** Light defaults. */
export const LIGHT_THEME: Readonly<ChartTheme> = Object.freeze({
  bar: '#1f5fa8',
  barShort: '#b35900',
  text: '#1a1a1a',
  textMuted: '#4d4d4d',
  rule: '#b00020',
  grid: '#d9d9d9',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

/** Dark defaults. */
export const DARK_THEME: Readonly<ChartTheme> = Object.freeze({
  bar: '#7fb3f0',
  barShort: '#f0a860',
  text: '#f2f2f2',
  textMuted: '#c4c4c4',
  rule: '#ff8a9a',
  grid: '#4a4a4a',
  fontFamily: LIGHT_THEME.fontFamily,
});

/** The CSS custom property each theme key is read from. */
export const THEME_PROPERTIES: Readonly<Record<keyof ChartTheme, string>> = Object.freeze({
  bar: '--tiendo-color-bar',
  barShort: '--tiendo-color-bar-short',
  text: '--tiendo-color-text',
  textMuted: '--tiendo-color-text-muted',
  rule: '--tiendo-color-rule',
  grid: '--tiendo-color-grid',
  fontFamily: '--tiendo-font-family',
});

/** The default theme for a mode (`auto` resolves to light or dark by `prefersDark`). */
export function defaultTheme(mode: ThemeName = 'light', prefersDark = false): ChartTheme {
  const dark = mode === 'dark' || (mode === 'auto' && prefersDark);
  return { ...(dark ? DARK_THEME : LIGHT_THEME) };
}

/**
 * A full theme from a partial one: blank or missing values fall back to `base`. Values are kept
 * as given (they only ever become Vega signal values, never markup or style text).
 */
export function resolveTheme(partial: Partial<ChartTheme> | undefined, base: ChartTheme = { ...LIGHT_THEME }): ChartTheme {
  const out = { ...base };
  if (!partial) return out;
  for (const key of Object.keys(THEME_PROPERTIES) as (keyof ChartTheme)[]) {
    const v = partial[key];
    if (typeof v === 'string' && v.trim()) out[key] = v.trim();
  }
  return out;
}
