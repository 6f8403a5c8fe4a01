// Types of the plain-JS test helpers this package's tests import.
declare module '*/scripts/browser.mjs' {
  export function launch(): Promise<import('playwright-core').Browser>;
}
declare module '*/scripts/server.mjs' {
  export const STRICT_CSP: string;
  export function serve(options: {
    routes?: Record<string, string | ((query?: URLSearchParams) => string | { type: string; body: string })>;
    mounts?: Record<string, string>;
    headers?: Record<string, string>;
    delay?: number | ((path: string) => number);
  }): Promise<{ url: string; close(): Promise<void>; requests: string[] }>;
}
declare module '*/dom-snapshot.mjs' {
  export function shadowSnapshots(): { tag: string; id: string; defined: boolean; tree: string | null; text: string; height: number }[];
}
