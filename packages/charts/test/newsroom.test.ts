// Charts that read like a newsroom's (issue 10, items 9–10), without a browser: the layout by
// width, the highlighted unit, the asterisk, the printed-figure mismatch on one unit, and the gaps
// of a trend, down to the headless Vega scenegraph.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleDataset } from '@tiendo/sdk/sample';
import { rankingSpec, trendSpec } from '../src/specs/index.js';
import { chartLayout, estimateText, wrapText } from '../src/specs/layout.js';
import { createView } from '../src/vega/view.js';

type Item = { items?: Item[]; name?: string; datum?: Record<string, unknown>; text?: string; fill?: string; defined?: boolean; opacity?: number; bounds?: { x1: number; x2: number } };

function markItems(root: Item, name: string): Item[] {
  const out: Item[] = [];
  const walk = (n: Item) => {
    if (n.name === name && n.items) out.push(...n.items);
    n.items?.forEach(walk);
  };
  walk(root);
  return out;
}

describe('layout by width', () => {
  const ranking = rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'ha-noi' });

  it('keeps room right of the bars for the widest percent at every width', () => {
    for (const width of [320, 375, 480, 768, 1200]) {
      const { signals } = chartLayout(ranking, width);
      const widest = Math.max(...ranking.rows.map((r) => estimateText(r.valueText, r.highlight)));
      assert.ok((signals.valueRoom as number) >= widest + 4, `${width}: ${signals.valueRoom} ≥ ${widest} + gap`);
    }
  });

  it('puts names beside the bars when they fit in 40% of the width, above them otherwise', () => {
    assert.equal(chartLayout(ranking, 768).signals.narrow, false);
    assert.equal(chartLayout(ranking, 320).signals.narrow, true);
    const above = chartLayout(ranking, 320);
    assert.equal(above.signals.nameAlign, 'left');
    assert.ok((above.signals.y_step as number) > 24);
  });

  it('wraps a long name above its bar into lines no wider than the chart', () => {
    const name = 'Công đoàn các khu chế xuất và khu công nghiệp thành phố Hà Nội (Thăng Long, Nội Bài, Quang Minh)';
    const lines = wrapText(name, 288, estimateText);
    assert.ok(lines.length >= 2);
    assert.equal(lines.join(' '), name);
    for (const l of lines) assert.ok(estimateText(l) <= 288, l);
  });

  it('draws the same rows at two widths with the same key (a resize only sets signals)', () => {
    assert.equal(chartLayout(ranking, 700).key, chartLayout(ranking, 1000).key);
    assert.notEqual(chartLayout(ranking, 320).key, chartLayout(ranking, 1000).key);
  });
});

describe('ranking: highlight, asterisk, mismatch', () => {
  it('highlights one unit, kept even outside the top N, and names its rank in the summary', () => {
    const m = rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'ha-noi', top: 3, highlight: 'hoang-mai' });
    assert.deepEqual(m.rows.map((r) => [r.rank, r.unit, r.highlight]).slice(3), [[9, 'hoang-mai', true]]);
    assert.equal(m.rows.filter((r) => r.highlight).length, 1);
    assert.match(m.summary, /3 đơn vị đứng đầu trong 30 đơn vị/);
    assert.match(m.summary, /Quận Hoàng Mai xếp thứ 9\.$/);
  });

  it('marks illustrative units with an asterisk, as the ranking does', () => {
    const m = rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'ha-noi' });
    for (const r of m.rows) assert.equal(r.nameText, r.illustrative ? `${r.label}*` : r.label);
  });

  it('a printed-figure mismatch marks the unit concerned, not every bar', async () => {
    const m = rankingSpec(sampleDataset, { metric: 'grassroots-unions', period: '2021', parent: 'ha-noi', theme: { bar: '#123456', barShort: '#aa0000', text: '#111111' } });
    const marked = m.rows.filter((r) => r.printedText);
    assert.deepEqual(marked.map((r) => [r.unit, r.valueText, r.printedNote]), [['hoan-kiem', '77,8% (báo ghi 87,5%)', 'Báo cáo ghi 87,5%; tính lại: 77,8%.']]);
    assert.ok(m.rows.filter((r) => r.short).length > 20, 'most units are short of the annual plan at mid-year');
    const view = createView(m, { renderer: 'none', width: 600 });
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: Item }).root;
    assert.deepEqual(new Set(markItems(root, 'layer_1_marks').map((b) => b.fill)), new Set(['#123456']));
    const red = markItems(root, 'layer_5_marks').filter((t) => t.fill === '#aa0000').map((t) => t.datum!.unit);
    assert.deepEqual(red, ['hoan-kiem']);
    // Its long label runs across the 100% mark, which breaks there instead of striking the words.
    const hidden = markItems(root, 'layer_2_marks').filter((m) => (m as { strokeOpacity?: number }).strokeOpacity === 0).map((m) => m.datum!.unit);
    assert.ok(hidden.includes('hoan-kiem'), `hidden in ${hidden.join(', ')}`);
    view.finalize();
  });

  it('the highlight band shows behind one row only', async () => {
    const m = rankingSpec(sampleDataset, { metric: 'members', period: '2017', parent: 'ha-noi', highlight: 'hoang-mai' });
    const view = createView(m, { renderer: 'none', width: 480 });
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: Item }).root;
    const bands = markItems(root, 'layer_0_marks').filter((b) => b.opacity !== 0);
    assert.deepEqual(bands.map((b) => b.datum!.unit), ['hoang-mai']);
    // Besides it only the first and last rows' invisible bands are drawn (they set the chart's bounds, as a band per row did); the bands keep the rows' order.
    assert.deepEqual(markItems(root, 'layer_0_marks').map((b) => [b.datum!.unit, b.opacity]), [[m.rows[0]!.unit, 0], ['hoang-mai', 1], [m.rows.at(-1)!.unit, 0]]);
    const y = view.scale('y') as unknown as ((label: string) => number) & { domain(): string[] };
    assert.deepEqual(y.domain(), m.rows.map((r) => r.label));
    const bar = markItems(root, 'layer_1_marks').find((b) => b.datum!.unit === 'hoang-mai') as unknown as { y: number; height: number };
    const band = markItems(root, 'layer_0_marks')[1] as unknown as { y: number; height: number };
    assert.ok(band.y <= bar.y && bar.y + bar.height <= band.y + band.height);
    view.finalize();
  });
});

describe('trend: gaps are gaps', () => {
  it('puts the years without figures on the axis and breaks the line there', async () => {
    const m = trendSpec(sampleDataset, { unit: 'hoan-kiem', metric: 'members' });
    assert.deepEqual(m.rows.map((r) => r.x), ['2017', '2021']);
    assert.deepEqual(m.signals.xDomain, ['2017', '2018', '2019', '2020', '2021']);
    assert.deepEqual(m.rows.map((r) => r.valueText), ['75,7%*', '110,6%']);
    assert.equal(m.table.rows.length, 2, 'the table keeps the periods with figures');
    const view = createView(m, { renderer: 'none', width: 480 });
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: Item }).root;
    const line = markItems(root, 'layer_2_marks');
    assert.deepEqual(line.map((p) => [p.datum!.x, p.defined]), [['2017', true], ['2018', false], ['2019', false], ['2020', false], ['2021', true]]);
    assert.equal(markItems(root, 'layer_3_marks').length, 2);
    view.finalize();
  });

  it('draws one line through consecutive years', () => {
    const m = trendSpec(sampleDataset, { unit: 'hoang-mai', metric: 'members', periods: ['2017'] });
    assert.equal(m.data, undefined);
  });
});

describe('trend: the 100% label', () => {
  it('sits at the end of the rule away from a percent near 100%', () => {
    assert.equal(trendSpec(sampleDataset, { unit: 'hoan-kiem', metric: 'members' }).signals.targetAt, 'left');
    assert.equal(trendSpec(sampleDataset, { unit: 'hoang-mai', metric: 'members' }).signals.targetAt, 'right');
  });
});
