import { expect, fixture, html } from '@open-wc/testing';
import { parseDatasetCsv, type DatasetInput } from '@tiendo/sdk';
import type { TiendoScorecard } from './scorecard.js';
import { expectInert, fakeFetch, frames, injectedCount, LONG_NAMES, many, poisoned, sample, statusOf, textOf, tiny, withMembers, XSS_PAYLOADS } from '../test-helpers/fixtures.js';
import { along, geometrySvgs, inlineStyled, PLAIN_PERCENT, svgWidths } from '../test-helpers/geometry.js';

async function card(data: DatasetInput, a: { unit?: string; period?: string; locale?: string; metric?: string } = {}): Promise<TiendoScorecard> {
  const el = await fixture<TiendoScorecard>(html`<tiendo-scorecard .data=${data} unit=${a.unit ?? ''} period=${a.period ?? ''} metric=${a.metric ?? ''} locale=${a.locale ?? 'vi'}></tiendo-scorecard>`);
  await el.updateComplete;
  return el;
}

const figure = (el: TiendoScorecard, metric: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="figure"][data-metric="${metric}"]`);
const partText = (root: Element | null | undefined, part: string) => (root?.querySelector(`[part="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<tiendo-scorecard>', () => {
  describe('ready', () => {
    it('shows each metric: actual/target, percent and status in words (Hoàng Mai 2017)', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2017' });
      await statusOf(el, 'ready');
      expect(partText(figure(el, 'members'), 'value')).to.equal('1.438/1.400');
      expect(partText(figure(el, 'members'), 'percent')).to.equal('102,7%');
      expect(partText(figure(el, 'members'), 'status')).to.equal('vượt chỉ tiêu');
      expect(partText(figure(el, 'grassroots-unions'), 'value')).to.equal('27/22');
      expect(partText(figure(el, 'grassroots-unions'), 'percent')).to.equal('122,7%');
      await expect(el).to.be.accessible();
    });

    it('writes one summary sentence as accessible name', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2017' });
      expect(el.summary).to.equal('Quận Hoàng Mai năm 2017: kết nạp 1.438/1.400 đoàn viên (102,7%, vượt chỉ tiêu); thành lập 27/22 CĐCS (122,7%, vượt chỉ tiêu).');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(el.summary);
      const en = await card(sample(), { unit: 'hoang-mai', period: '2017', locale: 'en' });
      expect(en.summary).to.equal('Quận Hoàng Mai, 2017: 1,438 of 1,400 members admitted (102.7%, target exceeded); 27 of 22 grassroots unions founded (122.7%, target exceeded).');
    });

    it('gives the pace status while the period runs and notes a disagreeing print (Hoàn Kiếm 2021)', async () => {
      const el = await card(sample(), { unit: 'hoan-kiem', period: '2021' });
      expect(partText(figure(el, 'grassroots-unions'), 'status')).to.equal('vượt tiến độ');
      expect(partText(figure(el, 'grassroots-unions'), 'note')).to.equal('Báo cáo ghi 87,5%; tính lại: 77,8%.');
      expect(el.shadowRoot!.querySelectorAll('[part="note"]').length).to.equal(1);
    });

    it('adds the strong-CĐCS share when the unit is rated for the period', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2018' });
      const q = el.shadowRoot!.querySelector('[part="quality"]');
      expect(q !== null).to.equal(true);
      expect([...q!.querySelectorAll('[part="verdict"]')].map((v) => v.textContent!.trim())).to.deep.equal(['Không đạt: 86,4%, chưa trên mức 90%', 'Không đạt: 45,1%, dưới mức 50%']);
      expect(el.summary).to.include('khu vực nhà nước có 86,4% CĐCS vững mạnh, không đạt ngưỡng trên 90%');
      await expect(el).to.be.accessible();
      const none = await card(sample(), { unit: 'hoang-mai', period: '2017' });
      expect(none.shadowRoot!.querySelectorAll('[part="quality"]').length).to.equal(0);
    });

    it('downloads exactly the figures shown as CSV', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2017' });
      const lines = el.toCsv().trim().split('\n').slice(1);
      expect(lines.length).to.equal(2);
      expect(lines.every((l) => l.startsWith('hoang-mai,'))).to.equal(true);
      const one = await card(sample(), { unit: 'hoang-mai', period: '2017', metric: 'members' });
      expect(one.toCsv().trim().split('\n').length).to.equal(2);
    });

    it('downloads its strong-share ratings with its figures, in the one long CSV', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2018' });
      const shown = el.shadowRoot!.querySelectorAll('[part="quality"] .sector').length;
      expect(shown).to.be.greaterThan(0);
      const back = parseDatasetCsv(el.toCsv());
      expect(back.qualityRatings.length).to.equal(shown);
      expect(back.qualityRatings.every((q) => q.unit === 'hoang-mai' && q.period === '2018')).to.equal(true);
    });

    it('re-renders on attribute and property changes', async () => {
      const el = await card(sample(), { unit: 'hoang-mai', period: '2017' });
      el.setAttribute('unit', 'hoan-kiem');
      el.setAttribute('period', '2021');
      await el.updateComplete;
      expect(partText(figure(el, 'members'), 'value')).to.equal('1.548/1.400');
      el.metric = 'members';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="figure"]').length).to.equal(1);
      el.data = tiny([{ id: 'x', name: 'Quận X', actual: 3, target: 2 }]);
      el.unit = 'x';
      el.period = '2017';
      el.metric = undefined;
      await el.updateComplete;
      expect(partText(figure(el, 'grassroots-unions'), 'value')).to.equal('3/2');
    });
  });

  describe('states', () => {
    it('says “chưa có chỉ tiêu” without a target and draws no bar', async () => {
      const el = await card(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: null }]), { unit: 'a' });
      expect(partText(figure(el, 'grassroots-unions'), 'status')).to.equal('chưa có chỉ tiêu');
      expect(el.shadowRoot!.querySelectorAll('[part="bar"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says “chưa đạt chỉ tiêu” under target and “vượt chỉ tiêu” over it', async () => {
      const d = withMembers(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: 10 }]), { a: [12, 10] });
      const el = await card(d, { unit: 'a' });
      expect(partText(figure(el, 'grassroots-unions'), 'status')).to.equal('chưa đạt chỉ tiêu');
      expect(partText(figure(el, 'members'), 'status')).to.equal('vượt chỉ tiêu');
      expect(figure(el, 'members')!.querySelectorAll('.bar-fill.over').length).to.equal(1);
    });

    it('is empty in words when the unit has no figure', async () => {
      const el = await card(tiny([{ id: 'a', name: 'Quận A', actual: null, target: 10 }]), { unit: 'a' });
      await statusOf(el, 'empty');
      expect(textOf(el)).to.include('Chưa có dữ liệu');
      await expect(el).to.be.accessible();
    });

    it('names an unknown unit', async () => {
      const el = await card(sample(), { unit: 'khong-co' });
      await statusOf(el, 'error');
      expect(textOf(el)).to.include('Không tìm thấy đơn vị "khong-co"');
      await expect(el).to.be.accessible();
    });

    it('reserves its height while loading', async () => {
      const f = fakeFetch(() => new Promise<Response>(() => {}));
      try {
        const el = await fixture<TiendoScorecard>(html`<tiendo-scorecard src="/never.json" reserve="250px"></tiendo-scorecard>`);
        await statusOf(el, 'loading');
        expect(el.getBoundingClientRect().height).to.equal(250);
        await expect(el).to.be.accessible();
      } finally {
        f.restore();
      }
    });

    it('keeps long Vietnamese names inside 280px', async () => {
      const d = tiny([{ id: 'a', name: LONG_NAMES[2]!, actual: 123456, target: 100000 }]);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><tiendo-scorecard unit="a" .data=${d}></tiendo-scorecard></div>`);
      const el = wrap.querySelector('tiendo-scorecard')!;
      await el.updateComplete;
      await frames();
      expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(280);
      await expect(el).to.be.accessible();
    });
  });

  describe('700 units', () => {
    it('sums 700 units below the parent', async () => {
      const d = many(700);
      const actual = d.actuals!.reduce((s, a) => s + a.value, 0);
      const target = d.targets!.reduce((s, t) => s + t.value, 0);
      const el = await card(d, { unit: 'root' });
      expect(partText(figure(el, 'grassroots-unions'), 'value')).to.equal(`${actual.toLocaleString('de-DE')}/${target.toLocaleString('de-DE')}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('light-DOM table', () => {
    it('reads a one-row table', async () => {
      const el = await fixture<TiendoScorecard>(html`<tiendo-scorecard unit="hoang-mai" metric="grassroots-unions" period="2017">
        <table>
          <thead><tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th><th>Đạt</th></tr></thead>
          <tbody><tr data-unit="hoang-mai"><td>Quận Hoàng Mai</td><td>22</td><td>27</td><td>122%</td></tr></tbody>
        </table>
      </tiendo-scorecard>`);
      await statusOf(el, 'ready');
      expect(el.dataOrigin).to.equal('table');
      expect(partText(figure(el, 'grassroots-unions'), 'value')).to.equal('27/22');
      expect(el.shadowRoot!.querySelectorAll('[part="note"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('security', () => {
    it(`renders ${XSS_PAYLOADS.length} XSS payloads in every text field as inert text`, async () => {
      await expectInert(
        async (p) => card(poisoned(p, 2), { unit: 'a' }),
        (el, p) => {
          expect(el.shadowRoot!.querySelectorAll('[part="error"]').length, p).to.equal(0);
          // The only <svg>s are the bars' own empty geometry boxes.
          expect(injectedCount(el) - geometrySvgs(el), p).to.equal(0);
          expect(textOf(el)).to.include(p.replace(/\s+/g, ' ').trim().slice(0, 20));
        },
      );
    });
  });
});

describe('<tiendo-scorecard> geometry without a style attribute (strict style-src)', () => {
  /** No inline style anywhere; each figure's fill ends at its attainment (at most the whole bar). */
  function expectBars(el: TiendoScorecard, want: Record<string, number | null>): void {
    expect(inlineStyled(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    for (const w of svgWidths(el)) expect(w).to.match(PLAIN_PERCENT);
    for (const [metric, a] of Object.entries(want)) {
      const f = figure(el, metric)!;
      const bar = f.querySelector('[part="bar"]');
      if (a === null) {
        expect(bar, `${metric}: no bar`).to.equal(null);
        continue;
      }
      const fill = along(bar!, f.querySelector('[part="fill"]')!);
      expect(fill.start, `${metric}: fill start`).to.be.closeTo(0, 0.005);
      expect(fill.end, `${metric}: fill width ÷ track width`).to.be.closeTo(Math.min(a, 1), 0.005);
      expect(f.querySelector('[part="fill"]')!.getBoundingClientRect().height).to.be.closeTo(bar!.getBoundingClientRect().height, 0.5);
    }
  }

  it('under and over target (5/10, 12/10)', async () => {
    const el = await card(withMembers(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: 10 }]), { a: [12, 10] }), { unit: 'a' });
    await statusOf(el, 'ready');
    expectBars(el, { 'grassroots-unions': 0.5, members: 1.2 });
  });

  it('with a pace (Hoàn Kiếm 2021) and over target (Hoàng Mai 2017)', async () => {
    expectBars(await card(sample(), { unit: 'hoan-kiem', period: '2021' }), { 'grassroots-unions': 21 / 27, members: 1548 / 1400 });
    expectBars(await card(sample(), { unit: 'hoang-mai', period: '2017' }), { 'grassroots-unions': 27 / 22, members: 1438 / 1400 });
  });

  it('without a target: no bar', async () => {
    const el = await card(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: null }]), { unit: 'a' });
    await statusOf(el, 'ready');
    expectBars(el, { 'grassroots-unions': null });
  });

  it('right to left: the fill counts from the right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><tiendo-scorecard .data=${withMembers(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: 10 }]), { a: [12, 10] })} unit="a" locale="vi"></tiendo-scorecard></div>`);
    const el = wrap.firstElementChild as TiendoScorecard;
    await statusOf(el, 'ready');
    const f = figure(el, 'grassroots-unions')!;
    expect(f.querySelector('[part="fill"]')!.getBoundingClientRect().right).to.be.closeTo(f.querySelector('[part="bar"]')!.getBoundingClientRect().right, 0.5);
    expectBars(el, { 'grassroots-unions': 0.5, members: 1.2 });
  });
});
