/**
 * A `Rejection` of `validateDataset` in words: the `DatasetError` with every problem, its path (or
 * line and column) and its messages. The mapping of zod's issues, the messages and the JSON syntax
 * finder live behind this module, which a bundle loads only when the data has a problem.
 * @module
 */
import { DatasetError } from './dataset-error.js';
import type { Issue } from './errors.js';
import { findJsonSyntaxError, lineColumn } from './json-syntax.js';
import { DatasetSchema } from './schemas/dataset.js';
import type { Rejection } from './validate-dataset.js';
import { fromZodIssue } from './zod-issues.js';

/** The `DatasetError` of a rejection: the same error `safeParseDataset` or `parseDatasetJson` gives for that input. */
export function datasetErrorOf(rejection: Rejection): DatasetError {
  switch (rejection.kind) {
    case 'issues': return new DatasetError(rejection.issues);
    case 'schema': return new DatasetError(schemaIssues(rejection.input));
    case 'json': return new DatasetError([jsonSyntaxIssue(rejection.text, rejection.message)]);
  }
}

/** zod's issues of an input that the compiled schema rejected, as the SDK's issues. */
function schemaIssues(input: unknown): Issue[] {
  const parsed = DatasetSchema.safeParse(input, { reportInput: true });
  // The compiled parser rejects exactly what the schema rejects (test/compiled-parser.test.ts): a
  // rejected input that passes now was changed after `validateDataset` read it.
  if (parsed.success) throw new Error('the data was changed after it was validated (it was rejected, and now passes the schema): validate it again');
  return parsed.error.issues.flatMap((i) => fromZodIssue(i));
}

function jsonSyntaxIssue(text: string, message: string): Issue {
  const found = findJsonSyntaxError(text);
  if (!found) return { code: 'invalid-json', path: '', expected: 'JSON', received: message };
  const { line, column } = lineColumn(text, found.offset);
  return { code: 'invalid-json', path: '', line, column: String(column), expected: found.expected, received: found.found };
}
