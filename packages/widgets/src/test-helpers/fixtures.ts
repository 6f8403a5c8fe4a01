/** Test helpers shared by the widget tests: datasets, waiting for a status, XSS payloads. */
import type { DatasetInput } from '@tiendo/sdk';
import { sampleDatasetInput } from '@tiendo/sdk/sample';
import { waitUntil } from '@open-wc/testing';
import '../define.js';

/** A deep copy of the sample dataset input, safe to change in a test. */
export function sample(): DatasetInput {
  return structuredClone(sampleDatasetInput);
}

/** A small dataset: one parent, the given children with figures for one metric and period. */
export function tiny(rows: { id: string; name: string; actual: number | null; target: number | null; printed?: string; illustrative?: boolean }[], extra: Partial<DatasetInput> = {}): DatasetInput {
  return {
    title: 'Kiểm thử',
    updated: '2026-11-23',
    units: [{ id: 'root', name: 'Thành phố', kind: 'city-federation' }, ...rows.map((r) => ({ id: r.id, name: r.name, kind: 'district-federation' as const, parent: 'root' }))],
    metrics: [{ id: 'grassroots-unions', labels: { vi: 'Thành lập CĐCS', en: 'New grassroots unions' }, noun: { vi: 'CĐCS', en: 'grassroots unions' }, verb: { vi: 'thành lập', en: 'founded' } }],
    periods: [{ id: '2017', label: { vi: 'Năm 2017', en: '2017' }, start: '2017-01-01', end: '2017-12-31' }],
    targets: rows.filter((r) => r.target !== null).map((r) => ({ unit: r.id, metric: 'grassroots-unions', period: '2017', value: r.target!, ...(r.illustrative ? { illustrative: true } : {}) })),
    actuals: rows.filter((r) => r.actual !== null).map((r) => ({ unit: r.id, metric: 'grassroots-unions', period: '2017', value: r.actual!, ...(r.printed ? { printed: r.printed } : {}), ...(r.illustrative ? { illustrative: true } : {}) })),
    ...extra,
  };
}

/** Waits until the element's status (the `status` it renders) is `status`. */
export async function statusOf(el: HTMLElement, status: 'loading' | 'ready' | 'empty' | 'error'): Promise<void> {
  const part = status === 'ready' ? '[part="footer"], [part="base"]' : `[part="${status}"]`;
  await waitUntil(() => el.shadowRoot?.querySelector(part), `expected <${el.localName}> to reach ${status}; shows: ${el.shadowRoot?.textContent?.trim().slice(0, 200)}`, { timeout: 5000 });
}

/** Visible text of the element's shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Serves a response for `url` from a fake fetch; returns the calls and a restore function. */
export function fakeFetch(handler: (url: string, init?: RequestInit) => Promise<Response> | Response): { calls: string[]; restore: () => void } {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return handler(url, init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** Strings that would run script or inject elements if rendered as HTML. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  "javascript:window.__xss=1",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">x</a>',
  '<body onload="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<video><source onerror="window.__xss=1">',
  '<style>@import "javascript:window.__xss=1"</style>',
  '<object data="javascript:window.__xss=1">',
  '<embed src="javascript:window.__xss=1">',
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
  '<marquee onstart="window.__xss=1">',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<img src="x" onerror=window.__xss=1//',
  '<svg/onload=window.__xss=1>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<base href="javascript:window.__xss=1//">',
  '<link rel="import" href="data:text/html,<script>window.__xss=1</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<isindex action="javascript:window.__xss=1" type=image>',
  '<svg><animate onbegin="window.__xss=1" attributeName=x dur=1s>',
  '<img src=1 onerror=&#119;indow.__xss=1>',
  '\u003cimg src=x onerror=window.__xss=1\u003e',
  '<select autofocus onfocus="window.__xss=1">',
];
