import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { STATUS_TEXT, type DatasetInput } from '@tiendo/sdk';
import type { TiendoRanking } from './ranking.js';
import { expectInert, fakeFetch, frames, injectedCount, LONG_NAMES, many, poisoned, sample, statusOf, textOf, tiny, XSS_PAYLOADS } from '../test-helpers/fixtures.js';
import { along, geometrySvgs, inlineStyled, PLAIN_PERCENT, svgWidths } from '../test-helpers/geometry.js';

interface Attrs { parent?: string; metric?: string; period?: string; locale?: string; top?: number; highlight?: string; sort?: string; units?: string }

async function ranking(data: DatasetInput, a: Attrs = {}): Promise<TiendoRanking> {
  const el = await fixture<TiendoRanking>(html`<tiendo-ranking
    .data=${data}
    parent=${a.parent ?? ''}
    metric=${a.metric ?? ''}
    period=${a.period ?? ''}
    locale=${a.locale ?? 'vi'}
    top=${a.top ?? 0}
    highlight=${a.highlight ?? ''}
    sort=${a.sort ?? 'attainment'}
  ></tiendo-ranking>`);
  if (a.units) el.setAttribute('units', a.units);
  await el.updateComplete;
  return el;
}

const rows = (el: TiendoRanking) => [...el.shadowRoot!.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
const rowOf = (el: TiendoRanking, unit: string) => rows(el).find((r) => r.dataset['unit'] === unit);
const cellText = (r: HTMLTableRowElement | undefined, i: number) => (r?.cells[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
const q = (el: TiendoRanking, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

/** The browser idle until the element has laid out its skipped rows (a hundred each time), and a frame drawn. */
const idle = async (el: Element) => {
  for (let i = 0; i < 20 && !el.hasAttribute('data-laid-out'); i++) await new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 }));
  await frames();
};

describe('<tiendo-ranking>', () => {
  describe('ready', () => {
    it('ranks the districts of Hà Nội by attainment with competition ranks and ties in words', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017' });
      await statusOf(el, 'ready');
      expect(rows(el).length).to.equal(30);
      expect(cellText(rows(el)[0], 1)).to.equal('Quận Hoàng Mai');
      expect(cellText(rowOf(el, 'cau-giay'), 0)).to.equal('2 đồng hạng');
      expect(cellText(rowOf(el, 'thanh-xuan'), 0)).to.equal('2 đồng hạng');
      expect(cellText(rowOf(el, 'bac-tu-liem'), 0)).to.equal('4');
      expect(cellText(rowOf(el, 'cau-giay'), 1)).to.equal('Quận Cầu Giấy*');
      expect(cellText(rowOf(el, 'cau-giay'), 2)).to.equal('24/20');
      expect(cellText(rowOf(el, 'cau-giay'), 3)).to.include('120,0%');
      await expect(el).to.be.accessible();
    });

    it('is a real table whose caption is the summary sentence and its accessible name', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', highlight: 'thanh-xuan' });
      const caption = q(el, 'table > caption')!.textContent!.trim();
      expect(caption).to.equal(el.summary);
      expect(el.summary).to.equal('Xếp hạng 30 đơn vị thuộc Thành phố Hà Nội theo tỉ lệ hoàn thành kế hoạch thành lập CĐCS năm 2017: Quận Hoàng Mai dẫn đầu (122,7%), 11/30 đơn vị đạt chỉ tiêu, Quận Thanh Xuân xếp thứ 2 (đồng hạng).');
      expect(q(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal('caption');
      expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]').length).to.equal(4);
      expect(el.shadowRoot!.querySelectorAll('tbody th[scope="row"]').length).to.equal(30);
    });

    it('draws a bar per row with the 100% line at the same place', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017' });
      const lines = [...el.shadowRoot!.querySelectorAll('[part="target-line"]')].map((l) => along(l.closest('[part="bar"]')!, l).centre);
      expect(lines.length).to.equal(30);
      for (const x of lines) expect(x).to.be.closeTo(22 / 27, 0.005);
      // Over target: the whole bar reaches the end; under: stops before the line.
      const top = rowOf(el, 'hoang-mai')!;
      expect(along(top.querySelector('[part="bar"]')!, top.querySelector('[part="fill"]')!).end).to.be.closeTo(1, 0.005);
      expect(rowOf(el, 'hoang-mai')!.querySelector('.over') !== null).to.equal(true);
      expect(rowOf(el, 'dong-da')!.querySelector('.over') === null).to.equal(true);
    });

    it('gives every row its status in words; exactly 100% reads “hoàn thành chỉ tiêu” and is drawn as reached', async () => {
      const el = await ranking(tiny([
        { id: 'a', name: 'Quận A', actual: 12, target: 10 },
        { id: 'b', name: 'Quận B', actual: 10, target: 10 },
        { id: 'c', name: 'Quận C', actual: 8, target: 10 },
        { id: 'd', name: 'Quận D', actual: 5, target: null },
      ]), {});
      await statusOf(el, 'ready');
      const word = (u: string) => rowOf(el, u)!.querySelector('[part="status"]')?.textContent?.trim() ?? null;
      expect([word('a'), word('b'), word('c'), word('d')]).to.deep.equal(['vượt chỉ tiêu', 'hoàn thành chỉ tiêu', 'chưa đạt chỉ tiêu', null]);
      expect(cellText(rowOf(el, 'b'), 3)).to.equal('100,0% hoàn thành chỉ tiêu');
      // 100% is drawn as the target reached (as over 100%), not as 80%.
      expect(rowOf(el, 'b')!.querySelector('.bar-fill.over') !== null).to.equal(true);
      expect(rowOf(el, 'c')!.querySelector('.bar-fill.over') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the top 5 with a “Xem tất cả (30)” / “Thu gọn” toggle and aria-expanded', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', top: 5 });
      expect(rows(el).length).to.equal(5);
      const toggle = q(el, '[part="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Xem tất cả (30)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('table');
      expect(el.toCsv().trim().split('\n').length).to.equal(1 + 5);
      toggle.click();
      await el.updateComplete;
      expect(rows(el).length).to.equal(30);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Thu gọn');
      expect(el.toCsv().trim().split('\n').length).to.equal(1 + 30);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(rows(el).length).to.equal(5);
    });

    it('marks the highlighted unit and shows it even outside the top N', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'members', period: '2017', top: 5, highlight: 'hoang-mai' });
      expect(rows(el).length).to.equal(6);
      const hl = rowOf(el, 'hoang-mai')!;
      expect(hl.getAttribute('aria-current')).to.equal('true');
      expect(hl.getAttribute('part')).to.equal('row row-highlight');
      expect(cellText(hl, 0)).to.equal('9');
      expect(el.shadowRoot!.querySelectorAll('[aria-current]').length).to.equal(1);
      expect(el.summary).to.include('Quận Hoàng Mai xếp thứ 9');
      const csvUnits = el.toCsv().trim().split('\n').slice(1).map((l) => l.split(',')[0]);
      expect(csvUnits).to.include('hoang-mai');
      expect(csvUnits.length).to.equal(6);
    });

    it('switches metric with a real <select> when the dataset has several', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', period: '2017' });
      const select = q(el, 'select[part="metric-switch"]') as HTMLSelectElement;
      expect(select.options.length).to.equal(2);
      expect(select.closest('label') !== null).to.equal(true);
      select.value = 'members';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.metric).to.equal('members');
      expect(cellText(rows(el)[0], 1)).to.equal('Quận Tây Hồ*');
      expect(textOf(el)).to.include('kết nạp đoàn viên');
      const one = await ranking(tiny([{ id: 'a', name: 'A', actual: 1, target: 2 }]));
      expect(one.shadowRoot!.querySelectorAll('select').length).to.equal(0);
    });

    it('sorts by actual or attainment from the attribute and from header buttons with aria-sort', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', sort: 'actual' });
      const th = (key: string) => q(el, `button[data-sort="${key}"]`)!.closest('th')!;
      expect(th('actual').getAttribute('aria-sort')).to.equal('descending');
      expect(th('attainment').getAttribute('aria-sort')).to.equal('none');
      expect(cellText(rows(el)[0], 1)).to.equal('Quận Đống Đa*');
      expect(el.summary).to.include('theo kết quả thành lập CĐCS');
      q(el, 'button[data-sort="actual"]')!.click();
      await el.updateComplete;
      expect(th('actual').getAttribute('aria-sort')).to.equal('ascending');
      expect(cellText(rows(el)[29], 0)).to.equal('1');
      q(el, 'button[data-sort="attainment"]')!.click();
      await el.updateComplete;
      expect(el.sort).to.equal('attainment');
      expect(th('attainment').getAttribute('aria-sort')).to.equal('descending');
      expect(cellText(rows(el)[0], 1)).to.equal('Quận Hoàng Mai');
      await expect(el).to.be.accessible();
    });

    it('is usable by keyboard: sort buttons, toggle and select are in the tab order', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', period: '2017', top: 3 });
      const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select')].filter((b) => b.tabIndex >= 0);
      expect(focusable.map((b) => b.getAttribute('part'))).to.include.members(['metric-switch', 'sort-button', 'toggle', 'download']);
      const toggle = q(el, '[part="toggle"]')!;
      toggle.focus();
      expect(el.shadowRoot!.activeElement === toggle).to.equal(true);
    });

    it('ranks a set of units given by `units`', async () => {
      const el = await ranking(sample(), { units: 'hoang-mai, cau-giay thanh-xuan', metric: 'grassroots-unions', period: '2017' });
      expect(rows(el).map((r) => r.dataset['unit'])).to.deep.equal(['hoang-mai', 'cau-giay', 'thanh-xuan']);
      expect(el.summary).to.match(/^Xếp hạng 3 đơn vị theo/);
    });

    it('notes a printed percent that disagrees (Hoàn Kiếm 2021: 87,5% printed, 77,8% computed)', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2021' });
      expect(rowOf(el, 'hoan-kiem')!.querySelector('[part="note"]')!.textContent).to.equal('Báo cáo ghi 87,5%; tính lại: 77,8%.');
      expect(el.shadowRoot!.querySelectorAll('[part="note"]').length).to.equal(1);
    });

    it('speaks English with locale="en" (“tied”, “Show all”)', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', locale: 'en', top: 3 });
      expect(cellText(rowOf(el, 'cau-giay'), 0)).to.equal('2 tied');
      expect(q(el, '[part="toggle"]')!.textContent!.trim()).to.equal('Show all (30)');
      expect(el.summary).to.match(/^30 units of Thành phố Hà Nội ranked by attainment/);
      expect(textOf(el)).to.include('120.0%');
    });

    it('re-renders on attribute and property changes', async () => {
      const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017' });
      el.setAttribute('period', '2021');
      await el.updateComplete;
      expect(cellText(rows(el)[0], 1)).to.equal('Quận Hoàn Kiếm');
      el.setAttribute('top', '2');
      await el.updateComplete;
      expect(rows(el).length).to.equal(2);
      el.data = tiny([{ id: 'x', name: 'Quận X', actual: 3, target: 2 }]);
      el.removeAttribute('parent');
      el.removeAttribute('metric');
      el.removeAttribute('period');
      await el.updateComplete;
      await statusOf(el, 'ready');
      expect(rows(el).length).to.equal(1);
      el.locale = 'en';
      await el.updateComplete;
      expect(q(el, 'thead th')!.textContent!.trim()).to.equal('Rank');
    });
  });

  describe('states', () => {
    it('puts units without a target last, unranked, saying “chưa có chỉ tiêu”', async () => {
      const el = await ranking(tiny([
        { id: 'a', name: 'Quận A', actual: 5, target: null },
        { id: 'b', name: 'Quận B', actual: 9, target: 10 },
      ]));
      expect(rows(el).map((r) => r.dataset['unit'])).to.deep.equal(['b', 'a']);
      expect(cellText(rowOf(el, 'a'), 0)).to.equal('–');
      expect(cellText(rowOf(el, 'a'), 3)).to.equal('chưa có chỉ tiêu');
      expect(rowOf(el, 'a')!.querySelectorAll('[part="bar"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('is empty in words when no unit has a figure', async () => {
      const el = await ranking(tiny([{ id: 'a', name: 'Quận A', actual: null, target: 10 }]));
      await statusOf(el, 'empty');
      expect(textOf(el)).to.include('Chưa có dữ liệu');
      await expect(el).to.be.accessible();
    });

    it('names an unknown parent in the error state', async () => {
      const el = await ranking(sample(), { parent: 'khong-co' });
      await statusOf(el, 'error');
      expect(textOf(el)).to.include('Không tìm thấy đơn vị "khong-co"');
      await expect(el).to.be.accessible();
    });

    it('reserves its height from `top` while loading, else from `reserve`', async () => {
      const f = fakeFetch(() => new Promise<Response>(() => {}));
      try {
        const el = await fixture<TiendoRanking>(html`<tiendo-ranking src="/never.json" top="10"></tiendo-ranking>`);
        await statusOf(el, 'loading');
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        expect(el.getBoundingClientRect().height).to.be.closeTo((el.getBoundingClientRect().width > 36 * rem ? 10 * 3.14 + 16.2 : 10 * 4.59 + 18.4) * rem, 2);
        await expect(el).to.be.accessible();
        const other = await fixture<TiendoRanking>(html`<tiendo-ranking src="/never.json" reserve="300px"></tiendo-ranking>`);
        await statusOf(other, 'loading');
        expect(other.getBoundingClientRect().height).to.equal(300);
      } finally {
        f.restore();
      }
    });

    it('keeps long Vietnamese names inside the widget at 280px', async () => {
      const d = tiny(LONG_NAMES.map((name, i) => ({ id: `l${i}`, name, actual: 10 + i, target: 12 })));
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><tiendo-ranking .data=${d}></tiendo-ranking></div>`);
      const el = wrap.querySelector('tiendo-ranking')!;
      await el.updateComplete;
      await frames();
      const table = q(el, 'table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(280);
      expect(table.scrollWidth).to.be.at.most(281);
      expect(textOf(el)).to.include(LONG_NAMES[1]!);
      await expect(el).to.be.accessible();
    });

    // How fast is `pnpm bench`'s to measure, not a test's.
    it('renders 700 rows, every row in the table, skipping off-screen work until the browser is idle', async () => {
      const d = many(700);
      const el = await ranking(d, { highlight: 'u350' });
      expect(rows(el).length).to.equal(700);
      // Rows and cells cannot be contained; the figure-and-bar block inside the cell is, until the browser is idle.
      const skipped = (r: Element) => getComputedStyle(r.querySelector('.cell')!).contentVisibility;
      expect(skipped(rows(el)[699]!)).to.equal('auto');
      await idle(el);
      expect(skipped(rows(el)[699]!)).to.equal('visible');
      expect(rows(el).filter((r) => r.querySelector('[part="tie"]')).length).to.be.greaterThan(100);
      expect(el.toCsv().trim().split('\n').length).to.equal(701);
    });

    it('skips whole rows from the 31st on in a narrow container, where each row is a grid, until the browser is idle', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:360px"><tiendo-ranking .data=${many(700)} highlight="u350"></tiendo-ranking></div>`);
      const el = wrap.querySelector('tiendo-ranking')!;
      await statusOf(el, 'ready');
      await el.updateComplete;
      const all = rows(el);
      const cv = (r: Element) => getComputedStyle(r).contentVisibility;
      expect(getComputedStyle(all[0]!).display).to.equal('grid');
      // The first 30 are drawn as before (on screen first anyway); the highlighted row is never skipped.
      expect(all.slice(0, 30).map(cv)).to.deep.equal(Array(30).fill('visible'));
      expect(cv(all[30]!)).to.equal('auto');
      expect(cv(all[699]!)).to.equal('auto');
      expect(cv(rowOf(el, 'u350')!)).to.equal('visible');
      // A skipped row keeps about the height of a drawn one: the table's height hardly moves once every row is laid out.
      const before = q(el, 'table')!.getBoundingClientRect().height;
      await idle(el);
      expect(cv(all[699]!)).to.equal('visible');
      const after = q(el, 'table')!.getBoundingClientRect().height;
      expect(Math.abs(after - before) / after).to.be.below(0.1);
      expect(rows(el).length).to.equal(700);
    });

    for (const width of [360, 1000]) {
      it(`gives assistive technology every row's figures once idle, far off screen too (${width} px)`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><tiendo-ranking .data=${many(700)}></tiendo-ranking></div>`);
        const el = wrap.querySelector('tiendo-ranking')!;
        await statusOf(el, 'ready');
        await idle(el);
        // The accessibility tree a screen reader reads (Chromium's, through the DevTools protocol), once the page is idle.
        type Node = { role?: string; name?: string; children?: Node[] };
        const snapshot = (await a11ySnapshot({})) as unknown as Node;
        const found: Node[] = [];
        const walk = (n: Node) => { found.push(n); n.children?.forEach(walk); };
        walk(snapshot);
        const percents = found.filter((n) => /^\d+,\d%$/.test(n.name ?? '')).length;
        const words = new Set(Object.values(STATUS_TEXT.vi));
        const statuses = found.filter((n) => words.has(n.name ?? '')).length;
        expect(percents, 'a percent per row').to.be.at.least(700);
        expect(statuses, 'a status in words per row').to.be.at.least(700);
        const last = rows(el)[699]!.querySelector('th')!.textContent!.trim();
        expect(found.some((n) => n.name === last), `the last row's name, ${last}`).to.equal(true);
      });
    }

    it('paginates above 1000 rows', async () => {
      const el = await ranking(many(1200));
      expect(rows(el).length).to.equal(500);
      const pager = q(el, '[part="pager"]')!;
      expect(pager.textContent).to.include('Trang 1/3');
      pager.querySelectorAll('button')[1]!.click();
      await el.updateComplete;
      expect(cellText(rows(el)[0], 0)).not.to.equal(cellText(rows(el)[499], 0));
      expect(pager.textContent).to.include('Trang 2/3');
      expect(el.toCsv().trim().split('\n').length).to.equal(501);
    });
  });

  describe('light-DOM table', () => {
    it('reads a plain table (what readers without JavaScript see) and replaces its view', async () => {
      const el = await fixture<TiendoRanking>(html`<tiendo-ranking metric="grassroots-unions" period="2017">
        <table>
          <caption>Thành lập CĐCS năm 2017</caption>
          <thead><tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th></tr></thead>
          <tbody>
            <tr data-unit="hoang-mai"><td>Quận Hoàng Mai</td><td>22</td><td>27</td></tr>
            <tr data-unit="cau-giay"><td>Quận Cầu Giấy</td><td>20</td><td>24</td></tr>
            <tr data-unit="thanh-xuan"><td>Quận Thanh Xuân</td><td>15</td><td>18</td></tr>
          </tbody>
        </table>
      </tiendo-ranking>`);
      await statusOf(el, 'ready');
      expect(el.dataOrigin).to.equal('table');
      expect(rows(el).length).to.equal(3);
      expect(cellText(rowOf(el, 'thanh-xuan'), 0)).to.equal('2 đồng hạng');
      expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('security', () => {
    it(`renders ${XSS_PAYLOADS.length} XSS payloads in every text field as inert text`, async () => {
      await expectInert(
        async (p) => ranking(poisoned(p, 2), { highlight: 'a' }),
        (el, p) => {
          expect(el.shadowRoot!.querySelectorAll('[part="error"]').length, p).to.equal(0);
          // The only <svg>s are the bars' own empty geometry boxes.
          expect(injectedCount(el, 1) - geometrySvgs(el), p).to.equal(0);
          expect(textOf(el)).to.include(p.replace(/\s+/g, ' ').trim().slice(0, 20));
        },
      );
    });
  });
});

describe('<tiendo-ranking> at every width', () => {
  async function at(width: number, a: Attrs = {}): Promise<TiendoRanking> {
    const wrap = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><tiendo-ranking parent="ha-noi" metric=${a.metric ?? 'members'} period="2017" top=${a.top ?? 10} highlight=${a.highlight ?? 'hoang-mai'} .data=${sample()}></tiendo-ranking></div>`);
    const el = wrap.firstElementChild as TiendoRanking;
    await statusOf(el, 'ready');
    await document.fonts.ready;
    return el;
  }
  /** True when an element's text takes one line (its box is no taller than one line box). */
  const oneLine = (e: Element) => {
    if (e.textContent!.trim()) {
      // The line boxes of its text: one distinct top.
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size === 1;
    }
    const cs = getComputedStyle(e);
    const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.45;
    return e.getBoundingClientRect().height <= line * 1.25;
  };

  for (const width of [320, 375, 480, 768, 1200]) {
    it(`${width} px: figures and header words never break, “đồng hạng” stays clear of the names`, async () => {
      const el = await at(width, width === 375 ? { metric: 'grassroots-unions', highlight: 'cau-giay' } : {});
      const figures = [...el.shadowRoot!.querySelectorAll('tbody .pct, tbody .fold, tbody td.c-actual')].filter((e) => e.getBoundingClientRect().width > 1);
      expect(figures.length).to.be.greaterThan(9);
      for (const f of figures) expect(oneLine(f), `${f.textContent} on one line`).to.equal(true);
      for (const w of el.shadowRoot!.querySelectorAll('thead .nw')) expect(oneLine(w), `header “${w.textContent}” on one line`).to.equal(true);
      for (const t of el.shadowRoot!.querySelectorAll('[part="tie"]')) {
        const name = t.closest('tr')!.querySelector('th')!.getBoundingClientRect();
        const box = t.getBoundingClientRect();
        expect(box.right <= name.left + 0.5 || box.top >= name.bottom - 0.5, 'tie word clear of the name').to.equal(true);
      }
      // Nothing sticks out of the element.
      expect(el.shadowRoot!.querySelector('table')!.scrollWidth).to.be.at.most(Math.ceil(el.getBoundingClientRect().width));
    });
  }

  it('320 px: each row is rank, then the name on one line of its own width, the figures and bar under it; still a table to assistive tech', async () => {
    const el = await at(320);
    const row = rowOf(el, 'hoang-mai')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    const name = row.querySelector('th')!.getBoundingClientRect();
    const bar = row.querySelector('[part="bar"]')!.getBoundingClientRect();
    expect(name.width).to.be.greaterThan(200);
    expect(bar.top).to.be.greaterThan(name.bottom - 1);
    // The actual/target is folded into the percent cell (drawn, hidden from assistive tech, which
    // reads it in its own cell, still there out of sight).
    const fold = row.querySelector('.fold')!;
    expect(getComputedStyle(fold, '::before').content).to.equal('"1.438/1.400"');
    expect(fold.getAttribute('aria-hidden')).to.equal('true');
    expect(row.cells[2]!.textContent).to.equal('1.438/1.400');
    expect(row.cells.length).to.equal(4);
    await expect(el).to.be.accessible();
  });
});

describe('<tiendo-ranking> geometry without a style attribute (strict style-src)', () => {
  /** The attainment of a row, read from its actual/target cell (“1.438/1.400”). */
  function attainment(r: HTMLTableRowElement): number | null {
    const [actual, target] = cellText(r, 2).split('/').map((x) => Number(x.replace(/\./g, '').replace(',', '.')));
    return target ? actual! / target : null;
  }

  /** No inline style anywhere; each bar's fill ends at its attainment on the scale, the 100% line at 1/scale. */
  function expectBars(el: TiendoRanking, scale: number): void {
    expect(inlineStyled(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    for (const w of svgWidths(el)) expect(w).to.match(PLAIN_PERCENT);
    for (const r of rows(el)) {
      const a = attainment(r);
      const bar = r.querySelector('[part="bar"]');
      if (a === null) {
        expect(bar, `${cellText(r, 1)}: no bar`).to.equal(null);
        continue;
      }
      const fill = along(bar!, r.querySelector('[part="fill"]')!);
      expect(fill.start, `${cellText(r, 1)}: fill start`).to.be.closeTo(0, 0.005);
      expect(fill.end, `${cellText(r, 1)}: fill width ÷ track width`).to.be.closeTo(Math.min(a, 2.5) / scale, 0.005);
      expect(r.querySelector('[part="fill"]')!.getBoundingClientRect().height).to.be.closeTo(bar!.getBoundingClientRect().height, 0.5);
      const line = r.querySelector('[part="target-line"]')!;
      expect(along(bar!, line).centre, `${cellText(r, 1)}: 100% line`).to.be.closeTo(1 / scale, 0.005);
      expect(line.getBoundingClientRect().height, 'the line stands out of the bar').to.be.greaterThan(bar!.getBoundingClientRect().height);
    }
  }

  const data = () => tiny([
    { id: 'a', name: 'Quận A', actual: 30, target: 20 },
    { id: 'b', name: 'Quận B', actual: 10, target: 20 },
    { id: 'c', name: 'Quận C', actual: 20, target: 20 },
    { id: 'd', name: 'Quận D', actual: 7, target: null },
  ]);

  it('over target, at, under and without a target, highlighted row too (scale 150%)', async () => {
    const el = await ranking(data(), { highlight: 'b' });
    await statusOf(el, 'ready');
    expect(rows(el).length).to.equal(4);
    expectBars(el, 1.5);
  });

  it('past the 250% cap: bars end at 250%, the line at 40%', async () => {
    const el = await ranking(tiny([
      { id: 'a', name: 'Quận A', actual: 90, target: 20 },
      { id: 'b', name: 'Quận B', actual: 10, target: 20 },
    ]), { highlight: 'a' });
    expectBars(el, 2.5);
  });

  it('Hà Nội 2017 (30 districts, scale 27/22), and again after sorting by actual (bindings update)', async () => {
    const el = await ranking(sample(), { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', highlight: 'thanh-xuan' });
    expectBars(el, 27 / 22);
    q(el, 'button[data-sort="actual"]')!.click();
    await el.updateComplete;
    expect(cellText(rows(el)[0], 1)).to.equal('Quận Đống Đa*');
    expectBars(el, 27 / 22);
  });

  it('right to left: bars and the 100% line count from the right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><tiendo-ranking .data=${data()} locale="vi"></tiendo-ranking></div>`);
    const el = wrap.firstElementChild as TiendoRanking;
    await statusOf(el, 'ready');
    const r = rowOf(el, 'b')!;
    expect(r.querySelector('[part="fill"]')!.getBoundingClientRect().right).to.be.closeTo(r.querySelector('[part="bar"]')!.getBoundingClientRect().right, 0.5);
    expectBars(el, 1.5);
  });

  it('700 rows: no inline style on any of them', async () => {
    const el = await ranking(many(700), { highlight: 'u350' });
    expect(rows(el).length).to.equal(700);
    expect(inlineStyled(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('svg[part="fill"]').length).to.equal(700);
    for (const w of svgWidths(el)) expect(w).to.match(PLAIN_PERCENT);
  });
});
