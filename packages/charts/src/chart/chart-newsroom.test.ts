// Charts that read like a newsroom's (issue 10, items 9–11), in the browser: percents never
// clipped, names that move above the bars instead of squeezing them, the highlighted unit, the
// asterisk, the labelled 100% rule, no axis, gaps in a trend, the printed-figure mismatch on one
// unit, and the widgets' states and footer.
import { expect } from '@open-wc/testing';
import type { Dataset, DatasetInput } from '@tiendo/sdk';
import { chart, sampleDataset, shadow, svgOf, svgTexts } from '../test-helpers/chart-fixtures.js';
import type { TiendoChart } from './chart.js';

const LONG = [
  'Công đoàn các khu chế xuất và khu công nghiệp thành phố Hà Nội (Thăng Long, Nội Bài, Quang Minh)',
  'Công đoàn cơ sở Công ty trách nhiệm hữu hạn một thành viên Nước sạch Hà Nội — chi nhánh Hoàng Mai',
  'Liên đoàn Lao động quận Nghĩa Hưng',
  'Liên đoàn Lao động huyện Thường Tín và các khu công nghiệp, cụm công nghiệp trên địa bàn',
];

/** Four units with long names, one at 129,2% (the widest percent). */
function longNames(): DatasetInput {
  const d = structuredClone(sampleDataset) as Dataset;
  const ids = LONG.map((_, i) => `cd-${i + 1}`);
  return {
    ...d,
    units: [{ id: 'tinh', name: 'Tỉnh', kind: 'province-federation' }, ...ids.map((id, i) => ({ id, name: LONG[i]!, kind: 'grassroots-union' as const, parent: 'tinh' }))],
    targets: ids.map((id) => ({ unit: id, metric: 'grassroots-unions', period: '2017', value: 120 })),
    actuals: ids.map((id, i) => ({ unit: id, metric: 'grassroots-unions', period: '2017', value: [155, 113, 89, 72][i]! })),
    qualityRatings: [], thresholds: [],
  };
}

/** Boxes of the SVG texts, relative to the SVG. */
function textBoxes(el: TiendoChart, cls: string) {
  const svg = svgOf(el)!;
  const s = svg.getBoundingClientRect();
  return [...svg.querySelectorAll(`.${cls} text`)].map((t) => {
    const b = t.getBoundingClientRect();
    return { text: t.textContent ?? '', left: b.left - s.left, right: b.right - s.left, top: b.top - s.top, bottom: b.bottom - s.top, width: s.width };
  });
}

/** Text marks of the ranking by their place in the template: names (layer 4) and percents (layer 5). */
const NAMES = 'layer_4_marks';
const VALUES = 'layer_5_marks';

describe('<tiendo-chart> newsroom ranking', () => {
  for (const width of [320, 375, 480, 768, 1200]) {
    it(`${width} px: every percent is inside the chart (“120,6%” keeps its “%”), names inside too`, async () => {
      const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', width });
      const values = textBoxes(el, VALUES);
      expect(values.length).to.equal(30);
      expect(values.map((v) => v.text)).to.include('120,6%');
      for (const v of values) expect(v.right <= v.width + 0.5 && v.left >= 0, `${v.text}: ${v.left}–${v.right} of ${v.width}`).to.equal(true);
      for (const n of textBoxes(el, NAMES)) expect(n.left >= -0.5 && n.right <= n.width + 0.5, `${n.text} inside`).to.equal(true);
    });
  }

  for (const width of [320, 480]) {
    it(`${width} px, long names: names above the bars (wrapped, not overlapping), bars of a readable size, no empty band below`, async () => {
      const el = await chart(longNames(), { kind: 'ranking', parent: 'tinh', metric: 'grassroots-unions', period: '2017', width });
      const names = textBoxes(el, NAMES);
      expect(names.length).to.equal(4);
      for (let i = 1; i < names.length; i++) expect(names[i]!.top >= names[i - 1]!.bottom - 0.5, `${names[i]!.text} below ${names[i - 1]!.text}`).to.equal(true);
      const svg = svgOf(el)!;
      const bars = [...svg.querySelectorAll('.layer_1_marks path')].map((p) => p.getBoundingClientRect());
      expect(bars.length).to.equal(4);
      // Bars start at the left edge (the names are above them, not beside): at least half the width is theirs.
      const longest = Math.max(...bars.map((b) => b.width));
      expect(longest > svg.getBoundingClientRect().width * 0.5, `longest bar ${longest}`).to.equal(true);
      for (const b of bars) expect(b.height >= 12).to.equal(true);
      for (const v of textBoxes(el, VALUES)) expect(v.right <= v.width + 0.5, `${v.text} inside`).to.equal(true);
      // The chart is as tall as its drawing: no reserved band under it.
      const frame = shadow(el).querySelector('.chart')!.getBoundingClientRect();
      expect(Math.abs(frame.height - svg.getBoundingClientRect().height) < 2).to.equal(true);
    });
  }

  it('no axis repeats the percents, and no rotated axis title; the 100% rule says “Chỉ tiêu (100%)”', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', width: 768 });
    const svg = svgOf(el)!;
    expect(svg.querySelectorAll('.role-axis').length).to.equal(0);
    expect([...svg.querySelectorAll('text')].some((t) => /rotate/.test(t.getAttribute('transform') ?? ''))).to.equal(false);
    expect(svgTexts(el)).to.include('Chỉ tiêu (100%)');
  });

  it('highlights the unit as the ranking does: its band, bold, and shown even outside the top N', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', highlight: 'hoang-mai', width: 480 });
    el.top = 3;
    await el.chartComplete;
    const rows = el.model!.rows as { unit: string; highlight: boolean }[];
    expect(rows.map((r) => r.unit)).to.include('hoang-mai');
    expect(rows.filter((r) => r.highlight).map((r) => r.unit)).to.deep.equal(['hoang-mai']);
    const bands = [...svgOf(el)!.querySelectorAll('.layer_0_marks path')].filter((p) => (p.getAttribute('opacity') ?? '1') !== '0');
    expect(bands.length).to.equal(1);
    const bold = [...svgOf(el)!.querySelectorAll(`.${NAMES} text`)].filter((t) => t.getAttribute('font-weight') === 'bold').map((t) => t.textContent);
    expect(bold).to.deep.equal(['9. Quận Hoàng Mai']);
    expect(el.model!.summary).to.include('Quận Hoàng Mai xếp thứ 9.');
  });

  it('illustrative bars carry the asterisk, and the footer explains it', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', width: 768 });
    const rows = el.model!.rows as { nameText: string; illustrative: boolean }[];
    expect(rows.some((r) => r.illustrative) && rows.some((r) => !r.illustrative)).to.equal(true);
    for (const r of rows) expect(r.nameText.endsWith('*')).to.equal(r.illustrative);
    expect(svgTexts(el)).to.include('1. Quận Tây Hồ*');
    expect(shadow(el).querySelector('[part="illustrative"]')!.textContent).to.include('đánh dấu *');
  });

  it('a printed-figure mismatch marks its unit only: one bar colour, the percent in words and a note', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'grassroots-unions', period: '2021', width: 768 });
    const svg = svgOf(el)!;
    const fills = new Set([...svg.querySelectorAll('.layer_1_marks path')].map((p) => p.getAttribute('fill')));
    expect(fills.size).to.equal(1);
    const values = [...svg.querySelectorAll(`.${VALUES} text`)];
    const marked = values.filter((t) => t.getAttribute('fill') !== values[values.length - 1]!.getAttribute('fill')).map((t) => t.textContent);
    expect(marked).to.deep.equal(['77,8% (báo ghi 87,5%)']);
    const notes = [...shadow(el).querySelectorAll('[part="correction"]')].map((n) => n.textContent);
    expect(notes).to.deep.equal(['Quận Hoàn Kiếm: Báo cáo ghi 87,5%; tính lại: 77,8%.']);
  });
});

describe('<tiendo-chart> newsroom trend', () => {
  it('years without figures are gaps: no line drawn from 2017 to 2021, each year on the axis', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'hoan-kiem', metric: 'members', width: 480 });
    expect(svgTexts(el)).to.include.members(['2017', '2018', '2019', '2020', '2021', 'Chỉ tiêu (100%)', '75,7%*', '110,6%']);
    const line = svgOf(el)!.querySelector('.layer_2_marks path');
    // Two points with three empty years between: the line has no segment (each run is one point).
    const d = line?.getAttribute('d') ?? '';
    expect(/L/.test(d), `line path "${d}"`).to.equal(false);
    expect(svgOf(el)!.querySelectorAll('.layer_3_marks path').length).to.equal(2);
    expect(svgOf(el)!.querySelectorAll('.role-axis-title').length).to.equal(0);
  });
});

describe('<tiendo-chart> the widgets’ states and footer', () => {
  it('ready: the widgets’ footer with “Tải dữ liệu (CSV)”, the source and the updated date', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017' });
    const footer = shadow(el).querySelector('[part="footer"]')!;
    expect(footer.querySelector('[part="download"]')!.textContent).to.equal('Tải dữ liệu (CSV)');
    expect(footer.querySelector('[part="source"]')!.textContent).to.match(/^Nguồn: /);
    expect(footer.querySelector('[part="updated"]')!.textContent).to.match(/^Cập nhật: \d{2}\/\d{2}\/\d{4}$/);
    expect(shadow(el).textContent).not.to.include('Tải xuống');
  });

  it('error: the widgets’ error box, a plain sentence for readers and the paths behind a disclosure', async () => {
    const bad = structuredClone(sampleDataset) as { targets: { value: number }[] };
    bad.targets[3]!.value = -5;
    const el = await chart(bad as unknown as Dataset, { kind: 'ranking', metric: 'members', period: '2017' });
    const box = shadow(el).querySelector('[part="error"]')!;
    expect(box.classList.contains('state')).to.equal(true);
    expect(box.querySelector('strong')!.textContent).to.equal('Dữ liệu có lỗi, chưa thể hiển thị.');
    const details = box.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.textContent).to.include('targets[3].value');
  });
});

describe('<tiendo-chart> newsroom share', () => {
  for (const width of [320, 480, 768]) {
    it(`${width} px: every verdict is inside the chart`, async () => {
      const el = await chart(sampleDataset, { kind: 'share', unit: 'ha-noi', period: '2018', width });
      const svg = svgOf(el)!;
      const s = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('.mark-text text')].map((t) => ({ text: t.textContent, right: t.getBoundingClientRect().right - s.left }));
      expect(texts.length > 0).to.equal(true);
      for (const t of texts) expect(t.right <= s.width + 0.5, `${t.text}: ${t.right} of ${s.width}`).to.equal(true);
    });
  }
});

describe('<tiendo-chart> newsroom states stay accessible (axe)', () => {
  const cases: [string, Parameters<typeof chart>[1]][] = [
    ['ranking, highlighted, names above the bars', { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', highlight: 'hoang-mai', width: 320 }],
    ['ranking with a printed-figure mismatch', { kind: 'ranking', parent: 'ha-noi', metric: 'grassroots-unions', period: '2021', width: 768 }],
    ['trend with gaps', { kind: 'trend', unit: 'hoan-kiem', metric: 'members', width: 480 }],
    ['strong share', { kind: 'share', unit: 'hoang-mai', period: '2018', width: 320 }],
    ['dark theme', { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', theme: 'dark', highlight: 'hoang-mai', width: 768 }],
  ];
  for (const [name, attrs] of cases) {
    it(name, async () => {
      const el = await chart(sampleDataset, attrs);
      expect(el.status).to.equal('ready');
      await expect(el).to.be.accessible();
    });
  }

  it('the error box with its disclosure open', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'khong-co', metric: 'members' });
    shadow(el).querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });
});
