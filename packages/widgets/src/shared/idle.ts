/**
 * Work that can wait for the browser to be idle (laying out skipped rows, a hidden data table).
 * @module
 */

/** Runs `f` when the browser is idle (within 500 ms), or soon where it cannot tell. */
export function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 500 });
  else setTimeout(f, 50);
}
