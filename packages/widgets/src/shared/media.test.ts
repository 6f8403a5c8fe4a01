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
    expect(getComputedStyle(el2.shadowRoot!.querySelector<HTMLElement>('tbody tr')!).display).to.equal('table-row');
  });
});
