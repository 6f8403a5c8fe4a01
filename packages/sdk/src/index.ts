/**
 * `@tiendo/sdk`: validated datasets of union targets and actuals, attainment, pace, rankings,
 * aggregation up the unit tree, strong-CĐCS classification, printed-percent checks and Vietnamese
 * number formatting. Pure TypeScript, no DOM.
 * @packageDocumentation
 */
export * from './schemas/index.js';
export { TiendoError, type Issue, type IssueCode } from './errors.js';
export { DatasetError } from './dataset-error.js';
export { formatIssue, formatFinding } from './messages.js';
export { INTL_LOCALE, type Locale } from './locale.js';
export { parseDataset, safeParseDataset, parseDatasetJson, type SafeParseResult } from './parse.js';
export { validateDataset, validateDatasetJson, type Rejection, type Validation } from './validate-dataset.js';
export { datasetErrorOf } from './dataset-rejection.js';
export { parseDatasetCsv, parseDatasetText } from './csv.js';
export { datasetFromCsvRows, CSV_COLUMNS, KNOWN_METRICS, type CsvOptions } from './csv-rows.js';
export { datasetFromTable, type TableOptions } from './table.js';
export type { CsvColumn } from './csv-columns.js';
export { CSV_HEADER_WORDS, columnOfHeader, sectorOfText, slugId } from './csv-headers.js';
export { datasetToCsv, type CsvSelection } from './csv-export.js';
export { subsetDataset } from './subset.js';
export { attainment } from './attainment.js';
export { pace, type Pace, type PaceInput, type PaceStatus } from './pace.js';
export { rank, type Ranked, type RankOptions } from './rank.js';
export { nameComparator, normalizeName } from './names.js';
export type { Fraction, Ratio } from './exact.js';
export { aggregate, exactAttainment, type AggregateNode, type AggregateOptions, type AggregateResult, type FigureSource } from './aggregate.js';
export {
  classify, classifyQuality, findThreshold,
  type Classification, type ClassifyQualityOptions, type RatingSource, type SectorQuality, type ShareInput,
} from './classify.js';
export { checkPrinted, type PrintedBound, type PrintedCheck, type PrintedVerdict } from './printed.js';
export { checkDataset } from './check.js';
export type { Finding, PrintedFinding, AggregateFinding, ShareWithoutOfFinding, UnitWithoutNameFinding, Severity } from './findings.js';
export { formatDate, formatNumber, formatPercent, formatAttainment, parseNumberVi, type FormatNumberOptions, type FormatPercentOptions } from './format.js';
export {
  progressStatus, describeProgress, localize, lowerFirst, STATUS_TEXT,
  type ProgressStatus, type ProgressSentence,
} from './describe.js';
export { DEFAULT_SECTORS, DEFAULT_THRESHOLDS } from './defaults.js';
export { extractFigures, datasetFromExtraction, type Extraction, type ExtractedFigure, type ExtractedTarget, type ExtractedThreshold, type ExtractedPeriod, type ExtractedMetric, type ExtractedSector, type ExtractOptions, type ExtractionParts, type Quoted } from './extract/index.js';
export {
  describeFigure, describeHead, describeRule, describeSector, describeThreshold, describeThresholdRule, sharePercent, strongWord, thresholdPercent,
} from './describe-figures.js';
export { describePrinted } from './describe-printed.js';
export {
  defaultParent, defaultSelection, defaultUnit, figureOf, isIllustrative, progressFigure, SelectionMissingError, uniqueSources, unitScope,
  type PrintedFigure, type ProgressFigure, type SelectionInput,
} from './figures.js';
export { qualityFigures, type QualityFigure, type QualityFigures } from './quality-figures.js';
