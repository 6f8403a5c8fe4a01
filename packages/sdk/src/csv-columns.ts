/**
 * The columns of the long CSV (no parser here: `datasetToCsv` needs only the names). A row is a
 * figure (metric, target and/or actual) or, with a `sector`, a quality rating (evaluated, strong, share).
 */

/** The columns of the long CSV, in the order `datasetToCsv` writes them. */
export const CSV_COLUMNS = [
  'unit', 'unit_name', 'unit_kind', 'parent', 'metric', 'period', 'period_label', 'period_start', 'period_end',
  'target', 'actual', 'of', 'as_of', 'printed', 'source', 'source_url', 'source_date', 'illustrative', 'note',
  'sector', 'scheme', 'evaluated', 'strong', 'share',
] as const;

/** A column of the long CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];
