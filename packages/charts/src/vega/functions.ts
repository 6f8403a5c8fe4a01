/**
 * The expression functions the precompiled specs call (`this.name(…)` in src/generated/*.rt.ts),
 * as vega-functions 6.2.0 defines them (BSD-3-Clause, University of Washington Interactive Data
 * Lab), and nothing else: the View's function context (`./vega-view.ts`). A node test checks that
 * every function a generated expression calls is here.
 * @module
 */
import { array, isArray, lerp, span } from 'vega-util';

/** The expression context: `this` of every precompiled expression; vega-runtime sets `context`. */
interface FunctionContext {
  context: { scales: Record<string, { value?: Scale } | undefined> };
}
type Scale = ((value: unknown) => unknown) & { bandwidth?: () => number; domain(): unknown[]; range?: () => unknown[] };

/** A scale of the view by name (vega-functions checks it is a registered scale: all of a view's are). */
function getScale(name: unknown, ctx: FunctionContext['context']): Scale | undefined {
  return typeof name === 'string' ? ctx.scales[name]?.value : typeof name === 'function' ? (name as Scale) : undefined;
}

/** vega-scale's bandSpace. */
function bandspace(count: number, paddingInner: number, paddingOuter: number): number {
  const c = count || 0;
  const space = c - (paddingInner || 0) + (paddingOuter || 0) * 2;
  return c ? (space > 0 ? space : 1) : 0;
}

export const functionContext = {
  isArray,
  isValid: (_: unknown): boolean => _ != null && _ === _,
  join: (seq: unknown, ...args: [string?]): string => (array(seq) as unknown[]).join(...args),
  lerp,
  span,
  bandspace,
  bandwidth(this: FunctionContext, name: string, group?: FunctionContext): number {
    const s = getScale(name, (group || this).context);
    return s && s.bandwidth ? s.bandwidth() : 0;
  },
  domain(this: FunctionContext, name: string, group?: FunctionContext): unknown[] {
    const s = getScale(name, (group || this).context);
    return s ? s.domain() : [];
  },
  range(this: FunctionContext, name: string, group?: FunctionContext): unknown[] {
    const s = getScale(name, (group || this).context);
    return s && s.range ? s.range() : [];
  },
  scale(this: FunctionContext, name: string, value: unknown, group?: FunctionContext): unknown {
    const s = getScale(name, (group || this).context);
    return s ? s(value) : undefined;
  },
  /** The internal helper vega-functions adds for `bandwidth` in mark encoders. */
  __bandwidth: (s: Scale | undefined): number => (s && s.bandwidth ? s.bandwidth() : 0),
};
