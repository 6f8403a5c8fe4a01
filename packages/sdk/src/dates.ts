/** Whole-day date arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone shifts a day. */
import { TiendoError } from './errors.js';

const DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date or a `Date` (its UTC day). */
export function dayNumber(date: string | Date): number {
  if (date instanceof Date) {
    const t = date.getTime();
    if (Number.isNaN(t)) throw new TiendoError('invalid-date', 'expected a valid date, received Invalid Date');
    return Math.floor(t / DAY);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Date.UTC rolls 2017-13-01 over to 2018-01-01 and 2017-02-30 to 2017-03-02: both must round-trip.
  if (!m || Number.isNaN(t) || new Date(t).getUTCDate() !== Number(m[3]) || new Date(t).getUTCMonth() !== Number(m[2]) - 1) {
    throw new TiendoError('invalid-date', `expected a date YYYY-MM-DD, received ${JSON.stringify(date)}`);
  }
  return t / DAY;
}

/** The `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
