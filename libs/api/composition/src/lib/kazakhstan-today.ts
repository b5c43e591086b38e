import type { IsoDate } from '@kenes/domain';

/**
 * Today's date where the councils sit. Dates in the law are local calendar dates; the server
 * runs in UTC, where "today" changes five hours late.
 */
export function kazakhstanToday(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  ) as IsoDate;
}
