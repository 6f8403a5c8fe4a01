/** `tiendo extract`: the figures of an article with their verdicts, JSON, the dataset file, exit codes. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../src/cli.js';
import { parseDataset } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const ARTICLE = join(dir, 'hoan-kiem.txt');
writeFileSync(ARTICLE, 'Liên đoàn Lao động quận Hoàn Kiếm thành lập 21 Công đoàn cơ sở\n\n6 tháng đầu năm 2021, Liên đoàn Lao động quận đã thành lập được 21/27 Công đoàn cơ sở đạt 87,5% kế hoạch năm, kết nạp 1.548/1.400 đoàn viên đạt 110,6% kế hoạch năm.\n');
const OK = join(dir, 'ok.txt');
writeFileSync(OK, 'Năm 2017, LĐLĐ quận Hoàng Mai kết nạp 1438/1400 đoàn viên đạt 102,7% chỉ tiêu được giao.\n');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('tiendo extract', () => {
  it('prints every figure with its verdict in Vietnamese, the mismatch marked “!” with the computed value', async () => {
    const r = await cli('extract', ARTICLE);
    assert.equal(r.code, 0);
    assert.equal(r.out[0], `${ARTICLE}: 2 số liệu`);
    assert.equal(r.out[1], '  ! dòng 3: thành lập CĐCS 21 (chỉ tiêu 27) — Năm 2021 · đến 30/06/2021 · Liên đoàn Lao động quận Hoàn Kiếm');
    assert.equal(r.out[2], '      “thành lập được 21/27 Công đoàn cơ sở đạt 87,5% kế hoạch năm”');
    assert.equal(r.out[3], '      ghi “87,5%”: SAI LỆCH; tính lại: 77,8%');
    assert.ok(r.out.includes('      ghi “110,6%”: làm tròn đúng; tính lại: 110,6%'));
    assert.equal(r.out.at(-1), '1 sai lệch trong 2 tỉ lệ % đã kiểm tra');
  });
  it('speaks English with --locale en', async () => {
    const r = await cli('extract', ARTICLE, '--locale', 'en');
    assert.ok(r.out.includes('      printed “87,5%”: MISMATCH; computed: 77.8%'), r.out.join('\n'));
    assert.equal(r.out.at(-1), '1 mismatch among 2 printed percents checked');
  });
  it('with --strict exits 1 on a mismatch, 0 without', async () => {
    assert.equal((await cli('extract', ARTICLE, '--strict')).code, 1);
    assert.equal((await cli('extract', OK, '--strict')).code, 0);
  });
  it('--json prints the figures; --dataset writes a dataset that parseDataset accepts, with the source', async () => {
    const out = join(dir, 'd.json');
    const r = await cli('extract', OK, '--json', '--dataset', out, '--source', 'Hà Nội Mới', '--published', '2018-01-02');
    assert.equal(r.code, 0);
    const x = JSON.parse(r.out.join('\n'));
    assert.deepEqual(x.figures.map((f: { actual: number; target: number; verdict: string }) => [f.actual, f.target, f.verdict]), [[1438, 1400, 'rounded']]);
    const d = parseDataset(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(d.actuals.map((a) => [a.unit, a.value, a.printed, a.source?.name]), [['hoang-mai', 1438, '102,7%', 'Hà Nội Mới']]);
  });
  it('exits 2 for a missing file, no file, or a bad --published', async () => {
    assert.equal((await cli('extract', join(dir, 'nope.txt'))).code, 2);
    assert.equal((await cli('extract')).code, 2);
    const bad = await cli('extract', OK, '--published', '2018-13-40');
    assert.equal(bad.code, 2);
    assert.match(bad.err[0]!, /--published/);
  });
  it('the usage text names extract', async () => {
    const r = await cli('--help');
    assert.match(r.out[0]!, /tiendo extract BÀI\.txt/);
  });
});
