import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DatasetInput } from '@tiendo/sdk';
import type { TiendoElement } from './base-element.js';
import { problemWords } from './problems.js';
import { statusOf, textOf, tiny } from '../test-helpers/fixtures.js';

// The first test of this file must run before any invalid dataset of the page has loaded the words
// of problems (each test file has a page of its own).
describe('the words of an invalid dataset, loaded on demand', () => {
  it('an object given as data and changed while its words load: an error in words, not loading for ever', async () => {
    expect(problemWords()).to.equal(undefined);
    const data = { ...tiny([{ id: 'a', name: 'A', actual: 5, target: 10 }]), title: '' } as DatasetInput;
    const el = await fixture<TiendoElement<unknown>>(html`<tiendo-progress unit="a" metric="grassroots-unions" period="2017"></tiendo-progress>`);
    const fired = oneEvent(el, 'tiendo-error');
    (el as unknown as { data: unknown }).data = data;
    // Rejected (an empty title): loading while the words load; the page mends its object meanwhile.
    for (let i = 0; i < 100 && el.status !== 'loading'; i++) await null;
    expect(el.status).to.equal('loading');
    data.title = 'Kiểm thử';
    const ev = await fired;
    await statusOf(el, 'error');
    expect(ev.detail.code).to.equal('internal');
    expect(textOf(el)).to.not.contain('Đang tải');
  });

  it('an invalid dataset once the words are there: its path and problem at once', async () => {
    expect(problemWords()).to.not.equal(undefined);
    const data = { ...tiny([{ id: 'a', name: 'A', actual: 5, target: 10 }]), title: '' } as DatasetInput;
    const el = await fixture<TiendoElement<unknown>>(html`<tiendo-progress unit="a" metric="grassroots-unions" period="2017" .data=${data}></tiendo-progress>`);
    await el.updateComplete;
    await statusOf(el, 'error');
    expect(textOf(el)).to.contain('title');
  });
});
