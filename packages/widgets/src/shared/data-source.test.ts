import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { datasetToCsv, parseDataset } from '@tiendo/sdk';
import { invalidate } from './data-source.js';
import type { TiendoElement } from './base-element.js';
import { fakeFetch, sample, statusOf, textOf, tiny } from '../test-helpers/fixtures.js';

const TAGS = ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard'] as const;
/** Attributes that give each tag something to show from the sample. */
const ATTRS: Record<(typeof TAGS)[number], Record<string, string>> = {
  'tiendo-progress': { unit: 'hoang-mai', metric: 'members', period: '2017' },
  'tiendo-ranking': { parent: 'ha-noi', period: '2017', top: '5' },
  'tiendo-strong-share': { unit: 'hoang-mai', period: '2018' },
  'tiendo-scorecard': { unit: 'hoang-mai', period: '2017' },
};

let n = 0;
const url = () => `/test-data/${Date.now()}-${n++}.json`;
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const hang = (init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

async function mount(tag: (typeof TAGS)[number], src: string, extra: Record<string, string> = {}): Promise<TiendoElement<unknown>> {
  const el = document.createElement(tag) as unknown as TiendoElement<unknown>;
  for (const [k, v] of Object.entries({ ...ATTRS[tag], ...extra })) el.setAttribute(k, v);
  el.setAttribute('src', src);
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}

describe('data loading (all four elements)', () => {
  afterEach(() => invalidate());

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('loads a JSON dataset from src', async () => {
        const f = fakeFetch(() => ok(sample()));
        try {
          const el = await mount(tag, url());
          await statusOf(el, 'ready');
          expect(el.dataOrigin).to.equal('src');
          await expect(el).to.be.accessible();
        } finally {
          f.restore();
        }
      });

      it('shows HTTP 404 in words, fires tiendo-error, offers no retry', async () => {
        const f = fakeFetch(() => new Response('not found', { status: 404 }));
        try {
          const el = document.createElement(tag) as unknown as TiendoElement<unknown>;
          const fired = oneEvent(el, 'tiendo-error');
          el.setAttribute('src', url());
          document.body.append(el);
          const ev = await fired;
          expect(ev.detail.code).to.equal('http');
          expect(ev.detail.status).to.equal(404);
          await statusOf(el, 'error');
          expect(textOf(el)).to.include('Máy chủ trả về lỗi HTTP 404.');
          expect(el.shadowRoot!.querySelectorAll('[part="retry"]').length).to.equal(0);
          await expect(el).to.be.accessible();
          el.remove();
        } finally {
          f.restore();
        }
      });

      it('shows HTTP 500 with a retry button, and retry recovers', async () => {
        let fail = true;
        const f = fakeFetch(() => (fail ? new Response('oops', { status: 500 }) : ok(sample())));
        try {
          const el = await mount(tag, url());
          await statusOf(el, 'error');
          expect(textOf(el)).to.include('HTTP 500');
          await expect(el).to.be.accessible();
          fail = false;
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
          await statusOf(el, 'ready');
          expect(f.calls.length).to.equal(2);
        } finally {
          f.restore();
        }
      });

      it('shows malformed JSON as an error in words (en too)', async () => {
        const f = fakeFetch(() => new Response('{"title": "x", units: [', { status: 200, headers: { 'content-type': 'application/json' } }));
        try {
          const el = await mount(tag, url());
          await statusOf(el, 'error');
          expect(textOf(el)).to.include('Tệp dữ liệu không phải JSON hợp lệ.');
          el.setAttribute('locale', 'en');
          await el.updateComplete;
          expect(textOf(el)).to.include('The data file is not valid JSON.');
          await expect(el).to.be.accessible();
        } finally {
          f.restore();
        }
      });

      it('times out, says so, and retry recovers', async () => {
        let slow = true;
        const f = fakeFetch((_u, init) => (slow ? hang(init) : ok(sample())));
        try {
          const el = await mount(tag, url(), { timeout: '50' });
          await statusOf(el, 'error');
          expect(textOf(el)).to.include('Nguồn dữ liệu không trả lời kịp.');
          slow = false;
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
          await statusOf(el, 'ready');
        } finally {
          f.restore();
        }
      });

      it('says a network failure in words with a retry button', async () => {
        const f = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
        try {
          const el = await mount(tag, url());
          await statusOf(el, 'error');
          expect(textOf(el)).to.include('Không kết nối được tới nguồn dữ liệu.');
          expect(el.shadowRoot!.querySelectorAll('[part="retry"]').length).to.equal(1);
        } finally {
          f.restore();
        }
      });
    });
  }

  it('reads a long CSV from src', async () => {
    const csv = datasetToCsv(parseDataset(sample()));
    const f = fakeFetch(() => new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } }));
    try {
      const el = await mount('tiendo-ranking', '/test-data/sample.csv');
      await statusOf(el, 'ready');
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(5);
    } finally {
      f.restore();
    }
  });

  it('makes exactly one request for 50 widgets with one src', async () => {
    const f = fakeFetch(async () => {
      await new Promise((r) => setTimeout(r, 20));
      return ok(sample());
    });
    try {
      const src = url();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const els = Array.from({ length: 50 }, (_, i) => {
        const tag = TAGS[i % 4]!;
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(ATTRS[tag])) el.setAttribute(k, v);
        el.setAttribute('src', src);
        host.append(el);
        return el;
      });
      for (const el of els) await statusOf(el, 'ready');
      expect(f.calls.length).to.equal(1);
    } finally {
      f.restore();
    }
  });

  it('aborts the fetch when its widget leaves the page', async () => {
    let signal: AbortSignal | undefined;
    const f = fakeFetch((_u, init) => {
      signal = init?.signal ?? undefined;
      return hang(init);
    });
    try {
      const el = await mount('tiendo-ranking', url());
      await statusOf(el, 'loading');
      expect(signal?.aborted).to.equal(false);
      el.remove();
      expect(signal?.aborted).to.equal(true);
    } finally {
      f.restore();
    }
  });

  it('keeps the fetch while another widget still waits for it', async () => {
    let signal: AbortSignal | undefined;
    const f = fakeFetch((_u, init) => {
      signal = init?.signal ?? undefined;
      return hang(init);
    });
    try {
      const src = url();
      const a = await mount('tiendo-ranking', src);
      const b = await mount('tiendo-scorecard', src);
      a.remove();
      expect(signal?.aborted).to.equal(false);
      b.remove();
      expect(signal?.aborted).to.equal(true);
      expect(f.calls.length).to.equal(1);
    } finally {
      f.restore();
    }
  });

  it('ignores a late answer for an old src', async () => {
    let answerOld: (r: Response) => void = () => {};
    const f = fakeFetch((u) => (u.includes('old') ? new Promise<Response>((r) => (answerOld = r)) : ok(tiny([{ id: 'n', name: 'Quận Mới', actual: 2, target: 1 }]))));
    try {
      const el = await mount('tiendo-ranking', `/test-data/old-${n++}.json`, { parent: '', period: '' });
      el.removeAttribute('parent');
      el.setAttribute('src', `/test-data/new-${n++}.json`);
      await statusOf(el, 'ready');
      answerOld(ok(sample()));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(textOf(el)).to.include('Quận Mới');
      expect(textOf(el)).not.to.include('Hoàng Mai');
    } finally {
      f.restore();
    }
  });

  it('never throws into the page, and one broken widget leaves the others alone', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const host = await fixture<HTMLDivElement>(html`<div>
        <tiendo-ranking .data=${42}></tiendo-ranking>
        <tiendo-scorecard .data=${{ nonsense: true }}></tiendo-scorecard>
        <tiendo-strong-share .data=${null}></tiendo-strong-share>
        <tiendo-progress unit="hoang-mai" .data=${sample()}></tiendo-progress>
      </div>`);
      const [bad1, bad2, , good] = [...host.children] as HTMLElement[];
      await statusOf(bad1!, 'error');
      await statusOf(bad2!, 'error');
      await statusOf(good!, 'ready');
      await new Promise((r) => setTimeout(r, 20));
      expect(errors.length).to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

describe('light-DOM table errors name the table row and column', () => {
  it('a bad count: “hàng 2, cột Chỉ tiêu” (en: “row 2, column Chỉ tiêu”)', async () => {
    const el = await fixture<TiendoElement<unknown>>(html`<tiendo-ranking period="2017">
      <table>
        <tr><th>Đơn vị</th><th>Chỉ tiêu</th><th>Thực hiện</th></tr>
        <tr><td>Quận Hoàng Mai</td><td>22</td><td>27</td></tr>
        <tr><td>Quận Hoàn Kiếm</td><td>-3</td><td>21</td></tr>
      </table>
    </tiendo-ranking>`);
    await statusOf(el, 'error');
    expect(textOf(el)).to.include('hàng 2, cột Chỉ tiêu:');
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    expect(textOf(el)).to.include('row 2, column Chỉ tiêu:');
    await expect(el).to.be.accessible();
  });

  it('a ratings table: the row and the header of the bad cell', async () => {
    const el = await fixture<TiendoElement<unknown>>(html`<tiendo-strong-share unit="a" period="2017">
      <table>
        <tr><th>Khu vực</th><th>Được đánh giá</th><th>Vững mạnh</th></tr>
        <tr><td>Nhà nước</td><td>50</td><td>46</td></tr>
        <tr><td>Ngoài nhà nước</td><td>20</td><td>nhiều</td></tr>
      </table>
    </tiendo-strong-share>`);
    await statusOf(el, 'error');
    expect(textOf(el)).to.include('hàng 2, cột Vững mạnh:');
  });
});

describe('inline <script type="application/json">', () => {
  /** A progress with `json` as its inline script, appended to the page; its first tiendo-error, if any. */
  async function inline(json: string) {
    const el = document.createElement('tiendo-progress') as unknown as TiendoElement<unknown>;
    for (const [k, v] of Object.entries(ATTRS['tiendo-progress'])) el.setAttribute(k, v);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    const errors: CustomEvent[] = [];
    el.addEventListener('tiendo-error', (e) => errors.push(e as CustomEvent));
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    return { el, script, errors };
  }

  it('reads a valid dataset', async () => {
    const { el } = await inline(JSON.stringify(sample()));
    expect(el.status).to.equal('ready');
    expect(el.dataOrigin).to.equal('inline-json');
  });

  it('text that is not JSON: an invalid-json error, shown by updateComplete', async () => {
    const { el, errors } = await inline('{"title": "x", units: [');
    expect(el.status).to.equal('error');
    expect(textOf(el)).to.include('Tệp dữ liệu không phải JSON hợp lệ.');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-json']);
    expect(errors[0]!.detail.issues[0].detail).to.match(/^inline <script type="application\/json">: /);
  });

  it('an invalid dataset: its paths by updateComplete, and an edit of the script is read again', async () => {
    const bad = sample();
    (bad.targets![3] as { value: number }).value = -5;
    const { el, script, errors } = await inline(JSON.stringify(bad));
    expect(el.status).to.equal('error');
    expect(textOf(el)).to.include('targets[3].value: cần một số ≥ 0, nhận được -5');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data']);
    expect(errors[0]!.detail.message).to.include('targets[3].value: expected a number ≥ 0, received -5');
    script.textContent = JSON.stringify(sample());
    await statusOf(el, 'ready');
  });
});

describe('abort per run', () => {
  afterEach(() => invalidate());

  it('a src changed while loading aborts the first fetch and shows the second dataset only', async () => {
    let answerOld: (r: Response) => void = () => {};
    const signals: AbortSignal[] = [];
    const f = fakeFetch((u, init) => {
      if (init?.signal) signals.push(init.signal);
      return u.includes('first') ? new Promise<Response>((r) => (answerOld = r)) : ok(tiny([{ id: 'n', name: 'Quận Mới', actual: 2, target: 1 }]));
    });
    try {
      const el = await mount('tiendo-ranking', `/test-data/first-${n++}.json`, { parent: '', period: '' });
      await statusOf(el, 'loading');
      el.removeAttribute('parent');
      el.setAttribute('src', `/test-data/second-${n++}.json`);
      await statusOf(el, 'ready');
      expect(signals[0]!.aborted).to.equal(true);
      answerOld(ok(sample()));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(textOf(el)).to.include('Quận Mới');
      expect(textOf(el)).not.to.include('Hoàng Mai');
    } finally {
      f.restore();
    }
  });
});
