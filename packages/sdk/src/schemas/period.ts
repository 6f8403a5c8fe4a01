/** Periods: a year, a term, the span a target covers. */
import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './common.js';

/** A span of whole days that a target covers: a year, a five-year term. */
export const PeriodSchema = z.strictObject({
  /** Unique id among periods (`2017`, `term-2018-2023`). */
  id: IdSchema,
  /** How readers name it (`Năm 2017`, `Nhiệm kỳ 2018–2023`). */
  label: LocalizedTextSchema,
  /** First day, inclusive. */
  start: IsoDateSchema,
  /** Last day, inclusive. */
  end: IsoDateSchema,
});
/** A period. */
export type Period = z.infer<typeof PeriodSchema>;
