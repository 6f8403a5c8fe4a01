/** Parsing a dataset at the boundary: schema, references, defaults; every problem with its path. */
import { DatasetError } from './dataset-error.js';
import { datasetErrorOf } from './dataset-rejection.js';
import type { Dataset } from './schemas/dataset.js';
import { validateDataset, validateDatasetJson } from './validate-dataset.js';

export { stripBom } from './validate-dataset.js';

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
  const v = validateDataset(input);
  return v.success ? v : { success: false, error: datasetErrorOf(v.rejection) };
}

/**
 * Parses a dataset JSON text (UTF-8, with or without BOM) and validates it like `parseDataset`.
 * Empty text is an `empty-input` issue; a syntax error is an `invalid-json` issue with its line
 * and column and what was expected there.
 */
export function parseDatasetJson(text: string): Dataset {
  const v = validateDatasetJson(text);
  if (!v.success) throw datasetErrorOf(v.rejection);
  return v.data;
}
