/** Building blocks shared by every schema: ids, dates, localized text, sources. */
import * as z from 'zod/mini';

/** An id: letters, digits, `-`, `_`, `.`, `:`; starts with a letter or digit. */
export const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/), z.maxLength(120)).register(z.globalRegistry, { description: 'An id: letters, digits, - _ . : (e.g. "hoang-mai").' });
/** An id: letters, digits, `-`, `_`, `.`, `:`. */
export type Id = z.infer<typeof IdSchema>;

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone: periods are whole days); a real day, leap years
 * included.
 */
export const IsoDateSchema = z.iso.date().register(z.globalRegistry, { description: 'A calendar date, YYYY-MM-DD.' });
/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Non-empty text. */
export const TextSchema = z.string().check(z.minLength(1), z.maxLength(2000));

/** Text in Vietnamese, optionally in English too. Vietnamese is required: it is the default language. */
export const LocalizedTextSchema = z.strictObject({
  /** Vietnamese text. */
  vi: TextSchema,
  /** English text; falls back to Vietnamese when missing. */
  en: z.optional(TextSchema),
});
/** Text in Vietnamese, optionally English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A finite number ≥ 0 (counts, targets, actuals). */
export const NonNegativeSchema = z.number().check(z.minimum(0)).register(z.globalRegistry, { description: 'A finite number ≥ 0.' });

/** A whole number ≥ 0 (numbers of grassroots unions). */
export const CountSchema = z.int().check(z.minimum(0)).register(z.globalRegistry, { description: 'A whole number ≥ 0.' });

/** A share between 0 and 1 (0.9 = 90%). */
export const ShareSchema = z.number().check(z.minimum(0), z.maximum(1)).register(z.globalRegistry, { description: 'A share between 0 and 1 (0.9 is 90%).' });

/** Where a figure comes from: the article or report, its URL and its date. */
export const SourceSchema = z.strictObject({
  /** Name of the source: the article title and outlet, or the report. */
  name: TextSchema,
  /** URL of the source, if public. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
  /** Date the source was published. */
  date: z.optional(IsoDateSchema),
});
/** Where a figure comes from. */
export type Source = z.infer<typeof SourceSchema>;

/** Marks a figure as invented for illustration, never to be presented as real. */
export const IllustrativeSchema = z.optional(z.boolean().register(z.globalRegistry, { description: 'True when the figure is invented for illustration.' }));
