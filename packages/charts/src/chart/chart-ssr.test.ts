// <tiendo-chart> upgrading over its server rendering (prerenderChart, written to
// test-fixtures/prerendered.json by scripts/prerender-fixtures.ts before this suite runs): the
// same words before and after, no duplicate, and not a pixel of height gained or lost.
// This file defines the element itself, after the server's HTML is in the page.
import { expect } from '@open-wc/testing';
import type { DatasetInput } from '@tiendo/sdk';
import { setViewport } from '@web/test-runner-commands';
import type { TiendoChart } from './chart.js';

interface Case {
  id: string;
  data: DatasetInput;
  attrs: Record<string, unknown>;
  html: string;
}

/** Chart widths: 320 and 375 px phones, 768 and 1200 px pages, less 16 px margins. */
const WIDTHS = [288, 343, 736, 1168];

// The test server serves JSON files as modules (config/wtr.base.mjs).
const fixture = new URL('../../test-fixtures/prerendered.json', import.meta.url).href;
const cases = ((await import(fixture)) as { default: Case[] }).default;
const frames = (n = 2) => new Promise<void>((r) => { const f = () => (--n ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); });
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Rows of a ranking: the rows of its server-rendered table. */
const rowsOf = (c: Case) => (c.html.match(/<th scope="row">/g) ?? []).length;

/** The words a reader gets around the chart: caption, summary, table, notes, footer. */
function words(el: Element) {
  const root = el.shadowRoot!;
  const q = (sel: string) => fold(root.querySelector(sel)?.textContent);
  return {
    caption: q('[part="caption"]'),
    summary: root.querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '',
    table: q('[part="table"]'),
    correction: [...root.querySelectorAll('[part="correction"]')].map((p) => fold(p.textContent)).join(' | '),
    footer: q('.foot'),
  };
}

/** The boxes of the server rendering, a row per case, one per width, all in the viewport (a shift outside it is not counted). */
await setViewport({ width: 2600, height: 3400 });
const page = document.createElement('main');
page.style.cssText = 'display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; margin: 0';
document.body.append(page);
const boxes = cases.flatMap((c) => WIDTHS.map((width) => {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.setHTMLUnsafe(`${c.html}<p>Đoạn văn sau biểu đồ.</p>`);
  page.append(box);
  const el = box.querySelector('tiendo-chart') as TiendoChart;
  // The page gives the data before the element is defined (the server drew the same dataset).
  (el as unknown as { data: DatasetInput }).data = c.data;
  return { c, width, box, el };
}));

let shift = 0;
type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
const add = (entries: PerformanceEntryList) => { for (const e of entries as Shift[]) if (!e.hadRecentInput) shift += e.value; };
const observer = new PerformanceObserver((list) => add(list.getEntries()));
observer.observe({ type: 'layout-shift', buffered: true });
await frames();

// Before the element is defined: what the reader sees without JavaScript.
const before = boxes.map(({ el }) => ({
  words: words(el),
  height: el.getBoundingClientRect().height,
  chart: el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height,
  frame: el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().width,
  shown: [...el.shadowRoot!.querySelectorAll('.vega > svg')].flatMap((s) => {
    const r = s.getBoundingClientRect();
    return r.height > 0 ? [{ drawn: r.width, width: Number(s.getAttribute('width')), bars: s.querySelectorAll('.layer_1_marks path').length }] : [];
  }),
}));
const shiftBefore = shift;
await import('../define.js');
for (const { el } of boxes) await el.chartComplete;
await frames(3);
// Layout-shift entries reach the observer a little later.
await new Promise((r) => setTimeout(r, 300));
add(observer.takeRecords());

describe('<tiendo-chart> over its server rendering (prerenderChart)', () => {
  it('shows the whole chart before JavaScript: one SVG at a time, one bar per row, in a box of its height', () => {
    boxes.forEach(({ c, width }, i) => {
      const b = before[i]!;
      expect(b.shown.length, `${c.id} at ${width}`).to.equal(1);
      expect(b.words.caption, c.id).to.not.equal('');
      const svg = b.shown[0]!;
      expect(Math.round(svg.drawn), `${c.id} at ${width}: not stretched`).to.equal(Math.min(Math.floor(b.frame), svg.width));
      if (c.attrs.kind === 'ranking') expect(svg.bars, `${c.id}: one bar per row`).to.equal(b.words.table.length ? rowsOf(c) : 0);
    });
  });

  it('upgrades in place: the same words, no duplicate, the server nodes gone', () => {
    boxes.forEach(({ c, width, el }, i) => {
      expect(el.status, c.id).to.equal('ready');
      expect(words(el), `${c.id} at ${width}`).to.deep.equal(before[i]!.words);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('figure').length, `${c.id}: one figure`).to.equal(1);
      expect(root.querySelector('[data-ssr-svg], figure[data-pending]'), c.id).to.equal(null);
      expect(root.querySelectorAll('.vega > svg').length, `${c.id}: Vega's SVG only`).to.equal(1);
    });
  });

  it('keeps the height: element and chart box alike, at 288, 343, 736 and 1168 px', () => {
    const diffs = boxes.flatMap(({ c, width, el }, i) => {
      const h = el.getBoundingClientRect().height;
      const chart = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height;
      const b = before[i]!;
      return Math.abs(h - b.height) > 0.5 || Math.abs(chart - b.chart) > 0.5 ? [`${c.id} at ${width}: ${b.height}→${h} (chart ${b.chart}→${chart})`] : [];
    });
    expect(diffs).to.deep.equal([]);
  });

  it('moves nothing on the page: no layout shift while the elements upgrade and draw', () => {
    expect(shift - shiftBefore).to.equal(0);
  });

  it('draws the names as text: the unit named like markup runs nothing', () => {
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    const el = boxes.find((b) => b.c.id === 'long-names')!.el;
    expect(el.shadowRoot!.querySelector('.vega img, .vega script')).to.equal(null);
  });
});

describe('<tiendo-chart> defined before the page gives its data', () => {
  it('keeps the server’s chart (same height) until the data comes and the chart is drawn', async () => {
    const c = cases.find((x) => x.id === 'share')!;
    const box = document.createElement('div');
    box.style.width = '343px';
    box.setHTMLUnsafe(c.html);
    page.append(box);
    const el = box.querySelector('tiendo-chart') as TiendoChart;
    await frames(3);
    const h = el.getBoundingClientRect().height;
    expect(el.shadowRoot!.querySelector('[data-ssr-svg]'), 'server chart still shown').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('figure[data-pending]'), 'client figure waiting').to.not.equal(null);
    (el as unknown as { data: DatasetInput }).data = c.data;
    await el.chartComplete;
    await frames(2);
    expect(el.shadowRoot!.querySelector('[data-ssr-svg], figure[data-pending]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(h);
  });
});
