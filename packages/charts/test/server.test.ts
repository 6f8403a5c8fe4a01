// @tiendo/charts/server in Node: lit SSR of <tiendo-chart> with its static SVGs, the widths it
// draws, the SVG's text escaped, and the element's SSR safety (no document, no matchMedia here).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import { sampleDataset } from '@tiendo/sdk/sample';
import { html } from 'lit';
import { chartModel, chartSvg, insertChartSvg, layoutSteps, prerenderChart, svgWidths } from '../src/server.js';
import { chartLayout } from '../src/specs/layout.js';
import type { RankingRow } from '../src/specs/ranking.js';
import { tiedDataset } from './fixtures.js';

const READY = { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', top: 10, highlight: 'hoang-mai' } as const;
/** Payloads of packages/widgets/src/test-helpers/fixtures.ts (XSS_PAYLOADS), as unit names. */
const XSS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload="window.__xss=1">'];
/** The elements of markup that would run or load something: script, img, iframe, or an `on…` attribute (values may hold `>`). */
function active(markup: string): string[] {
  const found: string[] = [];
  for (const [tag, name, attrs] of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g)) {
    if (/^(script|img|iframe)$/i.test(name!) || /\son[a-z]+\s*=/i.test(attrs!.replace(/"[^"]*"|'[^']*'/g, '""'))) found.push(tag);
  }
  return found;
}
const svgsOf = (s: string) => s.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
const bars = (svg: string) => (/<g class="mark-rect role-mark layer_1_marks"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1].match(/<path/g) ?? []).length;
const vi = (x: number) => `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100)}%`;

describe('prerenderChart: <tiendo-chart> with its declarative shadow root', async () => {
  const out = await prerenderChart(sampleDataset, READY);
  const model = chartModel(sampleDataset, READY);
  const rows = model.rows as RankingRow[];

  it('is the element with an open declarative shadow root, and no script', () => {
    assert.match(out, /^(<!--[^>]*-->)*<tiendo-chart\b[^>]*\bkind="ranking"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(out.trimEnd().replace(/(<!--[^>]*-->)*$/, '').endsWith('</template></tiendo-chart>'));
    assert.doesNotMatch(out, /<script/i);
  });

  it('has the caption, the summary and the data table with every row’s name and percent (vi-VN)', () => {
    assert.ok(out.includes('<figcaption id="caption" part="caption"><!--lit-part-->Kết nạp đoàn viên · Năm 2017<'));
    assert.ok(out.includes(`aria-label="${model.summary}"`));
    assert.equal(rows.length, 10);
    for (const r of rows) {
      assert.ok(out.includes(`<th scope="row"><!--lit-part-->${r.name}<!--/lit-part--></th>`), r.name);
      assert.equal(r.attainmentText, vi(r.attainment!));
      assert.ok(out.includes(`<!--lit-part-->${vi(r.attainment!)}<!--/lit-part-->`), `${r.name} ${vi(r.attainment!)}`);
    }
    assert.ok(out.includes('102,7%'));
  });

  it('has one SVG per width to draw, each with one bar per row, inside the chart box', () => {
    const svgs = svgsOf(out);
    assert.deepEqual(svgWidths(model), [288, 343, 351, 672]);
    assert.equal(svgs.length, 4);
    for (const s of svgs) assert.equal(bars(s), rows.length);
    const box = out.indexOf('data-ssr-svg');
    assert.ok(box > 0 && out.indexOf('<svg') > box && out.indexOf('<svg') < out.indexOf('part="tooltip"'));
  });

  it('sizes the box by container queries: the height of the SVG shown at each width', () => {
    const css = /<style>(\.frame\{container-type:inline-size\}[^<]*)<\/style>/.exec(out)?.[1] ?? '';
    assert.match(css, /^\.frame\{container-type:inline-size\}/);
    assert.ok(css.includes('.chart[data-ssr-svg]{height:455px}'));
    assert.ok(css.includes('@container (min-width:351px){.chart[data-ssr-svg]{height:266px}'));
    assert.ok(css.includes('[fill="#0b5cad" i]{fill:var(--_bar)}'), 'colours from the tokens');
  });
});

describe('chartSvg: the static chart, as the element lays it out', () => {
  it('is as tall as the layout says at that width: names above the bars at 343 px, beside them at 672 px', async () => {
    const narrow = await chartSvg(sampleDataset, READY, { width: 343 });
    const wide = await chartSvg(sampleDataset, READY, { width: 672 });
    assert.equal(narrow.width, 343);
    assert.equal(wide.width, 672);
    const model = chartModel(sampleDataset, READY);
    assert.equal(chartLayout(model, 343).signals.narrow, true);
    assert.equal(chartLayout(model, 672).signals.narrow, false);
    assert.ok(narrow.height > wide.height);
    assert.equal(bars(narrow.svg), 10);
    assert.match(narrow.svg, />9\. Quận Hoàng Mai</);
  });

  it('draws a dark theme with the dark colours', async () => {
    const dark = await chartSvg(sampleDataset, READY, { width: 480, theme: 'dark' });
    assert.ok(dark.svg.includes('fill="#6cb2ff"'));
  });

  it('draws a trend and a strong share', async () => {
    const trend = await chartSvg(sampleDataset, { kind: 'trend', unit: 'hoan-kiem', metric: 'members' }, { width: 480 });
    const share = await chartSvg(sampleDataset, { kind: 'share', unit: 'ha-noi', period: '2018' }, { width: 480 });
    assert.ok(trend.height > 200 && share.height > 100);
    assert.match(share.svg, /Khu vực ngoài nhà nước/);
  });

  for (const name of XSS) {
    it(`escapes a unit named ${JSON.stringify(name)}`, async () => {
      const out = await prerenderChart(tiedDataset(name), { kind: 'ranking', metric: 'members', period: '2021' });
      assert.deepEqual(active(out), []);
      assert.doesNotMatch(out, /<script|<img/i);
      assert.ok(out.includes('&lt;'), 'the name is there, escaped');
      for (const s of svgsOf(out)) assert.ok(s.includes('&lt;'), 'in the SVG too');
    });
  }
});

describe('insertChartSvg and the widths drawn', () => {
  const page = async () => collectResult(render(html`<tiendo-chart kind="ranking" parent="ha-noi" metric="members" period="2017" .data=${sampleDataset}></tiendo-chart>`));

  it('puts { narrow, wide } into the chart box, narrow below the wide SVG’s width', async () => {
    const [narrow, wide] = await Promise.all([chartSvg(sampleDataset, READY, { width: 300 }), chartSvg(sampleDataset, READY, { width: 640 })]);
    const out = insertChartSvg(await page(), { narrow: narrow.svg, wide: wide.svg });
    assert.equal(svgsOf(out).length, 2);
    assert.ok(out.includes(`.chart[data-ssr-svg]{height:${narrow.height}px}`));
    assert.ok(out.includes(`@container (min-width:640px){.chart[data-ssr-svg]{height:${wide.height}px}`));
  });

  it('refuses markup that is not chartSvg’s, and a rendering without the chart box', async () => {
    assert.throws(() => insertChartSvg('<tiendo-chart></tiendo-chart>', '<svg width="1" height="1"></svg>'), /one <tiendo-chart>/);
    const html = await page();
    assert.throws(() => insertChartSvg(html, '<svg width="1" height="1"><script>x()</script></svg>'), /SVG text/);
    assert.throws(() => insertChartSvg(html, '<svg width="1" height="1" onload="x()"></svg>'), /SVG text/);
    assert.throws(() => insertChartSvg(html, '<div></div>'), /SVG text/);
  });

  it('renders the element under lit SSR without data: the loading view, no chart box, nothing fetched', async () => {
    const out = await collectResult(render(html`<tiendo-chart src="https://example.invalid/x.json"></tiendo-chart>`));
    assert.match(out, /part="loading"/);
    assert.doesNotMatch(out, /data-ssr-svg/);
  });

  it('draws one SVG at the start of every height step, so each width shows one of its own layout', () => {
    const model = chartModel(tiedDataset('Công đoàn các khu chế xuất và khu công nghiệp thành phố Hà Nội (Thăng Long, Nội Bài, Quang Minh)'), { kind: 'ranking', metric: 'members', period: '2021' });
    const steps = layoutSteps(model).map((s) => s.min);
    assert.ok(steps.length >= 3, String(steps));
    const widths = svgWidths(model);
    for (const s of steps.slice(1)) assert.ok(widths.includes(s), `${s} in ${widths}`);
    // Between two steps the row height is constant, and it only falls as the width grows.
    const step = (w: number) => Number(chartLayout(model, w).signals.y_step);
    for (let i = 0; i < steps.length; i++) {
      const end = (steps[i + 1] ?? steps[i]! + 400) - 1;
      assert.equal(step(steps[i]!), step(end), `${steps[i]}–${end}`);
      if (i) assert.ok(step(steps[i]!) < step(steps[i]! - 1));
    }
  });
});

describe('the width table', () => {
  it('is what scripts/font-widths.ts reads from the installed DejaVu Sans (skipped without it)', async (t) => {
    const { fontWidthsSource } = await import('../scripts/font-widths.js');
    const fresh = fontWidthsSource();
    if (fresh === null) return t.skip('DejaVu Sans is not installed');
    const { readFileSync } = await import('node:fs');
    assert.equal(readFileSync(new URL('../src/specs/font-widths.ts', import.meta.url), 'utf8'), fresh);
  });

  it('measures Vietnamese letters as their base letters, đ and Đ of their own', async () => {
    const { tableWidth } = await import('../src/specs/font-measure.js');
    assert.equal(tableWidth('Hoàng Mai'), tableWidth('Hoang Mai'));
    assert.equal(tableWidth('ướ'), tableWidth('uo'));
    assert.ok(tableWidth('Đ') > tableWidth('D') && tableWidth('Quận', true) > tableWidth('Quận'));
  });
});
