/**
 * The loading placeholder keeps the height of the ready view (typical data, 480 px wide), so the
 * page does not shift when the data arrives. Each test renders one element with a `src` that never
 * answers, measures the placeholder, then gives it the data and measures the ready view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { fakeFetch, sample, statusOf } from './test-helpers/fixtures.js';

const TOLERANCE = 4;

async function heights(template: TemplateResult, select: string): Promise<{ loading: number; ready: number }> {
  const never = fakeFetch(() => new Promise<Response>(() => {}));
  try {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 480px">${template}</div>`);
    const el = host.querySelector<HTMLElement & { data?: unknown }>(select)!;
    await statusOf(el, 'loading');
    const loading = el.getBoundingClientRect().height;
    el.data = sample();
    await statusOf(el, 'ready');
    const ready = el.getBoundingClientRect().height;
    console.log(`[layout-shift] ${select}${el.hasAttribute('compact') ? '[compact]' : ''}: ${loading} → ${ready}`);
    return { loading, ready };
  } finally {
    never.restore();
  }
}

describe('loading placeholder height', () => {
  it('<tiendo-progress> keeps the ready height', async () => {
    const { loading, ready } = await heights(html`<tiendo-progress src="/never/progress.json" unit="hoang-mai" metric="grassroots-unions" period="2017"></tiendo-progress>`, 'tiendo-progress');
    expect(Math.abs(loading - ready)).to.be.at.most(TOLERANCE);
  });

  it('<tiendo-progress compact> keeps the ready height in running text', async () => {
    const { loading, ready } = await heights(html`<p>Quận <tiendo-progress compact src="/never/compact.json" unit="hoang-mai" metric="members" period="2017"></tiendo-progress> năm nay.</p>`, 'tiendo-progress');
    expect(Math.abs(loading - ready)).to.be.at.most(TOLERANCE);
  });

  it('<tiendo-ranking top="5"> keeps the ready height', async () => {
    const { loading, ready } = await heights(html`<tiendo-ranking src="/never/ranking.json" period="2017" top="5"></tiendo-ranking>`, 'tiendo-ranking');
    expect(Math.abs(loading - ready)).to.be.at.most(TOLERANCE);
  });

  it('<tiendo-strong-share> keeps the ready height', async () => {
    const { loading, ready } = await heights(html`<tiendo-strong-share src="/never/strong-share.json"></tiendo-strong-share>`, 'tiendo-strong-share');
    expect(Math.abs(loading - ready)).to.be.at.most(TOLERANCE);
  });

  it('<tiendo-scorecard> keeps the ready height', async () => {
    const { loading, ready } = await heights(html`<tiendo-scorecard src="/never/scorecard.json" unit="hoang-mai"></tiendo-scorecard>`, 'tiendo-scorecard');
    expect(Math.abs(loading - ready)).to.be.at.most(TOLERANCE);
  });
});
