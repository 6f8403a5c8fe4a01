/**
 * Chart colours and font, as values read from CSS custom properties (the element reads them with
 * `getComputedStyle`; the builders only receive the values). The names and the light and dark
 * defaults are the widgets' public tokens (`@tiendo/widgets/shared` tokenStyles), so one page-wide
 * `--tiendo-color-bar` colours progress bars, rankings and charts alike.
 * @module
 */

/** Colours and font a chart is drawn with. Every value is a CSS colour or font-family list. */
export interface ChartTheme {
  /** Bars, points and lines (`--tiendo-color-bar`). */
  bar: string;
  /** Bars that fall short: below 100% or failing a threshold (`--tiendo-color-bad`). */
  barShort: string;
  /** Labels, axis text (`--tiendo-color-text`). */
  text: string;
  /** Secondary text: axis titles (`--tiendo-color-muted`). */
  textMuted: string;
  /** The 100% rule and threshold ticks (`--tiendo-color-target`). */
  rule: string;
  /** Grid lines and axis domain (`--tiendo-color-track`). */
  grid: string;
  /** The band behind the highlighted unit, as in the ranking (`--tiendo-color-highlight`). */
  highlight: string;
  /** Font family of every text in the chart (`--tiendo-font-family`). */
  fontFamily: string;
}

/** Names of the themes: `auto` follows `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';

/** Light defaults. */
export const LIGHT_THEME: Readonly<ChartTheme> = Object.freeze({
  bar: '#0b5cad',
  barShort: '#b3261e',
  text: '#1d1d1f',
  textMuted: '#5b5b66',
  rule: '#1d1d1f',
  grid: '#e3e3e8',
  highlight: '#fff3c4',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

/** Dark defaults. */
export const DARK_THEME: Readonly<ChartTheme> = Object.freeze({
  bar: '#6cb2ff',
  barShort: '#ff8a80',
  text: '#ececef',
  textMuted: '#a9a9b4',
  rule: '#ececef',
  grid: '#3a3a44',
  highlight: '#4a3d10',
  fontFamily: LIGHT_THEME.fontFamily,
});

/** The CSS custom property each theme key is read from. */
export const THEME_PROPERTIES: Readonly<Record<keyof ChartTheme, string>> = Object.freeze({
  bar: '--tiendo-color-bar',
  barShort: '--tiendo-color-bad',
  text: '--tiendo-color-text',
  textMuted: '--tiendo-color-muted',
  rule: '--tiendo-color-target',
  grid: '--tiendo-color-track',
  highlight: '--tiendo-color-highlight',
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
