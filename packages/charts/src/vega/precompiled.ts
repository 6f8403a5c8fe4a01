/**
 * The precompiled specs at run time: `src/generated/<kind>.rt.ts` holds a chart's parsed Vega
 * dataflow with each expression as a plain function (scripts/compile-specs.ts writes them). A
 * View runs it as vega-parser's output, its expressions found by index: nothing is parsed,
 * interpreted or evaluated from a string (a CSP without 'unsafe-eval' holds).
 * @module
 */
import type { ChartSignals } from '../specs/model.js';

/** An operator of Vega's dataflow description (vega-parser's output). */
export interface RuntimeOperator {
  id: number;
  type: string;
  value?: unknown;
  signal?: string;
  [key: string]: unknown;
}

/** A chart's precompiled dataflow (a `src/generated/<kind>.rt.ts` module). */
export interface PrecompiledSpec {
  /** Index (in `runtime.operators`) of the operator that ingests the `rows` values. */
  rows: number;
  /** Index of each signal's operator, by signal name. */
  signals: Readonly<Record<string, number>>;
  /** The expressions, by index: `{ code: i }` in the runtime is `fns[i]`. */
  fns: readonly ((...args: never[]) => unknown)[];
  /** vega-parser's output for the compiled spec, with empty rows. */
  runtime: { operators: readonly RuntimeOperator[]; [key: string]: unknown };
}

/** vega-runtime's expression hooks (`View` option `expr`): each returns the precompiled function, bound to the function context. */
export function precompiledExpressions(fns: PrecompiledSpec['fns']) {
  const get = (ctx: { functions?: object }, expr: { code: number }) => {
    const fn = fns[expr.code] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') throw new Error(`precompiled spec: no expression ${String(expr.code)}`);
    return ctx.functions ? fn.bind(ctx.functions) : fn;
  };
  return { operator: get, parameter: get, event: get, handler: get, encode: get };
}

/**
 * A copy of the dataflow description with the rows (each copied: Vega marks the objects it
 * ingests) and the signal values set; signals the spec does not have are ignored.
 */
export function bindRuntime(p: PrecompiledSpec, rows: readonly object[], signals: ChartSignals): PrecompiledSpec['runtime'] {
  const runtime = structuredClone(p.runtime) as { operators: RuntimeOperator[] };
  const ops = runtime.operators;
  (ops[p.rows]!.value as { $ingest: object[] }).$ingest = rows.map((r) => ({ ...r }));
  for (const [name, value] of Object.entries(signals)) {
    const i = p.signals[name];
    if (i !== undefined) ops[i]!.value = value;
  }
  return runtime;
}
