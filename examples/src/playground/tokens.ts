/**
 * The public CSS custom properties of the elements, read from the widgets' own token styles so the
 * list never drifts from the code, and a small editor that applies them live and writes the CSS.
 */
import { tokenStyles } from '@tiendo/widgets/shared';
import { h } from '../shared/page.js';

/** A public custom property and its default (as written in the token styles). */
export interface Token {
  name: string;
  fallback: string;
}

/** Every `--tiendo-*` property the elements read, with its default. */
export function publicTokens(cssText: string = tokenStyles.cssText): Token[] {
  const seen = new Map<string, string>();
  for (const m of cssText.matchAll(/var\((--tiendo-[a-z0-9-]+),\s*((?:[^()]|\([^()]*\))*)\)/g)) {
    if (!seen.has(m[1]!)) seen.set(m[1]!, m[2]!.trim());
  }
  return [...seen].map(([name, fallback]) => ({ name, fallback }));
}

/** CSS that sets the edited properties on every Tiến độ element of a page. */
export function tokensCss(values: Record<string, string>, selector = 'tiendo-progress, tiendo-ranking, tiendo-strong-share, tiendo-scorecard, tiendo-chart'): string {
  const lines = Object.entries(values)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `  ${k}: ${v.trim().replace(/[;{}]/g, '')};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}\n` : '';
}

/** Builds the editor into `host`; calls `onChange` with the edited values. */
export function tokenEditor(host: HTMLElement, onChange: (values: Record<string, string>) => void): void {
  const values: Record<string, string> = {};
  for (const t of publicTokens()) {
    const id = `tok${t.name}`;
    const input = h('input', { id, type: 'text', placeholder: t.fallback, spellcheck: 'false' });
    input.addEventListener('input', () => {
      values[t.name] = input.value;
      onChange({ ...values });
    });
    host.append(h('label', { for: id }, h('code', {}, t.name)), input);
  }
}
