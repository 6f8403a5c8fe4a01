/**
 * Build-time compile: each vega-lite template (data from the named source `rows`, colours and
 * titles from params) becomes a Vega spec with vega-lite's `compile`, written as a TS module into
 * src/generated/ and committed. That spec is then parsed with vega-parser into Vega's dataflow
 * description (`<kind>.rt.ts`), each expression written out as a plain function (the code Vega's
 * own code generator makes, in the file, so nothing is evaluated from a string at run time and a
 * CSP without 'unsafe-eval' holds). The run time needs neither vega-lite, nor vega-parser, nor an
 * expression parser or interpreter: only the dataflow, the transforms, the scenegraph and a View.
 *
 * Usage: node --import tsx scripts/compile-specs.ts [--check]
 *   --check  compare with the committed files instead of writing them; exit 1 when stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile, type TopLevelSpec, version } from 'vega-lite';
import { parse } from 'vega-parser';
import '../src/vega/runtime.js';
import { CHART_KINDS, type ChartKind, type JsonSpec } from '../src/specs/model.js';
import { rankingTemplate } from '../src/specs/ranking.js';
import { shareTemplate } from '../src/specs/share.js';
import { trendTemplate } from '../src/specs/trend.js';

const TEMPLATES: Record<ChartKind, JsonSpec> = { ranking: rankingTemplate, trend: trendTemplate, share: shareTemplate };
const OUT = fileURLToPath(new URL('../src/generated/', import.meta.url));
const VL_VERSION: string = version;

/**
 * Warnings that are expected. vega-lite warns that it drops "fit-y" for a band-stepped height
 * even when the template asks for `fit-x` only; the result is the `fit-x` asked for.
 */
const EXPECTED_WARNINGS = [/^Dropping "fit-y" because spec has discrete height\.$/];

/** Compiles one template; any other vega-lite warning is an error (it means the template is wrong). */
export function compileTemplate(kind: ChartKind): JsonSpec {
  const problems: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => (problems.push(`error: ${a.join(' ')}`), logger),
    warn: (...a: unknown[]) => {
      const text = a.join(' ');
      if (!EXPECTED_WARNINGS.some((re) => re.test(text))) problems.push(`warn: ${text}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const { spec } = compile(structuredClone(TEMPLATES[kind]) as unknown as TopLevelSpec, { logger: logger as never });
  if (problems.length) throw new Error(`${kind}: vega-lite ${VL_VERSION} says:\n  ${problems.join('\n  ')}`);
  const out = spec as unknown as JsonSpec;
  delete out.$schema;
  return out;
}

/** What Vega's runtime makes of an expression, as `expression(ctx, args, code)` would build it. */
interface Compiled {
  args: string[];
  body: string;
}

/** vega-runtime's codegen of an encoder's spatial adjustments (x2 → width, xc → x, …), copied. */
function adjustSpatial(channels: Record<string, unknown>, marktype: string): string {
  const swap = ['group', 'image', 'rect'].includes(marktype);
  let code = '';
  if (marktype === 'rule') return code;
  if (channels.x2) {
    if (channels.x) code += `${swap ? 'if(o.x>o.x2)$=o.x,o.x=o.x2,o.x2=$;' : ''}o.width=o.x2-o.x;`;
    else code += 'o.x=o.x2-(o.width||0);';
  }
  if (channels.xc) code += 'o.x=o.xc-(o.width||0)/2;';
  if (channels.y2) {
    if (channels.y) code += `${swap ? 'if(o.y>o.y2)$=o.y,o.y=o.y2,o.y2=$;' : ''}o.height=o.y2-o.y;`;
    else code += 'o.y=o.y2-(o.height||0);';
  }
  if (channels.yc) code += 'o.y=o.yc-(o.height||0)/2;';
  return code;
}

const ret = (code: string) => (code.endsWith(';') ? code : `return(${code});`);

/**
 * The dataflow description of a compiled spec (vega-parser, code generation mode) with every
 * expression replaced by `{ code: <index> }` into a list of function texts, and where the run time
 * puts the rows and the signal values.
 */
export function precompile(kind: ChartKind, vegaSpec: JsonSpec): { runtime: JsonSpec; fns: Compiled[]; rows: number; signals: Record<string, number> } {
  const spec = structuredClone(vegaSpec);
  const source = (spec.data as JsonSpec[]).find((d) => d.name === 'rows');
  if (!source) throw new Error(`${kind}: no "rows" data source`);
  source.values = [];
  const runtime = parse(spec as never, undefined, {}) as unknown as JsonSpec & { operators: JsonSpec[] };
  const fns: Compiled[] = [];
  const seen = new Map<string, number>();
  const add = (args: string[], body: string) => {
    const key = `${args.join(',')}|${body}`;
    let i = seen.get(key);
    if (i === undefined) seen.set(key, (i = fns.push({ args, body }) - 1));
    return { code: i };
  };
  const encode = (e: { marktype: string; channels: Record<string, { code: string }> }) => {
    let code = 'var o=item,datum=o.datum,m=0,$;';
    for (const [name, c] of Object.entries(e.channels)) code += `$=${c.code};if(o[${JSON.stringify(name)}]!==$)o[${JSON.stringify(name)}]=$,m=1;`;
    return add(['item', '_'], `${code}${adjustSpatial(e.channels, e.marktype)}return m;`);
  };
  // Operator parameters: `$expr` (a parameter expression, its `$params` parsed alike) and `$encode`.
  const params = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(params);
    if (!v || typeof v !== 'object') return v;
    const o = v as JsonSpec;
    if (o.$encode) {
      const sets = o.$encode as Record<string, JsonSpec>;
      return { ...o, $encode: Object.fromEntries(Object.entries(sets).map(([k, set]) => [k, { ...set, $expr: encode(set.$expr as never) }])) };
    }
    if (o.$expr) return { ...o, $expr: add(['datum', '_'], ret((o.$expr as { code: string }).code)), ...(o.$params ? { $params: params(o.$params) } : {}) };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, params(x)]));
  };
  const operators = runtime.operators.map((op) => {
    const out: JsonSpec = { ...op };
    if ((!op.type || op.type === 'operator') && op.update) out.update = add(['_'], ret((op.update as { code: string }).code));
    if (op.params) out.params = params(op.params);
    return out;
  });
  for (const key of ['streams', 'updates', 'bindings'] as const) {
    if ((runtime[key] as unknown[] | undefined)?.length) throw new Error(`${kind}: the spec has ${key}; precompile them before using them`);
  }
  const rows = operators.findIndex((op) => (op.data as JsonSpec | undefined)?.rows && (op.value as JsonSpec | undefined)?.$ingest);
  if (rows < 0) throw new Error(`${kind}: no operator ingests the "rows" values`);
  (operators[rows]!.value as JsonSpec).$ingest = [];
  const signals = Object.fromEntries(operators.flatMap((op, i) => (typeof op.signal === 'string' ? [[op.signal, i]] : [])));
  // What vega-runtime reads: the operators, the description, the event configuration and the locale; no streams, updates or bindings.
  const { streams: _s, updates: _u, bindings: _b, ...rest } = runtime;
  return { runtime: { ...rest, operators }, fns, rows, signals };
}

/** The `<kind>.rt.ts` module: the dataflow description and its expressions as functions. */
function runtimeModule(kind: ChartKind, header: string): string {
  const { runtime, fns, rows, signals } = precompile(kind, compileTemplate(kind));
  const list = fns.map((f, i) => `  /* ${i} */ function (${f.args.join(', ')}) { ${f.body} },`).join('\n');
  return `${header}// @ts-nocheck: the functions are Vega's generated code, as it is; the index module types the export.\n\n` +
    `/** The ${kind} chart as Vega's parsed dataflow: operators (expressions by index into \`fns\`), the rows' operator, each signal's. */\n` +
    `export const ${kind}Runtime = {\n  rows: ${rows},\n  signals: ${JSON.stringify(signals)},\n  fns: [\n${list}\n  ],\n  runtime: ${JSON.stringify(runtime)},\n};\n`;
}

/** The generated files: name → text. */
export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const header = (what: string) =>
    `// Generated by scripts/compile-specs.ts from ${what} with vega-lite ${VL_VERSION}; do not edit.\n` +
    '// Regenerate with `corepack pnpm --filter @tiendo/charts compile-specs`.\n';
  for (const kind of CHART_KINDS) {
    const body = JSON.stringify(compileTemplate(kind), null, 2);
    files.set(`${kind}.vg.ts`, `${header(`${kind}Template (src/specs/${kind}.ts)`)}import type { JsonSpec } from '../specs/model.js';\n\n/** The ${kind} chart as a Vega spec. */\nexport const ${kind}Vega: JsonSpec = ${body};\n`);
    files.set(`${kind}.rt.ts`, runtimeModule(kind, header(`${kind}Template (src/specs/${kind}.ts)`)));
  }
  const imports = CHART_KINDS.map((k) => `import { ${k}Vega } from './${k}.vg.js';\nimport { ${k}Runtime } from './${k}.rt.js';`).join('\n');
  files.set(
    'index.ts',
    `${header('the chart templates')}import type { ChartKind, JsonSpec } from '../specs/model.js';\nimport type { PrecompiledSpec } from '../vega/precompiled.js';\n${imports}\n\n` +
      `/** Compiled Vega spec of each chart kind (read-only: clone before changing). */\n` +
      `export const COMPILED: Readonly<Record<ChartKind, JsonSpec>> = { ${CHART_KINDS.map((k) => `${k}: ${k}Vega`).join(', ')} };\n` +
      `\n/** The parsed dataflow of each chart kind with its expressions as functions (read-only: clone before changing). */\n` +
      `export const PRECOMPILED: Readonly<Record<ChartKind, PrecompiledSpec>> = { ${CHART_KINDS.map((k) => `${k}: ${k}Runtime`).join(', ')} };\n` +
      `\n/** The vega-lite version the specs were compiled with. */\nexport const VEGA_LITE_VERSION = '${VL_VERSION}';\n`,
  );
  return files;
}

/** Names of generated files whose committed text differs from a fresh compile. */
export function staleFiles(): string[] {
  const stale: string[] = [];
  for (const [name, text] of generate()) {
    let current = '';
    try {
      current = readFileSync(OUT + name, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) stale.push(name);
  }
  return stale;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`compile-specs: stale generated files: ${stale.join(', ')}; run compile-specs`);
      process.exit(1);
    }
    console.log('compile-specs: generated specs are current');
  } else {
    for (const [name, text] of generate()) writeFileSync(OUT + name, text);
    console.log(`compile-specs: wrote ${[...generate().keys()].join(', ')} to src/generated/`);
  }
}
