/**
 * The matrix: one element (`?el=ranking`) in every state, at four widths, in one theme
 * (`?theme=dark`). `?state=tie` narrows it to one state. Each state is a `<section data-state>`
 * that the visual tests photograph.
 */
import { $, h, params, theme } from '../shared/page.js';
import { caseFor, createElementFor, ELEMENTS, STATES, type ElementId } from '../shared/cases.js';
import './matrix.css';

/** The widths a designer checks, in CSS pixels. */
export const WIDTHS = [320, 480, 768, 1200] as const;

const element = (ELEMENTS.find((e) => e.id === params.get('el')) ?? ELEMENTS[0]).id as ElementId;
const only = params.get('state');

const link = (label: string, query: Record<string, string>, current: boolean) => {
  const a = h('a', { href: `?${new URLSearchParams(query)}` }, label);
  if (current) a.setAttribute('aria-current', 'page');
  return a;
};
$('#elements').append(...ELEMENTS.map((e) => link(`<${e.tag}>`, { el: e.id, theme }, e.id === element)));
$('#themes').append(link('Sáng', { el: element, theme: 'light' }, theme === 'light'), link('Tối', { el: element, theme: 'dark' }, theme === 'dark'));
$('#title').textContent = `Ma trận: ${ELEMENTS.find((e) => e.id === element)!.label}`;
document.title = `${$('#title').textContent} — Tiến độ`;

/**
 * States one element has beyond the common ten: the progress bar inside a sentence of running text
 * (`compact`), as the article's lede uses it.
 */
const OWN_STATES: Partial<Record<ElementId, { id: string; label: string; means: string; cell: () => Node[] }[]>> = {
  progress: [
    {
      id: 'in-text',
      label: 'Trong câu văn',
      means: 'Thanh thu gọn (compact) giữa câu: xuống dòng như chữ, số và trạng thái không bị cắt, dấu chấm ở lại cuối câu.',
      cell: () => {
        const c = caseFor('progress', 'over-target');
        return [
          document.createTextNode('Năm 2017, Liên đoàn Lao động quận Hoàng Mai thành lập 27 công đoàn cơ sở, vượt kế hoạch 22 được giao: '),
          createElementFor('progress', c, { theme, compact: '' }),
          document.createTextNode('.'),
        ];
      },
    },
  ],
};

const section = (id: string, label: string, means: string, cell: () => Node[]) =>
  h(
    'section',
    { class: 'state', 'data-state': id, 'aria-labelledby': `h-${id}` },
    h('h2', { id: `h-${id}` }, label),
    h('p', { class: 'muted' }, means),
    h('div', { class: 'widths' }, ...WIDTHS.map((w) => h('figure', { class: 'cell', 'data-width': String(w), 'data-text': id === 'in-text' ? '' : undefined }, h('figcaption', {}, `${w} px`), ...cell()))),
  );

$('#matrix').append(
  ...STATES.filter((s) => !only || s.id === only).map((state) => {
    const c = caseFor(element, state.id);
    return section(state.id, state.label, state.means, () => [createElementFor(element, c, { theme })]);
  }),
  ...(OWN_STATES[element] ?? []).filter((s) => !only || s.id === only).map((s) => section(s.id, s.label, s.means, s.cell)),
);
