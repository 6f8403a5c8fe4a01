/**
 * Runs every ```ts block of docs/sdk.md against the SDK's source and checks each value the doc
 * states in a `// → …` comment: `expr; // → value` must give that value (for an object or a list
 * of objects, the fields the doc shows), and `expr; // → throws Name: words` must throw that error
 * with those words in its message.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DOC = new URL('../../../docs/sdk.md', import.meta.url);
const text = readFileSync(DOC, 'utf8');
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tiendo-docs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Block { line: number; code: string }
const blocks: Block[] = [];
for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
  blocks.push({ line: text.slice(0, m.index).split('\n').length + 1, code: m[1]! });
}

/** Turns a doc block into a module: imports from the source, each `// →` into a check. */
function toModule(block: Block): { source: string; checks: number } {
  let checks = 0;
  const out = block.code.split('\n').map((raw, i) => {
    const line = block.line + i;
    let code = raw
      .replace(/from '@tiendo\/sdk'/, `from ${JSON.stringify(pathToFileURL(join(SRC, 'index.ts')).href)}`)
      .replace(/from '@tiendo\/sdk\/sample'/, `from ${JSON.stringify(pathToFileURL(join(SRC, 'sample.ts')).href)}`)
      .replace(/from '@tiendo\/sdk\/helpers'/, `from ${JSON.stringify(pathToFileURL(join(SRC, 'helpers.ts')).href)}`);
    const at = code.lastIndexOf(' // → ');
    if (at === -1) return code;
    checks++;
    const expected = code.slice(at + 6).trim();
    code = code.slice(0, at).trim().replace(/;$/, '');
    const throws = /^throws (\w+)(?:: (.*))?$/.exec(expected);
    if (throws) return `__throws(() => (${code}), ${JSON.stringify(throws[1])}, ${JSON.stringify(throws[2] ?? '')}, ${line});`;
    return `__check(() => (${code}), () => (${expected}), ${JSON.stringify(expected)}, ${line});`;
  });
  return { source: `${HELPERS}\n${out.join('\n')}\n`, checks };
}

const HELPERS = `
const __plain = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function __matches(actual, expected) {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => __matches(actual[i], e));
  if (__plain(expected)) return __plain(actual) && Object.keys(expected).every((k) => __matches(actual[k], expected[k]));
  return Object.is(actual, expected);
}
const __show = (v) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x + 'n' : x));
function __check(run, want, text, line) {
  const actual = run();
  if (!__matches(actual, want())) throw new Error('docs/sdk.md:' + line + ': expected ' + text + ', got ' + __show(actual));
}
function __throws(run, name, words, line) {
  try { run(); } catch (e) {
    if (e?.name !== name || !String(e.message).includes(words)) throw new Error('docs/sdk.md:' + line + ': expected ' + name + ' with “' + words + '”, got ' + e?.name + ': ' + e?.message);
    return;
  }
  throw new Error('docs/sdk.md:' + line + ': expected ' + name + ', nothing was thrown');
}
`;

describe('docs/sdk.md', () => {
  it('has ts examples that import the SDK and state values', () => {
    assert.ok(blocks.length >= 10, `only ${blocks.length} ts blocks`);
    assert.ok(blocks.every((b) => b.code.includes("from '@tiendo/sdk")), 'every ts block imports the SDK');
  });
  it('writes the figures of the worked example: Hoàng Mai 27/22 printed “122%”, Hoàn Kiếm 21/27 printed “87,5%” (77,8%)', () => {
    for (const words of ['1438', '27 of 22', '“122%”', '1.548 of 1.400', '“87,5%”', '77,8%', '@tiendo/sdk/dataset.schema.json', 'tiendo check']) {
      assert.ok(text.includes(words), words);
    }
  });
  let total = 0;
  for (const block of blocks) {
    it(`runs the example at line ${block.line} and gets every value it states`, async () => {
      const { source, checks } = toModule(block);
      total += checks;
      assert.ok(checks > 0, 'the example states no value (`// → …`)');
      const file = join(dir, `block-${block.line}.mts`);
      writeFileSync(file, source);
      await import(pathToFileURL(file).href);
    });
  }
  it('checks many stated values in all', () => {
    assert.ok(total >= 60, `only ${total} values checked`);
  });
});
