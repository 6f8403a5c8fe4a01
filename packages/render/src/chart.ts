/**
 * `<tiendo-chart>` pre-rendered: `@tiendo/charts/server` draws its SVGs (one per range of widths)
 * into its lit SSR output; this module picks the rows it needs for the inline data. Loaded only
 * when a chart is rendered (it brings Vega).
 * @module
 */
import type { CsvSelection, Dataset, DatasetInput } from '@tiendo/sdk';
import { withoutMarkers } from './ssr.js';

/** The chart's HTML (declarative shadow root, SVGs inside) and the rows it shows. */
export async function prerenderChartElement(dataset: Dataset | DatasetInput, attrs: Readonly<Record<string, string>>): Promise<{ html: string; selection: CsvSelection; shown: CsvSelection }> {
  const server = await import('@tiendo/charts/server');
  const { csvSelection, resolveSelection } = await import('@tiendo/charts');
  const a = attrs as Parameters<typeof server.prerenderChart>[1];
  const model = server.chartModel(dataset, a);
  const d = dataset as Dataset;
  const sel = resolveSelection(d, model.kind, { metric: attrs['metric'], period: attrs['period'], unit: attrs['unit'], parent: attrs['parent'] });
  const shown = csvSelection(model, { metric: sel.metric, period: sel.period, unit: sel.unit });
  // A ranking's sentence counts every unit under the parent ("5 đứng đầu trong 30"): all of them are needed.
  const needed = model.kind === 'ranking' && sel.parent ? { ...shown, units: d.units.filter((u) => u.parent === sel.parent).map((u) => u.id) } : shown;
  return { html: withoutMarkers(await server.prerenderChart(dataset, a), 'tiendo-chart'), selection: needed, shown };
}
