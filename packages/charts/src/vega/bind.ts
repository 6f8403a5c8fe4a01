/**
 * Puts a chart's rows and signal values into its compiled Vega spec, before the spec is parsed:
 * one dataflow run, no `view.data()` round trip. Pure: no DOM.
 * @module
 */
import type { ChartSignals, JsonSpec } from '../specs/model.js';
import { ROWS } from '../specs/template.js';

/** A copy of `compiled` whose `rows` source holds the rows and whose signals hold the values. */
export function bindSpec(compiled: JsonSpec, rows: readonly object[], signals: ChartSignals): JsonSpec {
  const spec = structuredClone(compiled);
  const data = (spec.data as JsonSpec[] | undefined) ?? [];
  const source = data.find((d) => d.name === ROWS);
  if (!source) throw new Error(`compiled spec has no "${ROWS}" data source`);
  source.values = rows.map((r) => ({ ...r }));
  const list = (spec.signals as JsonSpec[] | undefined) ?? [];
  for (const s of list) {
    if (typeof s.name === 'string' && Object.hasOwn(signals, s.name)) s.value = signals[s.name];
  }
  return spec;
}
