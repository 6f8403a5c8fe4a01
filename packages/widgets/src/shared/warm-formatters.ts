/**
 * The first `Intl` formatter of a page loads ICU's locale data: 15–70 ms on a cold page, which the
 * first element would pay after its data came. `warmFormatters` makes the formatters every element
 * uses (numbers, percents, dates) in the next task, while the data is on the network: once per
 * locale and page.
 * @module
 */
import { formatAttainment, formatDate, formatNumber, type Locale } from '@tiendo/sdk';
import { isServer } from 'lit';

const warmed = new Set<Locale>();

/** Makes `locale`'s number, percent and date formatters in the next task (once; never on the server). */
export function warmFormatters(locale: Locale = 'vi'): void {
  if (isServer || warmed.has(locale)) return;
  warmed.add(locale);
  setTimeout(() => {
    try {
      formatNumber(0, { locale });
      formatAttainment(1, 1, { locale });
      formatDate('2000-01-01', locale);
    } catch {
      // Only a head start: the elements make the formatters themselves when needed.
    }
  }, 0);
}
