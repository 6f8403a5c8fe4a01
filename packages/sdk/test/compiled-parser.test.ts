/**
 * The compiled dataset parser (`src/generated/dataset-parser.ts`, zod's own compiler run on
 * `DatasetSchema`) says what the schema says: the same copy for every input zod accepts, a failure
 * for every input zod rejects. The bundles validate with it and never load zod for valid data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { staleParser } from '../scripts/compile-dataset-parser.js';
import { parseDatasetShape } from '../src/generated/dataset-parser.js';
import { DatasetSchema, type DatasetInput } from '../src/index.js';
import { minimal } from './helpers.js';

const sample = JSON.parse(readFileSync(new URL('../data/sample.json', import.meta.url), 'utf8')) as DatasetInput;

/** A dataset with every field of every schema filled in once. */
const FULL: DatasetInput = minimal({
  $schema: 'https://example.org/dataset.schema.json',
  source: { name: 'Báo Lao Động', url: 'https://laodong.vn/a.html', date: '2021-01-05' },
  notes: 'Số liệu minh hoạ',
  updated: '2021-01-06',
  units: [
    { id: 'ha-noi', name: 'Hà Nội', fullName: 'LĐLĐ thành phố Hà Nội', kind: 'city-federation', validFrom: '2018-01-01', validTo: '2025-06-30' },
    { id: 'a', name: 'A', kind: 'district-federation', parent: 'ha-noi' },
  ],
  metrics: [
    { id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New members' }, noun: { vi: 'đoàn viên' }, verb: { vi: 'kết nạp', en: 'admitted' }, kind: 'count', higherIsBetter: true },
    { id: 'strong', labels: { vi: 'CĐCS vững mạnh' }, noun: { vi: 'CĐCS' }, kind: 'share' },
  ],
  sectors: [{ id: 'state', labels: { vi: 'Khu vực nhà nước' } }],
  targets: [{ unit: 'a', metric: 'members', period: '2020', value: 22, source: { name: 'Nghị quyết' }, illustrative: false }],
  actuals: [{ unit: 'a', metric: 'strong', period: '2020', value: 27, of: 30, asOf: '2020-06-30', printed: '90%', source: { name: 'Báo', url: 'http://x.vn' }, note: 'tạm tính', illustrative: true }],
  qualityRatings: [{ unit: 'a', period: '2020', sector: 'state', scheme: 'vung-manh', evaluated: 130, strong: 118, share: 0.9, printed: '90,8%', source: { name: 'Báo' }, illustrative: false }],
  thresholds: [{ sector: 'state', share: 0.9, comparison: 'strict', unit: 'ha-noi', period: '2020', source: { name: 'Chỉ thị' } }],
});

/** Values that sit on either side of some rule of the schema. */
const EDGES: unknown[] = [
  undefined, null, true, false, 0, -0, 1, -1, 0.5, 1.5, 2, 22.7, 1e21, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY,
  '', ' ', 'a', 'A', '-a', 'a b', 'ha-noi', 'x'.repeat(120), 'x'.repeat(121), 'é'.repeat(2000), 'é'.repeat(2001),
  '😀', '😀'.repeat(1000), '😀'.repeat(1001), '\ud83d', 'a\ud83d',
  '2020-02-29', '2021-02-29', '2020-13-01', '2020-1-01', '20200101', '2020-12-31T00:00:00Z',
  'https://laodong.vn/a', 'http://x', ' https://x.vn ', 'https://x.vn/\ta', 'ftp://x.vn', 'javascript:alert(1)', 'https://', 'laodong.vn',
  'count', 'share', 'strict', 'inclusive', 'other', 'grassroots-union', 'district',
  [], [{}], {}, { vi: 'x' }, { vi: '' }, { vi: 'x', en: 'y' }, { vi: 'x', fr: 'y' }, { name: 'x' }, { name: 'x', url: 'mailto:a@b.c' },
];

type Path = (string | number)[];

/** Every path to a value inside `v` (objects' keys and arrays' positions), the root included. */
function paths(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Edit = { path: Path; op: 'set' | 'delete' | 'add-key' | 'wrap'; value: unknown; key: string };

/** A copy of `root` with one edit made at one path. */
function edited(root: unknown, { path, op, value, key }: Edit): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return op === 'wrap' ? [copy] : op === 'set' ? value : copy;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const last = path[path.length - 1]!;
  const target = parent[last];
  if (op === 'set') parent[last] = value;
  else if (op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (op === 'wrap') parent[last] = [target];
  else if (target && typeof target === 'object' && !Array.isArray(target)) target[key] = value;
  else if (Array.isArray(target)) target.push(value);
  else parent[last] = { [key]: value };
  return copy;
}

/** Asserts the compiled parser and zod agree on `input`: same success, same data, same key order. */
function agrees(input: unknown): boolean {
  const zod = DatasetSchema.safeParse(input);
  const ours = parseDatasetShape(input);
  assert.equal(ours !== undefined, zod.success, `zod ${zod.success ? 'accepts' : `rejects (${JSON.stringify(zod.error?.issues[0])})`}, the compiled parser ${ours ? 'accepts' : 'rejects'}: ${JSON.stringify(input)?.slice(0, 300)}`);
  if (zod.success) {
    assert.deepStrictEqual(ours, zod.data);
    assert.equal(JSON.stringify(ours), JSON.stringify(zod.data));
  }
  return zod.success;
}

describe('the compiled dataset parser', () => {
  it('is current: a fresh compile of src/schemas matches src/generated/dataset-parser.ts', () => {
    assert.equal(staleParser(), false, 'run `pnpm --filter @tiendo/sdk run compile-parser`');
  });

  it('accepts the sample and the full dataset with the data zod gives, as a fresh copy', () => {
    for (const input of [sample, FULL]) {
      assert.equal(agrees(input), true);
      const out = parseDatasetShape(input)!;
      assert.notEqual(out, input);
      assert.notEqual(out.units[0], input.units[0]);
    }
  });

  it('agrees with zod on every edge value at every path of a dataset, every key removed, a key added to every object', () => {
    let accepted = 0;
    let runs = 0;
    for (const path of paths(FULL)) {
      const edits: Edit[] = [
        ...EDGES.map((value): Edit => ({ path, op: 'set', value, key: '' })),
        { path, op: 'delete', value: undefined, key: '' },
        { path, op: 'wrap', value: undefined, key: '' },
        { path, op: 'add-key', value: 'x', key: 'extra' },
      ];
      for (const e of edits) {
        runs++;
        if (agrees(edited(FULL, e))) accepted++;
      }
    }
    assert.ok(accepted > runs * 0.05 && accepted < runs * 0.95, `${accepted} of ${runs} edits accepted`);
  });

  it('agrees with zod on random edits anywhere in a dataset (any value, a key removed or added, a value wrapped)', () => {
    const edit = (root: unknown) =>
      fc.record({
        path: fc.constantFrom(...paths(root)),
        op: fc.constantFrom('set', 'set', 'set', 'delete', 'add-key', 'wrap'),
        value: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EDGES) }, { weight: 1, arbitrary: fc.anything() }),
        key: fc.constantFrom('extra', 'vi', 'en', 'url', 'parent', 'of', '__proto__', 'constructor'),
      });
    let accepted = 0;
    let runs = 0;
    fc.assert(fc.property(edit(FULL), (e) => {
      runs++;
      if (agrees(edited(FULL, e as Edit))) accepted++;
    }), { numRuns: 1000 });
    // Both outcomes are exercised (an edit that keeps the data valid, one that breaks it).
    assert.ok(accepted > runs * 0.05 && accepted < runs * 0.95, `${accepted} of ${runs} edits accepted`);
  });

  it('agrees with zod on any value at all and on JSON with odd keys', () => {
    fc.assert(fc.property(fc.anything(), (x) => void agrees(x)), { numRuns: 500 });
    for (const text of ['{"title":"x","units":[],"metrics":[],"periods":[],"__proto__":{}}', '{"title":"x","units":[{"__proto__":{"id":"a"}}],"metrics":[],"periods":[]}']) {
      agrees(JSON.parse(text));
    }
    // Inherited keys are not the input's own: zod and the parser read them alike.
    agrees(Object.assign(Object.create({ extra: 1 }), minimal()));
  });
});
