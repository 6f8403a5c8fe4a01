/**
 * Benchmarks of the SDK on a generated tree of 100 000 units (city → districts → grassroots unions):
 * rank + aggregate, parseDataset, checkPrinted. Prints the median of several runs; `--json FILE`
 * also writes the figures as JSON. Run: `pnpm --filter @tiendo/sdk bench`.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { aggregate, checkPrinted, exactAttainment, parseDataset, rank } from '../src/index.js';
import { generateTree } from './tree.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const UNITS = 100_000;
const input = generateTree(UNITS);
const dataset = parseDataset(input);
const rows = input.units.length;
const PRINTED = 1_000_000;
const figures: { name: string; runs: number; medianMs: number; rows: number; rowsPerSecond: number; budgetMs: number | null }[] = [];
const record = (name: string, runs: number, n: number, budgetMs: number | null, fn: () => unknown) => {
  const medianMs = time(runs, fn);
  figures.push({ name, runs, medianMs: Math.round(medianMs * 10) / 10, rows: n, rowsPerSecond: Math.round(n / (medianMs / 1000)), budgetMs });
};

record('rank + aggregate', 9, rows, 50, () => {
  const { all } = aggregate(dataset, { metric: 'members', period: '2024' });
  return rank(all, { by: (n) => n.attainment, exact: exactAttainment, name: (n) => n.unit.name });
});
record('parseDataset', 5, input.units.length + input.targets!.length + input.actuals!.length, 1000, () => parseDataset(input));
const cases: [number, number, string][] = [[27, 22, '122%'], [1438, 1400, '102,7%'], [21, 27, '87,5%'], [1548, 1400, '110,6%']];
record('checkPrinted ×1 000 000', 5, PRINTED, null, () => {
  for (let i = 0; i < PRINTED; i++) {
    const c = cases[i & 3]!;
    checkPrinted(c[0], c[1], c[2]);
  }
});

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('benchmark', 26)}${pad('median ms', 12)}${pad('rows', 11)}${pad('rows/s', 14)}budget`);
for (const f of figures) {
  const ok = f.budgetMs === null ? '—' : `${f.medianMs <= f.budgetMs ? '✓' : '✗'} < ${f.budgetMs} ms`;
  console.log(`${pad(f.name, 26)}${pad(f.medianMs.toFixed(1), 12)}${pad(String(f.rows), 11)}${pad(f.rowsPerSecond.toLocaleString('en-US'), 14)}${ok}`);
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1) {
  const file = process.argv[jsonAt + 1];
  if (!file) throw new Error('--json needs a file name');
  writeFileSync(file, `${JSON.stringify({ node: process.version, units: UNITS, figures }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
