/** The dataset: everything a widget or a check needs, as one JSON document. */
import * as z from 'zod/mini';
import { IsoDateSchema, SourceSchema, TextSchema } from './common.js';
import { ActualSchema, TargetSchema } from './figures.js';
import { MetricSchema } from './metric.js';
import { PeriodSchema } from './period.js';
import { QualityRatingSchema, SectorSchema, ThresholdSchema } from './quality.js';
import { UnitSchema } from './unit.js';

/** A whole dataset. Ids are unique; every reference resolves; values are finite and ≥ 0. */
export const DatasetSchema = z.strictObject({
  /** URL of the JSON Schema, for editors. */
  $schema: z.optional(z.string()),
  /** Title of the dataset. */
  title: TextSchema,
  /** Where the data comes from, as a whole. */
  source: z.optional(SourceSchema),
  /** Notes for readers: what is real, what is illustrative. */
  notes: z.optional(TextSchema),
  /** Date the dataset was last updated. */
  updated: z.optional(IsoDateSchema),
  /** Units, as a tree through `parent`. */
  units: z.array(UnitSchema),
  /** Metrics. */
  metrics: z.array(MetricSchema),
  /** Periods. */
  periods: z.array(PeriodSchema),
  /** Sectors; defaults to state and non-state when ratings or thresholds are given. */
  sectors: z.optional(z.array(SectorSchema)),
  /** Targets. */
  targets: z.optional(z.array(TargetSchema)),
  /** Actuals. */
  actuals: z.optional(z.array(ActualSchema)),
  /** Quality ratings of grassroots unions. */
  qualityRatings: z.optional(z.array(QualityRatingSchema)),
  /** Thresholds; defaults: state > 90%, non-state ≥ 50%. */
  thresholds: z.optional(z.array(ThresholdSchema)),
});
/** A dataset as `DatasetSchema` parses it: the input's shape checked, before references and defaults. */
export type DatasetShape = z.output<typeof DatasetSchema>;
/** A dataset as written (optional arrays may be missing). */
export type DatasetInput = z.input<typeof DatasetSchema>;

/** A validated dataset: arrays always present, sectors and thresholds defaulted. */
export interface Dataset extends Omit<z.output<typeof DatasetSchema>, 'sectors' | 'targets' | 'actuals' | 'qualityRatings' | 'thresholds'> {
  /** Sectors; `DEFAULT_SECTORS` (state, non-state) when the input has none. */
  sectors: z.output<typeof SectorSchema>[];
  /** Targets (empty when the input has none). */
  targets: z.output<typeof TargetSchema>[];
  /** Actuals (empty when the input has none). */
  actuals: z.output<typeof ActualSchema>[];
  /** Quality ratings (empty when the input has none). */
  qualityRatings: z.output<typeof QualityRatingSchema>[];
  /** Thresholds; the defaults of the dataset's sectors (state > 90%, non-state ≥ 50%) when the input has none. */
  thresholds: z.output<typeof ThresholdSchema>[];
}
