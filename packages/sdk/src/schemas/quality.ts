/** Sectors, quality ratings of grassroots unions, and the thresholds they are held to. */
import * as z from 'zod/mini';
import { CountSchema, IdSchema, IllustrativeSchema, LocalizedTextSchema, ShareSchema, SourceSchema, TextSchema } from './common.js';

/** A sector of the economy (`state`, `non-state`); thresholds are per sector. Extensible. */
export const SectorSchema = z.strictObject({
  /** Unique id among sectors. */
  id: IdSchema,
  /** Name (`Khu vực nhà nước` / `State sector`). */
  labels: LocalizedTextSchema,
});
/** A sector. */
export type Sector = z.infer<typeof SectorSchema>;

/** `strict`: share must be more than the threshold (“trên 90%”); `inclusive`: at least (“50% trở lên”). */
export const ComparisonSchema = z.enum(['strict', 'inclusive']);
/** How a share is compared with its threshold. */
export type Comparison = z.infer<typeof ComparisonSchema>;

/** The share of strong grassroots unions a sector must reach. */
export const ThresholdSchema = z.strictObject({
  /** Sector id. */
  sector: IdSchema,
  /** The threshold share, 0–1 (0.9 = 90%). */
  share: ShareSchema,
  /** `strict` (more than) or `inclusive` (at least). */
  comparison: ComparisonSchema,
  /** Unit id the threshold is set by (it applies to that unit and the units below it); absent means everywhere. */
  unit: z.optional(IdSchema),
  /** Period id the threshold applies to; absent means every period. */
  period: z.optional(IdSchema),
  /** Where the threshold is set. */
  source: z.optional(SourceSchema),
});
/** A threshold. */
export type Threshold = z.infer<typeof ThresholdSchema>;

/**
 * How many grassroots unions of a unit and sector were evaluated, and how many were rated strong
 * (“vững mạnh”, or “hoàn thành tốt nhiệm vụ trở lên”). Give the counts, or only the share when
 * the source prints no counts.
 */
export const QualityRatingSchema = z.strictObject({
  /** Unit id. */
  unit: IdSchema,
  /** Period id. */
  period: IdSchema,
  /** Sector id. */
  sector: IdSchema,
  /** Rating scheme (`vung-manh`, `hoan-thanh-tot`). */
  scheme: z.optional(IdSchema),
  /** Grassroots unions evaluated. */
  evaluated: z.optional(CountSchema),
  /** Of those, rated strong. */
  strong: z.optional(CountSchema),
  /** The share rated strong, when the source gives no counts (0–1). */
  share: z.optional(ShareSchema),
  /** The percent as printed. */
  printed: z.optional(TextSchema),
  /** Where the figure comes from. */
  source: z.optional(SourceSchema),
  /** True when the figure is invented for illustration. */
  illustrative: IllustrativeSchema,
});
/** A quality rating. */
export type QualityRating = z.infer<typeof QualityRatingSchema>;
