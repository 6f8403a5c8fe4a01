// Synthetic datasets for the bench: N grassroots units under one federation, one metric, one
// period, targets and actuals (and strong-share ratings for the federation), plus the same rows
// ranked for the vega-embed chart and the bare list.

const PREFIX = ['Phường', 'Xã', 'Quận', 'Huyện', 'Thị trấn'];
const NAMES = ['Hoàng Mai', 'Long Biên', 'Hoàn Kiếm', 'Đống Đa', 'Cầu Giấy', 'Thanh Xuân', 'Tây Hồ', 'Ba Đình', 'Hà Đông', 'Nam Từ Liêm'];

/** A dataset of `n` units (deterministic). */
export function dataset(n) {
  const units = [{ id: 'root', name: 'Thành phố thử nghiệm', kind: 'city-federation' }];
  const targets = [];
  const actuals = [];
  for (let i = 0; i < n; i++) {
    const id = `u${i}`;
    units.push({ id, name: `${PREFIX[i % PREFIX.length]} ${NAMES[i % NAMES.length]} ${i + 1}`, kind: 'district-federation', parent: 'root' });
    const target = 500 + ((i * 37) % 900);
    targets.push({ unit: id, metric: 'members', period: '2021', value: target });
    actuals.push({ unit: id, metric: 'members', period: '2021', value: Math.round(target * (0.45 + ((i * 53) % 80) / 100)) });
  }
  return {
    title: `Bench: ${n} đơn vị`,
    source: { name: 'Số liệu thử nghiệm', date: '2026-11-01' },
    updated: '2026-11-01',
    units,
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New members' }, noun: { vi: 'đoàn viên', en: 'members' } }],
    periods: [{ id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' }],
    targets,
    actuals,
    qualityRatings: [
      { unit: 'root', period: '2021', sector: 'state', evaluated: 400, strong: 371 },
      { unit: 'root', period: '2021', sector: 'non-state', evaluated: 900, strong: 470 },
    ],
  };
}

/** The rows ranked by attainment, as plain objects (vega-embed and the bare list get these). */
export function rankedRows(d) {
  const name = new Map(d.units.map((u) => [u.id, u.name]));
  const rows = d.actuals.map((a) => {
    const t = d.targets.find((x) => x.unit === a.unit).value;
    return { unit: a.unit, name: name.get(a.unit), actual: a.value, target: t, attainment: a.value / t };
  });
  rows.sort((a, b) => b.attainment - a.attainment || a.name.localeCompare(b.name, 'vi'));
  const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return rows.map((r, i) => ({ ...r, rank: i + 1, label: `${i + 1}. ${r.name}`, pct: pct.format(r.attainment) }));
}
