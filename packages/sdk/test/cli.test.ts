import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../src/index.js';
import { runCli } from '../src/cli.js';
import { sampleDataset } from '../src/sample.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const file = (p: string) => join(pkg, p);
const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('tiendo check', () => {
  it('checks a valid JSON dataset in Vietnamese by default: every printed percent, the mismatch with the computed value', async () => {
    const r = await cli('check', file('data/sample.json'));
    assert.equal(r.code, 0);
    assert.deepEqual(r.err, []);
    assert.match(r.out[0]!, /sample\.json: hợp lệ \(32 đơn vị, 122 số liệu thực hiện\)$/);
    const hk = sampleDataset.actuals.findIndex((a) => a.unit === 'hoan-kiem' && a.printed === '87,5%');
    const hm = sampleDataset.actuals.findIndex((a) => a.unit === 'hoang-mai' && a.printed === '122%');
    assert.ok(r.out.includes(`  ! actuals[${hk}].printed (hoan-kiem): ghi “87,5%”: SAI LỆCH; tính lại: 77,8%`), r.out.join('\n'));
    assert.ok(r.out.includes(`  i actuals[${hm}].printed (hoang-mai): ghi “122%”: bị cắt bớt chữ số (không làm tròn); tính lại: 122,7%`));
    assert.ok(r.out.some((l) => l.includes('“102,7%”: làm tròn đúng')));
    assert.equal(r.out.at(-1), '1 sai lệch, 1 cảnh báo khác');
  });
  it('speaks English with --locale en', async () => {
    const r = await cli('check', file('data/sample.json'), '--locale', 'en');
    assert.equal(r.code, 0);
    assert.match(r.out[0]!, /: valid \(32 units, 122 actuals\)$/);
    assert.ok(r.out.some((l) => l.endsWith('(hoan-kiem): printed “87,5%”: MISMATCH; computed: 77.8%')));
    assert.equal(r.out.at(-1), '1 mismatch, 1 other warning');
  });
  it('locates the findings of a CSV by its line and column', async () => {
    const r = await cli('check', file('data/sample.csv'));
    assert.equal(r.code, 0);
    const lines = readFileSync(file('data/sample.csv'), 'utf8').split('\n');
    const finding = r.out.find((l) => l.includes('SAI LỆCH'))!;
    const m = /^ {2}! dòng (\d+), cột printed \(hoan-kiem\): ghi “87,5%”: SAI LỆCH; tính lại: 77,8%$/.exec(finding);
    assert.ok(m, finding);
    const row = lines[Number(m[1]) - 1]!;
    assert.match(row, /^hoan-kiem,/);
    assert.ok(row.includes('"87,5%"'));
  });
  it('exits 1 and prints every error of a JSON file with its path', async () => {
    const bad = join(dir, 'bad.json');
    const d = JSON.parse(readFileSync(file('data/sample.json'), 'utf8'));
    d.targets[3].value = -5;
    d.actuals[0].value = '1.548';
    writeFileSync(bad, JSON.stringify(d));
    const r = await cli('check', bad, '--locale', 'en');
    assert.equal(r.code, 1);
    assert.deepEqual(r.out, []);
    assert.deepEqual(r.err, [
      `${bad}: 2 errors`,
      '  ✗ targets[3].value: expected a number ≥ 0, received -5',
      '  ✗ actuals[0].value: expected a number, received "1.548" (write 1548 as a number, without quotes)',
    ]);
  });
  it('prints reference errors with their paths once the file is well-formed', async () => {
    const bad = join(dir, 'refs.json');
    const d = JSON.parse(readFileSync(file('data/sample.json'), 'utf8'));
    d.actuals[0].unit = 'nowhere';
    d.actuals[1].asOf = '2030-01-01';
    writeFileSync(bad, JSON.stringify(d));
    const r = await cli('check', bad);
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.slice(1), ['  ✗ actuals[0].unit: không có đơn vị "nowhere"', `  ✗ actuals[1].asOf: ngày số liệu 2030-01-01 nằm ngoài kỳ ${d.actuals[1].period} (${d.actuals[1].period}-01-01 – ${d.actuals[1].period}-12-31)`]);
  });
  it('exits 1 on a JSON syntax error, with its line and column', async () => {
    const r = await cli('check', file('test/fixtures/bad/39-trailing-comma.json'));
    assert.equal(r.code, 1);
    assert.equal(r.err[1], '  ✗ dòng 26, cột 5: JSON không hợp lệ: cần a "quoted" key, gặp "}"');
  });
  it('exits 1 and prints every error of a CSV with its line and column, in Vietnamese', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'unit,metric,period,target,actual,as_of\nhoang-mai,members,2017,1.400,abc,2017-10-31\nhoan-kiem,members,2021,-3,1548,2022-01-01\n');
    const r = await cli('check', csv);
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.slice(1), [
      '  ✗ dòng 2, cột actual: cần một số ≥ 0, nhận được "abc"',
      '  ✗ dòng 3, cột target: cần một số ≥ 0, nhận được -3',
    ]);
    assert.equal(r.err[0], `${csv}: 2 lỗi`);
  });
  it('reads a semicolon CSV (Excel in a Vietnamese locale) and names a separator it cannot read', async () => {
    const ok = await cli('check', file('test/fixtures/good/semicolon-delimiter.csv'), '--locale', 'en');
    assert.equal(ok.code, 0, ok.err.join('\n'));
    assert.match(ok.out[0]!, /: valid \(1 units, 1 actuals\)$/);
    const r = await cli('check', file('test/fixtures/bad/46-bar-delimiter.csv'), '--locale', 'en');
    assert.equal(r.code, 1);
    assert.equal(r.err[1], '  ✗ line 1: CSV columns must be separated by commas; this file uses bars (|)');
  });
  it('with --strict, exits 1 when a printed percent is a mismatch', async () => {
    assert.equal((await cli('check', file('data/sample.json'), '--strict')).code, 1);
    const ok = join(dir, 'ok.csv');
    writeFileSync(ok, 'unit,metric,period,target,actual,printed\nhoang-mai,members,2017,1400,1438,"102,7%"\n');
    assert.equal((await cli('check', ok, '--strict')).code, 0);
  });
  it('exits 2 for a file it cannot read, an unknown command or no command', async () => {
    const missing = await cli('check', join(dir, 'nope.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err[0]!, /^Không đọc được tệp .*nope\.json: ENOENT$/);
    assert.equal((await cli('frob')).code, 2);
    assert.equal((await cli()).code, 2);
    assert.equal((await cli('check')).code, 2);
    const help = await cli('--help', '--locale', 'en');
    assert.equal(help.code, 0);
    assert.match(help.out[0]!, /^Usage: tiendo check FILE/);
  });
});

describe('tiendo convert', () => {
  it('writes the dataset JSON of a CSV to stdout, which parseDataset accepts', async () => {
    const r = await cli('convert', file('data/sample.csv'), '--title', 'Mẫu');
    assert.equal(r.code, 0);
    const d = parseDataset(JSON.parse(r.out.join('\n')));
    assert.equal(d.title, 'Mẫu');
    assert.deepEqual(d.actuals, sampleDataset.actuals);
  });
  it('exits 1 with the errors of a bad CSV and writes nothing to stdout', async () => {
    const r = await cli('convert', file('test/fixtures/bad/53-missing-unit-cell.csv'), '--locale', 'en');
    assert.equal(r.code, 1);
    assert.deepEqual(r.out, []);
    assert.equal(r.err[1], '  ✗ line 3, column unit: required field is missing');
  });
});

describe('bin/tiendo.js', () => {
  const built = existsSync(file('dist/cli.js'));
  it('runs the built CLI with the exit code of runCli', { skip: built ? false : 'dist/ not built (pnpm build)' }, () => {
    const ok = spawnSync(process.execPath, [file('bin/tiendo.js'), 'check', file('data/sample.json'), '--locale', 'en'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /MISMATCH; computed: 77\.8%/);
    const bad = spawnSync(process.execPath, [file('bin/tiendo.js'), 'check', file('test/fixtures/bad/07-target-negative.json')], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /targets\[0\]\.value: cần một số ≥ 0, nhận được -5/);
  });
});

describe('tiendo check reports the new findings in both languages', () => {
  const json = {
    title: 'Thử',
    units: [{ id: 'p', name: 'Thành phố', kind: 'other' }, { id: 'a', name: 'Quận A', kind: 'other', parent: 'p' }, { id: 'b', name: 'Quận B', kind: 'other', parent: 'p' }],
    metrics: [
      { id: 'share', labels: { vi: 'Tỉ lệ' }, noun: { vi: 'CĐCS' }, kind: 'share' },
      { id: 'members', labels: { vi: 'Kết nạp' }, noun: { vi: 'đoàn viên' } },
    ],
    periods: [{ id: '2020', label: { vi: 'Năm 2020' }, start: '2020-01-01', end: '2020-12-31' }],
    actuals: [
      { unit: 'a', metric: 'share', period: '2020', value: 5, of: 10 },
      { unit: 'b', metric: 'share', period: '2020', value: 9, printed: '90%' },
      { unit: 'p', metric: 'members', period: '2020', value: 60, asOf: '2020-06-30' },
      { unit: 'a', metric: 'members', period: '2020', value: 31, asOf: '2020-06-30' },
      { unit: 'b', metric: 'members', period: '2020', value: 30, asOf: '2020-06-30' },
      { unit: 'a', metric: 'members', period: '2020', value: 70 },
    ],
  };
  const path = join(dir, 'findings.json');
  writeFileSync(path, JSON.stringify(json));
  it('a share without its whole, its unchecked print, and a June parent against its June children (not December)', async () => {
    const vi = await cli('check', path);
    assert.equal(vi.code, 0, vi.err.join('\n'));
    assert.ok(vi.out.includes('  ! actuals[1].printed (b): ghi “90%”: không có tổng (of) để kiểm tra'), vi.out.join('\n'));
    assert.ok(vi.out.includes('  ! actuals[1].of: tỉ lệ của b không có tổng (of) nên không được cộng vào p'), vi.out.join('\n'));
    assert.ok(vi.out.includes('  ! actuals[2].value: số thực hiện của p là 60 nhưng tổng các đơn vị trực thuộc là 61'), vi.out.join('\n'));
    assert.equal(vi.out.filter((l) => l.includes('tổng các đơn vị trực thuộc')).length, 1, 'the December figure of a is no disagreement');
    const en = await cli('check', path, '--locale', 'en');
    assert.ok(en.out.includes('  ! actuals[1].of: the share of b has no whole (of), so it is left out of p'), en.out.join('\n'));
    assert.ok(en.out.includes('  ! actuals[1].printed (b): printed “90%”: no whole (of) to check against'));
  });
  it('names the line of a row with an unquoted Vietnamese number, in Vietnamese', async () => {
    const bad = join(dir, 'comma.csv');
    writeFileSync(bad, 'unit,metric,period,target,actual\nd1,members,2021,1,400,1,548\n');
    const r = await cli('check', bad);
    assert.equal(r.code, 1);
    assert.ok(r.err.includes('  ✗ dòng 2: dòng có 7 ô nhưng tiêu đề chỉ có 5 cột; số có dấu phẩy phải đặt trong ngoặc kép ("1,400"), hoặc ghi 1.400'), r.err.join('\n'));
  });
});
