import type { IsoDate } from '@kenes/domain';

/**
 * Today's date where the councils sit. Dates in the law are local calendar dates; the server
 * runs in UTC, where "today" changes five hours late.
 */
export function kazakhstanToday(now: Date = new Date()): IsoDate {
  // A fixed legal date for demos and tests (validated at start-up by loadConfig), so that
  // terms and deadlines in the demo data do not expire under them.
  const fixed = process.env['KENES_TODAY'];
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed as IsoDate;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  ) as IsoDate;
}
