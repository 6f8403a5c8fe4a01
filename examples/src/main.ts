// The first gallery page: the sample dataset through the SDK, as a plain ranked table.
import { aggregate, checkDataset, formatAttainment, formatFinding, formatNumber, localize, progressStatus, rank, STATUS_TEXT } from '@tiendo/sdk';
import { sampleDataset as ds } from '@tiendo/sdk/sample';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const cell = (text: string, className = '') => {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
};

const metricSelect = $<HTMLSelectElement>('#metric');
const periodSelect = $<HTMLSelectElement>('#period');
for (const m of ds.metrics) metricSelect.add(new Option(localize(m.labels, 'vi'), m.id));
for (const p of ds.periods.filter((p) => ds.actuals.some((a) => a.period === p.id && a.unit !== 'quang-tri'))) periodSelect.add(new Option(localize(p.label, 'vi'), p.id));

function render(): void {
  const metric = metricSelect.value;
  const period = periodSelect.value;
  const { byUnit } = aggregate(ds, { metric, period, unit: 'ha-noi' });
  const rows = rank(byUnit.get('ha-noi')!.children.map((n) => ({ ...n, name: n.unit.name })), { by: (n) => n.attainment });
  const m = ds.metrics.find((x) => x.id === metric)!;
  $('#ranking caption').textContent = `${localize(m.labels, 'vi')} — ${localize(ds.periods.find((p) => p.id === period)!.label, 'vi')}`;
  const body = $('#ranking tbody');
  body.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const illustrative = ds.actuals[r.actualIndex ?? -1]?.illustrative;
      tr.append(
        cell(r.rank === null ? '—' : `${r.rank}${r.tied ? ' (đồng hạng)' : ''}`),
        cell(r.name),
        cell(`${formatNumber(r.actual ?? 0)} / ${r.target === null ? '—' : formatNumber(r.target)}`, 'num'),
        cell(r.actual !== null && r.target ? formatAttainment(r.actual, r.target)! : '—', 'num'),
        cell(STATUS_TEXT.vi[progressStatus(r.actual ?? 0, r.target)]),
        cell(illustrative ? 'minh họa' : 'thật'),
      );
      return tr;
    }),
  );
}
metricSelect.addEventListener('change', render);
periodSelect.addEventListener('change', render);
render();

$('#findings').replaceChildren(
  ...checkDataset(ds).map((f) => {
    const li = document.createElement('li');
    li.textContent = formatFinding(f, 'vi', (n) => formatNumber(n, { maximumFractionDigits: 1 }));
    return li;
  }),
);
$('#notes').textContent = ds.notes ?? '';
