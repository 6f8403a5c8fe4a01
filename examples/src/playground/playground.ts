/**
 * The playground: data in (pasted JSON or CSV, or a sample), an element and its attributes, a live
 * preview with validation errors in words, three embed snippets to copy (plain with the heights
 * measured here, pre-rendered and iframe made by the gallery's server), and the public CSS custom
 * properties to edit live.
 */
import { checkDataset, DatasetError, defaultParent, defaultSelection, defaultUnit, formatFinding, localize, parseDatasetText, type Dataset } from '@tiendo/sdk';
import { sampleDatasetInput } from '@tiendo/sdk/sample';
import sampleCsv from '@tiendo/sdk/sample.csv?raw';
import templateCsv from '../../../docs/mau-du-lieu.csv?raw';
import { $, h, params } from '../shared/page.js';
import { ELEMENTS, type ElementId } from '../shared/cases.js';
import { longNames, manyUnits } from '../shared/datasets.js';
import { articleTab } from './article-tab.js';
import { EmbedProblem, pageFileName, prerender, showEmbeds } from './embeds.js';
import { measure, WIDTHS, type Measured } from './measure.js';
import { besideScript, isLocalUrl, snippet } from './snippet.js';
import { tokenEditor, tokensCss } from './tokens.js';
import './playground.css';

const SAMPLES: Record<string, { label: string; text: () => string }> = {
  'sample-json': { label: 'Dữ liệu mẫu (JSON)', text: () => JSON.stringify(sampleDatasetInput, null, 2) },
  'sample-csv': { label: 'Dữ liệu mẫu (CSV dạng dài)', text: () => sampleCsv },
  'many-units': { label: '700 đơn vị (minh họa, JSON)', text: () => JSON.stringify(manyUnits(700), null, 1) },
  'long-names': { label: 'Tên dài (minh họa, JSON)', text: () => JSON.stringify(longNames(), null, 2) },
};

/** The attributes each element takes, in the order the snippet writes them. */
const FIELDS: Record<ElementId, string[]> = {
  progress: ['unit', 'metric', 'period', 'compact'],
  ranking: ['parent', 'metric', 'period', 'top', 'highlight', 'sort'],
  'strong-share': ['unit', 'period'],
  scorecard: ['unit', 'period'],
  chart: ['kind', 'parent', 'unit', 'metric', 'period', 'top'],
};
const COMMON = ['locale', 'theme'];
const LABELS: Record<string, string> = {
  unit: 'Đơn vị (unit)', parent: 'Đơn vị cha (parent)', metric: 'Chỉ số (metric)', period: 'Kỳ (period)', top: 'Số dòng đầu (top)',
  highlight: 'Làm nổi (highlight)', sort: 'Sắp xếp (sort)', compact: 'Gọn một dòng (compact)', kind: 'Loại biểu đồ (kind)', locale: 'Ngôn ngữ (locale)', theme: 'Giao diện (theme)',
};

const input = $<HTMLTextAreaElement>('#input');
const samples = $<HTMLSelectElement>('#samples');
const controls = $<HTMLFormElement>('#controls');
const preview = $('#preview');
const snippetBox = $<HTMLTextAreaElement>('#snippet');
const scriptUrl = $<HTMLInputElement>('#script-url');
const useSrc = $<HTMLInputElement>('#use-src');
const srcUrl = $<HTMLInputElement>('#src-url');
const pageUrl = $<HTMLInputElement>('#page-url');
let dataset: Dataset | null = null;
let tokens: Record<string, string> = {};

/** The newsroom's script address, remembered on this computer once typed in. */
const SCRIPT_KEY = 'tiendo-script-url';
scriptUrl.value = params.get('script') ?? localStorage.getItem(SCRIPT_KEY) ?? `${location.origin}/embed/tiendo.js`;
for (const [id, s] of Object.entries(SAMPLES)) samples.add(new Option(s.label, id));
/** Shown in the sample picker once the producer pastes or edits data of their own. */
const OWN = new Option('Dữ liệu của bạn (đã dán)', 'own');
$<HTMLAnchorElement>('#template-csv').href = URL.createObjectURL(new Blob(['\ufeff', templateCsv], { type: 'text/csv;charset=utf-8' }));

/** A select or input for one attribute, its options from the dataset. */
function field(name: string, value: string): HTMLElement[] {
  const id = `attr-${name}`;
  const d = dataset;
  const options: [string, string][] | null =
    name === 'unit' || name === 'parent' || name === 'highlight' ? (d?.units ?? []).map((u) => [u.id, `${u.name} (${u.id})`])
    : name === 'metric' ? (d?.metrics ?? []).map((m) => [m.id, localize(m.labels, 'vi')])
    : name === 'period' ? (d?.periods ?? []).map((p) => [p.id, localize(p.label, 'vi')])
    : name === 'sort' ? [['attainment', 'theo tỉ lệ đạt'], ['actual', 'theo số thực hiện']]
    : name === 'kind' ? [['ranking', 'xếp hạng'], ['trend', 'qua các kỳ'], ['share', 'tỉ lệ vững mạnh']]
    : name === 'locale' ? [['vi', 'Tiếng Việt'], ['en', 'English']]
    : name === 'theme' ? [['auto', 'tự động'], ['light', 'sáng'], ['dark', 'tối']]
    : null;
  // A value the (new) data does not have gives way to the data's own default, so a select is never blank.
  if (options && d && value && !options.some(([v]) => v === value)) value = defaultValue(name, d);
  let control: HTMLInputElement | HTMLSelectElement;
  if (name === 'compact') {
    control = h('input', { type: 'checkbox' });
    control.checked = value === 'true';
  } else if (options) {
    control = h('select', {});
    if (!['kind', 'locale', 'theme'].includes(name)) control.add(new Option('(mặc định)', ''));
    for (const [v, label] of options) control.add(new Option(label, v));
    control.value = value;
  } else {
    control = h('input', { type: 'text', inputmode: 'numeric', size: '6' });
    control.value = value;
  }
  control.id = id;
  control.name = name;
  return [h('label', { for: id }, LABELS[name] ?? name), control];
}

/** What an element shows by default for this data (the SDK's defaults), for a select left without a value. */
function defaultValue(name: string, d: Dataset): string {
  try {
    if (name === 'unit') return defaultUnit(d, undefined).id;
    if (name === 'parent') return defaultParent(d)?.id ?? '';
    if (name === 'metric' || name === 'period') {
      const s = defaultSelection(d, {});
      return (name === 'metric' ? s.metric?.id : s.period.id) ?? '';
    }
  } catch {
    // no unit or period at all: leave it to the element
  }
  return '';
}

function currentElement(): ElementId {
  const chosen = (controls.elements.namedItem('element') as HTMLSelectElement | null)?.value ?? params.get('el');
  return ELEMENTS.find((e) => e.id === chosen)?.id ?? 'ranking';
}

function attrs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...FIELDS[currentElement()], ...COMMON]) {
    const c = controls.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!c) continue;
    out[name] = c instanceof HTMLInputElement && c.type === 'checkbox' ? (c.checked ? 'true' : '') : c.value;
  }
  return out;
}

/** Rebuilds the attribute form (after the element or the dataset changed), keeping values. */
function buildControls(): void {
  // theme `auto`: the element follows the news site's light or dark page.
  const keep = controls.childElementCount ? attrs() : { parent: 'ha-noi', metric: 'grassroots-unions', period: '2017', top: '10', highlight: 'hoang-mai', unit: 'hoang-mai', kind: 'ranking', locale: 'vi', theme: 'auto' };
  const element = currentElement();
  const select = h('select', { id: 'attr-element', name: 'element' });
  for (const e of ELEMENTS) select.add(new Option(`<${e.tag}>`, e.id));
  select.value = element;
  controls.replaceChildren(h('label', { for: 'attr-element' }, 'Phần tử'), select, ...[...FIELDS[element], ...COMMON].flatMap((n) => field(n, keep[n] ?? '')));
}

function validate(): void {
  const box = $('#validation');
  datasetVersion++;
  try {
    dataset = parseDatasetText(input.value);
    const unnamed = checkDataset(dataset).filter((f) => f.code === 'unit-without-name');
    box.replaceChildren(
      h('p', { class: unnamed.length ? 'warning' : 'ok' }, `Dữ liệu hợp lệ: ${dataset.units.length} đơn vị, ${dataset.actuals.length} số thực hiện, ${dataset.targets.length} chỉ tiêu.${unnamed.length ? ` Cần xem lại ${unnamed.length} điểm:` : ''}`),
      ...(unnamed.length ? [h('ul', {}, ...unnamed.map((f) => h('li', {}, formatFinding(f, 'vi'))))] : []),
    );
  } catch (e) {
    dataset = null;
    const lines = e instanceof DatasetError ? e.format('vi') : [String(e)];
    box.replaceChildren(h('p', {}, `Dữ liệu chưa dùng được (${lines.length} lỗi):`), h('ul', {}, ...lines.slice(0, 20).map((l) => h('li', {}, l))));
  }
}

/** A new element of the current kind, attributes, custom properties and data: the preview, or a copy to measure. */
function makeElement(tag: string, a: Record<string, string>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [k, v] of Object.entries(a)) if (v !== '') el.setAttribute(k, k === 'compact' ? '' : v);
  for (const [k, v] of Object.entries(tokens)) if (v.trim()) el.style.setProperty(k, v.trim());
  if (dataset) el.data = dataset;
  return el;
}

/** The snippets being made (measuring, then the server): the copy buttons wait for them. */
let pending: Promise<void> = Promise.resolve();
let generation = 0;
/** The last measurement and what it was of: a change of the script address or `src` does not measure again. */
let measured: { key: string; value: Measured | null } | null = null;
let datasetVersion = 0;

function render(): void {
  const element = currentElement();
  const tag = ELEMENTS.find((e) => e.id === element)!.tag;
  const a = attrs();
  preview.replaceChildren(makeElement(tag, a));
  $('#script-warning').textContent = isLocalUrl(scriptUrl.value)
    ? `Địa chỉ script ${scriptUrl.value} chỉ chạy trên máy này: người đọc trang đã đăng sẽ không tải được. Hãy nhập địa chỉ CDN của toà soạn (ví dụ https://cdn.example.vn/tiendo/tiendo.js); địa chỉ được nhớ cho lần sau.`
    : '';
  $<HTMLTextAreaElement>('#tokens-css').value = tokensCss(tokens);
  const mine = ++generation;
  pending = snippets(mine, tag, a).catch((e: Error) => {
    if (mine === generation) showEmbeds({ problem: new EmbedProblem(e instanceof TypeError ? `địa chỉ script “${scriptUrl.value}” không dùng được (${e.message})` : e.message) });
  });
}

/** Measures the element, writes the plain snippet, then asks the server for the other two. */
async function snippets(mine: number, tag: string, a: Record<string, string>): Promise<void> {
  // `theme="auto"` needs no attribute: the element follows the page.
  const written = Object.fromEntries(Object.entries(a).filter(([k, v]) => !(k === 'theme' && v === 'auto')));
  const src = useSrc.checked ? srcUrl.value : '';
  const status = $('#measure-status');
  const key = JSON.stringify([tag, a, tokens, datasetVersion]);
  if (measured?.key !== key) {
    if (dataset) status.textContent = 'Đang đo chiều cao của phần tử…';
    const value = dataset ? await measure($('#measure'), () => makeElement(tag, a)) : null;
    if (mine !== generation) return;
    measured = { key, value };
  }
  const m = measured.value;
  status.textContent = !m ? (dataset ? 'Chưa đo được chiều cao: mã nhúng thường không giữ chỗ.' : '')
    : a['compact'] === 'true' ? `Thanh gọn trong câu: giữ chỗ bằng chữ “${m.figures}” cho tới khi dữ liệu về.`
    : `Chiều cao đo được: ${m.narrow} px ở cột ${WIDTHS.narrow} px (reserve), ${m.wide} px ở cột ${WIDTHS.wide} px (reserve-wide), ${m.phone} px trong khung ${WIDTHS.phone} px (iframe).`;
  snippetBox.value = dataset || src
    ? snippet({ scriptUrl: scriptUrl.value, tag, attrs: written, ...(src ? { src } : { data: dataset }), reserve: m, figures: m?.figures ?? '' })
    : '';
  frameLink(tag, written, src);
  if (!input.value.trim()) return showEmbeds({ waiting: 'Cần dữ liệu để dựng sẵn.' });
  const base = besideScript(new URL(scriptUrl.value || '/embed/tiendo.js', location.href).href, '');
  const fileName = pageFileName(tag, written);
  if (!pageUrl.dataset['edited']) pageUrl.value = new URL(fileName, base).href;
  const attributes = Object.fromEntries(Object.entries(written).filter(([, v]) => v !== '').map(([k, v]) => [k, k === 'compact' ? '' : v]));
  showEmbeds({ waiting: 'Đang dựng sẵn trên máy chủ của thư viện…' });
  try {
    const result = await prerender({ data: input.value, element: currentElement(), attributes, base, ...(src ? { src } : {}), frame: { url: pageUrl.value, height: m?.phone ?? 0 } });
    if (mine === generation) showEmbeds({ result, fileName });
  } catch (e) {
    if (mine === generation && e instanceof EmbedProblem) showEmbeds({ problem: e });
    else throw e;
  }
}

/** `/frame.html?el=…&src=…`: the gallery's own page of the element, when its data has an address here. */
function frameLink(tag: string, written: Record<string, string>, src: string): void {
  const link = $<HTMLAnchorElement>('#frame-link');
  const dataSrc = src || (samples.value === 'sample-json' ? '/data/sample.json' : samples.value === 'sample-csv' ? '/data/sample.csv' : '');
  link.hidden = !dataSrc;
  if (!dataSrc) return link.removeAttribute('href');
  const q = new URLSearchParams({ el: ELEMENTS.find((e) => e.tag === tag)!.id, src: dataSrc });
  for (const [k, v] of Object.entries(written)) if (v !== '') q.set(k, k === 'compact' ? '' : v);
  link.href = `/frame.html?${q}`;
}

let timer = 0;
function later(f: () => void): void {
  clearTimeout(timer);
  timer = window.setTimeout(f, 250);
}

function loadSample(id: string): void {
  input.value = SAMPLES[id]!.text();
  validate();
  buildControls();
  render();
}

samples.addEventListener('change', () => samples.value !== 'own' && loadSample(samples.value));
input.addEventListener('input', () =>
  later(() => {
    markOwn();
    validate();
    buildControls();
    render();
  }),
);
controls.addEventListener('change', (e) => {
  if ((e.target as HTMLElement).id === 'attr-element') buildControls();
  render();
});
controls.addEventListener('input', () => later(render));
for (const c of [scriptUrl, useSrc, srcUrl, pageUrl]) c.addEventListener('input', () => later(render));
pageUrl.addEventListener('input', () => (pageUrl.dataset['edited'] = pageUrl.value ? 'yes' : ''));
scriptUrl.addEventListener('change', () => {
  if (scriptUrl.value && !isLocalUrl(scriptUrl.value)) localStorage.setItem(SCRIPT_KEY, scriptUrl.value);
});

/** The sample picker says the data is the producer's own once they paste or edit it. */
function markOwn(): void {
  if (!OWN.parentElement) samples.add(OWN);
  samples.value = 'own';
}
tokenEditor($('#tokens'), (values) => {
  tokens = values;
  later(render);
});

async function copy(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Đã sao chép.';
  } catch {
    status.textContent = 'Không sao chép được: hãy chọn và sao chép trong ô trên.';
  }
}
articleTab((json) => {
  input.value = json;
  markOwn();
  validate();
  buildControls();
  render();
});
// Each button copies the snippet of what is on screen, once it is made.
for (const [button, box, status] of [['#copy-snippet', '#snippet', '#copy-status'], ['#copy-prerendered', '#snippet-prerendered', '#copy-prerendered-status'], ['#copy-iframe', '#snippet-iframe', '#copy-iframe-status']]) {
  $(button!).addEventListener('click', () => void pending.then(() => copy($<HTMLTextAreaElement>(box!).value, $(status!))));
}
$('#copy-tokens').addEventListener('click', () => void copy($<HTMLTextAreaElement>('#tokens-css').value, $('#copy-status')));

loadSample(params.get('sample') && SAMPLES[params.get('sample')!] ? params.get('sample')! : 'sample-json');
