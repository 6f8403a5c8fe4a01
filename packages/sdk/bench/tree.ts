/** The generated tree the SDK benchmarks run on (also for profiling scripts). */
import type { DatasetInput } from '../src/index.js';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A city, `districts` districts and enough grassroots unions under them to make `total` units. */
export function generateTree(total: number, districts = 100): DatasetInput {
  const rnd = random(2017);
  const units: DatasetInput['units'] = [{ id: 'city', name: 'Thành phố', kind: 'city-federation' }];
  const targets: NonNullable<DatasetInput['targets']> = [];
  const actuals: NonNullable<DatasetInput['actuals']> = [];
  for (let d = 0; d < districts; d++) units.push({ id: `d${d}`, name: `Quận ${d}`, kind: 'district-federation', parent: 'city' });
  for (let i = 0; units.length < total; i++) {
    const id = `g${i}`;
    units.push({ id, name: `CĐCS ${i}`, kind: 'grassroots-union', parent: `d${i % districts}` });
    const target = 10 + Math.floor(rnd() * 90);
    targets.push({ unit: id, metric: 'members', period: '2024', value: target });
    actuals.push({ unit: id, metric: 'members', period: '2024', value: Math.floor(target * (0.5 + rnd())), asOf: '2024-06-30' });
  }
  return {
    title: 'Bench',
    units,
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp đoàn viên' }, noun: { vi: 'đoàn viên' }, kind: 'count' }],
    periods: [{ id: '2024', label: { vi: 'Năm 2024' }, start: '2024-01-01', end: '2024-12-31' }],
    targets,
    actuals,
  };
}
