/**
 * The part of a dataset a widget shows, as a dataset of its own: what a pre-rendered snippet
 * carries inline instead of the whole feed.
 * @module
 */
import type { CsvSelection } from './csv-export.js';
import type { DatasetInput } from './schemas/dataset.js';
import type { Dataset } from './schemas/dataset.js';

/**
 * A smaller dataset with the figures that `selection` keeps (the same selection as `datasetToCsv`,
 * so an element's CSV and its subset hold the same rows): the kept units with their ancestors (names
 * and the tree stay whole up to the root), only the metrics and periods named, and the sectors,
 * thresholds, title, source and dates as they were. The result parses again (`parseDataset`).
 */
export function subsetDataset(dataset: Dataset, selection: CsvSelection): DatasetInput {
  const keep = (list: readonly string[] | undefined, id: string) => !list || list.includes(id);
  const byId = new Map(dataset.units.map((u) => [u.id, u]));
  const wanted = selection.units && [...selection.units, ...(selection.ratingUnits ?? [])];
  let units = dataset.units;
  if (wanted) {
    const kept = new Set<string>();
    for (const start of wanted) {
      for (let id: string | null | undefined = start; id && !kept.has(id); id = byId.get(id)?.parent) kept.add(id);
    }
    units = dataset.units.filter((u) => kept.has(u.id));
  }
  const unitIds = new Set(units.map((u) => u.id));
  const figure = (f: { unit: string; metric: string; period: string }) =>
    unitIds.has(f.unit) && (!selection.units || selection.units.includes(f.unit)) && keep(selection.metrics, f.metric) && keep(selection.periods, f.period);
  const ratingUnits = selection.ratingUnits ?? selection.units;
  const ratings = (selection.ratings ?? !selection.metrics)
    ? dataset.qualityRatings.filter((q) => keep(ratingUnits, q.unit) && keep(selection.periods, q.period) && (!selection.schemes || selection.schemes.includes(q.scheme ?? '')))
    : [];
  const { sectors, thresholds, ...rest } = dataset;
  return {
    ...rest,
    units,
    metrics: dataset.metrics.filter((m) => keep(selection.metrics, m.id)),
    periods: dataset.periods.filter((p) => keep(selection.periods, p.id)),
    sectors,
    thresholds: thresholds.filter((t) => (!t.unit || unitIds.has(t.unit)) && (!t.period || keep(selection.periods, t.period))),
    targets: dataset.targets.filter(figure),
    actuals: dataset.actuals.filter(figure),
    qualityRatings: ratings,
  };
}
