/** `validateDataset` and `datasetErrorOf` give exactly what `safeParseDataset` and `parseDatasetJson` give. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { datasetErrorOf, DatasetError, parseDatasetJson, safeParseDataset, validateDataset, validateDatasetJson } from '../src/index.js';
import { minimal } from './helpers.js';

const sampleJson = readFileSync(new URL('../data/sample.json', import.meta.url), 'utf8');

/** Inputs that fail at each stage: empty, the schema, the references, the number rules. */
const BAD: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['an empty string', ''],
  ['an array', []],
  ['a missing title and a bad id', { ...minimal(), title: undefined, units: [{ id: '-x', name: 'X', kind: 'other' }] }],
  ['a negative target and an unknown field', minimal({ targets: [{ unit: 'a', metric: 'members', period: '2020', value: -5 }], extra: 1 } as never)],
  ['an unknown reference and a duplicate id', minimal({ units: [{ id: 'a', name: 'A', kind: 'other' }, { id: 'a', name: 'A2', kind: 'other', parent: 'zz' }] })],
  ['a count with a thousands dot', minimal({ actuals: [{ unit: 'a', metric: 'members', period: '2020', value: 1.548 }] })],
];

describe('validateDataset', () => {
  it('returns the same dataset as safeParseDataset for valid data', () => {
    const input = JSON.parse(sampleJson);
    const v = validateDataset(input);
    const r = safeParseDataset(input);
    assert.ok(v.success && r.success);
    assert.deepEqual(v.data, r.data);
  });
  for (const [what, input] of BAD) {
    it(`rejects ${what} with the issues and messages of safeParseDataset`, () => {
      const v = validateDataset(input);
      const r = safeParseDataset(input);
      assert.ok(!v.success && !r.success);
      const e = datasetErrorOf(v.rejection);
      assert.ok(e instanceof DatasetError);
      assert.deepEqual(e.issues, r.error.issues);
      assert.deepEqual(e.format('vi'), r.error.format('vi'));
      assert.equal(e.message, r.error.message);
    });
  }
});

describe('validateDatasetJson', () => {
  const texts: [string, string][] = [
    ['empty text', '  \n'],
    ['a syntax error', '{"title": "x", units: ['],
    ['a truncated text', '{"title": "x"'],
    ['a BOM and a schema error', `\ufeff${JSON.stringify({ title: 'x' })}`],
  ];
  for (const [what, text] of texts) {
    it(`rejects ${what} with the DatasetError of parseDatasetJson`, () => {
      const v = validateDatasetJson(text);
      assert.ok(!v.success);
      const expected = (() => {
        try {
          parseDatasetJson(text);
        } catch (e) {
          return e as DatasetError;
        }
        throw new Error('parseDatasetJson accepted it');
      })();
      assert.deepEqual(datasetErrorOf(v.rejection).issues, expected.issues);
    });
  }
  it('accepts the sample with a BOM', () => {
    const v = validateDatasetJson(`\ufeff${sampleJson}`);
    assert.ok(v.success);
    assert.deepEqual(v.data, parseDatasetJson(sampleJson));
  });
});
