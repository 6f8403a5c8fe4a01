/**
 * The gallery's front page: each element once on the sample data with links to its matrix, and
 * the list of real figures (with their sources), so no one mistakes an illustrative figure.
 */
import { checkPrinted, formatAttainment, formatNumber, localize } from '@tiendo/sdk';
import { findTarget } from '@tiendo/sdk/helpers';
import { sampleDataset as ds } from '@tiendo/sdk/sample';
import { $, h, theme } from '../shared/page.js';
import { caseFor, createElementFor, ELEMENTS } from '../shared/cases.js';

const VERDICT: Record<string, string> = { exact: 'đúng', rounded: 'làm tròn đúng', truncated: 'cắt bớt chữ số', mismatch: 'SAI', unparseable: 'không đọc được' };

$('#elements').append(
  ...ELEMENTS.map((e) =>
    h(
      'section',
      { class: 'card', 'aria-labelledby': `card-${e.id}` },
      h('h2', { id: `card-${e.id}` }, e.label, ' ', h('code', {}, `<${e.tag}>`)),
      createElementFor(e.id, caseFor(e.id, 'ready'), { theme }),
      h('p', {}, h('a', { href: `/matrix.html?el=${e.id}&theme=light` }, 'Mọi trạng thái (sáng)'), ' · ', h('a', { href: `/matrix.html?el=${e.id}&theme=dark` }, 'tối')),
    ),
  ),
);

$('#notes').textContent = ds.notes ?? '';
const name = (id: string) => ds.units.find((u) => u.id === id)?.name ?? id;
$('#real').append(
  ...ds.actuals
    .filter((a) => !a.illustrative)
    .map((a) => {
      const target = findTarget(ds, a.unit, a.metric, a.period)?.target.value ?? null;
      const check = a.printed && target ? checkPrinted(a.value, target, a.printed) : null;
      const metric = ds.metrics.find((m) => m.id === a.metric)!;
      const period = ds.periods.find((p) => p.id === a.period)!;
      return h(
        'tr',
        {},
        h('td', {}, name(a.unit)),
        h('td', {}, localize(metric.labels, 'vi')),
        h('td', {}, localize(period.label, 'vi')),
        h('td', { class: 'num' }, target === null ? formatNumber(a.value) : `${formatNumber(a.value)}/${formatNumber(target)} = ${formatAttainment(a.value, target)}`),
        h('td', { class: 'num' }, a.printed ?? '—'),
        h('td', {}, check ? VERDICT[check.verdict] ?? check.verdict : '—'),
        h('td', {}, a.source?.name ?? ''),
      );
    }),
);
