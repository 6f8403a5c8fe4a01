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
  const index = <T extends { id: string }>(list: readonly T[], name: string): Map<string, T> => {
    const map = new Map<string, T>();
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen !== undefined) {
        issues.push({ code: 'duplicate-id', path: `${name}[${i}].id`, expected: name.slice(0, -1), received: JSON.stringify(item.id), detail: `${name}[${seen}]` });
      } else {
        first.set(item.id, i);
        map.set(item.id, item);
      }
    });
    return map;
  };
  const units = index(d.units, 'units');
  const metrics = index(d.metrics, 'metrics');
  const periods = index(d.periods, 'periods');
  const sectors = index(d.sectors, 'sectors');
  const known: Record<Ref, Map<string, unknown>> = { unit: units, metric: metrics, period: periods, sector: sectors };
  const ref = (kind: Ref, id: string | undefined | null, list: string, i: number, field: string = kind): boolean => {
    if (id === undefined || id === null || known[kind].has(id)) return true;
    issues.push({ code: 'unknown-reference', path: `${list}[${i}].${field}`, expected: kind, received: JSON.stringify(id) });
    return false;
  };

  d.periods.forEach((p, i) => {
    if (day(p.end) < day(p.start)) issues.push({ code: 'period-order', path: `periods[${i}].end`, received: p.end, detail: p.start });
  });
  d.units.forEach((u, i) => {
    ref('unit', u.parent, 'units', i, 'parent');
    if (u.validFrom && u.validTo && day(u.validTo) < day(u.validFrom)) {
      issues.push({ code: 'period-order', path: `units[${i}].validTo`, received: u.validTo, detail: u.validFrom });
    }
  });
  issues.push(...cycleIssues(d));

  const seenTargets = new Map<string, number>();
  d.targets.forEach((t, i) => {
    ref('unit', t.unit, 'targets', i);
    ref('metric', t.metric, 'targets', i);
    ref('period', t.period, 'targets', i);
    const key = `${t.unit}\u0000${t.metric}\u0000${t.period}`;
    const prev = seenTargets.get(key);
    if (prev !== undefined) {
      issues.push({ code: 'duplicate-id', path: `targets[${i}]`, expected: 'target', received: `${t.unit} × ${t.metric} × ${t.period}`, detail: `targets[${prev}]` });
    } else seenTargets.set(key, i);
  });
  const seenActuals = new Map<string, number>();
  d.actuals.forEach((a, i) => {
    ref('unit', a.unit, 'actuals', i);
    ref('metric', a.metric, 'actuals', i);
    const period = ref('period', a.period, 'actuals', i) ? periods.get(a.period) : undefined;
    // A period that ends before it starts is reported once, not again for every asOf inside it.
    if (period && a.asOf && day(period.end) >= day(period.start) && (day(a.asOf) < day(period.start) || day(a.asOf) > day(period.end))) {
      issues.push({ code: 'as-of-outside-period', path: `actuals[${i}].asOf`, received: a.asOf, detail: `${period.id} (${period.start} – ${period.end})` });
    }
    const key = `${a.unit}\u0000${a.metric}\u0000${a.period}\u0000${a.asOf ?? ''}`;
    const prev = seenActuals.get(key);
    if (prev !== undefined) {
      issues.push({ code: 'duplicate-id', path: `actuals[${i}]`, expected: 'actual', received: `${a.unit} × ${a.metric} × ${a.period}${a.asOf ? ` @ ${a.asOf}` : ''}`, detail: `actuals[${prev}]` });
    } else seenActuals.set(key, i);
    if (a.of !== undefined && a.value > a.of) issues.push({ code: 'share-parts', path: `actuals[${i}].value`, expected: 'of', received: String(a.value), detail: String(a.of) });
  });
  d.qualityRatings.forEach((q, i) => {
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
function cycleIssues(d: Dataset): Issue[] {
  const parent = new Map<string, string>();
  const position = new Map<string, number>();
  d.units.forEach((u, i) => {
    if (!position.has(u.id)) position.set(u.id, i);
    if (u.parent && !parent.has(u.id)) parent.set(u.id, u.parent);
  });
  const state = new Map<string, 1 | 2>(); // 1 = on the current walk, 2 = done
  const issues: Issue[] = [];
  const walk: string[] = [];
  for (const u of d.units) {
    if (state.has(u.id)) continue;
    walk.length = 0;
    let id: string | undefined = u.id;
    while (id !== undefined && position.has(id) && !state.has(id)) {
      state.set(id, 1);
      walk.push(id);
      id = parent.get(id);
    }
    if (id !== undefined && state.get(id) === 1) {
      const cycle = walk.slice(walk.indexOf(id));
      const firstIdx = Math.min(...cycle.map((c) => position.get(c)!));
      const start = d.units[firstIdx]!.id;
      const rotated = [...cycle.slice(cycle.indexOf(start)), ...cycle.slice(0, cycle.indexOf(start)), start];
      issues.push({ code: 'parent-cycle', path: `units[${firstIdx}].parent`, detail: rotated.join(' → ') });
    }
    for (const w of walk) state.set(w, 2);
  }
  return issues;
}
