/**
 * The error of a dataset that cannot be used: every problem found, each with its path (or CSV line),
 * formatted in a language only when shown.
 * @module
 */
import { type Issue, TiendoError } from './errors.js';
import type { Locale } from './locale.js';
import { formatIssue } from './messages.js';

/**
 * Thrown by `parseDataset` and `parseDatasetCsv`: lists every problem found, each with its path. The
 * issues are data; `format(locale)` writes them in a language, and `message` (English, for logs and
 * stack traces) is written only when something reads it.
 */
export class DatasetError extends TiendoError {
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues[0]?.code ?? 'invalid-dataset', '', issues[0]?.path ?? '');
    this.name = 'DatasetError';
    this.issues = issues;
    // The English text of `message` is written on first read, not here.
    Object.defineProperty(this, 'message', {
      configurable: true,
      enumerable: false,
      get: () => {
        const head = issues.length === 1 ? 'Invalid dataset: 1 problem' : `Invalid dataset: ${issues.length} problems`;
        return `${head}\n${this.format('en').map((l) => `  - ${l}`).join('\n')}`;
      },
    });
  }
  /** The problems as lines in the given locale, for a UI or a CLI. */
  format(locale: Locale = 'vi'): string[] {
    return this.issues.map((i) => formatIssue(i, locale));
  }
}
