import { expect } from '@open-wc/testing';
import { defineAll, ELEMENTS } from './define.js';

describe('define', () => {
  it('registers the four tags', () => {
    expect(ELEMENTS.map(([tag]) => tag)).to.deep.equal(['tiendo-progress', 'tiendo-ranking', 'tiendo-strong-share', 'tiendo-scorecard']);
    for (const [tag, ctor] of ELEMENTS) expect(customElements.get(tag) === ctor).to.equal(true);
  });

  it('does not throw when defined twice (a second copy of the bundle)', async () => {
    expect(defineAll()).to.deep.equal([]);
    // A second copy of the module (another URL) runs its definitions again.
    await import(/* @vite-ignore */ `./define.ts?copy=${Date.now()}`);
    expect(customElements.get('tiendo-ranking') === ELEMENTS[1]![1]).to.equal(true);
  });

  it('does not throw when a registry refuses a definition', () => {
    const refusing = { get: () => undefined, define: () => { throw new DOMException('already used', 'NotSupportedError'); } } as unknown as CustomElementRegistry;
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(defineAll(refusing)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(4);
  });
});
