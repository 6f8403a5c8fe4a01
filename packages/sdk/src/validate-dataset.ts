/**
 * Validation that words nothing: every check of `safeParseDataset` (schema, references, defaults),
 * without the code that turns problems into messages. For bundles where valid data is the rule (the
 * embed): a valid dataset never needs zod's runtime (the schema runs as the code zod compiles it
 * to, `generated/dataset-parser.ts`), the mapping of zod's issues, the messages in two languages nor
 * the JSON syntax finder; `datasetErrorOf` (in `dataset-rejection.ts`, loaded when there is a
 * problem) makes the very `DatasetError` that `safeParseDataset` gives.
 * @module
 */
import { DEFAULT_SECTORS, DEFAULT_THRESHOLDS } from './defaults.js';
import type { Issue } from './errors.js';
import { parseDatasetShape } from './generated/dataset-parser.js';
import type { Dataset } from './schemas/dataset.js';
import { referentialIssues } from './validate.js';

/**
 * Why an input is not a dataset, before it is put into words: the SDK's issues, an input that the
 * schema rejects (where and why is `datasetErrorOf`'s to find, with zod), or a JSON text that does
 * not parse. Pass it to `datasetErrorOf`.
 */
export type Rejection =
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'schema'; readonly input: unknown }
  | { readonly kind: 'json'; readonly text: string; readonly message: string };

/** Result of `validateDataset`: the dataset, or why there is none. */
export type Validation = { success: true; data: Dataset } | { success: false; rejection: Rejection };

const rejected = (rejection: Rejection): Validation => ({ success: false, rejection });

/**
 * Validates anything (a parsed JSON value) as a dataset, as `safeParseDataset` does; a failure
 * carries its `Rejection`, which `datasetErrorOf` turns into that function's `DatasetError`.
 */
export function validateDataset(input: unknown): Validation {
  if (input === undefined || input === null || input === '') return rejected({ kind: 'issues', issues: [{ code: 'empty-input', path: '' }] });
  const raw = parseDatasetShape(input);
  if (!raw) return rejected({ kind: 'schema', input });
  const data: Dataset = {
    ...raw,
    sectors: raw.sectors ?? [...DEFAULT_SECTORS],
    targets: raw.targets ?? [],
    actuals: raw.actuals ?? [],
    qualityRatings: raw.qualityRatings ?? [],
    thresholds: raw.thresholds ?? defaultThresholds(raw.sectors),
  };
  const issues = referentialIssues(data);
  return issues.length ? rejected({ kind: 'issues', issues }) : { success: true, data };
}

/**
 * Validates a dataset JSON text (UTF-8, with or without BOM) as `parseDatasetJson` does, without
 * throwing: empty text and a syntax error are rejections too.
 */
export function validateDatasetJson(text: string): Validation {
  const t = stripBom(text);
  if (!t.trim()) return rejected({ kind: 'issues', issues: [{ code: 'empty-input', path: '' }] });
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    return rejected({ kind: 'json', text: t, message: (e as Error).message });
  }
  return validateDataset(value);
}

/** Removes a UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function defaultThresholds(sectors: readonly { id: string }[] | undefined): Dataset['thresholds'] {
  const ids = new Set((sectors ?? DEFAULT_SECTORS).map((s) => s.id));
  return DEFAULT_THRESHOLDS.filter((t) => ids.has(t.sector)).map((t) => ({ ...t }));
}
