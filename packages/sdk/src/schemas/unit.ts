/** Units: federations and grassroots unions, as a tree of any depth. */
import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from './common.js';

/**
 * Kinds of unit. Never assume "district": in 2025 Vietnam abolished the district level, and the
 * same widgets show provinces, wards or industry unions.
 */
export const UNIT_KINDS = [
  'national-federation',
  'city-federation',
  'province-federation',
  'district-federation',
  'ward-federation',
  'industry-union',
  'zone-union',
  'upper-grassroots-union',
  'grassroots-union',
  'other',
] as const;

/** Kind of a unit. */
export const UnitKindSchema = z.enum(UNIT_KINDS);
/** Kind of a unit. */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A union body: a federation, an industry union, a grassroots union. */
export const UnitSchema = z.strictObject({
  /** Unique id among units (`hoang-mai`). */
  id: IdSchema,
  /** Display name as readers know it (`Quận Hoàng Mai`). */
  name: TextSchema,
  /** Formal name (`Liên đoàn Lao động quận Hoàng Mai`). */
  fullName: z.optional(TextSchema),
  /** Kind of unit. */
  kind: UnitKindSchema,
  /** Id of the parent unit; absent or null for a root. */
  parent: z.optional(z.nullable(IdSchema)),
  /** First day the unit existed in this form. */
  validFrom: z.optional(IsoDateSchema),
  /** Last day the unit existed in this form (e.g. 2025-06-30 for Hà Nội's districts). */
  validTo: z.optional(IsoDateSchema),
});
/** A union body. */
export type Unit = z.infer<typeof UnitSchema>;
