/**
 * The `tiendo` command for data editors: `tiendo check FILE` validates a feed (JSON dataset or
 * long CSV) and checks every printed percent; `tiendo convert FILE.csv` writes the dataset JSON.
 * @module
 */
import { cliArgs, type CliIo, readInput } from './cli-args.js';
import { checkDataset } from './check.js';
import { csvLocation, parseDatasetText } from './csv.js';
import { DatasetError } from './dataset-error.js';
import { formatNumber } from './format.js';
import type { Locale } from './locale.js';
import { formatFinding, formatWhere } from './messages.js';
import { runExtract } from './cli-extract.js';

export type { CliIo } from './cli-args.js';

const T = {
  vi: {
    usage: 'Cách dùng: tiendo check TỆP [--locale vi|en] [--strict]\n           tiendo convert TỆP.csv [--title "Tiêu đề"]\n           tiendo extract BÀI.txt [--published YYYY-MM-DD] [--source "Tên báo"] [--json] [--dataset ra.json]\n\n  check    kiểm tra tệp dữ liệu (JSON hoặc CSV dạng dài) và mọi tỉ lệ % đã in\n  convert  chuyển CSV dạng dài thành JSON của bộ dữ liệu\n  extract  đọc số liệu trong bài báo, kiểm tra mọi tỉ lệ % đã in\n  --strict coi mọi tỉ lệ % in sai lệch là lỗi',
    unreadable: (f: string, m: string) => `Không đọc được tệp ${f}: ${m}`,
    invalid: (f: string, n: number) => `${f}: ${n} lỗi`,
    valid: (f: string, u: number, a: number) => `${f}: hợp lệ (${u} đơn vị, ${a} số liệu thực hiện)`,
    findings: 'Kiểm tra tỉ lệ % đã in:',
    summary: (m: number, w: number) => `${m} sai lệch, ${w} cảnh báo khác`,
    unknown: (c: string) => `Lệnh không có: ${c}`,
  },
  en: {
    usage: 'Usage: tiendo check FILE [--locale vi|en] [--strict]\n       tiendo convert FILE.csv [--title "Title"]\n       tiendo extract ARTICLE.txt [--published YYYY-MM-DD] [--source "Outlet"] [--json] [--dataset out.json]\n\n  check    validate a data file (JSON or long CSV) and every printed percent\n  convert  turn a long CSV into dataset JSON\n  extract  read the figures of a press text and check every printed percent\n  --strict treat every printed-percent mismatch as an error',
    unreadable: (f: string, m: string) => `Cannot read ${f}: ${m}`,
    invalid: (f: string, n: number) => `${f}: ${n} error${n === 1 ? '' : 's'}`,
    valid: (f: string, u: number, a: number) => `${f}: valid (${u} units, ${a} actuals)`,
    findings: 'Printed percents checked:',
    summary: (m: number, w: number) => `${m} mismatch${m === 1 ? '' : 'es'}, ${w} other warning${w === 1 ? '' : 's'}`,
    unknown: (c: string) => `Unknown command: ${c}`,
  },
};

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code: 0 when the
 * file is valid (and, with `--strict`, no printed percent is a mismatch), 1 when it is not, 2 for
 * a usage error or a file that cannot be read.
 */
export async function runCli(argv: readonly string[], io: CliIo = { out: console.log, err: console.error }): Promise<number> {
  const { flag, bool, rest: args } = cliArgs(argv);
  const localeArg = flag('--locale');
  const locale: Locale = localeArg === 'en' ? 'en' : 'vi';
  const title = flag('--title');
  const strict = bool('--strict');
  const t = T[locale];
  const [command, file] = args;
  if (command === 'extract') return runExtract(args.slice(1), io, locale, strict);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(t.usage);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check' && command !== 'convert') {
    io.err(t.unknown(command));
    io.err(t.usage);
    return 2;
  }
  const text = await readInput(file, io, t);
  if (text === null) return 2;
  const format = /\.csv$/i.test(file) ? 'csv' : /\.json$/i.test(file) ? 'json' : undefined;
  let dataset;
  try {
    dataset = parseDatasetText(text, format, title ? { title } : {});
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    io.err(t.invalid(file, e.issues.length));
    for (const line of e.format(locale)) io.err(`  ✗ ${line}`);
    return 1;
  }
  if (command === 'convert') {
    io.out(JSON.stringify(dataset, null, 2));
    return 0;
  }
  io.out(t.valid(file, dataset.units.length, dataset.actuals.length));
  const findings = checkDataset(dataset);
  const fmt = (n: number) => formatNumber(n, { locale, maximumFractionDigits: 1 });
  if (findings.length) io.out(t.findings);
  let mismatches = 0;
  let warnings = 0;
  for (const f of findings) {
    const mark = f.severity === 'ok' ? '✓' : f.severity === 'info' ? 'i' : '!';
    // For a CSV, `actuals[14].printed` means nothing to its editor: show the line and column instead.
    const at = csvLocation(dataset, f.path);
    io.out(`  ${mark} ${formatFinding(at ? { ...f, path: formatWhere(at, locale) } : f, locale, fmt)}`);
    if (f.code === 'printed' && f.verdict === 'mismatch') mismatches++;
    else if (f.severity === 'warning') warnings++;
  }
  io.out(t.summary(mismatches, warnings));
  return strict && mismatches > 0 ? 1 : 0;
}
