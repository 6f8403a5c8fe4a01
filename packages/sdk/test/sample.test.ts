import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDataset } from '../src/index.js';
import { sampleDataset, sampleDatasetInput } from '../src/sample.js';

const json = JSON.parse(readFileSync(new URL('../data/sample.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const d = sampleDataset;

/** The figures of the seed articles (../shared/seeds), as DESIGN.md lists them. */
const SEED = [
  { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', target: 22, actual: 27, asOf: '2017-10-31', printed: '122%', source: /Hoàng Mai/ },
  { unit: 'hoang-mai', metric: 'members', period: '2017', target: 1400, actual: 1438, asOf: '2017-10-31', printed: '102,7%', source: /Hoàng Mai/ },
  { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021', target: 27, actual: 21, asOf: '2021-06-30', printed: '87,5%', source: /Hoàn Kiếm/ },
  { unit: 'hoan-kiem', metric: 'members', period: '2021', target: 1400, actual: 1548, asOf: '2021-06-30', printed: '110,6%', source: /Hoàn Kiếm/ },
];

describe('the sample dataset', () => {
  it('is valid, and data/sample.json is the same dataset as sampleDatasetInput', () => {
    const { $schema, ...rest } = json;
    assert.equal($schema, '../dataset.schema.json');
    assert.deepEqual(rest, JSON.parse(JSON.stringify(sampleDatasetInput)));
    assert.deepEqual(parseDataset(rest), d);
  });
  for (const s of SEED) {
    it(`holds the seed figure ${s.unit} ${s.metric} ${s.period}: ${s.actual}/${s.target}, printed “${s.printed}”, with its source`, () => {
      const t = d.targets.find((x) => x.unit === s.unit && x.metric === s.metric && x.period === s.period)!;
      const a = d.actuals.find((x) => x.unit === s.unit && x.metric === s.metric && x.period === s.period)!;
      assert.equal(t.value, s.target);
      assert.equal(a.value, s.actual);
      assert.equal(a.asOf, s.asOf);
      assert.equal(a.printed, s.printed);
      assert.match(a.source!.name, s.source);
      assert.match(t.source!.name, s.source);
      assert.notEqual(a.illustrative, true);
      assert.notEqual(t.illustrative, true);
    });
  }
  it('dates the Hoàng Mai article (2 January 2018)', () => {
    const a = d.actuals.find((x) => x.unit === 'hoang-mai')!;
    assert.equal(a.source!.date, '2018-01-02');
  });
  it('holds Long Biên’s real 2017 targets (1.400 members, 22 CĐCS) with their source, its counts marked illustrative', () => {
    const t = d.targets.filter((x) => x.unit === 'long-bien' && x.period === '2017');
    assert.deepEqual(t.map((x) => [x.metric, x.value]).sort(), [['grassroots-unions', 22], ['members', 1400]]);
    for (const x of t) {
      assert.match(x.source!.name, /Long Biên/);
      assert.notEqual(x.illustrative, true);
    }
    for (const a of d.actuals.filter((x) => x.unit === 'long-bien')) assert.equal(a.illustrative, true);
  });
  it('holds Quảng Trị’s term figures: 11.975 members printed “121%”, 138 CĐCS, 90% / 65% rated good or better', () => {
    const qt = d.actuals.filter((x) => x.unit === 'quang-tri');
    assert.deepEqual(qt.map((x) => [x.metric, x.period, x.value, x.printed]), [
      ['members', 'term-2018-2023', 11975, '121%'],
      ['grassroots-unions', 'term-2018-2023', 138, undefined],
    ]);
    const q = d.qualityRatings.filter((x) => x.unit === 'quang-tri');
    assert.deepEqual(q.map((x) => [x.sector, x.share, x.printed]), [['state', 0.9, '90%'], ['non-state', 0.65, '65%']]);
    for (const x of [...qt, ...q]) assert.match(x.source!.name, /Quảng Trị/);
  });
  it('holds Hoàng Mai’s 2018 goal: state more than 90%, non-state 50% or more', () => {
    assert.deepEqual(d.thresholds.filter((t) => t.unit === 'hoang-mai').map((t) => [t.sector, t.share, t.comparison, t.period]), [
      ['state', 0.9, 'strict', '2018'],
      ['non-state', 0.5, 'inclusive', '2018'],
    ]);
  });
  it('marks every figure without a source as illustrative, and none with a source', () => {
    const figures = [...d.targets, ...d.actuals, ...d.qualityRatings];
    for (const f of figures) assert.ok(!!f.source !== (f.illustrative === true), JSON.stringify(f));
    assert.ok(figures.filter((f) => f.illustrative).length > 100);
  });
  it('says in its notes, in Vietnamese and English, that invented figures are illustrative', () => {
    assert.match(d.notes!, /MINH HỌA/);
    assert.match(d.notes!, /ILLUSTRATIVE/);
  });
  it('has the 30 district-level units of Hà Nội as they stood before July 2025, under the city', () => {
    const districts = d.units.filter((u) => u.parent === 'ha-noi');
    assert.equal(districts.length, 30);
    for (const u of districts) assert.equal(u.validTo, '2025-06-30');
    const names = districts.map((u) => u.name);
    for (const n of ['Quận Hoàng Mai', 'Quận Hoàn Kiếm', 'Quận Long Biên', 'Thị xã Sơn Tây', 'Huyện Thạch Thất', 'Huyện Ứng Hòa']) assert.ok(names.includes(n), n);
  });
});

describe('scripts/make-sample.ts', () => {
  it('--check finds data/sample.json and data/sample.csv current (the sample is generated, never edited by hand)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-sample.ts', '--check'], { cwd, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /current/);
  });
});
