/**
 * Datasets of the gallery: the SDK's sample, and variants made from it for the states a designer
 * must see (no target, nothing to show, invalid data, long names, 700 rows). Every variant keeps
 * the sample's `illustrative` flags; generated units are illustrative too.
 */
import type { DatasetInput } from '@tiendo/sdk';
import { sampleDatasetInput } from '@tiendo/sdk/sample';

/** A deep copy of the sample dataset that ships with the SDK. */
export function sample(): DatasetInput {
  return structuredClone(sampleDatasetInput);
}

/** The sample with the targets of one selection removed: figures with “no target”. */
export function withoutTargets(unitIds: readonly string[], metric: string, period: string): DatasetInput {
  const d = sample();
  d.targets = (d.targets ?? []).filter((t) => !(unitIds.includes(t.unit) && t.metric === metric && t.period === period));
  return d;
}

/** The sample without any figure or rating for a period: every element is empty there. */
export function withoutPeriod(period: string): DatasetInput {
  const d = sample();
  d.targets = (d.targets ?? []).filter((t) => t.period !== period);
  d.actuals = (d.actuals ?? []).filter((a) => a.period !== period);
  d.qualityRatings = (d.qualityRatings ?? []).filter((q) => q.period !== period);
  return d;
}

/** The sample with one invalid value, so elements show their error with its path. */
export function invalid(): DatasetInput {
  const d = sample();
  (d.targets![3] as { value: number }).value = -5;
  return d;
}

const LONG_NAMES = [
  'Liên đoàn Lao động huyện Thường Tín và các khu công nghiệp, cụm công nghiệp trên địa bàn',
  'Công đoàn cơ sở Công ty trách nhiệm hữu hạn một thành viên Nước sạch Hà Nội — chi nhánh Hoàng Mai',
  'Công đoàn các khu chế xuất và khu công nghiệp thành phố Hà Nội (Thăng Long, Nội Bài, Quang Minh)',
  'Liên đoàn Lao động quận Nghĩa Hưng',
];

/** Units with long Vietnamese names under one parent, figures illustrative. */
export function longNames(): DatasetInput {
  return generated(LONG_NAMES.length, (i) => LONG_NAMES[i]!);
}

/** A parent with `n` grassroots unions and illustrative figures (deterministic). */
export function manyUnits(n = 700): DatasetInput {
  return generated(n, (i) => `Công đoàn cơ sở số ${i + 1}`);
}

function generated(n: number, name: (i: number) => string): DatasetInput {
  const d = sample();
  const ids = Array.from({ length: n }, (_, i) => `cd-${i + 1}`);
  d.title = `${n} đơn vị (minh họa)`;
  d.units = [{ id: 'tinh', name: 'Liên đoàn Lao động tỉnh (minh họa)', kind: 'province-federation' }, ...ids.map((id, i) => ({ id, name: name(i), kind: 'grassroots-union' as const, parent: 'tinh' }))];
  d.targets = [];
  d.actuals = [];
  d.qualityRatings = [];
  d.thresholds = [];
  ids.forEach((id, i) => {
    // Targets 10–49 and attainment 55–145%, spread so every rank and several ties occur.
    const target = 10 + ((i * 7) % 40);
    const actual = Math.round((target * (55 + ((i * 37) % 91))) / 100);
    for (const [metric, scale] of [['grassroots-unions', 1], ['members', 40]] as const) {
      d.targets!.push({ unit: id, metric, period: '2017', value: target * scale, illustrative: true });
      d.actuals!.push({ unit: id, metric, period: '2017', value: actual * scale, illustrative: true });
    }
    d.qualityRatings!.push(
      { unit: id, period: '2017', sector: 'state', scheme: 'vung-manh', evaluated: 20, strong: 17 + (i % 4), illustrative: true },
      { unit: id, period: '2017', sector: 'non-state', scheme: 'vung-manh', evaluated: 20, strong: 8 + (i % 5), illustrative: true },
    );
  });
  return d;
}
