/**
 * The part of Vega the charts run: the dataflow with the data, view and encoding transforms,
 * without what `import 'vega'` also registers and ships (geo projections, force layouts,
 * hierarchies, labels, regressions, voronoi, word clouds, crossfilter, the loader), and without
 * the spec parser (the specs are parsed at build time: `src/generated/*.rt.ts`; the View is
 * `./vega-view.ts`). The compiled specs only filter, scale and draw rects, rules, text, symbols and
 * lines; the node tests check that every operator of every precompiled spec is registered, and
 * run each one through this runtime.
 * @module
 */
import { transforms } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems } from 'vega-encode';
import { locale } from 'vega-format';
import { aggregate, collect, compare, expression, extent, field, filter, formula, key, multiextent, params, proxy, relay, sieve, values } from 'vega-transforms';
import { extend } from 'vega-util';
import { bound, mark, overlap, render, viewlayout } from 'vega-view-transforms';

/**
 * The transforms registered, by the name specs use. Registering them is this module's side effect
 * (listed in package.json `sideEffects`, or a bundler that follows the re-exports below skips it). Only these are bundled (named imports let the
 * bundler drop the rest); a node test checks that every operator of every compiled spec is here.
 */
export const TRANSFORMS = {
  aggregate, collect, compare, expression, extent, field, filter, formula, key, multiextent, params, proxy, relay, sieve, values,
  axisticks, datajoin, encode, legendentries, scale, sortitems,
  bound, mark, overlap, render, viewlayout,
} as const;

extend(transforms, TRANSFORMS);

export { locale };
