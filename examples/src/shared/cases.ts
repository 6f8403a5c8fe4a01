/**
 * The gallery's matrix: every element × every state, each as a dataset (or a `src`) and the
 * attributes that select what to show. The matrix pages, the visual tests and the end-to-end test
 * all read this one table.
 */
import type { DatasetInput } from '@tiendo/sdk';
import { invalid, longNames, manyUnits, sample, withoutPeriod, withoutTargets } from './datasets.js';

/** The elements, by the name of their folder. */
export const ELEMENTS = [
  { id: 'progress', tag: 'tiendo-progress', label: 'Thanh tiến độ' },
  { id: 'ranking', tag: 'tiendo-ranking', label: 'Xếp hạng' },
  { id: 'strong-share', tag: 'tiendo-strong-share', label: 'Tỉ lệ CĐCS vững mạnh' },
  { id: 'scorecard', tag: 'tiendo-scorecard', label: 'Bảng chỉ số' },
  { id: 'chart', tag: 'tiendo-chart', label: 'Biểu đồ' },
] as const;
export type ElementId = (typeof ELEMENTS)[number]['id'];

/** The states, with what each means for a designer. */
export const STATES = [
  { id: 'loading', label: 'Đang tải', means: 'Dữ liệu chưa về: giữ chỗ đúng chiều cao để trang không xô lệch.' },
  { id: 'ready', label: 'Sẵn sàng', means: 'Số liệu mẫu, trường hợp thường gặp.' },
  { id: 'empty', label: 'Trống', means: 'Kỳ được chọn không có số liệu: nói bằng chữ “Chưa có dữ liệu”.' },
  { id: 'error', label: 'Lỗi', means: 'Dữ liệu sai (chỉ tiêu âm): nói lý do và vị trí trường sai.' },
  { id: 'over-target', label: 'Vượt chỉ tiêu', means: 'Thực hiện quá 100%: phần vượt vẽ riêng, vạch chỉ tiêu giữ nguyên.' },
  { id: 'no-target', label: 'Chưa có chỉ tiêu', means: 'Có số thực hiện nhưng không có chỉ tiêu: không vẽ tỉ lệ.' },
  { id: 'tie', label: 'Đồng hạng', means: 'Hai đơn vị cùng tỉ lệ (Cầu Giấy 24/20 và Thanh Xuân 18/15 = 120%).' },
  { id: 'mismatch', label: 'Báo in sai %', means: 'Báo in 87,5% cho 21/27: hiện số tính lại 77,8% kèm ghi chú.' },
  { id: 'long-names', label: 'Tên dài', means: 'Tên đơn vị tiếng Việt rất dài: xuống dòng, không tràn.' },
  { id: 'rows-700', label: '700 dòng', means: '700 đơn vị: cuộn mượt, hiện nhanh.' },
] as const;
export type StateId = (typeof STATES)[number]['id'];

/** One cell of the matrix: data (or a URL) and the element's attributes. */
export interface Case {
  data?: DatasetInput;
  src?: string;
  attrs: Record<string, string>;
}

/** A URL the gallery's server never answers (see vite.config.ts), to hold the loading state. */
export const HANGING_URL = '/__tiendo/hang.json';
/** How long the loading state waits for {@link HANGING_URL} before it would time out: an hour. */
const HOLD_MS = 3_600_000;

type Selection = Record<string, string>;
const HOANG_MAI_2017 = { unit: 'hoang-mai', period: '2017' };

/** What each element shows in the common states, and its own take on the others. */
const BASE: Record<ElementId, { ready: Selection; over: Selection; tie: Selection; mismatch: Selection; big: Selection; long: Selection }> = {
  progress: {
    ready: { ...HOANG_MAI_2017, metric: 'members' },
    over: { ...HOANG_MAI_2017, metric: 'grassroots-unions' },
    tie: { unit: 'cau-giay', metric: 'grassroots-unions', period: '2017' },
    mismatch: { unit: 'hoan-kiem', metric: 'grassroots-unions', period: '2021' },
    big: { unit: 'cd-350', metric: 'grassroots-unions', period: '2017' },
    long: { unit: 'cd-2', metric: 'grassroots-unions', period: '2017' },
  },
  ranking: {
    ready: { parent: 'ha-noi', metric: 'members', period: '2017', top: '10', highlight: 'hoang-mai' },
    over: { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', top: '5' },
    tie: { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', top: '10', highlight: 'cau-giay' },
    mismatch: { parent: 'ha-noi', metric: 'grassroots-unions', period: '2021', highlight: 'hoan-kiem' },
    big: { parent: 'tinh', metric: 'grassroots-unions', period: '2017' },
    long: { parent: 'tinh', metric: 'grassroots-unions', period: '2017' },
  },
  'strong-share': {
    ready: { unit: 'hoang-mai', period: '2018' },
    over: { unit: 'ba-dinh', period: '2018' },
    tie: { unit: 'cau-giay', period: '2018' },
    mismatch: { unit: 'quang-tri', period: 'term-2018-2023' },
    big: { unit: 'cd-350', period: '2017' },
    long: { unit: 'cd-2', period: '2017' },
  },
  scorecard: {
    ready: HOANG_MAI_2017,
    over: HOANG_MAI_2017,
    tie: { unit: 'cau-giay', period: '2017' },
    mismatch: { unit: 'hoan-kiem', period: '2021' },
    big: { unit: 'cd-350', period: '2017' },
    long: { unit: 'cd-2', period: '2017' },
  },
  chart: {
    ready: { kind: 'ranking', parent: 'ha-noi', metric: 'members', period: '2017', top: '10', highlight: 'hoang-mai' },
    over: { kind: 'trend', unit: 'hoan-kiem', metric: 'members' },
    tie: { kind: 'ranking', parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', top: '10' },
    mismatch: { kind: 'ranking', parent: 'ha-noi', metric: 'grassroots-unions', period: '2021' },
    big: { kind: 'ranking', parent: 'tinh', metric: 'grassroots-unions', period: '2017' },
    long: { kind: 'ranking', parent: 'tinh', metric: 'grassroots-unions', period: '2017' },
  },
};

/** The matrix cell of an element in a state. */
export function caseFor(element: ElementId, state: StateId): Case {
  const b = BASE[element];
  switch (state) {
    case 'loading':
      // Held for an hour: with the default 15 s timeout, a slow run would see the state turn into a
      // timeout error while the page is being looked at (and everything below it move up).
      return { src: HANGING_URL, attrs: { ...b.ready, timeout: String(HOLD_MS) } };
    case 'ready':
      return { data: sample(), attrs: b.ready };
    case 'empty':
      return { data: withoutPeriod(b.ready.period ?? '2017'), attrs: { ...b.ready, period: b.ready.period ?? '2017' } };
    case 'error':
      return { data: invalid(), attrs: b.ready };
    case 'over-target':
      return { data: sample(), attrs: b.over };
    case 'no-target': {
      const metric = b.over.metric ?? 'grassroots-unions';
      const units = element === 'ranking' || element === 'chart' ? ['hoang-mai', 'cau-giay', 'dong-da'] : ['hoang-mai'];
      return { data: withoutTargets(units, metric, '2017'), attrs: element === 'chart' ? b.tie : b.over };
    }
    case 'tie':
      return { data: sample(), attrs: b.tie };
    case 'mismatch':
      return { data: sample(), attrs: b.mismatch };
    case 'long-names':
      return { data: longNames(), attrs: b.long };
    case 'rows-700':
      return { data: manyUnits(700), attrs: b.big };
  }
}

/** Creates the element of a case (data as a property, never as markup). */
export function createElementFor(element: ElementId, c: Case, extra: Record<string, string> = {}): HTMLElement {
  const tag = ELEMENTS.find((e) => e.id === element)!.tag;
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [k, v] of Object.entries({ ...c.attrs, ...extra })) el.setAttribute(k, v);
  if (c.data) el.data = c.data;
  if (c.src) el.setAttribute('src', c.src);
  return el;
}
