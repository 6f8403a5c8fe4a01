/**
 * The export menu: a real `<button aria-haspopup="menu">` and a `role="menu"` of `menuitem`
 * buttons, with the keyboard of the ARIA menu-button pattern: Enter/Space/↓ open on the first
 * item, ↑ on the last; ↑/↓/Home/End move; Escape closes and returns focus; Tab closes.
 * @module
 */
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html } from 'lit';

/** One action of the menu. */
export interface MenuItem {
  /** Stable id (`png`, `svg`, `csv`), also the `part` suffix. */
  id: string;
  /** Label shown. */
  label: string;
}

/** Keeps the menu's open state and focus; renders the button and the menu. */
export class ExportMenu implements ReactiveController {
  open = false;
  #onDocPointer = (e: Event) => {
    if (this.open && !e.composedPath().includes(this.host)) this.close(false);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onDocPointer, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onDocPointer, true);
    this.open = false;
  }

  /** Opens on the first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const items = this.#items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /** Closes, and puts focus back on the button unless told not to. */
  close(refocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (refocus) this.#button()?.focus();
  }

  render(label: string, items: readonly MenuItem[]): TemplateResult {
    return html`<div class="menu-wrap">
      <button
        type="button"
        part="export-button"
        id="export-button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${() => (this.open ? this.close() : void this.show())}
        @keydown=${this.#onButtonKey}
      >${label}</button>
      <div role="menu" id="export-menu" part="export-menu" aria-labelledby="export-button" ?hidden=${!this.open} @keydown=${this.#onMenuKey}>
        ${items.map(
          (item) => html`<button type="button" role="menuitem" tabindex="-1" part="export-item export-${item.id}" data-id=${item.id}
            @click=${() => this.#select(item.id)}>${item.label}</button>`,
        )}
      </div>
    </div>`;
  }

  #select(id: string): void {
    this.close();
    this.onSelect(id);
  }

  #button(): HTMLButtonElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLButtonElement>('#export-button');
  }

  #items(): HTMLButtonElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  }

  #onButtonKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  #onMenuKey = (e: KeyboardEvent): void => {
    const items = this.#items();
    const i = items.indexOf(this.host.shadowRoot?.activeElement as HTMLButtonElement);
    const go = (n: number) => {
      e.preventDefault();
      items[(n + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    } else if (e.key === 'Tab') this.close(false);
  };
}
