/**
 * A calendar date without time or timezone, written 'YYYY-MM-DD'. Deadlines are counted in
 * days, so mixing in a time of day (and the server's timezone) would only create off-by-one errors.
 */
export type IsoDate = `${number}-${number}-${number}`;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_PATTERN.exec(value);
  return m !== null && isValidParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Accepts only real calendar dates ('2026-02-30' is refused). */
export function parseIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  return value;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidParts(year, month, day)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function dateParts(date: IsoDate): DateParts {
  const m = ISO_PATTERN.exec(date);
  if (m === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, computed in UTC so the host's timezone never shifts a date. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function weekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (n + 1) as IsoWeekday;
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return isAfter(a, b) ? b : a;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(a, b) ? b : a;
}

/**
 * "Within one month" ends on the same date of the next month, or on that month's last day
 * when it has no such date (31 January → 28 or 29 February).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Full years of age on a date; someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const b = dateParts(birthDate);
  const o = dateParts(onDate);
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/** Period membership: from start (inclusive) until end (exclusive, the first day no longer in it). */
export function isWithinPeriod(date: IsoDate, start: IsoDate, end?: IsoDate): boolean {
  return !isBefore(date, start) && (end === undefined || isBefore(date, end));
}
