import { addDays, dateParts, formatIsoDate, isAfter, isBefore, weekday } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import type { DayOffReason, HolidayCalendar } from './holiday-calendar';
import type { LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';

interface HolidayOccurrence {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly carryOver: boolean;
  readonly basis: LegalBasis;
}

interface YearIndex {
  readonly holidays: ReadonlyMap<IsoDate, HolidayOccurrence>;
  readonly carriedOver: ReadonlyMap<IsoDate, HolidayOccurrence>;
}

/** No real calendar has a year without working days; beyond this the data is broken. */
const MAX_CONSECUTIVE_DAYS_OFF = 366;

// Calendars are immutable data, so the derived per-year index can be cached per object.
const cache = new WeakMap<HolidayCalendar, Map<number, YearIndex>>();

function holidaysOfYear(cal: HolidayCalendar, year: number): HolidayOccurrence[] {
  const result: HolidayOccurrence[] = [];
  for (const h of cal.fixedHolidays) {
    // 29 February exists only in leap years; a holiday there is skipped in other years.
    try {
      const date = formatIsoDate(year, h.month, h.day);
      result.push({ date, name: h.name, carryOver: h.carryOverWhenWeekend, basis: h.basis });
    } catch {
      continue;
    }
  }
  for (const h of cal.datedHolidays) {
    if (dateParts(h.date).year === year) {
      result.push({ date: h.date, name: h.name, carryOver: h.carryOverWhenWeekend, basis: h.basis });
    }
  }
  return result;
}

function isWeekend(cal: HolidayCalendar, date: IsoDate): boolean {
  return cal.weekend.includes(weekday(date));
}

/**
 * A holiday on a weekend gives the next day that is neither weekend, holiday nor an earlier
 * carried-over day off. Decreed transfers are deliberately not consulted here: the Government
 * decides them knowing the statutory carry-overs, and they are applied on top.
 */
function yearIndex(cal: HolidayCalendar, year: number): YearIndex {
  let perCalendar = cache.get(cal);
  if (perCalendar === undefined) {
    perCalendar = new Map();
    cache.set(cal, perCalendar);
  }
  const cached = perCalendar.get(year);
  if (cached !== undefined) return cached;

  // The previous year is included because a late-December weekend holiday carries into January.
  const occurrences = [...holidaysOfYear(cal, year - 1), ...holidaysOfYear(cal, year)].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  // Two holidays on one date give one day off; it carries over if either of them does.
  const holidays = new Map<IsoDate, HolidayOccurrence>();
  for (const o of occurrences) {
    const seen = holidays.get(o.date);
    if (seen === undefined || (!seen.carryOver && o.carryOver)) holidays.set(o.date, o);
  }
  const carriedOver = new Map<IsoDate, HolidayOccurrence>();
  if (cal.weekend.length < 7) {
    for (const o of holidays.values()) {
      if (!o.carryOver || !isWeekend(cal, o.date)) continue;
      let d = addDays(o.date, 1);
      while (isWeekend(cal, d) || holidays.has(d) || carriedOver.has(d)) d = addDays(d, 1);
      carriedOver.set(d, o);
    }
  }
  const index: YearIndex = {
    holidays: new Map([...holidays].filter(([d]) => dateParts(d).year === year)),
    carriedOver: new Map([...carriedOver].filter(([d]) => dateParts(d).year === year)),
  };
  perCalendar.set(year, index);
  return index;
}

/** Why a day is off, for explanations; null on a working day. */
export function dayOffReason(cal: HolidayCalendar, date: IsoDate): DayOffReason | null {
  if (cal.workingDaysOverride.some((d) => d.date === date)) return null;
  const index = yearIndex(cal, dateParts(date).year);
  const holiday = index.holidays.get(date);
  if (holiday !== undefined) {
    return { kind: 'holiday', name: holiday.name, basis: holiday.basis, onWeekend: isWeekend(cal, date) };
  }
  const carried = index.carriedOver.get(date);
  if (carried !== undefined) {
    return { kind: 'carriedOver', name: carried.name, holidayDate: carried.date, basis: carried.basis };
  }
  const extra = cal.extraDaysOff.find((d) => d.date === date);
  if (extra !== undefined) return { kind: 'extraDayOff', reason: extra.reason };
  const wd = weekday(date);
  if (cal.weekend.includes(wd)) return { kind: 'weekend', weekday: wd };
  return null;
}

export function isWorkingDay(cal: HolidayCalendar, date: IsoDate): boolean {
  return dayOffReason(cal, date) === null;
}

function assertWorkingDayFound(offRun: number, from: IsoDate): void {
  if (offRun > MAX_CONSECUTIVE_DAYS_OFF) {
    throw new RangeError(`Calendar has no working day for over a year after ${from}`);
  }
}

export function nextWorkingDayOnOrAfter(cal: HolidayCalendar, date: IsoDate): IsoDate {
  let d = date;
  let run = 0;
  while (!isWorkingDay(cal, d)) {
    d = addDays(d, 1);
    assertWorkingDayFound(++run, date);
  }
  return d;
}

export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: DayOffReason;
}

export interface WorkingDayWalk {
  readonly result: IsoDate;
  /** Days off passed over on the way, in order, each with its reason. */
  readonly skipped: readonly SkippedDay[];
}

/**
 * Counts n working days after start (start itself never counts). With n = 0 the result is start
 * or, when start is a day off, the next working day, so the result is always a working day.
 */
export function walkWorkingDays(cal: HolidayCalendar, start: IsoDate, n: number): WorkingDayWalk {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a non-negative integer: ${n}`);
  const skipped: SkippedDay[] = [];
  let d = start;
  let run = 0;
  if (n === 0) {
    for (let reason = dayOffReason(cal, d); reason !== null; reason = dayOffReason(cal, d)) {
      skipped.push({ date: d, reason });
      d = addDays(d, 1);
      assertWorkingDayFound(++run, start);
    }
    return { result: d, skipped };
  }
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    const reason = dayOffReason(cal, d);
    if (reason === null) {
      counted++;
      run = 0;
    } else {
      skipped.push({ date: d, reason });
      assertWorkingDayFound(++run, start);
    }
  }
  return { result: d, skipped };
}

export function addWorkingDays(cal: HolidayCalendar, start: IsoDate, n: number): IsoDate {
  return walkWorkingDays(cal, start, n).result;
}

/** Working days d with from < d <= to; negative when to is before from. */
export function workingDaysBetween(cal: HolidayCalendar, from: IsoDate, to: IsoDate): number {
  if (isBefore(to, from)) return -workingDaysBetween(cal, to, from);
  let count = 0;
  for (let d = addDays(from, 1); !isAfter(d, to); d = addDays(d, 1)) {
    if (isWorkingDay(cal, d)) count++;
  }
  return count;
}

/** Years a computation touched that the calendar does not claim to have in full. */
export function unconfirmedYears(cal: HolidayCalendar, from: IsoDate, to: IsoDate): number[] {
  if (cal.confirmedYears === undefined) return [];
  const confirmed = cal.confirmedYears;
  const a = dateParts(isBefore(to, from) ? to : from).year;
  const b = dateParts(isBefore(to, from) ? from : to).year;
  const years: number[] = [];
  for (let y = a; y <= b; y++) if (!confirmed.includes(y)) years.push(y);
  return years;
}
