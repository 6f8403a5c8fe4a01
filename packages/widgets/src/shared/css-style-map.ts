/**
 * A drop-in `styleMap` for the widgets that never writes a `style` attribute. Lit's own
 * directive renders the first time as attribute text (`setAttribute('style', …)`), which a
 * `style-src 'self'` policy blocks (lit/lit#4719), so bars would lose their widths on a strict
 * page. This one always goes through the CSSOM (`style.setProperty`, `style[name] = …`), which
 * the policy allows. Anything that needs an inline style imports `styleMap` from here instead of
 * `lit/directives/style-map.js`.
 *
 * The ready views do not use it: a CSSOM write needs the script, and a server-rendered view
 * (declarative shadow DOM) would carry it as a blocked `style` attribute. Their bar sizes and
 * mark positions are `width` attributes of empty `<svg>` boxes instead (see `parts.styles.ts`).
 * In the widgets only the loading placeholder's `min-height` (`states.ts`, client-only) uses it.
 * @module
 */
import { noChange } from 'lit';
import { type AttributePart, Directive, type DirectiveParameters, type PartInfo, PartType, directive } from 'lit/directive.js';

/** Style properties: CSS names (`inset-inline-start`, `--x`) or camelCase (`insetInlineStart`). */
export interface StyleInfo {
  [name: string]: string | number | undefined | null;
}

const IMPORTANT = ' !important';

class CspStyleMapDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.');
    }
  }

  /** Text form (server rendering only; the browser path is `update`). */
  render(styleInfo: Readonly<StyleInfo>): string {
    return Object.entries(styleInfo)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k.includes('-') ? k : k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v};`)
      .join('');
  }

  override update(part: AttributePart, [styleInfo]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const props = style as unknown as Record<string, string>;
    for (const name of this.#previous) {
      if (styleInfo[name] === null || styleInfo[name] === undefined) {
        this.#previous.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else props[name] = '';
      }
    }
    for (const [name, raw] of Object.entries(styleInfo)) {
      if (raw === null || raw === undefined) continue;
      this.#previous.add(name);
      const value = String(raw);
      const important = value.endsWith(IMPORTANT);
      if (name.includes('-') || important) {
        const cssName = name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        style.setProperty(cssName, important ? value.slice(0, -IMPORTANT.length) : value, important ? 'important' : '');
      } else {
        props[name] = value;
      }
    }
    return noChange;
  }
}

/** Sets inline styles through the CSSOM only (CSP-safe); same API as Lit's `styleMap`. */
export const styleMap = directive(CspStyleMapDirective);
export type { CspStyleMapDirective as StyleMapDirective };
/** Alias of `styleMap`, named for what it does. */
export const cssStyleMap = styleMap;
