/** Referential checks that a schema alone cannot make: unique ids, references, cycles, dates. */
import { dayNumber } from './dates.js';
import type { Issue } from './errors.js';
import type { Dataset } from './schemas/dataset.js';

type Ref = 'unit' | 'metric' | 'period' | 'sector';

/** Every referential problem of a schema-valid dataset, in document order. */
export function referentialIssues(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const index = <T extends { id: string }>(list: readonly T[], name: string): Map<string, T> => {
    const map = new Map<string, T>();
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen !== undefined) {
        issues.push({ code: 'duplicate-id', path: `${name}[${i}].id`, detail: `${JSON.stringify(item.id)} (first at ${name}[${seen}])` });
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
  const ref = (kind: Ref, id: string | undefined | null, path: string): boolean => {
    if (id === undefined || id === null || known[kind].has(id)) return true;
    issues.push({ code: 'unknown-reference', path, expected: kind, received: JSON.stringify(id) });
    return false;
  };

  d.periods.forEach((p, i) => {
    if (dayNumber(p.end) < dayNumber(p.start)) issues.push({ code: 'period-order', path: `periods[${i}].end`, received: p.end, detail: p.start });
  });
  d.units.forEach((u, i) => {
    ref('unit', u.parent, `units[${i}].parent`);
    if (u.validFrom && u.validTo && dayNumber(u.validTo) < dayNumber(u.validFrom)) {
      issues.push({ code: 'period-order', path: `units[${i}].validTo`, received: u.validTo, detail: u.validFrom });
    }
  });
  issues.push(...cycleIssues(d));

  const seenTargets = new Map<string, number>();
  d.targets.forEach((t, i) => {
    const p = `targets[${i}]`;
    ref('unit', t.unit, `${p}.unit`);
    ref('metric', t.metric, `${p}.metric`);
    ref('period', t.period, `${p}.period`);
    const key = `${t.unit}\u0000${t.metric}\u0000${t.period}`;
    const prev = seenTargets.get(key);
    if (prev !== undefined) {
      issues.push({ code: 'duplicate-id', path: p, detail: `target for ${t.unit} × ${t.metric} × ${t.period} (first at targets[${prev}])` });
    } else seenTargets.set(key, i);
  });
  const seenActuals = new Map<string, number>();
  d.actuals.forEach((a, i) => {
    const p = `actuals[${i}]`;
    ref('unit', a.unit, `${p}.unit`);
    ref('metric', a.metric, `${p}.metric`);
    const period = ref('period', a.period, `${p}.period`) ? periods.get(a.period) : undefined;
    if (period && a.asOf && (dayNumber(a.asOf) < dayNumber(period.start) || dayNumber(a.asOf) > dayNumber(period.end))) {
      issues.push({ code: 'as-of-outside-period', path: `${p}.asOf`, received: a.asOf, detail: `${period.id} (${period.start} – ${period.end})` });
    }
    const key = `${a.unit}\u0000${a.metric}\u0000${a.period}\u0000${a.asOf ?? ''}`;
    const prev = seenActuals.get(key);
    if (prev !== undefined) {
      issues.push({ code: 'duplicate-id', path: p, detail: `actual for ${a.unit} × ${a.metric} × ${a.period} as of ${a.asOf ?? 'period end'} (first at actuals[${prev}])` });
    } else seenActuals.set(key, i);
    if (a.of !== undefined && a.value > a.of) issues.push({ code: 'share-parts', path: `${p}.value`, received: String(a.value), detail: String(a.of) });
  });
  d.qualityRatings.forEach((q, i) => {
    const p = `qualityRatings[${i}]`;
    ref('unit', q.unit, `${p}.unit`);
    ref('period', q.period, `${p}.period`);
    ref('sector', q.sector, `${p}.sector`);
    const hasCounts = q.evaluated !== undefined && q.strong !== undefined;
    if (!hasCounts && q.share === undefined) {
      issues.push({ code: 'required', path: q.evaluated === undefined && q.strong === undefined ? `${p}.evaluated` : `${p}.${q.evaluated === undefined ? 'evaluated' : 'strong'}`, expected: 'evaluated and strong counts, or a share' });
    }
    if (hasCounts && q.strong! > q.evaluated!) issues.push({ code: 'share-parts', path: `${p}.strong`, received: String(q.strong), detail: String(q.evaluated) });
  });
  d.thresholds.forEach((t, i) => {
    ref('sector', t.sector, `thresholds[${i}].sector`);
    ref('period', t.period, `thresholds[${i}].period`);
    ref('unit', t.unit, `thresholds[${i}].unit`);
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
  for (const u of d.units) {
    if (state.has(u.id)) continue;
    const walk: string[] = [];
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
