import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDataset, formatFinding, parseDataset, parseDatasetCsv, type PrintedFinding } from '../src/index.js';
import { sampleDataset } from '../src/sample.js';
import { minimal } from './helpers.js';

const printed = (findings: ReturnType<typeof checkDataset>) => findings.filter((f): f is PrintedFinding => f.code === 'printed');

describe('checkDataset', () => {
  it('checks every printed percent of the sample: Hoàng Mai 122% truncated, Hoàn Kiếm 87,5% a mismatch (77,8%)', () => {
    const findings = printed(checkDataset(sampleDataset));
    const at = (unit: string, text: string) => {
      const f = findings.find((x) => x.unit === unit && x.text === text);
      assert.ok(f, `no finding for ${unit} ${text}`);
      // The path points at the printed field of the right actual.
      const m = /^actuals\[(\d+)\]\.printed$/.exec(f.path);
      assert.ok(m, f.path);
      assert.equal(sampleDataset.actuals[Number(m[1])]!.printed, text);
      return f;
    };
    const hm = at('hoang-mai', '122%');
    assert.equal(hm.verdict, 'truncated');
    assert.equal(hm.severity, 'info');
    assert.equal(at('hoang-mai', '102,7%').verdict, 'rounded');
    assert.equal(at('hoan-kiem', '110,6%').verdict, 'rounded');
    const hk = at('hoan-kiem', '87,5%');
    assert.equal(hk.verdict, 'mismatch');
    assert.equal(hk.severity, 'warning');
    assert.equal(Math.round(hk.computed! * 10) / 10, 77.8);
    assert.equal(hk.printed, 87.5);
  });
  it('says “no-target” for a printed percent without a target (Quảng Trị 121% of an unstated target)', () => {
    const qt = printed(checkDataset(sampleDataset)).find((f) => f.unit === 'quang-tri' && f.text === '121%');
    assert.equal(qt?.verdict, 'no-target');
    assert.equal(qt?.computed, null);
  });
  it('checks printed shares of quality ratings against strong ÷ evaluated', () => {
    const d = parseDataset(minimal({
      qualityRatings: [
        { unit: 'a', period: '2020', sector: 'state', scheme: 's', evaluated: 40, strong: 37, printed: '92,5%' },
        { unit: 'a', period: '2020', sector: 'non-state', scheme: 's', evaluated: 30, strong: 14, printed: '50%' },
      ],
    }));
    const f = printed(checkDataset(d));
    assert.deepEqual(f.map((x) => [x.path, x.verdict]), [['qualityRatings[0].printed', 'exact'], ['qualityRatings[1].printed', 'mismatch']]);
  });
  it('checks a printed share metric against value ÷ of', () => {
    const d = parseDataset(minimal({
      metrics: [{ id: 'strong', labels: { vi: 'CĐCS vững mạnh' }, noun: { vi: 'CĐCS' }, kind: 'share' }],
      actuals: [{ unit: 'a', metric: 'strong', period: '2020', value: 9, of: 10, printed: '90%' }],
    }));
    assert.equal(printed(checkDataset(d))[0]!.verdict, 'exact');
  });
  it('adds the aggregation findings: a parent whose own figure differs from its children’s sum', () => {
    const d = parseDataset(minimal({
      units: [{ id: 'p', name: 'P', kind: 'other' }, { id: 'c1', name: 'C1', kind: 'other', parent: 'p' }, { id: 'c2', name: 'C2', kind: 'other', parent: 'p' }],
      actuals: [
        { unit: 'p', metric: 'members', period: '2020', value: 100 },
        { unit: 'c1', metric: 'members', period: '2020', value: 40 },
        { unit: 'c2', metric: 'members', period: '2020', value: 50 },
      ],
    }));
    const f = checkDataset(d);
    assert.deepEqual(f, [{ code: 'aggregate-mismatch', severity: 'warning', path: 'actuals[0].value', unit: 'p', reported: 100, computed: 90 }]);
    assert.equal(formatFinding(f[0]!, 'en'), 'actuals[0].value: actual of p is 100 but its children sum to 90');
    assert.equal(formatFinding(f[0]!, 'vi'), 'actuals[0].value: số thực hiện của p là 100 nhưng tổng các đơn vị trực thuộc là 90');
  });
  it('returns nothing for a dataset without printed percents or parents', () => {
    assert.deepEqual(checkDataset(parseDataset(minimal({ actuals: [{ unit: 'a', metric: 'members', period: '2020', value: 3 }] }))), []);
  });
});

describe('formatFinding', () => {
  it('writes a printed-percent finding with the computed value, in vi by default and en', () => {
    const hk = printed(checkDataset(sampleDataset)).find((f) => f.verdict === 'mismatch')!;
    const fmt = (n: number) => n.toFixed(1);
    assert.equal(formatFinding(hk, 'vi', fmt), `${hk.path} (hoan-kiem): ghi “87,5%”: SAI LỆCH; tính lại: 77.8%`);
    assert.equal(formatFinding(hk, 'en', fmt), `${hk.path} (hoan-kiem): printed “87,5%”: MISMATCH; computed: 77.8%`);
  });
});

describe('checkDataset names units without a name', () => {
  it('a CSV parent without a row of its own is reported (readers would see its id)', () => {
    const d = parseDatasetCsv('unit,unit_name,parent,metric,period,actual\nhk,Quận Hoàn Kiếm,ha-noi,members,2021,5\n');
    const f = checkDataset(d).filter((x) => x.code === 'unit-without-name');
    assert.deepEqual(f.map((x) => [x.path, x.unit, x.severity]), [['units[1].name', 'ha-noi', 'warning']]);
    assert.match(formatFinding(f[0]!, 'vi'), /đơn vị ha-noi chưa có tên/);
  });
});
