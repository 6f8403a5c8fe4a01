/**
 * The “Từ bài báo” tab of the playground: paste an article, read its figures with `extractFigures`,
 * see the text with every figure marked and the list of figures with the verdict on each printed
 * percent, then hand `extraction.dataset` to the playground as if it had been pasted as JSON.
 * Built with `createElement` and `textContent` only (strict CSP, Trusted Types).
 */
import { extractFigures, type ExtractedFigure, type Extraction, type PrintedVerdict } from '@tiendo/sdk';
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

/** One figure as a list item: metric, unit, actual/target, printed percent and verdict in words. */
function item(f: ExtractedFigure, i: number): HTMLLIElement {
  const metric = f.metric === 'other' && f.noun ? f.noun : METRICS[f.metric];
  const value = f.share !== undefined && f.target === undefined ? `${num.format(f.share * 100)}%` : f.target !== undefined ? `${num.format(f.actual)}/${num.format(f.target)}` : num.format(f.actual);
  const verdict = f.verdict ? VERDICTS[f.verdict] : f.printed ? 'chưa kiểm tra được (thiếu chỉ tiêu)' : '';
  const parts: (Node | string)[] = [h('strong', {}, `[${i + 1}] ${metric}`), ` — ${f.unitName ?? 'đơn vị chưa rõ'}`, f.period ? ` — ${f.period.label}` : '', `: ${value}`];
  if (f.printed) parts.push(`, in “${f.printed}”`);
  if (f.computed !== undefined) parts.push(` (tính lại ${num.format(f.computed)}%)`);
  if (verdict) parts.push(' → ', h('span', { class: `verdict verdict-${f.verdict ?? 'none'}` }, f.verdict === 'mismatch' ? `⚠ ${verdict}` : verdict));
  return h('li', { class: f.verdict === 'mismatch' ? 'mismatch' : '' }, ...parts);
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

  read.addEventListener('click', () => {
    extraction = null;
    useBtn.disabled = true;
    view.replaceChildren();
    list.replaceChildren();
    try {
      const x = extractFigures(text.value, published.value ? { published: published.value } : {});
      view.replaceChildren(...marked(text.value, x.figures));
      list.replaceChildren(...x.figures.map(item));
      const bad = x.figures.filter((f) => f.verdict === 'mismatch').length;
      status.textContent = x.figures.length
        ? `Đọc được ${x.figures.length} số liệu${bad ? `, ${bad} tỉ lệ in SAI LỆCH` : ''}.${x.notes.length ? ` Ghi chú: ${x.notes.join('; ')}` : ''}`
        : 'Không tìm thấy số liệu nào trong bài.';
      if (x.dataset.actuals.length) {
        extraction = x;
        useBtn.disabled = false;
      }
    } catch (e) {
      status.textContent = `Không đọc được: ${e instanceof Error ? e.message : String(e)}`;
    }
  });
  useBtn.addEventListener('click', () => {
    if (!extraction) return;
    use(JSON.stringify(extraction.dataset, null, 2));
    show(tabs[0]!);
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
