/** Parsing a dataset at the boundary: schema, references, defaults; every problem with its path. */
import { DEFAULT_SECTORS, DEFAULT_THRESHOLDS } from './defaults.js';
import { DatasetError } from './dataset-error.js';
import type { Issue } from './errors.js';
import { findJsonSyntaxError, lineColumn } from './json-syntax.js';
import { type Dataset, DatasetSchema } from './schemas/dataset.js';
import { referentialIssues } from './validate.js';
import { fromZodIssue } from './zod-issues.js';

/** Result of `safeParseDataset`. */
export type SafeParseResult = { success: true; data: Dataset } | { success: false; error: DatasetError };

/**
 * Validates anything (a parsed JSON value) as a dataset. Throws a `DatasetError` listing every
 * problem with its path and expectation, e.g. `targets[3].value: expected a number ≥ 0, received -5`,
 * including duplicate ids, unknown references, parent cycles and an `asOf` outside its period.
 */
export function parseDataset(input: unknown): Dataset {
  const r = safeParseDataset(input);
  if (!r.success) throw r.error;
  return r.data;
}

/** Like `parseDataset`, but returns `{ success, data }` or `{ success, error }` instead of throwing. */
export function safeParseDataset(input: unknown): SafeParseResult {
  if (input === undefined || input === null || input === '') {
    return { success: false, error: new DatasetError([{ code: 'empty-input', path: '' }]) };
  }
  const parsed = DatasetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { success: false, error: new DatasetError(parsed.error.issues.flatMap((i) => fromZodIssue(i))) };
  }
  const raw = parsed.data;
  const data: Dataset = {
    ...raw,
    sectors: raw.sectors ?? [...DEFAULT_SECTORS],
    targets: raw.targets ?? [],
    actuals: raw.actuals ?? [],
    qualityRatings: raw.qualityRatings ?? [],
    thresholds: raw.thresholds ?? defaultThresholds(raw.sectors),
  };
  const issues = referentialIssues(data);
  return issues.length ? { success: false, error: new DatasetError(issues) } : { success: true, data };
}

function defaultThresholds(sectors: readonly { id: string }[] | undefined): Dataset['thresholds'] {
  const ids = new Set((sectors ?? DEFAULT_SECTORS).map((s) => s.id));
  return DEFAULT_THRESHOLDS.filter((t) => ids.has(t.sector)).map((t) => ({ ...t }));
}

/**
 * Parses a dataset JSON text (UTF-8, with or without BOM) and validates it like `parseDataset`.
 * Empty text is an `empty-input` issue; a syntax error is an `invalid-json` issue with its line
 * and column and what was expected there.
 */
export function parseDatasetJson(text: string): Dataset {
  const t = stripBom(text);
  if (!t.trim()) throw new DatasetError([{ code: 'empty-input', path: '' }]);
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    throw new DatasetError([jsonSyntaxIssue(t, e as Error)]);
  }
  return parseDataset(value);
}

/** Removes a UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function jsonSyntaxIssue(text: string, e: Error): Issue {
  const found = findJsonSyntaxError(text);
  if (!found) return { code: 'invalid-json', path: '', expected: 'JSON', received: e.message };
  const { line, column } = lineColumn(text, found.offset);
  return { code: 'invalid-json', path: '', line, column: String(column), expected: found.expected, received: found.found };
}
