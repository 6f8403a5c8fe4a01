import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sample, statusOf } from '../test-helpers/fixtures.js';

const TAGS = ['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard'] as const;
const LIGHT_TEXT = 'rgb(29, 29, 31)';
const DARK_TEXT = 'rgb(236, 236, 239)';

async function inside(wrapper: (el: TemplateResult) => TemplateResult, tag: string, theme?: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('unit', 'hoang-mai');
  el.setAttribute('period', tag === 'tiendo-strong-share' ? '2018' : '2017');
  if (tag === 'tiendo-ranking') el.setAttribute('parent', 'ha-noi');
  if (theme) el.setAttribute('theme', theme);
  (el as unknown as { data: unknown }).data = sample();
  const host = await fixture<HTMLElement>(wrapper(html`<div class="slot"></div>`));
  (host.querySelector('.slot') ?? host).append(el);
  await statusOf(el, 'ready');
  return el;
}

const plain = (x: TemplateResult) => html`<div>${x}</div>`;
const scheme = (el: HTMLElement) => el.getAttribute('data-scheme');
const color = (el: HTMLElement) => getComputedStyle(el).color;

describe('themes', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('theme="dark" and theme="light" force the scheme and its colours', async () => {
        const dark = await inside(plain, tag, 'dark');
        expect(scheme(dark)).to.equal('dark');
        expect(color(dark)).to.equal(DARK_TEXT);
        await expect(dark).to.be.accessible();
        const light = await inside((x) => html`<div data-theme="dark">${x}</div>`, tag, 'light');
        expect(scheme(light)).to.equal('light');
        expect(color(light)).to.equal(LIGHT_TEXT);
      });

      it('auto follows an ancestor data-theme or class', async () => {
        expect(scheme(await inside((x) => html`<section data-theme="dark"><div>${x}</div></section>`, tag))).to.equal('dark');
        expect(scheme(await inside((x) => html`<section class="dark">${x}</section>`, tag))).to.equal('dark');
        expect(scheme(await inside((x) => html`<section class="dark"><div class="theme-light">${x}</div></section>`, tag))).to.equal('light');
      });

      it('auto follows the host page color-scheme', async () => {
        const el = await inside((x) => html`<div style="color-scheme: dark; background: #121212">${x}</div>`, tag);
        expect(scheme(el)).to.equal('dark');
        expect(color(el)).to.equal(DARK_TEXT);
        await expect(el).to.be.accessible();
        expect(scheme(await inside((x) => html`<div style="color-scheme: light">${x}</div>`, tag))).to.equal('light');
      });

      it('changes when the theme attribute changes', async () => {
        const el = await inside(plain, tag, 'light');
        el.setAttribute('theme', 'dark');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(scheme(el)).to.equal('dark');
        expect(color(el)).to.equal(DARK_TEXT);
      });
    });
  }

  it('public custom properties win over the defaults', async () => {
    const el = await inside((x) => html`<div style="--tiendo-color-text: rgb(1, 2, 3)">${x}</div>`, 'tiendo-ranking');
    expect(color(el)).to.equal('rgb(1, 2, 3)');
  });
});
