/**
 * A tooltip handler that writes text only (`textContent`, never markup), so a unit named
 * `<img onerror=…>` shows as those characters. It positions the tip with CSSOM
 * (`style.setProperty`), which a CSP `style-src 'self'` allows; it never sets a style attribute.
 * @module
 */
import type { TooltipHandler } from 'vega';

/** The handler and its clean-up. */
export interface TextTooltip {
  /** Pass to `view.tooltip()`. */
  handler: TooltipHandler;
  /** Hides the tip. */
  hide(): void;
}

/** Text of a tooltip value: a string as is; an object as `key: value` lines; nothing for empty. */
export function tooltipText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('\n');
  }
  return String(value);
}

/**
 * A handler that shows `tip` (an element inside `frame`, positioned absolutely) near the pointer,
 * kept inside the frame.
 */
export function textTooltip(frame: HTMLElement, tip: HTMLElement): TextTooltip {
  const hide = () => {
    tip.hidden = true;
    tip.textContent = '';
  };
  const handler: TooltipHandler = (_handler, event, _item, value) => {
    const text = tooltipText(value);
    if (!text || !event) {
      hide();
      return;
    }
    tip.textContent = text;
    tip.hidden = false;
    const box = frame.getBoundingClientRect();
    const e = event as MouseEvent;
    const x = e.clientX - box.left + 12;
    const y = e.clientY - box.top + 12;
    const maxX = Math.max(0, box.width - tip.offsetWidth - 4);
    tip.style.setProperty('left', `${Math.min(x, maxX)}px`);
    tip.style.setProperty('top', `${Math.max(0, y)}px`);
  };
  hide();
  return { handler, hide };
}
