/** The languages the SDK and the widgets speak, and their `Intl` tags. */

/** The languages the SDK and widgets speak. Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** BCP 47 tags used with `Intl` for each locale. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };
