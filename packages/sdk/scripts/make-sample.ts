/**
 * Writes the sample dataset (data/sample.json, which `@tiendo/sdk/sample` imports, and data/sample.csv);
 * `--check` compares them with what it would write and exits 1 when they are stale.
 * Real figures come from the seed articles, each with its source. Every other figure is invented,
 * deterministically (seeded), and marked `illustrative: true`. Run: `pnpm --filter @tiendo/sdk sample`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetToCsv, parseDataset, type DatasetInput } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const SRC = {
  hoangMai2017: { name: 'Hà Nội Mới: “LĐLĐ quận Hoàng Mai: Thực hiện tốt công tác phát triển đoàn viên, thành lập CĐCS năm 2017”', date: '2018-01-02' },
  hoanKiem2021: { name: 'Lao Động Thủ Đô: “Liên đoàn Lao động quận Hoàn Kiếm thành lập 21 Công đoàn cơ sở” (6 tháng đầu năm 2021)' },
  longBien2017: { name: 'Lao Động Thủ Đô: “Cán đích sớm phát triển đoàn viên và công đoàn cơ sở” (LĐLĐ quận Long Biên, 2017)' },
  quangTri2023: { name: 'Lao Động: “Quảng Trị: Chú trọng phát triển đoàn viên, xây dựng tổ chức Công đoàn vững mạnh”', date: '2023-11-02' },
};

/** The 30 district-level units of Hà Nội as they stood before 1 July 2025. */
const HA_NOI: [string, string, 'quận' | 'thị xã' | 'huyện'][] = [
  ['ba-dinh', 'Ba Đình', 'quận'], ['hoan-kiem', 'Hoàn Kiếm', 'quận'], ['tay-ho', 'Tây Hồ', 'quận'],
  ['long-bien', 'Long Biên', 'quận'], ['cau-giay', 'Cầu Giấy', 'quận'], ['dong-da', 'Đống Đa', 'quận'],
  ['hai-ba-trung', 'Hai Bà Trưng', 'quận'], ['hoang-mai', 'Hoàng Mai', 'quận'], ['thanh-xuan', 'Thanh Xuân', 'quận'],
  ['nam-tu-liem', 'Nam Từ Liêm', 'quận'], ['bac-tu-liem', 'Bắc Từ Liêm', 'quận'], ['ha-dong', 'Hà Đông', 'quận'],
  ['son-tay', 'Sơn Tây', 'thị xã'], ['ba-vi', 'Ba Vì', 'huyện'], ['chuong-my', 'Chương Mỹ', 'huyện'],
  ['dan-phuong', 'Đan Phượng', 'huyện'], ['dong-anh', 'Đông Anh', 'huyện'], ['gia-lam', 'Gia Lâm', 'huyện'],
  ['hoai-duc', 'Hoài Đức', 'huyện'], ['me-linh', 'Mê Linh', 'huyện'], ['my-duc', 'Mỹ Đức', 'huyện'],
  ['phu-xuyen', 'Phú Xuyên', 'huyện'], ['phuc-tho', 'Phúc Thọ', 'huyện'], ['quoc-oai', 'Quốc Oai', 'huyện'],
  ['soc-son', 'Sóc Sơn', 'huyện'], ['thach-that', 'Thạch Thất', 'huyện'], ['thanh-oai', 'Thanh Oai', 'huyện'],
  ['thanh-tri', 'Thanh Trì', 'huyện'], ['thuong-tin', 'Thường Tín', 'huyện'], ['ung-hoa', 'Ứng Hòa', 'huyện'],
];

/** Deterministic pseudo-random numbers (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const rnd = random(20171031);
const between = (lo: number, hi: number) => Math.round(lo + rnd() * (hi - lo));

const ds = {
  title: 'Phát triển đoàn viên, thành lập CĐCS và chất lượng CĐCS — dữ liệu mẫu',
  source: { name: 'Các bài báo nguồn (Hà Nội Mới, Lao Động Thủ Đô, Lao Động) và số liệu minh họa' },
  notes:
    'Số liệu thật (có nguồn từng dòng): Hoàng Mai 2017, Hoàn Kiếm 2021, chỉ tiêu Long Biên 2017, Quảng Trị nhiệm kỳ 2018–2023, ngưỡng CĐCS vững mạnh 2018 của Hoàng Mai. ' +
    'Mọi số liệu khác là MINH HỌA (illustrative: true), do phần mềm tạo ra để có dữ liệu xếp hạng, không phải số liệu thật của các LĐLĐ. ' +
    'Real figures carry their source; every other figure is ILLUSTRATIVE, invented so rankings have something to rank.',
  updated: '2026-11-23',
  units: [
    { id: 'ha-noi', name: 'Thành phố Hà Nội', fullName: 'Liên đoàn Lao động thành phố Hà Nội', kind: 'city-federation' },
    ...HA_NOI.map(([id, name, kind]) => ({
      id, name: `${capital(kind)} ${name}`, fullName: `Liên đoàn Lao động ${kind} ${name}`, kind: 'district-federation' as const, parent: 'ha-noi', validTo: '2025-06-30',
    })),
    { id: 'quang-tri', name: 'Tỉnh Quảng Trị', fullName: 'Liên đoàn Lao động tỉnh Quảng Trị', kind: 'province-federation' },
  ],
  metrics: [
    { id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New union members' }, noun: { vi: 'đoàn viên', en: 'members' }, verb: { vi: 'kết nạp', en: 'admitted' }, kind: 'count', higherIsBetter: true },
    { id: 'grassroots-unions', labels: { vi: 'Thành lập CĐCS', en: 'New grassroots unions' }, noun: { vi: 'CĐCS', en: 'grassroots unions' }, verb: { vi: 'thành lập', en: 'founded' }, kind: 'count', higherIsBetter: true },
  ],
  periods: [
    { id: '2017', label: { vi: 'Năm 2017', en: '2017' }, start: '2017-01-01', end: '2017-12-31' },
    { id: '2018', label: { vi: 'Năm 2018', en: '2018' }, start: '2018-01-01', end: '2018-12-31' },
    { id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' },
    { id: 'term-2018-2023', label: { vi: 'Nhiệm kỳ 2018–2023', en: 'Term 2018–2023' }, start: '2018-01-01', end: '2023-12-31' },
  ],
  targets: [] as NonNullable<DatasetInput['targets']>,
  actuals: [] as NonNullable<DatasetInput['actuals']>,
  qualityRatings: [] as NonNullable<DatasetInput['qualityRatings']>,
  thresholds: [
    { sector: 'state', share: 0.9, comparison: 'strict', unit: 'hoang-mai', period: '2018', source: SRC.hoangMai2017 },
    { sector: 'non-state', share: 0.5, comparison: 'inclusive', unit: 'hoang-mai', period: '2018', source: SRC.hoangMai2017 },
  ],
} satisfies DatasetInput;

type Fig = { unit: string; metric: string; period: string; target?: number; actual?: number; asOf?: string; printed?: string; source?: (typeof SRC)[keyof typeof SRC]; note?: string; real?: boolean; realTarget?: boolean };
const REAL: Fig[] = [
  { unit: 'hoang-mai', metric: 'grassroots-unions', period: '2017', target: 22, actual: 27, asOf: '2017-10-31', printed: '122%', source: SRC.hoangMai2017, real: true, note: 'Số liệu 10 tháng đầu năm 2017.' },
  { unit: 'hoang-mai', metric: 'members', period: '2017', target: 1400, actual: 1438, asOf: '2017-10-31', printed: '102,7%', source: SRC.hoangMai2017, real: true, note: 'Số liệu 10 tháng đầu năm 2017; gồm 63 đoàn viên Nghiệp đoàn giáo viên Mầm non Mai Động.' },
  { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021', target: 27, actual: 21, asOf: '2021-06-30', printed: '87,5%', source: SRC.hoanKiem2021, real: true, note: '6 tháng đầu năm, so với kế hoạch năm. Báo in 87,5%; 21/27 là 77,8% (21/24 mới là 87,5%).' },
  { unit: 'hoan-kiem', metric: 'members', period: '2021', target: 1400, actual: 1548, asOf: '2021-06-30', printed: '110,6%', source: SRC.hoanKiem2021, real: true, note: '6 tháng đầu năm, so với kế hoạch năm.' },
  { unit: 'long-bien', metric: 'members', period: '2017', target: 1400, source: SRC.longBien2017, realTarget: true },
  { unit: 'long-bien', metric: 'grassroots-unions', period: '2017', target: 22, source: SRC.longBien2017, realTarget: true },
];

for (const period of ['2017', '2021'] as const) {
  const asOf = period === '2017' ? '2017-10-31' : '2021-06-30';
  const share = period === '2017' ? 10 / 12 : 6 / 12;
  for (const [id] of HA_NOI) {
    for (const metric of ['grassroots-unions', 'members'] as const) {
      const real = REAL.find((f) => f.unit === id && f.metric === metric && f.period === period);
      if (real?.real) {
        ds.targets.push({ unit: id, metric, period, value: real.target!, source: real.source });
        ds.actuals.push({ unit: id, metric, period, value: real.actual!, asOf: real.asOf, printed: real.printed, source: real.source, note: real.note });
        continue;
      }
      const target = real?.target ?? (metric === 'members' ? between(6, 18) * 100 : between(10, 32));
      // Long Biên reached its 2017 targets early, as its article says; the counts are invented.
      const ratio = id === 'long-bien' && period === '2017' ? 1 + between(0, 8) / 100 : share * (0.55 + rnd() * 0.95);
      const actual = Math.max(0, Math.round(target * ratio));
      if (real) ds.targets.push({ unit: id, metric, period, value: target, source: real.source });
      else ds.targets.push({ unit: id, metric, period, value: target, illustrative: true });
      ds.actuals.push({ unit: id, metric, period, value: actual, asOf, illustrative: true });
    }
  }
}
// The tie: give Cầu Giấy and Thanh Xuân the same attainment of grassroots unions in 2017 (24/20 and 18/15).
for (const [unit, t, a] of [['cau-giay', 20, 24], ['thanh-xuan', 15, 18]] as const) {
  ds.targets.find((x) => x.unit === unit && x.metric === 'grassroots-unions' && x.period === '2017')!.value = t;
  ds.actuals.find((x) => x.unit === unit && x.metric === 'grassroots-unions' && x.period === '2017')!.value = a;
}

// Quảng Trị, term 2018–2023: 11.975 members admitted, printed 121% of a target the article does not give; 138 new CĐCS.
ds.actuals.push(
  { unit: 'quang-tri', metric: 'members', period: 'term-2018-2023', value: 11975, printed: '121%', source: SRC.quangTri2023, note: 'Chỉ tiêu nhiệm kỳ không được nêu trong bài.' },
  { unit: 'quang-tri', metric: 'grassroots-unions', period: 'term-2018-2023', value: 138, source: SRC.quangTri2023 },
);
ds.qualityRatings.push(
  { unit: 'quang-tri', period: 'term-2018-2023', sector: 'state', scheme: 'hoan-thanh-tot', share: 0.9, printed: '90%', source: SRC.quangTri2023 },
  { unit: 'quang-tri', period: 'term-2018-2023', sector: 'non-state', scheme: 'hoan-thanh-tot', share: 0.65, printed: '65%', source: SRC.quangTri2023 },
);
// Illustrative strong-CĐCS ratings for 2018 in every Hà Nội district.
for (const [id] of HA_NOI) {
  const se = between(40, 160);
  const ne = between(20, 140);
  ds.qualityRatings.push(
    { unit: id, period: '2018', sector: 'state', scheme: 'vung-manh', evaluated: se, strong: Math.round(se * (0.84 + rnd() * 0.14)), illustrative: true },
    { unit: id, period: '2018', sector: 'non-state', scheme: 'vung-manh', evaluated: ne, strong: Math.round(ne * (0.38 + rnd() * 0.3)), illustrative: true },
  );
}

const dataset = parseDataset(ds); // the sample must always be valid
const files: Record<string, string> = {
  'data/sample.json': `${JSON.stringify({ $schema: '../dataset.schema.json', ...ds }, null, 2)}\n`,
  'data/sample.csv': datasetToCsv(dataset),
};
if (process.argv.includes('--check')) {
  // Like the spec compiler's --check: compare with the committed files, exit 1 when one is stale.
  const stale = Object.entries(files).filter(([f, text]) => readFileSync(`${root}${f}`, 'utf8') !== text).map(([f]) => f);
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')} — run: node --import tsx scripts/make-sample.ts`);
    process.exit(1);
  }
  console.log('sample: data/sample.json and data/sample.csv are current');
} else {
  for (const [f, text] of Object.entries(files)) writeFileSync(`${root}${f}`, text);
  console.log(`sample: ${dataset.units.length} units, ${dataset.targets.length} targets, ${dataset.actuals.length} actuals, ${dataset.qualityRatings.length} ratings`);
}
