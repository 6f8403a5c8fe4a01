/**
 * Upgrading over a declarative shadow root (`<template shadowrootmode="open">` rendered by
 * `@tiendo/charts/server`): Lit reuses the shadow root and renders its own nodes before the
 * server's, so the two would both show. The server's nodes stay on screen until the client's chart
 * is drawn; until then the client's figure is laid out at the same width but takes no room; then
 * the server's nodes go and the client's figure shows, in one task (no frame shows both or neither).
 * @module
 */
import { isServer } from 'lit';

/** The nodes a server put in `host`'s shadow root, until the client's rendering replaces them. */
export class ServerContent {
  #nodes: ChildNode[] | null = null;

  constructor(private readonly host: HTMLElement) {}

  /** True while the server's nodes are on screen. */
  get pending(): boolean {
    return this.#nodes !== null;
  }

  /** Before the first client render: notes what the server rendered (nothing when there is no shadow root yet). */
  take(): void {
    const root = isServer ? null : this.host.shadowRoot;
    if (root?.hasChildNodes()) this.#nodes = [...root.childNodes];
  }

  /** Right after the first client render (before any paint): the client's figure waits unseen. */
  hideClient(): void {
    if (this.#nodes) this.#clientFigure()?.setAttribute('data-pending', '');
  }

  /** The client's chart is drawn (or it has nothing to draw): the server's nodes go, the client's figure shows. */
  release(): void {
    if (!this.#nodes) return;
    for (const n of this.#nodes) n.remove();
    this.#nodes = null;
    this.#clientFigure()?.removeAttribute('data-pending');
  }

  #clientFigure(): HTMLElement | null {
    const server = new Set<Node>(this.#nodes ?? []);
    return [...(this.host.shadowRoot?.children ?? [])].find((n): n is HTMLElement => n.localName === 'figure' && !server.has(n)) ?? null;
  }
}
