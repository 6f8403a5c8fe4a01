import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { chart, sampleDataset, shadow, svgOf, until, XSS, xssDataset } from '../test-helpers/chart-fixtures.js';

const RANKING = { kind: 'ranking', metric: 'members', period: '2017' } as const;

describe('<tiendo-chart> theme', () => {
  it('uses the widgets’ tokens: light by default values, dark when asked', async () => {
    const el = await chart(sampleDataset, { ...RANKING, theme: 'light' });
    expect(el.getAttribute('data-scheme')).to.equal('light');
    expect(el.view!.signal('tiendoBar')).to.equal('rgb(11, 92, 173)');
    el.theme = 'dark';
    await el.chartComplete;
    await until(() => el.view!.signal('tiendoBar') === 'rgb(108, 178, 255)', 3000, 'dark bar');
    expect(el.getAttribute('data-scheme')).to.equal('dark');
    expect(el.view!.signal('tiendoText')).to.equal('rgb(236, 236, 239)');
  });

  it('auto follows a data-theme on an ancestor', async () => {
    const box = await fixture<HTMLDivElement>(html`<div data-theme="dark"><tiendo-chart theme="auto" metric="members" period="2017"></tiendo-chart></div>`);
    const el = box.querySelector('tiendo-chart')!;
    el.data = sampleDataset;
    await el.chartComplete;
    expect(el.getAttribute('data-scheme')).to.equal('dark');
    await until(() => el.view?.signal('tiendoBar') === 'rgb(108, 178, 255)', 3000, 'dark bar');
  });

  it('takes the page’s --tiendo-color-bar, on the bars themselves', async () => {
    const el = await chart(sampleDataset, RANKING);
    el.parentElement!.style.setProperty('--tiendo-color-bar', 'rgb(1, 2, 3)');
    await el.refresh();
    expect(el.view!.signal('tiendoBar')).to.equal('rgb(1, 2, 3)');
    const fills = [...svgOf(el)!.querySelectorAll('.mark-rect path')].map((p) => p.getAttribute('fill'));
    expect(fills).to.include('rgb(1, 2, 3)');
  });
});

describe('<tiendo-chart> size and lifecycle', () => {
  it('resizes with its container', async () => {
    const el = await chart(sampleDataset, { ...RANKING, width: 640 });
    const before = Number(svgOf(el)!.getAttribute('width'));
    expect(before > 560).to.equal(true);
    el.parentElement!.style.setProperty('width', '320px');
    await until(() => Number(svgOf(el)?.getAttribute('width')) <= 330, 3000, 'narrower svg');
    expect(Number(svgOf(el)!.getAttribute('width')) < before).to.equal(true);
  });

  it('keeps its Vega view and drawing when it is moved within a task (no redraw)', async () => {
    const el = await chart(sampleDataset, RANKING);
    const view = el.view!;
    const svg = svgOf(el)!;
    let finalized = 0;
    const original = view.finalize.bind(view);
    view.finalize = () => {
      finalized++;
      return original();
    };
    let drawn = 0;
    el.addEventListener('tiendo-render', () => drawn++);
    // Its new place is as wide as the old one (a narrower one would redraw for its width).
    const other = document.createElement('div');
    other.style.setProperty('width', el.parentElement!.style.getPropertyValue('width'));
    el.parentElement!.after(other);
    other.append(el);
    await new Promise((r) => setTimeout(r, 50));
    await el.chartComplete;
    expect(finalized).to.equal(0);
    expect(drawn).to.equal(0);
    expect(el.view === view).to.equal(true);
    expect(svgOf(el) === svg).to.equal(true);
    other.remove();
  });

  it('finalizes its Vega view when it leaves the page, and draws again when it comes back', async () => {
    const el = await chart(sampleDataset, RANKING);
    const view = el.view!;
    let finalized = 0;
    const original = view.finalize.bind(view);
    view.finalize = () => {
      finalized++;
      return original();
    };
    const parent = el.parentElement!;
    el.remove();
    // Still out once the task is over: finalized.
    await new Promise((r) => setTimeout(r));
    expect(finalized).to.equal(1);
    expect(el.view === null).to.equal(true);
    expect(shadow(el).querySelector('.vega')!.childElementCount).to.equal(0);
    parent.append(el);
    await el.chartComplete;
    await until(() => svgOf(el) !== null, 3000, 'redraw');
    expect(el.view !== null && el.view !== view).to.equal(true);
  });
});

// The “Tải xuống” menu gave way to the widgets' footer (“Tải dữ liệu (CSV)”) and two image buttons
// beside it: the same three downloads, each one real button (no menu pattern to learn).
describe('<tiendo-chart> downloads in the footer', () => {
  it('has the widgets’ “Tải dữ liệu (CSV)” button and the image buttons, reachable by Tab', async () => {
    const el = await chart(sampleDataset, RANKING);
    const root = shadow(el);
    expect(root.querySelector('[part="footer"] [part="download"]')!.textContent).to.equal('Tải dữ liệu (CSV)');
    expect(root.textContent).not.to.include('Tải xuống');
    const png = root.querySelector<HTMLButtonElement>('[part="export-png"]')!;
    png.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('export-svg');
    await expect(el).to.be.accessible();
  });

  it('downloads PNG, SVG and CSV files named after the selection', async () => {
    const el = await chart(sampleDataset, RANKING);
    const names: string[] = [];
    const hrefs: string[] = [];
    const onClick = (e: Event) => {
      const a = e.target;
      if (a instanceof HTMLAnchorElement && a.download) {
        names.push(a.download);
        hrefs.push(a.href.slice(0, 22));
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const root = shadow(el);
      for (const [i, part] of ['export-png', 'export-svg', 'download'].entries()) {
        root.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => names.length === i + 1, 5000, `${part} download`);
      }
    } finally {
      document.removeEventListener('click', onClick, true);
    }
    expect(names).to.deep.equal(['tiendo-ranking-members-2017.png', 'tiendo-ranking-members-2017.svg', 'tiendo-ranking-members-2017.csv']);
    expect(hrefs[0]).to.equal('data:image/png;base64,');
    expect((await el.toSVG()).startsWith('<svg')).to.equal(true);
    expect(el.toCSV().split('\n')[0]).to.include('unit');
  });
});

describe('<tiendo-chart> tooltip and data as text only', () => {
  it('shows the row’s sentence on hover, as text', async () => {
    const el = await chart(sampleDataset, { kind: 'trend', unit: 'hoang-mai', metric: 'members' });
    const point = svgOf(el)!.querySelector('.mark-symbol path')!;
    const box = point.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2) - 1, Math.round(box.y + box.height / 2)] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    await until(() => !tip.hidden, 3000, 'tooltip');
    expect(tip.textContent).to.include('1.438/1.400');
    expect(tip.childElementCount).to.equal(0);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it(`renders ${XSS.length} markup payloads in names as inert text: bars, tooltip, table`, async () => {
    (window as { __xss?: number }).__xss = undefined;
    const el = await chart(xssDataset(), { kind: 'ranking', metric: 'members', period: '2021' });
    expect(el.status).to.equal('ready');
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe, a[href^="javascript"]').length).to.equal(0);
    expect(svgOf(el)!.querySelectorAll('svg svg, script, foreignObject, a').length).to.equal(0);
    const text = [...svgOf(el)!.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    expect(text).to.include('<img src=x');
    const cells = [...root.querySelectorAll('table th, table td')].map((c) => c.textContent).join('\n');
    for (const p of XSS) expect(cells).to.include(p);
    // The bars are the ranking's second layer (under them: the highlight bands).
    const bar = svgOf(el)!.querySelector('.layer_1_marks path')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.x + bar.width / 2) - 1, Math.round(bar.y + bar.height / 2)] });
    await sendMouse({ type: 'move', position: [Math.round(bar.x + bar.width / 2), Math.round(bar.y + bar.height / 2)] });
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    await until(() => !tip.hidden, 3000, 'tooltip');
    expect(tip.childElementCount).to.equal(0);
    expect(tip.textContent!.includes('<') || tip.textContent!.includes('javascript:')).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __xss?: number }).__xss === undefined).to.equal(true);
    expect(document.querySelectorAll('iframe').length).to.equal(0);
  });
});
