/** Targets and actuals: unit × metric × period → value. */
import * as z from 'zod/mini';
import { IdSchema, IllustrativeSchema, IsoDateSchema, NonNegativeSchema, SourceSchema, TextSchema } from './common.js';

/** The plan: what a unit must reach for a metric in a period. */
export const TargetSchema = z.strictObject({
  /** Unit id. */
  unit: IdSchema,
  /** Metric id. */
  metric: IdSchema,
  /** Period id. */
  period: IdSchema,
  /** The target (a count, or for share metrics a share 0–1). */
  value: NonNegativeSchema,
  /** Where the target is stated. */
  source: z.optional(SourceSchema),
  /** True when the figure is invented for illustration. */
  illustrative: IllustrativeSchema,
});
/** A target. */
export type Target = z.infer<typeof TargetSchema>;

/** What a unit reached for a metric in a period, as of a date. */
export const ActualSchema = z.strictObject({
  /** Unit id. */
  unit: IdSchema,
  /** Metric id. */
  metric: IdSchema,
  /** Period id. */
  period: IdSchema,
  /** The figure reached (for share metrics, the count that qualifies). */
  value: NonNegativeSchema,
  /** For share metrics: the total the value is out of. */
  of: z.optional(NonNegativeSchema),
  /** Date of the figure, inside its period; absent means the period's end. */
  asOf: z.optional(IsoDateSchema),
  /** The percent as printed by the source (`102,7%`, `vượt 31%`), checked against the computed one. */
  printed: z.optional(TextSchema),
  /** Where the figure comes from. */
  source: z.optional(SourceSchema),
  /** A note for readers (what the figure includes). */
  note: z.optional(TextSchema),
  /** True when the figure is invented for illustration. */
  illustrative: IllustrativeSchema,
});
/** An actual. */
export type Actual = z.infer<typeof ActualSchema>;
