/** Helpers of the `<tiendo-chart>` browser tests: fixtures, datasets, a fetch stub. */
import { fixture, html } from '@open-wc/testing';
import { type Dataset, type DatasetInput, parseDataset } from '@tiendo/sdk';
import { sampleDataset } from '@tiendo/sdk/sample';
import type { TiendoChart } from '../chart/chart.js';
import '../define.js';

export { sampleDataset };

/** Attributes of a test chart. */
export interface ChartAttrs {
  kind?: string;
  unit?: string;
  metric?: string;
  period?: string;
  parent?: string;
  locale?: string;
  theme?: string;
  src?: string;
  highlight?: string;
  width?: number;
}

/** A chart in a box of `width` px, drawn (or settled in its final state). */
export async function chart(data: Dataset | DatasetInput | null, attrs: ChartAttrs = {}): Promise<TiendoChart> {
  // The box has its width before the chart draws, so nothing redraws (and moves) after this returns.
  const box = await fixture<HTMLDivElement>(html`<div class="box" style="width: ${attrs.width ?? 640}px"><tiendo-chart
    .data=${data}
    kind=${attrs.kind ?? 'ranking'}
    unit=${attrs.unit ?? ''}
    metric=${attrs.metric ?? ''}
    period=${attrs.period ?? ''}
    parent=${attrs.parent ?? ''}
    locale=${attrs.locale ?? 'vi'}
    theme=${attrs.theme ?? 'light'}
    src=${attrs.src ?? ''}
    highlight=${attrs.highlight ?? ''}
  ></tiendo-chart></div>`);
  const el = box.querySelector('tiendo-chart')!;
  await el.chartComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

/** Waits until `test()` is true (polling each frame), or fails after `ms`. */
export async function until(test: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The chart's shadow root. */
export const shadow = (el: TiendoChart): ShadowRoot => el.shadowRoot!;

/** The drawn SVG, if any. */
export const svgOf = (el: TiendoChart): SVGSVGElement | null => shadow(el).querySelector('.chart svg');

/** Text of every `text` element of the SVG. */
export const svgTexts = (el: TiendoChart): string[] => [...(svgOf(el)?.querySelectorAll('text') ?? [])].map((t) => t.textContent ?? '');

/** Axis label texts of the SVG. */
export const axisLabels = (el: TiendoChart): string[] =>
  [...(svgOf(el)?.querySelectorAll('.role-axis-label text') ?? [])].map((t) => t.textContent ?? '');

/** A stub of `fetch` that counts calls; `respond` decides each answer (never resolves when it returns null). */
export function stubFetch(respond: (url: string) => Response | null): { calls: string[]; restore: () => void } {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    const r = respond(url);
    if (r) return Promise.resolve(r);
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  }) as typeof fetch;
  return { calls, restore: () => void (window.fetch = original) };
}

/** A JSON response of `body`. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Payloads that would run script or inject markup if a name were rendered as HTML. */
export const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=2"><script>window.__xss=3</script></svg>',
  '"><script>window.__xss=4</script>',
  'javascript:window.__xss=5',
  '<a href="javascript:window.__xss=6">x</a>',
  '<iframe srcdoc="<script>parent.__xss=7</script>"></iframe>',
];

/** A small dataset whose unit names are the XSS payloads, each with figures for 2021. */
export function xssDataset(): Dataset {
  const units = XSS.map((name, i) => ({ id: `u${i}`, name, kind: 'district-federation', parent: 'root' }));
  return parseDataset({
    title: '<b>Tiêu đề</b>',
    units: [{ id: 'root', name: 'Gốc', kind: 'city-federation' }, ...units],
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp <i>đoàn viên</i>', en: 'New members' }, noun: { vi: 'đoàn viên', en: 'members' } }],
    periods: [{ id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' }],
    targets: units.map((u, i) => ({ unit: u.id, metric: 'members', period: '2021', value: 1000 + i })),
    actuals: units.map((u, i) => ({ unit: u.id, metric: 'members', period: '2021', value: 900 + 100 * i })),
  });
}

/** The sample without any actual: every selection is empty. */
export function emptyDataset(): Dataset {
  return { ...sampleDataset, actuals: [], qualityRatings: [] } as Dataset;
}
