/**
 * `tiendo extract ARTICLE.txt`: reads the figures out of a press text, prints each with its
 * verdict (Vietnamese by default, English with `--locale en`), mismatches marked `!`; `--json`
 * prints the extraction, `--dataset FILE` writes the dataset JSON. Exit codes as `tiendo check`:
 * 0, or 1 with `--strict` when a printed percent is a mismatch, 2 for a usage error or a file that
 * cannot be read.
 * @module
 */
import { cliArgs, type CliIo, readInput } from './cli-args.js';
import { writeFile } from 'node:fs/promises';
import { TiendoError } from './errors.js';
import { extractFigures, type ExtractedFigure } from './extract/index.js';
import { formatDate, formatNumber } from './format.js';
import type { Locale } from './locale.js';
import { formatFinding } from './messages.js';

const T = {
  vi: {
    usage: 'Cách dùng: tiendo extract BÀI.txt [--published YYYY-MM-DD] [--source "Tên báo"] [--json] [--dataset ra.json] [--locale vi|en] [--strict]',
    unreadable: (f: string, m: string) => `Không đọc được tệp ${f}: ${m}`,
    badDate: (d: string) => `--published cần ngày dạng YYYY-MM-DD, nhận được ${JSON.stringify(d)}`,
    count: (f: string, n: number) => `${f}: ${n} số liệu`,
    metric: { members: 'kết nạp đoàn viên', 'grassroots-unions': 'thành lập CĐCS', 'strong-share': 'tỉ lệ CĐCS vững mạnh', other: 'khác' } as Record<string, string>,
    sector: { state: 'khu vực nhà nước', 'non-state': 'khu vực ngoài nhà nước' } as Record<string, string>,
    target: 'chỉ tiêu',
    derived: 'suy ra',
    sub: 'trong đó',
    threshold: 'Ngưỡng',
    wrote: (f: string) => `Đã ghi bộ dữ liệu vào ${f}`,
    summary: (m: number, c: number) => `${m} sai lệch trong ${c} tỉ lệ % đã kiểm tra`,
  },
  en: {
    usage: 'Usage: tiendo extract ARTICLE.txt [--published YYYY-MM-DD] [--source "Outlet"] [--json] [--dataset out.json] [--locale vi|en] [--strict]',
    unreadable: (f: string, m: string) => `Cannot read ${f}: ${m}`,
    badDate: (d: string) => `--published expects a date YYYY-MM-DD, received ${JSON.stringify(d)}`,
    count: (f: string, n: number) => `${f}: ${n} figure${n === 1 ? '' : 's'}`,
    metric: { members: 'members admitted', 'grassroots-unions': 'grassroots unions founded', 'strong-share': 'share of strong grassroots unions', other: 'other' } as Record<string, string>,
    sector: { state: 'state sector', 'non-state': 'non-state sector' } as Record<string, string>,
    target: 'target',
    derived: 'derived',
    sub: 'part of',
    threshold: 'Threshold',
    wrote: (f: string) => `Wrote the dataset to ${f}`,
    summary: (m: number, c: number) => `${m} mismatch${m === 1 ? '' : 'es'} among ${c} printed percent${c === 1 ? '' : 's'} checked`,
  },
};

/** The line number (1-based) of an offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** One figure as a line: where, what, the figures, the period and unit; then its verdict line. */
function describe(f: ExtractedFigure, text: string, locale: Locale): string[] {
  const t = T[locale];
  const fmt = (n: number) => formatNumber(n, { locale, maximumFractionDigits: 1 });
  const where = locale === 'vi' ? `dòng ${lineOf(text, f.start)}` : `line ${lineOf(text, f.start)}`;
  const what = f.metric === 'other' ? `${t.metric.other}: ${f.noun ?? ''}` : t.metric[f.metric];
  const value = f.metric === 'strong-share' && f.share !== undefined ? `${fmt(f.share * 100)}%` : f.of !== undefined ? `${fmt(f.actual)}/${fmt(f.of)}` : fmt(f.actual);
  const target = f.target !== undefined ? ` (${t.target} ${fmt(f.target)}${f.targetSource === 'derived' ? `, ${t.derived}` : ''})` : '';
  const extra = [f.sector ? t.sector[f.sector] : '', f.qualifier ?? '', f.period?.label ?? '', f.asOf ? (locale === 'vi' ? `đến ${formatDate(f.asOf, locale)}` : `as of ${formatDate(f.asOf, locale)}`) : '', f.unitName ?? ''].filter(Boolean).join(' · ');
  const mark = f.verdict === 'mismatch' || f.verdict === 'unparseable' ? '!' : f.verdict === 'truncated' ? 'i' : f.verdict ? '✓' : '·';
  const lines = [`  ${mark} ${where}: ${what} ${value}${target}${extra ? ` — ${extra}` : ''}`, `      “${f.quote}”`];
  if (f.verdict && f.printed) {
    const finding = { code: 'printed' as const, severity: 'ok' as const, path: where, unit: f.unitName ?? '?', verdict: f.verdict, text: f.printed, printed: null, computed: f.computed ?? null, digits: 0 };
    lines.push(`      ${formatFinding(finding, locale, fmt).replace(`${where} (${finding.unit}): `, '')}`);
  }
  for (const n of f.notes) lines.push(`      – ${n}`);
  return lines;
}

/** Runs `tiendo extract` with the arguments after the command; returns the exit code. */
export async function runExtract(argv: readonly string[], io: CliIo, locale: Locale, strict: boolean): Promise<number> {
  const { flag, bool, rest: args } = cliArgs(argv);
  const t = T[locale];
  const published = flag('--published');
  const source = flag('--source');
  const datasetOut = flag('--dataset');
  const json = bool('--json');
  const [file] = args;
  const text = await readInput(file, io, t);
  if (text === null) return 2;
  let x;
  try {
    x = extractFigures(text, { ...(published ? { published } : {}), ...(source ? { source } : {}) });
  } catch (e) {
    if (e instanceof TiendoError && published !== undefined) {
      io.err(t.badDate(published));
      return 2;
    }
    throw e;
  }
  const checked = x.figures.filter((f) => f.verdict);
  const mismatches = checked.filter((f) => f.verdict === 'mismatch').length;
  if (datasetOut) {
    await writeFile(datasetOut, `${JSON.stringify(x.dataset, null, 2)}\n`);
    if (!json) io.err(t.wrote(datasetOut));
  }
  if (json) {
    io.out(JSON.stringify({ figures: x.figures, targets: x.targets, thresholds: x.thresholds, notes: x.notes }, null, 2));
  } else {
    io.out(t.count(file, x.figures.length));
    for (const f of x.figures) for (const l of describe(f, text, locale)) io.out(l);
    const fmt = (n: number) => formatNumber(n, { locale, maximumFractionDigits: 1 });
    for (const tg of x.targets) io.out(`  · ${locale === 'vi' ? `dòng ${lineOf(text, tg.start)}` : `line ${lineOf(text, tg.start)}`}: ${t.target} ${t.metric[tg.metric]} ${fmt(tg.target)}${tg.period ? ` — ${tg.period.label}` : ''}${tg.unitName ? ` · ${tg.unitName}` : ''}`);
    for (const th of x.thresholds) io.out(`  · ${t.threshold} ${t.sector[th.sector]}: ${th.printed} (${th.comparison})${th.period ? ` — ${th.period.label}` : ''}${th.unitName ? ` · ${th.unitName}` : ''}`);
    io.out(t.summary(mismatches, checked.length));
  }
  return strict && mismatches > 0 ? 1 : 0;
}
