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

/** `n` children with deterministic figures (every 7th over target, every 11th tied with the one before). */
export function many(n: number, name = (i: number) => `Công đoàn cơ sở số ${i + 1}`): DatasetInput {
  const rows = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: name(i), actual: 10 + ((i * 37) % 90), target: 50 + ((i * 13) % 40) }));
  for (let i = 11; i < n; i += 11) rows[i] = { ...rows[i]!, actual: rows[i - 1]!.actual, target: rows[i - 1]!.target };
  return tiny(rows);
}

/** A second metric (members) for `tiny`-style datasets, so the metric switch appears. */
export function withMembers(d: DatasetInput, values: Record<string, [number, number]>): DatasetInput {
  d.metrics = [...(d.metrics ?? []), { id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New union members' }, noun: { vi: 'đoàn viên', en: 'members' }, verb: { vi: 'kết nạp', en: 'admitted' } }];
  for (const [unit, [actual, target]] of Object.entries(values)) {
    d.actuals = [...(d.actuals ?? []), { unit, metric: 'members', period: '2017', value: actual }];
    d.targets = [...(d.targets ?? []), { unit, metric: 'members', period: '2017', value: target }];
  }
  return d;
}

/** Long Vietnamese unit names, as federations write them. */
export const LONG_NAMES = [
  'Liên đoàn Lao động huyện Thường Tín thuộc Liên đoàn Lao động thành phố Hà Nội',
  'Công đoàn Tổng Công ty Đầu tư Phát triển Hạ tầng và Khu công nghiệp Việt Nam – Chi nhánh Bắc Thăng Long',
  'Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Khai thác Công trình Thủy lợi Sông Đáy',
];

/** Waits for two animation frames (layout and paint done). */
export function frames(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

const DANGEROUS = 'img, script, svg, iframe, object, embed, input, video, audio, source, details, marquee, form, math, template, base, link, meta, body, noscript, isindex, animate, textarea, style, a[href^="javascript"]';

/**
 * How many elements in the shadow root could only be there because data was parsed as HTML: the
 * dangerous tags, any `on…` attribute, and more `<select>`s than the widget draws itself (`selects`).
 */
export function injectedCount(el: Element, selects = 0): number {
  const root = el.shadowRoot!;
  const all = [...root.querySelectorAll('*')];
  const withHandlers = all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length;
  return root.querySelectorAll(DANGEROUS).length + withHandlers + Math.max(0, root.querySelectorAll('select').length - selects);
}

/** A dataset whose every text field is `payload` (unit names, labels, nouns, verbs, period labels, sources, printed, title, notes). */
export function poisoned(payload: string, metrics = 1): DatasetInput {
  const d = tiny([
    { id: 'a', name: payload, actual: 21, target: 27, printed: payload },
    { id: 'b', name: `${payload} 2`, actual: 30, target: 20 },
  ], { title: payload, notes: payload, source: { name: payload } });
  d.units![0]!.name = payload;
  d.metrics![0] = { id: 'grassroots-unions', labels: { vi: payload, en: payload }, noun: { vi: payload, en: payload }, verb: { vi: payload, en: payload } };
  d.periods![0]!.label = { vi: payload, en: payload };
  for (const a of d.actuals!) a.source = { name: payload };
  if (metrics > 1) withMembers(d, { a: [5, 10], b: [7, 10] }).metrics![1]!.labels = { vi: `${payload} m`, en: payload };
  d.sectors = [{ id: 'state', labels: { vi: payload, en: payload } }, { id: 'non-state', labels: { vi: `${payload} 2`, en: payload } }];
  d.qualityRatings = [
    { unit: 'a', period: '2017', sector: 'state', evaluated: 50, strong: 46, printed: payload, source: { name: payload } },
    { unit: 'a', period: '2017', sector: 'non-state', evaluated: 40, strong: 18 },
  ];
  return d;
}

/** Runs `render` for every payload, checking nothing is injected and no script runs. */
export async function expectInert(render: (payload: string) => Promise<Element>, check: (el: Element, payload: string) => void): Promise<void> {
  const w = window as { __xss?: number };
  w.__xss = 0;
  for (const payload of XSS_PAYLOADS) {
    const el = await render(payload);
    check(el, payload);
    el.remove();
  }
  await new Promise((r) => setTimeout(r, 50));
  if (w.__xss !== 0) throw new Error('an XSS payload ran');
}
