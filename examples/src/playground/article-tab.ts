/**
 * The “Từ bài báo” tab of the playground: paste an article, read its figures with `extractFigures`,
 * see the text with every figure marked and the list of figures with the verdict on each printed
 * percent, correct any figure by hand (the verdict is recomputed with `checkPrinted`), then hand the
 * dataset built from the corrected figures (`datasetFromExtraction`) to the playground as if it had
 * been pasted as JSON.
 * Built with `createElement` and `textContent` only (strict CSP, Trusted Types).
 */
import { checkPrinted, datasetFromExtraction, extractFigures, parseNumberVi, type ExtractedFigure, type ExtractedMetric, type ExtractedPeriod, type Extraction, type PrintedVerdict } from '@tiendo/sdk';
import { $, h } from '../shared/page.js';

const VERDICTS: Record<PrintedVerdict, string> = {
  exact: 'khớp',
  rounded: 'làm tròn đúng',
  truncated: 'bị cắt bớt',
  mismatch: 'SAI LỆCH',
  unparseable: 'không đọc được',
};
const METRICS: Record<ExtractedFigure['metric'], string> = {
  members: 'Kết nạp đoàn viên',
  'grassroots-unions': 'Thành lập CĐCS',
  'strong-share': 'Tỉ lệ CĐCS vững mạnh',
  other: 'Khác',
};
const num = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The text with each figure's quote in a `<mark>` (numbered like the list); overlapping quotes keep the first. */
function marked(text: string, figures: ExtractedFigure[]): Node[] {
  const spans = figures
    .map((f, i) => {
      const start = text.slice(f.start, f.end) === f.quote ? f.start : text.indexOf(f.quote);
      return { i, f, start, end: start + f.quote.length };
    })
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out: Node[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(document.createTextNode(text.slice(at, s.start)));
    const bad = s.f.verdict === 'mismatch';
    out.push(h('mark', { ...(bad ? { class: 'mismatch' } : {}), title: `Số liệu ${s.i + 1}` }, text.slice(s.start, s.end), h('sup', {}, `[${s.i + 1}]`)));
    at = s.end;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** A period picked by hand: a calendar year, labelled like the extractor's. */
const yearPeriod = (y: number): ExtractedPeriod => ({ id: String(y), start: `${y}-01-01`, end: `${y}-12-31`, label: `Năm ${y}` });

/** The periods a producer can pick: those the text names, and the calendar years around them. */
function periodChoices(x: Extraction, published: string): ExtractedPeriod[] {
  const byId = new Map<string, ExtractedPeriod>();
  for (const q of [...x.figures, ...x.targets, ...x.thresholds]) if (q.period && !byId.has(q.period.id)) byId.set(q.period.id, q.period);
  const years = [...byId.values()].flatMap((p) => [Number(p.start.slice(0, 4)), Number(p.end.slice(0, 4))]);
  if (!years.length) years.push(Number((published || new Date().toISOString()).slice(0, 4)));
  for (let y = Math.min(...years) - 1; y <= Math.max(...years) + 1; y++) if (!byId.has(String(y))) byId.set(String(y), yearPeriod(y));
  return [...byId.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** A number as a Vietnamese reader types it (`1.548`, `87,5`), or undefined for an empty field; NaN when unreadable. */
function readNumber(value: string): number | undefined {
  if (!value.trim()) return undefined;
  try {
    return parseNumberVi(value);
  } catch {
    return Number.NaN;
  }
}
const numField = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** One figure's row: what was read, then the fields a producer corrects by hand, and the verdict recomputed from them. */
interface Row {
  li: HTMLLIElement;
  /** The figure as corrected now, or null when it is left out or a field is unreadable. */
  figure(): ExtractedFigure | null;
}

/** The verdict on a printed percent in words, with the computed percent: as `checkPrinted` says from the row's fields. */
function verdictOf(f: { actual?: number; whole?: number; printed: string }): { text: string; verdict: PrintedVerdict | 'none'; computed?: number } {
  if (!f.printed) return { text: '', verdict: 'none' };
  if (f.actual === undefined || Number.isNaN(f.actual) || f.whole === undefined || Number.isNaN(f.whole)) return { text: 'chưa kiểm tra được (thiếu chỉ tiêu)', verdict: 'none' };
  try {
    const r = checkPrinted(f.actual, f.whole, f.printed);
    return { text: VERDICTS[r.verdict], verdict: r.verdict, ...(r.computed !== null ? { computed: r.computed } : {}) };
  } catch {
    return { text: 'không kiểm tra được', verdict: 'none' };
  }
}

function row(f: ExtractedFigure, i: number, periods: ExtractedPeriod[]): Row {
  const id = (k: string) => `fig-${i + 1}-${k}`;
  // A strong share stated only as a percent is edited as a percent; otherwise as counts (rated strong / rated).
  const shareOnly = f.metric === 'strong-share' && f.share !== undefined && f.of === undefined;
  const include = h('input', { id: id('include'), type: 'checkbox', class: 'fig-include' });
  include.checked = true;
  const metric = h('select', { id: id('metric'), class: 'fig-metric' }, ...Object.entries(METRICS).map(([v, label]) => h('option', { value: v }, label)));
  metric.value = f.metric;
  const actual = h('input', { id: id('actual'), class: 'fig-actual', type: 'text', inputmode: 'decimal', size: '8' });
  actual.value = shareOnly ? numField.format((f.share ?? 0) * 100) : numField.format(f.actual);
  const target = h('input', { id: id('target'), class: 'fig-target', type: 'text', inputmode: 'decimal', size: '8' });
  const whole = f.metric === 'strong-share' ? f.of : f.target;
  target.value = whole !== undefined ? numField.format(whole) : '';
  if (shareOnly) target.disabled = true;
  const printed = h('input', { id: id('printed'), class: 'fig-printed', type: 'text', size: '10' });
  printed.value = f.printed ?? '';
  const unit = h('input', { id: id('unit'), class: 'fig-unit', type: 'text', size: '24' });
  unit.value = f.unitName ?? '';
  const period = h('select', { id: id('period'), class: 'fig-period' }, h('option', { value: '' }, '(chưa rõ)'), ...periods.map((p) => h('option', { value: p.id }, p.label)));
  period.value = f.period?.id ?? '';
  const verdict = h('span', { id: id('verdict'), class: 'verdict', 'aria-live': 'polite' });
  const problem = h('span', { id: id('problem'), class: 'fig-problem' });
  const targetLabel = h('label', { for: id('target') });
  const actualLabel = h('label', { for: id('actual') });

  const metricName = f.metric === 'other' && f.noun ? f.noun : METRICS[f.metric];
  const value = shareOnly ? `${num.format(f.share! * 100)}%` : whole !== undefined ? `${num.format(f.actual)}/${num.format(whole)}` : num.format(f.actual);
  const read: (Node | string)[] = [h('strong', {}, `[${i + 1}] ${metricName}`), ` — ${f.unitName ?? 'đơn vị chưa rõ'}`, f.period ? ` — ${f.period.label}` : '', `: ${value}`];
  if (f.printed) read.push(`, in “${f.printed}”`);
  const computedText = h('span', { class: 'fig-computed' });
  const li = h('li', {}, h('p', { class: 'fig-read' }, ...read, computedText, ' → ', verdict));
  const fields = h('div', { class: 'fig-fields', role: 'group', 'aria-label': `Sửa số liệu ${i + 1}` },
    h('label', { for: id('include'), class: 'fig-check' }, include, ' Đưa vào dữ liệu'),
    h('label', { for: id('metric') }, 'Chỉ số'), metric,
    actualLabel, actual,
    targetLabel, target,
    h('label', { for: id('printed') }, 'Tỉ lệ in trên báo'), printed,
    h('label', { for: id('unit') }, 'Đơn vị'), unit,
    h('label', { for: id('period') }, 'Kỳ'), period,
  );
  li.append(fields, problem);

  const labels = () => {
    const strong = metric.value === 'strong-share';
    actualLabel.textContent = shareOnly ? 'Tỉ lệ đạt (%)' : strong ? 'Số CĐCS vững mạnh' : 'Thực hiện';
    targetLabel.textContent = strong ? 'Số CĐCS được đánh giá' : 'Chỉ tiêu';
  };
  const update = () => {
    labels();
    const a = readNumber(actual.value);
    const w = shareOnly ? undefined : readNumber(target.value);
    const bad = [a === undefined || Number.isNaN(a) || a < 0 ? 'số thực hiện' : '', w !== undefined && (Number.isNaN(w) || w < 0) ? 'chỉ tiêu' : ''].filter(Boolean);
    problem.textContent = bad.length ? `Không đọc được ${bad.join(' và ')} (viết như 1.548 hoặc 87,5).` : '';
    const v = shareOnly ? { text: f.verdict ? VERDICTS[f.verdict] : '', verdict: f.verdict ?? ('none' as const) } : verdictOf({ ...(a !== undefined ? { actual: a } : {}), ...(w !== undefined ? { whole: w } : {}), printed: printed.value.trim() });
    verdict.textContent = v.verdict === 'mismatch' ? `⚠ ${v.text}` : v.text;
    verdict.className = `verdict verdict-${v.verdict}`;
    computedText.textContent = 'computed' in v && v.computed !== undefined ? ` (tính lại ${num.format(v.computed)}%)` : '';
    li.className = [v.verdict === 'mismatch' ? 'mismatch' : '', include.checked ? '' : 'excluded'].filter(Boolean).join(' ');
  };
  li.addEventListener('input', update);
  li.addEventListener('change', update);
  update();

  const figure = (): ExtractedFigure | null => {
    if (!include.checked) return null;
    const a = readNumber(actual.value);
    const w = shareOnly ? undefined : readNumber(target.value);
    if (a === undefined || Number.isNaN(a) || a < 0 || (w !== undefined && (Number.isNaN(w) || w < 0))) return null;
    const m = metric.value as ExtractedMetric;
    const p = periods.find((x) => x.id === period.value);
    const out: ExtractedFigure = { ...f, metric: m, notes: [...f.notes] };
    for (const k of ['target', 'targetSource', 'of', 'share', 'printed', 'verdict', 'computed', 'unitName', 'period', 'asOf'] as const) delete out[k];
    if (shareOnly) {
      out.share = a / 100;
      out.actual = a / 100;
    } else {
      out.actual = a;
      if (w !== undefined && m === 'strong-share') out.of = w;
      else if (w !== undefined) {
        out.target = w;
        out.targetSource = w === f.target ? (f.targetSource ?? 'stated') : 'stated';
      }
    }
    const pr = printed.value.trim();
    if (pr) out.printed = pr;
    const v = shareOnly ? null : verdictOf({ actual: a, ...(w !== undefined ? { whole: w } : {}), printed: pr });
    if (v && v.verdict !== 'none') out.verdict = v.verdict;
    if (v?.computed !== undefined) out.computed = v.computed;
    if (unit.value.trim()) out.unitName = unit.value.trim();
    if (p) {
      out.period = p;
      // The date inside the period stays only while it is inside the period picked.
      if (f.asOf && f.asOf >= p.start && f.asOf <= p.end) out.asOf = f.asOf;
    }
    const edited = (['actual', 'target', 'printed', 'unitName', 'metric'] as const).some((k) => out[k] !== f[k]) || out.period?.id !== f.period?.id || (m === 'strong-share' && out.of !== f.of);
    if (edited) out.notes.push('đã sửa tay trước khi dùng');
    return out;
  };
  return { li, figure };
}

/**
 * Builds the tab in `#panel-article` and wires the tabs `#tab-paste` / `#tab-article`.
 * `use(json)` receives the dataset as JSON text, for the playground's usual paste path.
 */
export function articleTab(use: (json: string) => void): void {
  const panel = $('#panel-article');
  const tabs = [$('#tab-paste'), $('#tab-article')];
  const show = (tab: HTMLElement) => {
    for (const t of tabs) {
      t.setAttribute('aria-selected', String(t === tab));
      $(`#${t.getAttribute('aria-controls')}`).hidden = t !== tab;
    }
  };
  for (const t of tabs) t.addEventListener('click', () => show(t));

  const text = h('textarea', { id: 'article-text', rows: '8', spellcheck: 'false' });
  const published = h('input', { id: 'article-published', type: 'date' });
  const read = h('button', { id: 'article-read', type: 'button' }, 'Đọc số liệu');
  const useBtn = h('button', { id: 'article-use', type: 'button', disabled: '' }, 'Dùng dữ liệu này');
  const status = h('p', { id: 'article-status', role: 'status', 'aria-live': 'polite' });
  const view = h('div', { id: 'article-view', class: 'article-view' });
  const list = h('ol', { id: 'article-figures', class: 'article-figures' });
  let extraction: Extraction | null = null;
  let rows: Row[] = [];

  read.addEventListener('click', () => {
    extraction = null;
    rows = [];
    useBtn.disabled = true;
    view.replaceChildren();
    list.replaceChildren();
    try {
      const x = extractFigures(text.value, published.value ? { published: published.value } : {});
      view.replaceChildren(...marked(text.value, x.figures));
      const periods = periodChoices(x, published.value);
      rows = x.figures.map((f, i) => row(f, i, periods));
      list.replaceChildren(...rows.map((r) => r.li));
      const bad = x.figures.filter((f) => f.verdict === 'mismatch').length;
      status.textContent = x.figures.length
        ? `Đọc được ${x.figures.length} số liệu${bad ? `, ${bad} tỉ lệ in SAI LỆCH` : ''}. Sửa tay nếu cần rồi bấm “Dùng dữ liệu này”.${x.notes.length ? ` Ghi chú: ${x.notes.join('; ')}` : ''}`
        : 'Không tìm thấy số liệu nào trong bài.';
      if (x.figures.length) {
        extraction = x;
        useBtn.disabled = false;
      }
    } catch (e) {
      status.textContent = `Không đọc được: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  useBtn.addEventListener('click', () => {
    if (!extraction) return;
    // The dataset is built again from the figures as corrected by hand (left-out rows stay out).
    const figures = rows.map((r) => r.figure()).filter((f): f is ExtractedFigure => f !== null);
    try {
      const dataset = datasetFromExtraction({ figures, targets: extraction.targets, thresholds: extraction.thresholds }, published.value ? { published: published.value } : {});
      if (!dataset.actuals.length && !dataset.qualityRatings?.length) {
        status.textContent = 'Không có số liệu nào đưa được vào dữ liệu (cần đơn vị, kỳ và chỉ số đoàn viên, CĐCS hoặc tỉ lệ vững mạnh).';
        return;
      }
      use(JSON.stringify(dataset, null, 2));
      show(tabs[0]!);
    } catch (e) {
      status.textContent = `Không tạo được dữ liệu: ${e instanceof Error ? e.message : String(e)}`;
    }
  });

  panel.replaceChildren(
    h('label', { for: 'article-text' }, 'Dán nội dung bài báo'),
    text,
    h('label', { for: 'article-published' }, 'Ngày đăng (không bắt buộc) '),
    published,
    h('p', {}, read, ' ', useBtn),
    status,
    view,
    list,
  );
}
