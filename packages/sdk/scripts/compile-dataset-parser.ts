/**
 * Writes `src/generated/dataset-parser.ts`: `DatasetSchema` compiled to plain code by zod's own
 * ahead-of-time compiler (`compileFn` of `zod/v4/core`), so that a bundle can validate a dataset
 * without zod's runtime (docs/decisions/compiled-dataset-parser.md). zod builds the function with
 * `new Function(constant names…, body)`; this script catches the names, the body and the values
 * and writes them out as a module: regexes and sets as literals, and the few helpers of zod that
 * the body calls (a code-point count, zod's URL parse) bundled in by esbuild from zod's own modules
 * (imported from `zod/v4/core`, they would bring 15 KB of zod's util and schemas with them).
 *
 * Run `pnpm --filter @tiendo/sdk run compile-parser` after changing `src/schemas/`; a test fails
 * while the file is stale (`staleParser`). Refuses a schema whose compiled rejection would not
 * be definite (a part zod leaves to its runtime).
 */
import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as core from 'zod/v4/core';
import { DatasetSchema } from '../src/schemas/dataset.js';

const OUT = fileURLToPath(new URL('../src/generated/dataset-parser.ts', import.meta.url));

type Compiled = { names: string[]; body: string; values: unknown[]; definite: boolean };

/** Runs zod's compiler on `DatasetSchema`, catching what it hands to `new Function`. */
function compileDataset(): Compiled {
  const RealFunction = globalThis.Function;
  let names: string[] = [];
  let body = '';
  let values: unknown[] = [];
  // compileFn calls `new Function(...names, "return (input) => {…}")` then the factory with the values.
  globalThis.Function = function capture(...args: string[]) {
    names = args.slice(0, -1);
    body = args[args.length - 1]!;
    const factory = RealFunction(...args) as (...v: unknown[]) => unknown;
    return (...v: unknown[]) => ((values = v), factory(...v));
  } as unknown as FunctionConstructor;
  let fn: { definite?: boolean };
  try {
    fn = core.compileFn(DatasetSchema);
  } finally {
    globalThis.Function = RealFunction;
  }
  if (!body) throw new Error('compile-dataset-parser: zod did not build its function through Function');
  return { names, body, values, definite: fn.definite === true };
}

/** zod's helpers by identity (the generated code calls them): the module of zod's core that exports each. */
function helperModule(value: unknown): { module: string; name: string } | undefined {
  for (const [name, v] of Object.entries(core)) if (v === value && typeof v === 'function') return { module: 'schemas.js', name };
  for (const [name, v] of Object.entries(core.util)) if (v === value) return { module: 'util.js', name };
  return undefined;
}

/** zod's helpers as one piece of code of their own (esbuild's tree-shaken bundle); `names`: helper → its name there. */
function bundleHelpers(helpers: Map<string, { module: string; name: string }>): { code: string; names: Map<string, string> } {
  if (!helpers.size) return { code: '', names: new Map() };
  // zod's package exports only its index, which would bring whole modules: the files themselves, by path.
  const dir = dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
  const entry = [...helpers.values()].map((h) => `export { ${h.name} } from ${JSON.stringify(join(dir, h.module))};`).join('\n');
  const out = buildSync({ stdin: { contents: entry, resolveDir: dir, loader: 'js' }, bundle: true, format: 'esm', write: false, legalComments: 'none', logLevel: 'silent' }).outputFiles[0]!.text;
  const tail = /\nexport \{([^}]*)\};\s*$/.exec(out);
  if (!tail) throw new Error('compile-dataset-parser: esbuild\'s bundle of zod\'s helpers has no export list');
  const names = new Map(tail[1]!.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [local, exported = local] = s.split(/\s+as\s+/);
    return [exported!, local!];
  }));
  const code = out.slice(0, tail.index).replace(/^\/\/ .*\n/gm, '').trim();
  const clash = /\b(?:const|let|var|function|class)\s+(?:INVALID|c\d+|v\d+|parse|parseDatasetShape)\b/.exec(code);
  if (clash) throw new Error(`compile-dataset-parser: zod's helpers declare a name of the generated code (${clash[0]})`);
  return { code, names };
}

/** A constant as source text: regexes, sets and plain objects of primitives, or a helper (named in `helpers`). */
function literal(value: unknown, helpers: Map<string, { module: string; name: string }>, where: string): string {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (value instanceof Set) {
    const items = [...value];
    if (!items.every((x) => typeof x === 'string' || typeof x === 'number')) throw new Error(`${where}: a set of other than strings or numbers`);
    return `new Set(${JSON.stringify(items)})`;
  }
  if (typeof value === 'function') {
    const helper = helperModule(value);
    if (!helper) throw new Error(`${where}: a function zod does not export (${String(value).slice(0, 80)})`);
    helpers.set(helper.name, helper);
    return `\0${helper.name}\0`;
  }
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${literal(v, helpers, `${where}.${k}`)}`);
    return `{ ${entries.join(', ')} }`;
  }
  throw new Error(`${where}: a constant that cannot be written out (${Object.prototype.toString.call(value)})`);
}

/** The text of `src/generated/dataset-parser.ts`. */
export function datasetParserSource(): string {
  const { names, body, values, definite } = compileDataset();
  if (!definite) throw new Error('compile-dataset-parser: zod leaves part of DatasetSchema to its runtime (not definite); the bundle would need zod');
  const prefix = 'return (input) => {\n';
  if (!body.startsWith(prefix) || !body.endsWith('\n}')) throw new Error('compile-dataset-parser: zod\'s generated function has a new shape');
  const used = new Map<string, { module: string; name: string }>();
  const written = names.map((name, i) => (name === 'INVALID' ? `const INVALID = Symbol('invalid');` : `const ${name} = ${literal(values[i], used, name)};`));
  const helpers = bundleHelpers(used);
  const constants = written.map((line) => line.replace(/\0(\w+)\0/g, (_, h: string) => helpers.names.get(h)!));
  const indented = body.slice(prefix.length, -2).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
  const zod = `zod ${core.version.major}.${core.version.minor}.${core.version.patch}`;
  return [
    '// @ts-nocheck: generated code (zod\'s own output, checked against the schema by test/compiled-parser.test.ts).',
    `// Generated by scripts/compile-dataset-parser.ts from src/schemas with ${zod}'s compileFn. Do not edit:`,
    '// run `pnpm --filter @tiendo/sdk run compile-parser` after changing a schema.',
    "import type { DatasetShape } from '../schemas/dataset.js';",
    '',
    ...(helpers.code ? [`// zod's helpers that the parser calls, from ${zod} (MIT licence, © Colin McDonnell), bundled by esbuild.`, helpers.code, ''] : []),
    ...constants,
    '',
    'function parse(input) {',
    indented,
    '}',
    '',
    '/**',
    ' * What `DatasetSchema.safeParse(input).data` is (a fresh copy of the input, keys in the schema\'s',
    ' * order), or `undefined` exactly when that parse fails. Without zod\'s runtime: the issues of a',
    ' * failure come from the schema itself (`datasetErrorOf`).',
    ' */',
    'export function parseDatasetShape(input: unknown): DatasetShape | undefined {',
    '  const out = parse(input);',
    '  return out === INVALID ? undefined : out;',
    '}',
    '',
  ].join('\n');
}

/** Whether the committed file differs from a fresh compile. */
export function staleParser(): boolean {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    current = '';
  }
  return current !== datasetParserSource();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OUT, datasetParserSource());
  console.log(`compile-dataset-parser: wrote ${OUT}`);
}
