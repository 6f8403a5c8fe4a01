/**
 * What an element shows when its attributes leave it open: the SDK's one default
 * (`defaultSelection`, `defaultUnit`), with an unknown id said in the element's language.
 */
import { defaultSelection, defaultUnit, SelectionMissingError, type Dataset, type Locale, type Metric, type Period, type Unit } from '@tiendo/sdk';
import { SelectionError } from './base-element.js';
import { UI } from './i18n.js';

/** Runs an SDK selection, turning a missing id into a `SelectionError` in `locale`. */
function said<T>(locale: Locale, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SelectionMissingError) throw new SelectionError(`${UI[locale][e.what]} "${e.id}"`);
    throw e;
  }
}

/** The unit with id `id`, else the first unit with figures (or, with `ratings`, quality ratings). */
export function requireUnit(dataset: Dataset, id: string | undefined, locale: Locale, has: 'actuals' | 'ratings' = 'actuals'): Unit {
  return said(locale, () => defaultUnit(dataset, id, has));
}

/**
 * The metric and period shown for the units in `scope` (all when absent): the ids given, else the
 * SDK's defaults (first metric with figures, latest-ending period with figures or ratings).
 */
export function requireSelection(
  dataset: Dataset, given: { metric?: string | undefined; period?: string | undefined }, locale: Locale, scope?: ReadonlySet<string>, options?: { figures?: 'actuals' | 'targeted' | 'ratings' | 'both'; metric?: boolean },
): { metric: Metric | null; period: Period } {
  return said(locale, () => defaultSelection(dataset, given, scope, options));
}
