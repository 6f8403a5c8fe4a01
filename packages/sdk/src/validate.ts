/** Referential checks that a schema alone cannot make: unique ids, references, cycles, dates. */
import { dayNumber } from './dates.js';
import type { Issue } from './errors.js';
import type { Dataset } from './schemas/dataset.js';

type Ref = 'unit' | 'metric' | 'period' | 'sector';

/**
 * Every referential problem of a schema-valid dataset, in document order. Runs on every parse of
 * feeds of 100 000 rows, so paths are only built for problems and dates are converted once each.
 */
export function referentialIssues(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const days = new Map<string, number>();
  const day = (date: string): number => {
    let n = days.get(date);
    if (n === undefined) days.set(date, (n = dayNumber(date)));
    return n;
  };
  /** Id → position of its first occurrence; later occurrences are duplicates. */
  const index = (list: readonly { id: string }[], name: string): Map<string, number> => {
    const map = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      const seen = map.get(id);
      if (seen !== undefined) {
        issues.push({ code: 'duplicate-id', path: `${name}[${i}].id`, expected: name.slice(0, -1), received: JSON.stringify(id), detail: `${name}[${seen}]` });
      } else map.set(id, i);
    }
    return map;
  };
  const units = index(d.units, 'units');
  const metrics = index(d.metrics, 'metrics');
  const periods = index(d.periods, 'periods');
  const sectors = index(d.sectors, 'sectors');
  const known: Record<Ref, Map<string, number>> = { unit: units, metric: metrics, period: periods, sector: sectors };
  /** Position of the referenced item, `-1` when absent (no reference) or unknown (reported). */
  const ref = (kind: Ref, id: string | undefined | null, list: string, i: number, field: string = kind): number => {
    if (id === undefined || id === null) return -1;
    const at = known[kind].get(id);
    if (at !== undefined) return at;
    issues.push({ code: 'unknown-reference', path: `${list}[${i}].${field}`, expected: kind, received: JSON.stringify(id) });
    return -1;
  };
  // A unit × metric × period (× date) as one number, so duplicate checks hash no strings.
  const nm = metrics.size + 1;
  const np = periods.size + 1;
  const cell = (u: number, m: number, p: number): number => (u * nm + m + 1) * np + p + 1;
  const kinds = d.metrics.map((x) => x.kind ?? 'count');

  d.periods.forEach((p, i) => {
    if (day(p.end) < day(p.start)) issues.push({ code: 'period-order', path: `periods[${i}].end`, received: p.end, detail: p.start });
  });
  d.units.forEach((u, i) => {
    ref('unit', u.parent, 'units', i, 'parent');
    if (u.validFrom && u.validTo && day(u.validTo) < day(u.validFrom)) {
      issues.push({ code: 'period-order', path: `units[${i}].validTo`, received: u.validTo, detail: u.validFrom });
    }
  });
  issues.push(...cycleIssues(d, units));

  // Day numbers of the periods' bounds, by position; NaN bounds never match.
  const periodStart = d.periods.map((p) => day(p.start));
  const periodEnd = d.periods.map((p) => day(p.end));
  const seenTargets = new Map<number, number>();
  const targets = d.targets;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    const u = ref('unit', t.unit, 'targets', i);
    const m = ref('metric', t.metric, 'targets', i);
    const p = ref('period', t.period, 'targets', i);
    if (m >= 0) {
      if (kinds[m] === 'count') wholeIssue(t.value, `targets[${i}].value`, issues);
      else shareIssue(t.value, `targets[${i}].value`, issues);
    }
    if (u < 0 || m < 0 || p < 0) continue;
    const key = cell(u, m, p);
    const prev = seenTargets.get(key);
    if (prev !== undefined) {
      issues.push({ code: 'duplicate-id', path: `targets[${i}]`, expected: 'target', received: `${t.unit} × ${t.metric} × ${t.period}`, detail: `targets[${prev}]` });
    } else seenTargets.set(key, i);
  }
  // Actuals repeat per as-of date: one map of positions per date.
  const seenActuals = new Map<string, Map<number, number>>();
  const actuals = d.actuals;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i]!;
    const u = ref('unit', a.unit, 'actuals', i);
    const m = ref('metric', a.metric, 'actuals', i);
    const p = ref('period', a.period, 'actuals', i);
    // A period that ends before it starts is reported once, not again for every asOf inside it.
    if (p >= 0 && a.asOf && periodEnd[p]! >= periodStart[p]!) {
      const at = day(a.asOf);
      if (at < periodStart[p]! || at > periodEnd[p]!) {
        const period = d.periods[p]!;
        issues.push({ code: 'as-of-outside-period', path: `actuals[${i}].asOf`, received: a.asOf, detail: `${period.id} (${period.start} – ${period.end})` });
      }
    }
    if (u >= 0 && m >= 0 && p >= 0) {
      // The effective date: no asOf means the period's end, so the two are the same figure.
      const date = a.asOf ?? d.periods[p]!.end;
      let seen = seenActuals.get(date);
      if (!seen) seenActuals.set(date, (seen = new Map()));
      const key = cell(u, m, p);
      const prev = seen.get(key);
      if (prev !== undefined) {
        issues.push({ code: 'duplicate-id', path: `actuals[${i}]`, expected: 'actual', received: `${a.unit} × ${a.metric} × ${a.period} @ ${date}`, detail: `actuals[${prev}]` });
      } else seen.set(key, i);
    }
    if (a.of !== undefined && a.value > a.of) issues.push({ code: 'share-parts', path: `actuals[${i}].value`, expected: 'of', received: String(a.value), detail: String(a.of) });
    if (m >= 0) {
      // Counts are whole: the value of a count, and the two counts of a share (value out of of).
      if (kinds[m] === 'count' || a.of !== undefined) wholeIssue(a.value, `actuals[${i}].value`, issues);
      if (a.of !== undefined) wholeIssue(a.of, `actuals[${i}].of`, issues);
    }
  }
  const seenRatings = new Map<string, number>();
  d.qualityRatings.forEach((q, i) => {
    const rating = `${q.unit} × ${q.period} × ${q.sector}${q.scheme ? ` × ${q.scheme}` : ''}`;
    const prev = seenRatings.get(rating);
    if (prev !== undefined) issues.push({ code: 'duplicate-id', path: `qualityRatings[${i}]`, expected: 'rating', received: rating, detail: `qualityRatings[${prev}]` });
    else seenRatings.set(rating, i);
    ref('unit', q.unit, 'qualityRatings', i);
    ref('period', q.period, 'qualityRatings', i);
    ref('sector', q.sector, 'qualityRatings', i);
    const hasCounts = q.evaluated !== undefined && q.strong !== undefined;
    if (!hasCounts && q.share === undefined) {
      const missing = q.evaluated === undefined && q.strong === undefined ? 'evaluated' : q.evaluated === undefined ? 'evaluated' : 'strong';
      issues.push({ code: 'required', path: `qualityRatings[${i}].${missing}`, expected: 'evaluated and strong counts, or a share' });
    }
    if (hasCounts && q.strong! > q.evaluated!) {
      issues.push({ code: 'share-parts', path: `qualityRatings[${i}].strong`, expected: 'evaluated', received: String(q.strong), detail: String(q.evaluated) });
    }
  });
  d.thresholds.forEach((t, i) => {
    ref('sector', t.sector, 'thresholds', i);
    ref('period', t.period, 'thresholds', i);
    ref('unit', t.unit, 'thresholds', i);
  });
  return issues;
}

/** One issue per parent cycle (`a → b → a`), reported at the first unit of the cycle in document order. */
function cycleIssues(d: Dataset, units: Map<string, number>): Issue[] {
  const n = d.units.length;
  // parent[i]: position of the parent of the first unit with the id at position i; -1 for none or unknown.
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const u = d.units[i]!;
    if (units.get(u.id) !== i || !u.parent) continue; // duplicates are reported elsewhere
    parent[i] = units.get(u.parent) ?? -1;
  }
  const state = new Uint8Array(n); // 0 = unseen, 1 = on the current walk, 2 = done
  const issues: Issue[] = [];
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0 || units.get(d.units[start]!.id) !== start) continue;
    walk.length = 0;
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = parent[i]!;
    }
    if (i !== -1 && state[i] === 1) {
      const cycle = walk.slice(walk.indexOf(i));
      const first = Math.min(...cycle);
      const k = cycle.indexOf(first);
      const ids = [...cycle.slice(k), ...cycle.slice(0, k), first].map((c) => d.units[c]!.id);
      issues.push({ code: 'parent-cycle', path: `units[${first}].parent`, detail: ids.join(' → ') });
    }
    for (const w of walk) state[w] = 2;
  }
  return issues;
}

/** A count that is not a whole number, with what it looks like: 1.548 is 1548 with a thousands dot. */
function wholeIssue(value: number, path: string, issues: Issue[]): void {
  if (Number.isInteger(value)) return;
  const thousands = value * 1000;
  const looksLike = Math.abs(thousands - Math.round(thousands)) < 1e-9 && value >= 1 ? String(Math.round(thousands)) : undefined;
  issues.push({ code: 'count-not-whole', path, received: String(value), ...(looksLike ? { detail: looksLike } : {}) });
}

/** A share target outside 0–1, with what it looks like: 90 is a percent, 0.9. */
function shareIssue(value: number, path: string, issues: Issue[]): void {
  if (value <= 1) return;
  const looksLike = value <= 100 ? String(value / 100) : undefined;
  issues.push({ code: 'share-out-of-range', path, received: String(value), ...(looksLike ? { detail: looksLike } : {}) });
}
