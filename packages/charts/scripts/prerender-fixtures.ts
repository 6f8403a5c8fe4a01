/**
 * Writes test-fixtures/prerendered.json (not committed; the browser tests run this first, so it
 * is never stale): `prerenderChart` output of a few charts, with the dataset and attributes each
 * was rendered from, for the upgrade test (src/chart/chart-ssr.test.ts).
 *
 * Usage: node --import tsx --conditions=source scripts/prerender-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '@tiendo/sdk';
import { sampleDatasetInput } from '@tiendo/sdk/sample';
import { type ChartAttributes, prerenderChart } from '../src/server.js';

/** One pre-rendered chart of the fixture file. */
export interface PrerenderedCase {
  id: string;
  data: DatasetInput;
  attrs: ChartAttributes;
  html: string;
}

const LONG = 'Công đoàn các khu chế xuất và khu công nghiệp thành phố Hà Nội (Thăng Long, Nội Bài, Quang Minh)';

/** Three units, one with a long name and one named like markup (it must stay characters). */
function longNames(): DatasetInput {
  const units = [
    { id: 'a', name: LONG },
    { id: 'b', name: '<img src=x onerror="window.__xss=1">' },
    { id: 'c', name: 'Liên đoàn Lao động huyện Sóc Sơn' },
  ];
  return {
    title: 'Tên dài',
    updated: '2026-11-23',
    units: [{ id: 'root', name: 'Thành phố', kind: 'city-federation' }, ...units.map((u) => ({ ...u, kind: 'district-federation' as const, parent: 'root' }))],
    metrics: [{ id: 'members', labels: { vi: 'Kết nạp đoàn viên', en: 'New members' }, noun: { vi: 'đoàn viên', en: 'members' } }],
    periods: [{ id: '2021', label: { vi: 'Năm 2021', en: '2021' }, start: '2021-01-01', end: '2021-12-31' }],
    targets: units.map((u, i) => ({ unit: u.id, metric: 'members', period: '2021', value: 1000 + 100 * i })),
    actuals: units.map((u, i) => ({ unit: u.id, metric: 'members', period: '2021', value: 1200 - 150 * i })),
  };
}

/** The cases: the gallery's ready ranking, long names, a strong share, a trend (the last two with a theme, so padded). */
export async function prerenderedCases(): Promise<PrerenderedCase[]> {
  const specs: Omit<PrerenderedCase, 'html'>[] = [
    { id: 'ranking', data: sampleDatasetInput, attrs: { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', top: 10, highlight: 'hoang-mai' } },
    { id: 'long-names', data: longNames(), attrs: { kind: 'ranking', metric: 'members', period: '2021' } },
    { id: 'share', data: sampleDatasetInput, attrs: { kind: 'share', unit: 'ha-noi', period: '2018', theme: 'light' } },
    { id: 'trend', data: sampleDatasetInput, attrs: { kind: 'trend', unit: 'hoan-kiem', metric: 'members', theme: 'light' } },
  ];
  return Promise.all(specs.map(async (c) => ({ ...c, html: await prerenderChart(c.data, c.attrs) })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../test-fixtures/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}prerendered.json`, JSON.stringify(await prerenderedCases()));
}
