import { expect, fixture, html } from '@open-wc/testing';
import type { TiendoChart } from './chart.js';
import { vegaFormatters } from '../vega/locale.js';
import { axisLabels, chart, emptyDataset, json, sampleDataset, shadow, stubFetch, svgOf, svgTexts, until } from '../test-helpers/chart-fixtures.js';
import '@tiendo/widgets/define';

describe('<tiendo-chart> renders the sample dataset', () => {
  it('ranking: 30 Hà Nội district federations, one bar each, with a 100% rule', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', metric: 'members', period: '2017' });
    expect(el.status).to.equal('ready');
    expect(el.model!.rows.length).to.equal(30);
    expect(svgOf(el) !== null).to.equal(true);
    // The bars are the second layer (the highlight bands are rects too).
    expect(svgOf(el)!.querySelectorAll('.layer_1_marks path').length).to.equal(30);
    expect(svgTexts(el).join(' ')).to.include('Quận Hoàng Mai');
    expect(svgOf(el)!.querySelectorAll('.mark-rule line, .mark-rule path').length > 0).to.equal(true);
  });

  it('trend: Hoàng Mai members across 2017 → 2021', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'hoang-mai', metric: 'members' });
    expect(el.status).to.equal('ready');
    expect(el.model!.rows.length).to.equal(2);
    // Calendar years are written as years on the axis (“Năm 2017” stays in the table and the tooltip).
    expect(axisLabels(el)).to.include.members(['2017', '2021']);
  });

  it('share: Hà Nội 2018, both sectors against their thresholds', async () => {
    const el = await chart(sampleDataset, { kind: 'share', unit: 'ha-noi', period: '2018' });
    expect(el.status).to.equal('ready');
    expect(el.model!.rows.length).to.equal(2);
    const texts = svgTexts(el).join(' | ');
    expect(texts).to.include('92,8%');
    expect(texts).to.include('Khu vực ngoài nhà nước');
  });

  it('picks a default selection when no attribute is given', async () => {
    const el = await chart(sampleDataset, {});
    expect(el.status).to.equal('ready');
    expect(el.model!.rows.length > 0).to.equal(true);
  });

  it('fires tiendo-render with the kind and the row count', async () => {
    const events: string[] = [];
    const handler = (e: Event) => events.push(`${(e as CustomEvent).detail.kind}:${(e as CustomEvent).detail.rows}`);
    document.addEventListener('tiendo-render', handler);
    try {
      await chart(sampleDataset, { kind: 'share', unit: 'ha-noi', period: '2018' });
    } finally {
      document.removeEventListener('tiendo-render', handler);
    }
    expect(events).to.include('share:2');
  });
});

describe('<tiendo-chart> Vietnamese number formats', () => {
  // No percent axis since the newsroom pass (each bar carries its percent); the labels keep the Vietnamese format.
  it('no percent axis; bar labels use a decimal comma (102,7%)', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', metric: 'members', period: '2017' });
    expect(axisLabels(el).filter((t) => t.endsWith('%'))).to.deep.equal([]);
    expect(svgTexts(el).join(' ')).to.include('102,7%');
    expect(svgTexts(el).join(' ')).not.to.include('102.7%');
  });

  it('the Vega locale formats 1548 as 1.548 and 1,2345 as 123,5% (en: 1,548 and 123.5%)', () => {
    expect(vegaFormatters('vi').format(',')(1548)).to.equal('1.548');
    expect(vegaFormatters('vi').format(',.1%')(1.2346)).to.equal('123,5%');
    expect(vegaFormatters('vi').format(',.1f')(12345.67)).to.equal('12.345,7');
    expect(vegaFormatters('en').format(',')(1548)).to.equal('1,548');
    expect(vegaFormatters('en').format(',.1%')(1.2346)).to.equal('123.5%');
  });

  it('tooltip and table carry 1.438/1.400 and 102,7%', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'hoang-mai', metric: 'members' });
    const tips = el.model!.rows.map((r) => (r as { tip: string }).tip).join('\n');
    expect(tips).to.include('1.438/1.400');
    expect(tips).to.include('102,7%');
    const cells = [...shadow(el).querySelectorAll('table td')].map((c) => c.textContent);
    expect(cells).to.include('1.438');
    expect(cells).to.include('102,7%');
  });

  it('English: 1,438 and 102.7%', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'hoang-mai', metric: 'members', locale: 'en' });
    const cells = [...shadow(el).querySelectorAll('table td')].map((c) => c.textContent);
    expect(cells).to.include('1,438');
    expect(cells).to.include('102.7%');
  });
});

describe('<tiendo-chart> for assistive technology', () => {
  it('names the chart with the summary sentence (role img, focusable)', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', metric: 'members', period: '2017' });
    const img = shadow(el).querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal(el.model!.summary);
    expect(el.model!.summary).to.include('Xếp hạng 30 đơn vị');
    expect(img.getAttribute('tabindex')).to.equal('0');
  });

  it('keeps the data in a table: caption, header row, one row per unit', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', metric: 'members', period: '2017' });
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal(el.model!.table.caption);
    expect(table.querySelectorAll('thead th').length).to.equal(6);
    expect(table.querySelectorAll('tbody tr').length).to.equal(30);
    expect(table.querySelector('tbody th[scope="row"]') !== null).to.equal(true);
  });

  for (const kind of ['ranking', 'trend', 'share']) {
    it(`passes axe: ${kind}`, async () => {
      const el = await chart(sampleDataset, kind === 'ranking' ? { kind, metric: 'members', period: '2017' } : kind === 'trend' ? { kind, unit: 'hoang-mai', metric: 'members' } : { kind, unit: 'ha-noi', period: '2018' });
      expect(el.status).to.equal('ready');
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in the dark theme, on a dark page', async () => {
    const el = await chart(sampleDataset, { kind: 'ranking', metric: 'members', period: '2017', theme: 'dark' });
    el.parentElement!.style.setProperty('background', '#121214');
    await expect(el).to.be.accessible();
  });
});

describe('<tiendo-chart> states', () => {
  it('loading: says so in words, reserves its height, aria-busy', async () => {
    const stub = stubFetch(() => null);
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/pending-forever.json"></tiendo-chart>`);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      // The widgets' loading placeholder (since the chart shows the widgets' states).
      const status = shadow(el).querySelector('[part="loading"]')!;
      expect(status.textContent!.trim()).to.equal('Đang tải dữ liệu…');
      expect(shadow(el).querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height >= 240).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('ready from src through the shared cache: two charts and a widget fetch once', async () => {
    const stub = stubFetch(() => json(sampleDataset));
    try {
      const box = await fixture<HTMLDivElement>(html`<div>
        <tiendo-chart src="/shared-once.json" metric="members" period="2017"></tiendo-chart>
        <tiendo-chart src="/shared-once.json" kind="share" unit="ha-noi" period="2018"></tiendo-chart>
        <tiendo-progress src="/shared-once.json" unit="hoang-mai" metric="members" period="2017"></tiendo-progress>
      </div>`);
      const charts = [...box.querySelectorAll('tiendo-chart')];
      await Promise.all(charts.map((c) => c.chartComplete));
      await until(() => charts.every((c) => c.status === 'ready'), 5000, 'ready');
      expect(stub.calls.filter((u) => u.endsWith('/shared-once.json')).length).to.equal(1);
    } finally {
      stub.restore();
    }
  });

  it('a 503 shows the error with a retry button; retry fetches again and recovers', async () => {
    let answer = 503;
    const stub = stubFetch(() => (answer === 200 ? json(sampleDataset) : new Response('busy', { status: answer })));
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/retry-once.json" metric="members" period="2017"></tiendo-chart>`);
      await until(() => el.status === 'error', 5000, 'error');
      await el.updateComplete;
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]');
      expect(button !== null && button.textContent === 'Thử lại').to.equal(true);
      await expect(el).to.be.accessible();
      answer = 200;
      button!.click();
      await until(() => el.status === 'ready', 5000, 'ready after retry');
      expect(stub.calls.filter((u) => u.endsWith('/retry-once.json')).length).to.equal(2);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="retry"]') === null).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('an invalid dataset has no retry button (trying again would not help)', async () => {
    const bad = structuredClone(sampleDataset) as { targets: { value: number }[] };
    bad.targets[3]!.value = -5;
    const stub = stubFetch(() => json(bad));
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/bad-no-retry.json" metric="members" period="2017"></tiendo-chart>`);
      await until(() => el.status === 'error', 5000, 'error');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="retry"]') === null).to.equal(true);
      expect(shadow(el).querySelector('[part="error"]')!.textContent!.includes('targets[3].value')).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('empty: “Chưa có dữ liệu…” in words, no chart, no table', async () => {
    const el = await chart(emptyDataset(), { kind: 'ranking', metric: 'members', period: '2017' });
    expect(el.status).to.equal('empty');
    expect(shadow(el).querySelector('[part="empty"]')!.textContent!.trim()).to.equal('Chưa có dữ liệu cho lựa chọn này.');
    expect(shadow(el).querySelector('table') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('error: HTTP 404 in words and a tiendo-error event; never throws', async () => {
    const stub = stubFetch(() => json({}, 404));
    const codes: string[] = [];
    const onError = (e: Event) => codes.push(`${(e as CustomEvent).detail.code}:${(e as CustomEvent).detail.status}`);
    document.addEventListener('tiendo-error', onError);
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/missing-404.json"></tiendo-chart>`);
      await el.chartComplete;
      expect(el.status).to.equal('error');
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('404');
      expect(codes).to.include('http:404');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('tiendo-error', onError);
      stub.restore();
    }
  });

  it('error: an unknown unit is named in words', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'khong-co', metric: 'members' });
    expect(el.status).to.equal('error');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('“khong-co”');
  });

  it('error: invalid JSON names the problem', async () => {
    const stub = stubFetch(() => new Response('{ "units": [', { status: 200, headers: { 'content-type': 'application/json' } }));
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/broken.json"></tiendo-chart>`);
      await el.chartComplete;
      expect(el.status).to.equal('error');
      expect((shadow(el).querySelector('[part="error"]')!.textContent ?? '').length > 30).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = document.createElement('tiendo-chart');
    el.setAttribute('kind', 'share');
    el.setAttribute('unit', 'ha-noi');
    el.setAttribute('period', '2018');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sampleDataset);
    el.append(script);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    await el.chartComplete;
    expect(el.status).to.equal('ready');
  });
});

describe('<tiendo-chart> data through the widgets’ controller', () => {
  it('reads a light-DOM table (what readers without JavaScript see)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"><tiendo-chart metric="members" period="2017" theme="light">
      <table>
        <tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th></tr>
        <tr data-unit="hoang-mai"><td>Quận Hoàng Mai</td><td>1400</td><td>1438</td></tr>
        <tr data-unit="hoan-kiem"><td>Quận Hoàn Kiếm</td><td>1400</td><td>1548</td></tr>
      </table>
    </tiendo-chart></div>`);
    const el = box.querySelector('tiendo-chart')!;
    await el.chartComplete;
    expect(el.status).to.equal('ready');
    expect(el.model!.rows.length).to.equal(2);
    expect(svgTexts(el).join(' ')).to.include('Quận Hoàn Kiếm');
    await expect(el).to.be.accessible();
  });

  it('a table error names its row and column', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><tiendo-chart metric="members" period="2017">
      <table>
        <tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th></tr>
        <tr><td>Quận Hoàng Mai</td><td>1400</td><td>1438</td></tr>
        <tr><td>Quận Hoàn Kiếm</td><td>nhiều</td><td>1548</td></tr>
      </table>
    </tiendo-chart></div>`);
    const el = box.querySelector('tiendo-chart')!;
    await el.chartComplete;
    expect(el.status).to.equal('error');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('hàng 2, cột Chỉ tiêu');
  });

  it('times out after `timeout` ms, says so, and retry recovers', async () => {
    let slow = true;
    const stub = stubFetch(() => (slow ? null : json(sampleDataset)));
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/slow-timeout.json" timeout="50" metric="members" period="2017"></tiendo-chart>`);
      await until(() => el.status === 'error', 5000, 'error');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.include('không trả lời kịp');
      // A server that never answers is a timeout, not a network error.
      expect(shadow(el).querySelector('[part="error"]')!.textContent).not.to.match(/lỗi mạng|Không kết nối/);
      slow = false;
      shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await until(() => el.status === 'ready', 5000, 'ready after retry');
    } finally {
      stub.restore();
    }
  });

  it('without any data: the widgets’ empty state “Chưa có dữ liệu”', async () => {
    const el = await fixture<TiendoChart>(html`<tiendo-chart></tiendo-chart>`);
    await el.chartComplete;
    expect(el.status).to.equal('empty');
    expect(shadow(el).querySelector('[part="empty"]')!.textContent!.trim()).to.equal('Chưa có dữ liệu');
    await expect(el).to.be.accessible();
  });

  it('a src changed while loading shows the second dataset only (the first is aborted, its late answer ignored)', async () => {
    let answerOld: (r: Response) => void = () => {};
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return String(input).includes('first') ? new Promise<Response>((r) => (answerOld = r)) : Promise.resolve(json(sampleDataset));
    }) as typeof fetch;
    try {
      const el = await fixture<TiendoChart>(html`<tiendo-chart src="/first-late.json" kind="share" unit="ha-noi" period="2018"></tiendo-chart>`);
      expect(el.status).to.equal('loading');
      el.src = '/second-late.json';
      await until(() => el.status === 'ready', 5000, 'ready');
      expect(signals[0]!.aborted).to.equal(true);
      answerOld(json({ ...sampleDataset, title: 'Dữ liệu cũ' }));
      await new Promise((r) => setTimeout(r, 50));
      await el.chartComplete;
      expect(el.status).to.equal('ready');
      expect(el.loadedDataset!.title).to.equal(sampleDataset.title);
    } finally {
      window.fetch = original;
    }
  });
});
