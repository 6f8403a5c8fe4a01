/**
 * Light, dark or auto. `auto` follows, in order: a `data-theme` attribute or a `dark`/`light` class
 * on an ancestor, the host page's `color-scheme`, then the reader's `prefers-color-scheme`.
 * @module
 */

import { isServer } from 'lit';

/** The `theme` attribute. */
export type Theme = 'light' | 'dark' | 'auto';

/** The theme a widget actually shows. */
export type Scheme = 'light' | 'dark';

/** Resolves the scheme of `host` for its `theme` attribute. */
export function resolveScheme(host: HTMLElement, theme: Theme | string | null | undefined): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const marked = host.parentElement?.closest<HTMLElement>('[data-theme], .dark, .light, .theme-dark, .theme-light');
  if (marked) {
    const t = marked.dataset['theme'];
    if (t === 'dark' || t === 'light') return t;
    if (marked.classList.contains('dark') || marked.classList.contains('theme-dark')) return 'dark';
    if (marked.classList.contains('light') || marked.classList.contains('theme-light')) return 'light';
  }
  const parent = host.parentElement ?? document.documentElement;
  const scheme = getComputedStyle(parent).colorScheme;
  const hasDark = /\bdark\b/.test(scheme);
  const hasLight = /\blight\b/.test(scheme);
  if (hasDark && !hasLight) return 'dark';
  if (hasLight && !hasDark) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The scheme a server can know: a forced theme, else `null` (no `data-scheme`: the tokens follow the
 * reader's preference, `color-scheme: light dark`, until the script looks at the page).
 */
export function serverScheme(theme: Theme | string | null | undefined): Scheme | null {
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/** Calls `onChange` when the reader's colour preference changes; returns the unsubscribe. */
export function watchScheme(onChange: () => void): () => void {
  if (isServer) return () => {};
  const mq = matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
