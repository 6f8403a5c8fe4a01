import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DatasetInput } from '@tiendo/sdk';
import type { TiendoProgress } from './progress.js';
import { fakeFetch, sample, statusOf, textOf, tiny, XSS_PAYLOADS } from '../test-helpers/fixtures.js';
import { along as alongTrack, geometrySvgs, inlineStyled, PLAIN_PERCENT, svgWidths } from '../test-helpers/geometry.js';

/** Where `box` lies along the progress bar of `el`. */
const along = (el: Element, box: Element) => alongTrack(el.shadowRoot!.querySelector('[part="bar"]')!, box);

async function progress(data: DatasetInput, attrs: { unit?: string; metric?: string; period?: string; locale?: string; compact?: boolean } = {}): Promise<TiendoProgress> {
  const el = await fixture<TiendoProgress>(html`<tiendo-progress
    .data=${data}
    unit=${attrs.unit ?? ''}
    metric=${attrs.metric ?? ''}
    period=${attrs.period ?? ''}
    locale=${attrs.locale ?? 'vi'}
    ?compact=${attrs.compact ?? false}
  ></tiendo-progress>`);
  await el.updateComplete;
  return el;
}

describe('<tiendo-progress>', () => {
  describe('ready', () => {
    it('shows Hoàng Mai 27/22 CĐCS, 122,7% and “vượt chỉ tiêu” in words', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' });
      await statusOf(el, 'ready');
      const text = textOf(el);
      expect(text).to.include('27/22');
      expect(text).to.include('122,7%');
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('vượt chỉ tiêu');
      expect(el.summary).to.equal('Quận Hoàng Mai thành lập 27/22 CĐCS, đạt 122,7% kế hoạch, vượt chỉ tiêu.');
    });

    it('is a progressbar with its values and a summary as accessible name', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'members', period: '2017' });
      const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('1438');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuetext')).to.include('102,7%');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.include('Quận Hoàng Mai kết nạp 1.438/1.400 đoàn viên');
      await expect(el).to.be.accessible();
    });

    it('draws the part over 100% as an overflow with the target marked', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' });
      expect(el.shadowRoot!.querySelector('[part="overflow"]') !== null).to.equal(true);
      const marker = el.shadowRoot!.querySelector('[part="target-marker"]')!;
      // 100% of a scale that ends at 27/22 = 122,7%: the marker stands at 22/27 of the width.
      expect(along(el, marker).centre).to.be.closeTo(22 / 27, 0.005);
    });

    it('marks where a steady pace would be when the figure is dated inside its period', async () => {
      const el = await progress(sample(), { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021' });
      const marker = el.shadowRoot!.querySelector('[part="expected-marker"]')!;
      expect(marker !== null).to.equal(true);
      expect(along(el, marker).centre).to.be.closeTo(181 / 365, 0.005);
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('vượt tiến độ');
    });

    it('notes a printed percent that disagrees: “Báo cáo ghi 87,5%; tính lại: 77,8%”', async () => {
      const el = await progress(sample(), { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021' });
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal('Báo cáo ghi 87,5%; tính lại: 77,8%.');
      expect(textOf(el)).to.include('77,8%');
      expect(textOf(el)).not.to.include(' 87,5% ');
    });

    it('needs no note for a truncated print (122% for 122,7%)', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' });
      expect(el.shadowRoot!.querySelector('[part="note"]') === null).to.equal(true);
    });

    it('speaks English with locale="en"', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'members', period: '2017', locale: 'en' });
      expect(textOf(el)).to.include('1,438/1,400');
      expect(textOf(el)).to.include('102.7%');
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('target exceeded');
    });

    it('marks illustrative figures and says so in the footer', async () => {
      const el = await progress(sample(), { unit: 'ba-dinh', metric: 'members', period: '2017' });
      expect(el.shadowRoot!.querySelector('[part="illustrative"]')!.textContent).to.include('minh họa');
      const real = await progress(sample(), { unit: 'hoang-mai', metric: 'members', period: '2017' });
      expect(real.shadowRoot!.querySelector('[part="illustrative"]') === null).to.equal(true);
      expect(real.shadowRoot!.querySelector('[part="source"]')!.textContent).to.include('Hoàng Mai');
    });

    it('saves the CSV of its figures when the reader presses download', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'members', period: '2017' });
      const saved: { name: string; blob: Blob }[] = [];
      const blobs = new Map<string, Blob>();
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        const url = createObjectURL.call(URL, b);
        blobs.set(url, b as Blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, blob: blobs.get(this.href)! });
      };
      try {
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.click();
        await waitUntil(() => saved.length === 1, 'the CSV saved');
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(saved[0]!.name).to.equal('tien-do-progress-hoang-mai.csv');
      const text = (await saved[0]!.blob.text()).replace(/^\ufeff/, '');
      expect(text).to.equal(el.toCsv());
      expect(text.trim().split('\n').length).to.equal(2);
    });

    it('re-renders when attributes change', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' });
      el.metric = 'members';
      await el.updateComplete;
      expect(textOf(el)).to.include('1.438/1.400');
      el.unit = 'hoan-kiem';
      el.period = '2021';
      await el.updateComplete;
      expect(textOf(el)).to.include('1.548/1.400');
    });

    it('has a compact variant for running text', async () => {
      const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', compact: true });
      expect(el.shadowRoot!.querySelector('footer') === null).to.equal(true);
      expect(textOf(el)).to.include('122,7%');
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 375, 768]) {
      it(`${width} px: the compact variant is part of the sentence; figures and status stay whole, the “.” stays with them, no pace marker`, async () => {
        const p = await fixture<HTMLParagraphElement>(html`<p style=${`width:${width}px; font: 17px/1.6 sans-serif; margin: 0`}>Năm 2017, Liên đoàn Lao động quận Hoàng Mai thành lập 27 công đoàn cơ sở, vượt kế hoạch 22 được giao: <tiendo-progress compact .data=${sample()} unit="hoang-mai" metric="members" period="2017"></tiendo-progress>.</p>`);
        const el = p.querySelector('tiendo-progress')!;
        await statusOf(el, 'ready');
        await document.fonts.ready;
        expect(getComputedStyle(el).display).to.equal('inline');
        const top = (r: DOMRect) => Math.round(r.top + r.height / 2);
        const lines = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map(top));
        };
        for (const sel of ['.value', '.pct', '[part="status"]']) expect(lines(el.shadowRoot!.querySelector(sel)!).size, `${sel} on one line`).to.equal(1);
        // The element starts on the line where the sentence leads up to it (it does not drop onto a line of its own).
        const before = document.createRange();
        before.setStart(p.firstChild!, p.firstChild!.textContent!.length - 8);
        before.setEnd(p.firstChild!, p.firstChild!.textContent!.length - 1);
        const bar = el.shadowRoot!.querySelector('[part="bar"]')!.getBoundingClientRect();
        expect(Math.abs(top(before.getBoundingClientRect()) - top(bar))).to.be.below(12);
        // The full stop is on the status's line.
        const stop = document.createRange();
        stop.selectNodeContents(p.lastChild!);
        const status = el.shadowRoot!.querySelector('[part="status"]')!.getBoundingClientRect();
        expect(Math.abs(top(stop.getBoundingClientRect()) - top(status))).to.be.below(12);
        expect(el.shadowRoot!.querySelector('[part="expected-marker"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('draws exactly 100% as reached (“hoàn thành chỉ tiêu”, the target marked), not as 80%', async () => {
      const full = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 10, target: 10 }]), { unit: 'a' });
      expect(full.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('hoàn thành chỉ tiêu');
      expect(full.shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-status')).to.equal('met');
      expect(full.shadowRoot!.querySelector('[part="fill"]')!.classList.contains('over')).to.equal(true);
      expect(full.shadowRoot!.querySelector('[part="target-marker"]') !== null).to.equal(true);
      await expect(full).to.be.accessible();
      const part = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 8, target: 10 }]), { unit: 'a' });
      expect(part.shadowRoot!.querySelector('[part="fill"]')!.classList.contains('over')).to.equal(false);
      const look = (e: Element) => getComputedStyle(e.shadowRoot!.querySelector('[part="status"]')!).backgroundColor;
      expect(look(full)).not.to.equal(look(part));
    });
  });

  describe('states', () => {
    it('says “chưa có chỉ tiêu” without a target and draws no bar', async () => {
      const el = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: null }]), { unit: 'a' });
      expect(el.shadowRoot!.querySelector('[role="progressbar"]') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('chưa có chỉ tiêu');
      await expect(el).to.be.accessible();
    });

    it('is empty in words when the unit has no figure', async () => {
      const el = await progress(tiny([{ id: 'a', name: 'Quận A', actual: null, target: 10 }]), { unit: 'a' });
      await statusOf(el, 'empty');
      expect(textOf(el)).to.include('Chưa có dữ liệu');
      await expect(el).to.be.accessible();
    });

    it('shows invalid data as an error with the path, and fires tiendo-error', async () => {
      const bad = sample();
      (bad.targets![3] as { value: number }).value = -5;
      const el = document.createElement('tiendo-progress');
      const fired = oneEvent(el, 'tiendo-error');
      el.data = bad;
      document.body.append(el);
      const ev = await fired;
      expect(ev.detail.code).to.equal('invalid-data');
      await el.updateComplete;
      expect(textOf(el)).to.include('targets[3].value');
      expect(textOf(el)).to.include('cần một số ≥ 0, nhận được -5');
      // The reader sees a plain sentence; the paths are behind a closed disclosure for the producer.
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      const details = box.querySelector<HTMLDetailsElement>('details[part="error-details"]')!;
      expect(details.open).to.equal(false);
      expect(details.textContent).to.include('targets[3].value');
      expect(box.querySelector('strong')!.textContent).to.equal('Dữ liệu có lỗi, chưa thể hiển thị.');
      expect(box.innerText).not.to.include('targets[3]');
      expect(ev.detail.issues!.some((i: { path: string }) => i.path === 'targets[3].value')).to.equal(true);
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(box.innerText).to.include('targets[3].value');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('names an unknown unit', async () => {
      const el = await progress(sample(), { unit: 'khong-co' });
      await statusOf(el, 'error');
      expect(textOf(el)).to.include('Không tìm thấy đơn vị "khong-co"');
    });

    it('reserves its height while loading', async () => {
      const f = fakeFetch(() => new Promise<Response>(() => {}));
      try {
        const el = await fixture<TiendoProgress>(html`<tiendo-progress src="/never.json" unit="hoang-mai"></tiendo-progress>`);
        await statusOf(el, 'loading');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
      } finally {
        f.restore();
      }
    });
  });

  describe('light-DOM table', () => {
    it('reads a plain table and notes a printed percent that disagrees', async () => {
      const el = await fixture<TiendoProgress>(html`<tiendo-progress unit="hoan-kiem" metric="grassroots-unions" period="2021">
        <table>
          <tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th><th>Tỉ lệ đạt</th></tr>
          <tr data-unit="hoan-kiem"><td>Quận Hoàn Kiếm</td><td>27</td><td>21</td><td>87,5%</td></tr>
        </table>
      </tiendo-progress>`);
      await statusOf(el, 'ready');
      expect(el.dataOrigin).to.equal('table');
      expect(textOf(el)).to.include('21/27');
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal('Báo cáo ghi 87,5%; tính lại: 77,8%.');
      await expect(el).to.be.accessible();
    });
  });

  describe('security', () => {
    it('renders every XSS payload in names, sources and notes as inert text', async () => {
      (window as { __xss?: number }).__xss = 0;
      for (const payload of XSS_PAYLOADS) {
        const d = tiny([{ id: 'a', name: payload, actual: 21, target: 27, printed: payload }], { title: payload });
        d.actuals![0]!.source = { name: payload, url: 'javascript:window.__xss=1' as string };
        const el = await progress(d, { unit: 'a' });
        // A javascript: URL is refused by the schema, so the data is rejected, not rendered.
        expect(el.shadowRoot!.querySelector('[part="error"]') !== null).to.equal(true);
        d.actuals![0]!.source = { name: payload };
        el.data = structuredClone(d);
        await el.updateComplete;
        expect(textOf(el)).to.include(payload.replace(/\s+/g, ' ').trim().slice(0, 20));
        // The only <svg>s are the bar's own empty geometry boxes.
        expect(el.shadowRoot!.querySelectorAll('img, script, svg, iframe, object, embed, input, select, video, details, marquee, form, math, template, base, link, meta, style:not([data-lit])').length - geometrySvgs(el), payload).to.equal(0);
        el.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __xss?: number }).__xss).to.equal(0);
    });
  });
});

describe('<tiendo-progress> geometry without a style attribute (strict style-src)', () => {
  const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

  /** No inline style anywhere, sizes as plain percentages, and each box where the figures put it. */
  function expectBar(el: TiendoProgress, want: { fill: number; overflow?: [number, number]; target?: number; expected?: number }): void {
    expect(inlineStyled(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    for (const w of svgWidths(el)) expect(w).to.match(PLAIN_PERCENT);
    const fill = along(el, part(el, 'fill')!);
    expect(fill.start, 'fill starts at the bar\'s start').to.be.closeTo(0, 0.005);
    expect(fill.end - fill.start, 'fill width ÷ track width').to.be.closeTo(want.fill, 0.005);
    // The fill has the track's height (an outer <svg> without a height would be 150 px).
    expect(part(el, 'fill')!.getBoundingClientRect().height).to.be.closeTo(part(el, 'bar')!.getBoundingClientRect().height, 0.5);
    const overflow = part(el, 'overflow');
    if (want.overflow) {
      const o = along(el, overflow!);
      expect(o.start, 'overflow start').to.be.closeTo(want.overflow[0], 0.005);
      expect(o.end, 'overflow end').to.be.closeTo(want.overflow[1], 0.005);
      expect(overflow!.getBoundingClientRect().height).to.be.closeTo(part(el, 'bar')!.getBoundingClientRect().height, 0.5);
    } else expect(overflow).to.equal(null);
    const target = part(el, 'target-marker');
    if (want.target !== undefined) {
      expect(along(el, target!).centre, 'target marker centre').to.be.closeTo(want.target, 0.005);
      // It stands out of the bar above and below, as before.
      expect(target!.getBoundingClientRect().height).to.be.greaterThan(part(el, 'bar')!.getBoundingClientRect().height);
    } else expect(target).to.equal(null);
    const expected = part(el, 'expected-marker');
    if (want.expected !== undefined) expect(along(el, expected!).centre, 'expected marker centre').to.be.closeTo(want.expected, 0.005);
    else expect(expected).to.equal(null);
  }

  it('over target with a pace (Hoàng Mai 27/22 by 31 Oct 2017): fill to 100% at 22/27, overflow to the end, both marks', async () => {
    const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017' });
    await statusOf(el, 'ready');
    const scale = 27 / 22;
    expectBar(el, { fill: 1 / scale, overflow: [1 / scale, 1], target: 1 / scale, expected: 304 / 365 / scale });
    expect(part(el, 'bar')!.getAttribute('role')).to.equal('progressbar');
  });

  it('under target with a pace (Hoàn Kiếm 21/27 by 30 Jun 2021): fill at the attainment, the pace mark at 181/365', async () => {
    const el = await progress(sample(), { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021' });
    expectBar(el, { fill: 21 / 27, expected: 181 / 365 });
  });

  it('exactly at target: a full fill and the 100% mark at the end', async () => {
    const el = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 20, target: 20 }]), { unit: 'a' });
    expectBar(el, { fill: 1, target: 1 });
  });

  it('past the 250% cap (60/20): the bar ends at 250%, the target at 40%', async () => {
    const el = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 60, target: 20 }]), { unit: 'a' });
    expectBar(el, { fill: 0.4, overflow: [0.4, 1], target: 0.4 });
  });

  it('compact, over target: the same geometry in a bar a few letters wide, no pace mark', async () => {
    const el = await progress(sample(), { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', compact: true });
    expectBar(el, { fill: 22 / 27, overflow: [22 / 27, 1], target: 22 / 27 });
  });

  it('right to left: the fill and the marks count from the right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><tiendo-progress .data=${sample()} unit="hoang-mai" metric="grassroots-unions" period="2017" locale="vi"></tiendo-progress></div>`);
    const el = wrap.firstElementChild as TiendoProgress;
    await statusOf(el, 'ready');
    const track = part(el, 'bar')!.getBoundingClientRect();
    expect(part(el, 'fill')!.getBoundingClientRect().right).to.be.closeTo(track.right, 0.5);
    const scale = 27 / 22;
    expectBar(el, { fill: 1 / scale, overflow: [1 / scale, 1], target: 1 / scale, expected: 304 / 365 / scale });
  });

  it('keeps its geometry after new data (attribute bindings update, still no style)', async () => {
    const el = await progress(tiny([{ id: 'a', name: 'Quận A', actual: 5, target: 20 }]), { unit: 'a' });
    expectBar(el, { fill: 0.25 });
    el.data = tiny([{ id: 'a', name: 'Quận A', actual: 30, target: 20 }]);
    await waitUntil(() => part(el, 'overflow'), 'the new figures drawn');
    expectBar(el, { fill: 1 / 1.5, overflow: [1 / 1.5, 1], target: 1 / 1.5 });
  });
});
