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

$('#matrix').append(
  ...STATES.filter((s) => !only || s.id === only).map((state) => {
    const c = caseFor(element, state.id);
    return h(
      'section',
      { class: 'state', 'data-state': state.id, 'aria-labelledby': `h-${state.id}` },
      h('h2', { id: `h-${state.id}` }, state.label),
      h('p', { class: 'muted' }, state.means),
      h('div', { class: 'widths' }, ...WIDTHS.map((w) => h('figure', { class: 'cell', 'data-width': String(w) }, h('figcaption', {}, `${w} px`), createElementFor(element, c, { theme })))),
    );
  }),
);
