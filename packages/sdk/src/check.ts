/** Checks a valid dataset: every printed percent against the computed one, and every aggregation. */
import { aggregate } from './aggregate.js';
import type { Finding, PrintedFinding, Severity } from './findings.js';
import { checkPrinted } from './printed.js';
import type { Dataset } from './schemas/dataset.js';

const SEVERITY: Record<PrintedFinding['verdict'], Severity> = {
  exact: 'ok',
  rounded: 'ok',
  truncated: 'info',
  mismatch: 'warning',
  unparseable: 'warning',
  'no-target': 'warning',
  'no-of': 'warning',
};

/**
 * Runs `checkPrinted` on every actual and quality rating that has a printed percent (`no-target` for
 * a count without a target, `no-of` for a share without its whole), and `aggregate` on every metric ×
 * period as of each of its dates, and returns the findings with their paths.
 */
export function checkDataset(dataset: Dataset): Finding[] {
  const findings: Finding[] = [];
  const targets = new Map<string, number>();
  for (const t of dataset.targets) targets.set(`${t.unit}\u0000${t.metric}\u0000${t.period}`, t.value);
  const isShare = new Set(dataset.metrics.filter((m) => m.kind === 'share').map((m) => m.id));
  dataset.actuals.forEach((a, i) => {
    if (!a.printed) return;
    const path = `actuals[${i}].printed`;
    if (isShare.has(a.metric)) {
      if (a.of) findings.push(printedFinding(path, a.unit, a.printed, a.value, a.of));
      else findings.push({ code: 'printed', severity: SEVERITY['no-of'], path, unit: a.unit, verdict: 'no-of', text: a.printed, printed: null, computed: null, digits: 0 });
      return;
    }
    const target = targets.get(`${a.unit}\u0000${a.metric}\u0000${a.period}`);
    if (target === undefined) {
      findings.push({ code: 'printed', severity: SEVERITY['no-target'], path, unit: a.unit, verdict: 'no-target', text: a.printed, printed: null, computed: null, digits: 0 });
      return;
    }
    findings.push(printedFinding(path, a.unit, a.printed, a.value, target));
  });
  // A unit whose name is its id was never named (a CSV parent without a row): readers would see `ha-noi`.
  dataset.units.forEach((u, i) => {
    if (u.name === u.id) findings.push({ code: 'unit-without-name', severity: 'warning', path: `units[${i}].name`, unit: u.id });
  });
  dataset.qualityRatings.forEach((q, i) => {
    if (q.printed && q.evaluated !== undefined && q.strong !== undefined) {
      findings.push(printedFinding(`qualityRatings[${i}].printed`, q.unit, q.printed, q.strong, q.evaluated));
    }
  });
  // Every metric × period as of each date it has figures for: a parent's own figure is compared
  // with its children's as of its own date (a June figure with the June sum, not December's).
  const dates = new Map<string, Set<string>>();
  const periodEnd = new Map(dataset.periods.map((p) => [p.id, p.end]));
  for (const a of dataset.actuals) {
    const key = `${a.metric}\u0000${a.period}`;
    let set = dates.get(key);
    if (!set) dates.set(key, (set = new Set()));
    set.add(a.asOf ?? periodEnd.get(a.period) ?? '');
  }
  const seen = new Set<string>();
  for (const [pair, asOfs] of dates) {
    const [metric, period] = pair.split('\u0000') as [string, string];
    for (const asOf of [...asOfs].sort()) {
      for (const f of aggregate(dataset, { metric, period, ...(asOf ? { asOf } : {}) }).findings) {
        const key = `${f.code}|${f.path}|${f.unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
  }
  return findings;
}

function printedFinding(path: string, unit: string, text: string, part: number, whole: number): PrintedFinding {
  const r = checkPrinted(part, whole, text);
  return { code: 'printed', severity: SEVERITY[r.verdict], path, unit, verdict: r.verdict, text, printed: r.printed, computed: r.computed, digits: r.digits };
}
