/** Small datasets made for the tests: ties, a name that looks like markup, a share metric. */
import { type Dataset, parseDataset } from '@tiendo/sdk';

/** Four units under one root: B and C tie at 110%, D has no target. */
export function tiedDataset(name = 'Đơn vị <b>A</b>'): Dataset {
  return parseDataset({
    title: 'Thử nghiệm',
    units: [
      { id: 'root', name: 'Gốc', kind: 'city-federation' },
      { id: 'a', name, kind: 'district-federation', parent: 'root' },
      { id: 'b', name: 'Bình', kind: 'district-federation', parent: 'root' },
      { id: 'c', name: 'Ân', kind: 'district-federation', parent: 'root' },
      { id: 'd', name: 'Dũng', kind: 'district-federation', parent: 'root' },
    ],
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New members' }, noun: { vi: 'đoàn viên', en: 'members' } }],
    periods: [
      { id: '2020', label: { vi: 'Năm 2020', en: '2020' }, start: '2020-01-01', end: '2020-12-31' },
      { id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
    ],
    targets: [
      { unit: 'a', metric: 'members', period: '2021', value: 1000 },
      { unit: 'b', metric: 'members', period: '2021', value: 1000 },
      { unit: 'c', metric: 'members', period: '2021', value: 2000 },
      { unit: 'a', metric: 'members', period: '2020', value: 1000 },
    ],
    actuals: [
      { unit: 'a', metric: 'members', period: '2021', value: 1548 },
      { unit: 'b', metric: 'members', period: '2021', value: 1100 },
      { unit: 'c', metric: 'members', period: '2021', value: 2200 },
      { unit: 'd', metric: 'members', period: '2021', value: 50 },
      { unit: 'a', metric: 'members', period: '2020', value: 900 },
    ],
    qualityRatings: [
      { unit: 'a', period: '2021', sector: 'state', evaluated: 50, strong: 45 },
      { unit: 'a', period: '2021', sector: 'non-state', evaluated: 40, strong: 20 },
    ],
  });
}
