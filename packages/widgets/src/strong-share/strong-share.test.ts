import { expect, fixture, html } from '@open-wc/testing';
import { CSV_COLUMNS, parseDatasetCsv, type DatasetInput } from '@tiendo/sdk';
import type { TiendoStrongShare } from './strong-share.js';
import { expectInert, fakeFetch, frames, injectedCount, LONG_NAMES, many, poisoned, sample, statusOf, textOf, tiny, XSS_PAYLOADS } from '../test-helpers/fixtures.js';
import { along, geometrySvgs, inlineStyled, PLAIN_PERCENT, svgWidths } from '../test-helpers/geometry.js';

async function share(data: DatasetInput, a: { unit?: string; period?: string; locale?: string; scheme?: string } = {}): Promise<TiendoStrongShare> {
  const el = await fixture<TiendoStrongShare>(html`<tiendo-strong-share .data=${data} unit=${a.unit ?? ''} period=${a.period ?? ''} locale=${a.locale ?? 'vi'} scheme=${a.scheme ?? ''}></tiendo-strong-share>`);
  await el.updateComplete;
  return el;
}

/** 46/50 state (92,0%) and 18/40 non-state (45,0%) for unit `a`, period 2017. */
function rated(extra: Partial<DatasetInput> = {}): DatasetInput {
  return tiny([{ id: 'a', name: 'Quận A', actual: 1, target: 1 }], {
    qualityRatings: [
      { unit: 'a', period: '2017', sector: 'state', evaluated: 50, strong: 46 },
      { unit: 'a', period: '2017', sector: 'non-state', evaluated: 40, strong: 18 },
    ],
    ...extra,
  });
}

const verdicts = (el: TiendoStrongShare) => [...el.shadowRoot!.querySelectorAll('[part="verdict"]')].map((v) => v.textContent!.trim());
const sector = (el: TiendoStrongShare, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="sector"][data-sector="${id}"]`);

describe('<tiendo-strong-share>', () => {
  describe('ready', () => {
    it('says pass or fail in words with the comparison: “Đạt: 92,0%, trên mức 90%”, “Không đạt: 45,0%, dưới mức 50%”', async () => {
      const el = await share(rated(), { unit: 'a' });
      await statusOf(el, 'ready');
      expect(verdicts(el)).to.deep.equal(['Đạt: 92,0%, trên mức 90%', 'Không đạt: 45,0%, dưới mức 50%']);
      expect(sector(el, 'state')!.dataset['pass']).to.equal('pass');
      expect(sector(el, 'non-state')!.dataset['pass']).to.equal('fail');
      expect(textOf(el)).to.include('46/50 CĐCS vững mạnh');
      expect(textOf(el)).to.include('Ngưỡng: trên 90%');
      expect(textOf(el)).to.include('Ngưỡng: 50% trở lên');
      await expect(el).to.be.accessible();
    });

    it('writes one summary sentence as accessible name', async () => {
      const el = await share(rated(), { unit: 'a' });
      expect(el.summary).to.equal('Quận A năm 2017: khu vực nhà nước có 92,0% CĐCS vững mạnh, đạt ngưỡng trên 90%; khu vực ngoài nhà nước có 45,0% CĐCS vững mạnh, không đạt ngưỡng 50% trở lên.');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(el.summary);
    });

    it('marks the threshold on each bar', async () => {
      const el = await share(rated(), { unit: 'a' });
      const place = (id: string, part: string) => along(sector(el, id)!.querySelector('[part="bar"]')!, sector(el, id)!.querySelector(`[part="${part}"]`)!);
      expect(place('state', 'threshold-marker').centre).to.be.closeTo(0.9, 0.005);
      expect(place('non-state', 'threshold-marker').centre).to.be.closeTo(0.5, 0.005);
      expect(place('state', 'fill').end).to.be.closeTo(0.92, 0.005);
    });

    it('uses the dataset thresholds (Hoàng Mai 2018) and strict comparison at exactly 90% (Quảng Trị)', async () => {
      const hm = await share(sample(), { unit: 'hoang-mai', period: '2018' });
      expect(verdicts(hm)).to.deep.equal(['Không đạt: 86,4%, chưa trên mức 90%', 'Không đạt: 45,1%, dưới mức 50%']);
      expect(textOf(hm)).to.include('Hà Nội Mới');
      const qt = await share(sample(), { unit: 'quang-tri' });
      expect(verdicts(qt)).to.deep.equal(['Không đạt: 90,0%, chưa trên mức 90%', 'Đạt: 65,0%, từ mức 50% trở lên']);
      expect(textOf(qt)).to.include('hoàn thành tốt nhiệm vụ trở lên');
      expect(qt.shadowRoot!.querySelectorAll('[part="note"]').length).to.equal(0);
    });

    it('sums the districts for the city (a ratio of sums) and says so', async () => {
      const el = await share(sample(), { unit: 'ha-noi', period: '2018' });
      expect(textOf(el)).to.include('cộng từ các đơn vị trực thuộc');
      expect(el.shadowRoot!.querySelectorAll('[part="sector"]').length).to.equal(2);
      expect(el.shadowRoot!.querySelector('[part="illustrative"]')!.textContent).to.include('minh họa');
    });

    it('speaks English: “Met: 92.0%, above 90%”, “Not met: 45.0%, below 50%”', async () => {
      const el = await share(rated(), { unit: 'a', locale: 'en' });
      expect(verdicts(el)).to.deep.equal(['Met: 92.0%, above 90%', 'Not met: 45.0%, below 50%']);
      expect(el.summary).to.match(/^Quận A, 2017: state sector: 92\.0% rated strong, threshold of more than 90% met;/);
    });

    it('shows more decimals rather than a share that reads equal to the threshold it fails', async () => {
      const el = await share(rated({ qualityRatings: [{ unit: 'a', period: '2017', sector: 'state', evaluated: 10000, strong: 8999 }] }), { unit: 'a' });
      expect(verdicts(el)).to.deep.equal(['Không đạt: 89,99%, chưa trên mức 90%']);
    });

    it('notes a printed percent that disagrees with the counts', async () => {
      const el = await share(rated({ qualityRatings: [{ unit: 'a', period: '2017', sector: 'state', evaluated: 50, strong: 40, printed: '90%' }] }), { unit: 'a' });
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal('Báo cáo ghi 90%; tính lại: 80,0%.');
    });

    it('downloads exactly the sectors shown as CSV', async () => {
      const el = await share(rated(), { unit: 'a' });
      const lines = el.toCsv().trim().split('\n');
      expect(lines.length).to.equal(3);
      // The SDK's long CSV (one writer for every element), which reads back as the same ratings.
      expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
      const back = parseDatasetCsv(el.toCsv()).qualityRatings;
      expect(back.map((q) => [q.unit, q.period, q.sector, q.evaluated, q.strong])).to.deep.equal([['a', '2017', 'state', 50, 46], ['a', '2017', 'non-state', 40, 18]]);
    });

    it('re-renders on attribute and property changes', async () => {
      const el = await share(sample(), { unit: 'hoang-mai', period: '2018' });
      el.unit = 'long-bien';
      await el.updateComplete;
      expect(verdicts(el)[0]).to.equal('Đạt: 97,0%, trên mức 90%');
      el.setAttribute('locale', 'en');
      await el.updateComplete;
      expect(verdicts(el)[0]).to.equal('Met: 97.0%, above 90%');
      el.data = rated();
      el.unit = 'a';
      el.period = '2017';
      await el.updateComplete;
      expect(verdicts(el)[0]).to.equal('Met: 92.0%, above 90%');
    });
  });

  describe('states', () => {
    it('says “chưa có ngưỡng” for a sector without a threshold', async () => {
      const el = await share(rated({
        sectors: [{ id: 'fdi', labels: { vi: 'Khu vực FDI' } }],
        qualityRatings: [{ unit: 'a', period: '2017', sector: 'fdi', evaluated: 10, strong: 7 }],
      }), { unit: 'a' });
      expect(textOf(el)).to.include('chưa có ngưỡng');
      expect(el.shadowRoot!.querySelectorAll('[part="threshold-marker"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('is empty in words when nothing is rated', async () => {
      const el = await share(tiny([{ id: 'a', name: 'Quận A', actual: 1, target: 1 }]));
      await statusOf(el, 'empty');
      expect(textOf(el)).to.include('Chưa có dữ liệu');
      await expect(el).to.be.accessible();
    });

    it('names an unknown unit or period', async () => {
      const el = await share(sample(), { unit: 'khong-co' });
      await statusOf(el, 'error');
      expect(textOf(el)).to.include('Không tìm thấy đơn vị "khong-co"');
      await expect(el).to.be.accessible();
      const p = await share(sample(), { unit: 'hoang-mai', period: '1999' });
      await statusOf(p, 'error');
      expect(textOf(p)).to.include('Không tìm thấy kỳ "1999"');
    });

    it('reserves its height while loading', async () => {
      const f = fakeFetch(() => new Promise<Response>(() => {}));
      try {
        const el = await fixture<TiendoStrongShare>(html`<tiendo-strong-share src="/never.json"></tiendo-strong-share>`);
        await statusOf(el, 'loading');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
        await expect(el).to.be.accessible();
      } finally {
        f.restore();
      }
    });

    it('keeps long Vietnamese names inside 280px', async () => {
      const d = rated();
      d.units![1]!.name = LONG_NAMES[1]!;
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><tiendo-strong-share unit="a" .data=${d}></tiendo-strong-share></div>`);
      const el = wrap.querySelector('tiendo-strong-share')!;
      await el.updateComplete;
      await frames();
      expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(280);
      await expect(el).to.be.accessible();
    });
  });

  describe('700 units', () => {
    it('sums the ratings of 700 units below the parent as a ratio of sums', async () => {
      const d = many(700);
      d.qualityRatings = d.units!.slice(1).flatMap((u, i) => [
        { unit: u.id, period: '2017', sector: 'state', evaluated: 10, strong: 9 + (i % 2) },
        { unit: u.id, period: '2017', sector: 'non-state', evaluated: 4, strong: 2 },
      ]);
      const el = await share(d, { unit: 'root' });
      // (350 × 9 + 349 × 10) / 6990 = 95,0%; 1400 / 2800 = 50% is enough for “≥ 50%”.
      expect(verdicts(el)).to.deep.equal(['Đạt: 95,0%, trên mức 90%', 'Đạt: 50,0%, từ mức 50% trở lên']);
      await expect(el).to.be.accessible();
    });
  });

  describe('light-DOM table', () => {
    it('reads a ratings table (Khu vực, Được đánh giá, Vững mạnh)', async () => {
      const el = await fixture<TiendoStrongShare>(html`<tiendo-strong-share unit="hoang-mai" period="2018">
        <table>
          <caption>Quận Hoàng Mai</caption>
          <tr><th>Khu vực</th><th>Được đánh giá</th><th>Vững mạnh</th></tr>
          <tr><td>Nhà nước</td><td>50</td><td>46</td></tr>
          <tr><td>Ngoài nhà nước</td><td>40</td><td>18</td></tr>
        </table>
      </tiendo-strong-share>`);
      await statusOf(el, 'ready');
      expect(el.dataOrigin).to.equal('table');
      expect(verdicts(el)).to.deep.equal(['Đạt: 92,0%, trên mức 90%', 'Không đạt: 45,0%, dưới mức 50%']);
      await expect(el).to.be.accessible();
    });
  });

  describe('security', () => {
    it(`renders ${XSS_PAYLOADS.length} XSS payloads in every text field as inert text`, async () => {
      await expectInert(
        async (p) => share(poisoned(p), { unit: 'a' }),
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

describe('<tiendo-strong-share> side by side', () => {
  for (const width of [560, 768]) {
    it(`${width} px: both halves keep their bars on one line when one heading wraps; no figure breaks`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><tiendo-strong-share .data=${sample()} unit="hoang-mai" period="2018" locale="vi"></tiendo-strong-share></div>`);
      const el = wrap.firstElementChild as TiendoStrongShare;
      await statusOf(el, 'ready');
      const [a, b] = [...el.shadowRoot!.querySelectorAll('[part="sector"]')];
      // Lengthen the right heading so that it wraps, as a longer sector name or a narrower column does.
      b!.querySelector('.label')!.textContent = 'Khu vực ngoài nhà nước và doanh nghiệp có vốn đầu tư nước ngoài*';
      await frames();
      const top = (s: Element, sel: string) => s.querySelector(sel)!.getBoundingClientRect().top;
      expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
      expect(Math.abs(top(a!, '[part="bar"]') - top(b!, '[part="bar"]'))).to.be.below(1);
      expect(Math.abs(top(a!, '[part="verdict"]') - top(b!, '[part="verdict"]'))).to.be.below(1);
      for (const n of el.shadowRoot!.querySelectorAll('.num')) {
        const range = document.createRange();
        range.selectNodeContents(n);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, `${n.textContent} on one line`).to.equal(1);
      }
    });
  }
});

describe('<tiendo-strong-share> geometry without a style attribute (strict style-src)', () => {
  /** No inline style anywhere; each sector's fill ends at its share, the threshold mark at the threshold. */
  function expectBars(el: TiendoStrongShare, want: Record<string, { share: number; threshold: number | null }>): void {
    expect(inlineStyled(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    for (const w of svgWidths(el)) expect(w).to.match(PLAIN_PERCENT);
    for (const [id, { share: x, threshold }] of Object.entries(want)) {
      const s = sector(el, id)!;
      const bar = s.querySelector('[part="bar"]')!;
      const fill = along(bar, s.querySelector('[part="fill"]')!);
      expect(fill.start, `${id}: fill start`).to.be.closeTo(0, 0.005);
      expect(fill.end, `${id}: fill width ÷ track width`).to.be.closeTo(x, 0.005);
      expect(s.querySelector('[part="fill"]')!.getBoundingClientRect().height).to.be.closeTo(bar.getBoundingClientRect().height, 0.5);
      const marker = s.querySelector('[part="threshold-marker"]');
      if (threshold === null) {
        expect(marker, `${id}: no threshold mark`).to.equal(null);
        continue;
      }
      expect(along(bar, marker!).centre, `${id}: threshold mark`).to.be.closeTo(threshold, 0.005);
      expect(marker!.getBoundingClientRect().height, 'the mark stands out of the bar').to.be.greaterThan(bar.getBoundingClientRect().height);
    }
  }

  it('with the default thresholds: 92% against 90%, 45% against 50%', async () => {
    const el = await share(rated(), { unit: 'a' });
    await statusOf(el, 'ready');
    expectBars(el, { state: { share: 0.92, threshold: 0.9 }, 'non-state': { share: 0.45, threshold: 0.5 } });
  });

  it('with the dataset thresholds and printed shares (Hoàng Mai 2018, Quảng Trị)', async () => {
    const hm = await share(sample(), { unit: 'hoang-mai', period: '2018' });
    const shares = [...hm.shadowRoot!.querySelectorAll('[part="share"]')].map((x) => Number(x.textContent!.match(/[\d,]+%/)![0].replace(',', '.').replace('%', '')) / 100);
    expectBars(hm, { state: { share: shares[0]!, threshold: 0.9 }, 'non-state': { share: shares[1]!, threshold: 0.5 } });
    const qt = await share(sample(), { unit: 'quang-tri' });
    expectBars(qt, { state: { share: 0.9, threshold: 0.9 }, 'non-state': { share: 0.65, threshold: 0.5 } });
  });

  it('right to left: the fill and the threshold mark count from the right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><tiendo-strong-share .data=${rated()} unit="a" locale="vi"></tiendo-strong-share></div>`);
    const el = wrap.firstElementChild as TiendoStrongShare;
    await statusOf(el, 'ready');
    const s = sector(el, 'state')!;
    expect(s.querySelector('[part="fill"]')!.getBoundingClientRect().right).to.be.closeTo(s.querySelector('[part="bar"]')!.getBoundingClientRect().right, 0.5);
    expectBars(el, { state: { share: 0.92, threshold: 0.9 }, 'non-state': { share: 0.45, threshold: 0.5 } });
  });
});
