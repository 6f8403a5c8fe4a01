/** Metrics: what is counted against targets. */
import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from './common.js';

/** `count` sums up the tree; `share` is a ratio of sums (value out of `of`). */
export const MetricKindSchema = z.enum(['count', 'share']);
/** Kind of a metric. */
export type MetricKind = z.infer<typeof MetricKindSchema>;

/** Something counted against a target: members admitted, grassroots unions founded. */
export const MetricSchema = z.strictObject({
  /** Unique id among metrics (`members`, `grassroots-unions`). */
  id: IdSchema,
  /** What it is, as a heading (`Kết nạp đoàn viên` / `New members`). */
  labels: LocalizedTextSchema,
  /** The noun after a number (`đoàn viên` / `members`, `CĐCS` / `grassroots unions`). */
  noun: LocalizedTextSchema,
  /** The verb of the summary sentence (`kết nạp` / `admitted`). */
  verb: z.optional(LocalizedTextSchema),
  /** `count` (default) or `share`. */
  kind: z.optional(MetricKindSchema),
  /** True (default) when more is better. */
  higherIsBetter: z.optional(z.boolean()),
});
/** A metric. */
export type Metric = z.infer<typeof MetricSchema>;
