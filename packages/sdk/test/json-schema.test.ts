/**
 * The shipped dataset.schema.json is the one generated from the zod schemas, and it accepts the
 * sample and rejects bad feeds. A small validator of exactly the keywords the schema uses (it
 * fails on any other keyword) keeps the test free of a JSON Schema dependency.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { datasetJsonSchema } from '../src/json-schema.js';

type Schema = Record<string, unknown>;
const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8')) as Schema;
const shipped = read('../dataset.schema.json');
const pkg = read('../package.json') as { exports: Record<string, unknown>; files: string[] };

const KNOWN = new Set(['$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'format', 'default']);

/** Errors of `value` against `schema`, as `path: keyword`. */
function validate(schema: Schema, value: unknown, path = ''): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`validator does not know the keyword ${k} (at ${path})`);
  const errors: string[] = [];
  const fail = (k: string) => errors.push(`${path || '/'}: ${k}`);
  const type = schema.type as string | undefined;
  if (type) {
    const ok = type === 'integer' ? Number.isInteger(value)
      : type === 'number' ? typeof value === 'number' && Number.isFinite(value)
        : type === 'array' ? Array.isArray(value)
          : type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : type === 'null' ? value === null
              : typeof value === type;
    if (!ok) return [`${path || '/'}: type ${type}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('enum');
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => validate(s, value, path).length === 0)) fail('anyOf');
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail('exclusiveMinimum');
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail('exclusiveMaximum');
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
    if (schema.format === 'uri' && !URL.canParse(value)) fail('format');
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(schema.items as Schema, v, `${path}/${i}`)));
  if (type === 'object' && value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}/${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(props[k], v, `${path}/${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}/${k}: additionalProperties`);
    }
  }
  return errors;
}

describe('dataset.schema.json', () => {
  it('is the schema generated from the zod schemas (rebuild with pnpm build when they change)', () => {
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(datasetJsonSchema())));
  });
  it('is draft 2020-12, titled, and requires title, units, metrics and periods', () => {
    assert.equal(shipped.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(shipped.title, 'Tiến độ dataset');
    assert.deepEqual(shipped.required, ['title', 'units', 'metrics', 'periods']);
  });
  it('is exported as @tiendo/sdk/dataset.schema.json and shipped in the package', () => {
    assert.equal(pkg.exports['./dataset.schema.json'], './dataset.schema.json');
    assert.ok(pkg.files.includes('dataset.schema.json'));
  });
  it('accepts the sample dataset', () => {
    assert.deepEqual(validate(shipped, read('../data/sample.json')), []);
  });
  it('rejects the bad feeds a schema can see, at their path', () => {
    const bad = (file: string) => validate(shipped, read(`./fixtures/bad/${file}`));
    assert.deepEqual(bad('07-target-negative.json'), ['/targets/0/value: minimum']);
    assert.deepEqual(bad('11-actual-vi-thousands-string.json'), ['/actuals/0/value: type number']);
    assert.deepEqual(bad('16-asof-bad-date.json'), ['/actuals/0/asOf: pattern']);
    assert.deepEqual(bad('31-unknown-field.json'), ['/actuals/0/valeu: additionalProperties']);
    assert.deepEqual(bad('03-unit-name-missing.json'), ['/units/1/name: required']);
    assert.deepEqual(bad('04-unit-kind-unknown.json'), ['/units/1/kind: enum']);
  });
  it('cannot see references: an unknown unit passes the schema, and only parseDataset rejects it', () => {
    assert.deepEqual(validate(shipped, read('./fixtures/bad/25-unknown-unit-in-target.json')), []);
    assert.match(String(shipped.description), /parseDataset/);
  });
});
