/**
 * An invalid dataset's problems in words, loaded when there are some: the `DataController` waits
 * for `loadProblemWords()` before it shows an error with issues, and `errorView` writes the issues
 * with the words loaded by then. A valid dataset never loads them.
 * @module
 */
import { TiendoError, type DatasetError, type Issue, type Locale } from '@tiendo/sdk';

type Words = typeof import('./problem-words.js');

let words: Words | undefined;
let loading: Promise<Words> | undefined;

/** Loads the words of problems (once per page; again after a failed load). */
export function loadProblemWords(): Promise<Words> {
  return (loading ??= import('./problem-words.js').then(
    (m) => (words = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

/** The words of problems, once loaded. */
export function problemWords(): Words | undefined {
  return words;
}

/** True for the SDK's `DatasetError` (checked by shape: its class is in the words' module). */
export function isDatasetError(e: unknown): e is DatasetError {
  return e instanceof TiendoError && Array.isArray((e as { issues?: unknown }).issues) && typeof (e as { format?: unknown }).format === 'function';
}

/** Each issue as a line in `locale` (`targets[3].value: cần một số ≥ 0, nhận được -5`); only its path before the words are loaded. */
export function issueLines(issues: readonly Issue[], locale: Locale): string[] {
  return issues.map((i) => (words ? words.formatIssue(i, locale) : i.path));
}
