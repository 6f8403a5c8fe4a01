import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { sample, statusOf } from '../test-helpers/fixtures.js';

const TAGS = ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard'] as const;

async function all(): Promise<HTMLElement[]> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <tiendo-progress unit="hoang-mai" metric="members" period="2017" .data=${sample()}></tiendo-progress>
    <tiendo-ranking parent="ha-noi" period="2017" top="5" .data=${sample()}></tiendo-ranking>
    <tiendo-strong-share unit="hoang-mai" period="2018" .data=${sample()}></tiendo-strong-share>
    <tiendo-scorecard unit="hoang-mai" period="2017" .data=${sample()}></tiendo-scorecard>
  </div>`);
  const els = [...host.children] as HTMLElement[];
  for (const el of els) await statusOf(el, 'ready');
  return els;
}

describe('media', () => {
  afterEach(async () => emulateMedia({ forcedColors: 'none', media: 'screen' }));

  it('has a forced-colors branch with system colours and outlined bars in every element', async () => {
    // Chromium's CDP forced-colors emulation is not reachable through this runner, so read the rules.
    const els = await all();
    expect(els.map((e) => e.localName)).to.deep.equal([...TAGS]);
    for (const el of els) {
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
      const text = forced.map((r) => r.cssText).join('\n');
      expect(text, el.localName).to.include('Highlight');
      expect(text, el.localName).to.match(/\.bar-track \{[^}]*border: 1px solid canvastext/i);
    }
  });

  it('hides buttons when printed, keeps every ranking row visible', async () => {
    const els = await all();
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      const download = el.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!;
      expect(getComputedStyle(download).display, el.localName).to.equal('none');
    }
    const row = els[1]!.shadowRoot!.querySelector<HTMLElement>('tbody tr')!;
    expect(getComputedStyle(row).contentVisibility).to.equal('visible');
  });

  it('prints the ranking\'s sortable headers as headers, and a dark theme with light colours on white', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <tiendo-ranking theme="dark" parent="ha-noi" period="2017" top="3" .data=${sample()}></tiendo-ranking>
      <tiendo-progress theme="dark" unit="hoang-mai" metric="members" period="2017" .data=${sample()}></tiendo-progress>
    </div>`);
    const els = [...host.children] as HTMLElement[];
    for (const el of els) await statusOf(el, 'ready');
    await emulateMedia({ media: 'print' });
    const sorts = [...els[0]!.shadowRoot!.querySelectorAll<HTMLElement>('[part="sort-button"]')];
    expect(sorts.length).to.equal(2);
    for (const b of sorts) {
      expect(getComputedStyle(b).display).to.not.equal('none');
      expect(b.getBoundingClientRect().width).to.be.greaterThan(20);
    }
    const luminance = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    for (const el of els) {
      expect(luminance(getComputedStyle(el).backgroundColor), `${el.localName} prints on white`).to.be.above(250);
      expect(luminance(getComputedStyle(el).color), `${el.localName} prints dark text`).to.be.below(60);
      const name = el.shadowRoot!.querySelector('tbody th, [part="head"]')!;
      expect(luminance(getComputedStyle(name).color), `${el.localName} text inside prints dark`).to.be.below(60);
    }
  });

  it('lays out from 280px (container queries): the narrow ranking folds each row into a grid (name, then figures and bar)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:280px"><tiendo-ranking parent="ha-noi" period="2017" top="3" .data=${sample()}></tiendo-ranking></div>`);
    const el = wrap.firstElementChild as HTMLElement;
    await statusOf(el, 'ready');
    const cell = el.shadowRoot!.querySelector<HTMLElement>('.cell')!;
    expect(getComputedStyle(cell).flexDirection).to.equal('column');
    expect(getComputedStyle(el.shadowRoot!.querySelector<HTMLElement>('tbody tr')!).display).to.equal('grid');
    const wide = await fixture<HTMLDivElement>(html`<div style="width:720px"><tiendo-ranking parent="ha-noi" period="2017" top="3" .data=${sample()}></tiendo-ranking></div>`);
    const el2 = wide.firstElementChild as HTMLElement;
    await statusOf(el2, 'ready');
    // Wide, the actual/target figure has its column, beside the name on the row's line, and is not folded into the percent.
    const nameBox = el2.shadowRoot!.querySelector<HTMLElement>('tbody th.c-name')!.getBoundingClientRect();
    const actualBox = el2.shadowRoot!.querySelector<HTMLElement>('tbody td.c-actual')!.getBoundingClientRect();
    expect(actualBox.width).to.be.above(100);
    expect(actualBox.left).to.be.at.least(nameBox.right - 1);
    expect(actualBox.top).to.be.closeTo(nameBox.top, 1);
    expect(el2.shadowRoot!.querySelector<HTMLElement>('.fold')!.getBoundingClientRect().width).to.equal(0);
    // Narrow, the figure is folded into the percent cell; its own cell stays for screen readers, out of sight.
    expect(el.shadowRoot!.querySelector<HTMLElement>('.fold')!.getBoundingClientRect().width).to.be.above(20);
    expect(el.shadowRoot!.querySelector<HTMLElement>('tbody td.c-actual')!.getBoundingClientRect().width).to.be.at.most(1);
  });
});
