import fc from 'fast-check';
import { addDays, isAfter, weekday } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import type { HolidayCalendar } from './holiday-calendar';
import { KAZAKHSTAN_FIXED_HOLIDAYS, kazakhstanCalendar } from './kazakhstan-calendar';
import {
  addWorkingDays,
  dayOffReason,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  unconfirmedYears,
  walkWorkingDays,
  workingDaysBetween,
} from './working-days';

const kz = kazakhstanCalendar([2026]);
const basis = { act: { id: 'x', short: { kk: 'x', ru: 'x', en: 'x' } }, confidence: 'C' as const };
const name = (en: string): { kk: string; ru: string; en: string } => ({ kk: en, ru: en, en });

/** 2026 with a Government transfer: Saturday 4 July worked, Tuesday 7 July off. */
const kzWithTransfer: HolidayCalendar = {
  ...kz,
  extraDaysOff: [{ date: '2026-07-07', reason: name('moved from Saturday 4 July') }],
  workingDaysOverride: [{ date: '2026-07-04', reason: name('working Saturday for 7 July') }],
};

function daysOff(cal: HolidayCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; !isAfter(d, to); d = addDays(d, 1)) if (!isWorkingDay(cal, d)) out.push(d);
  return out;
}

describe('Kazakhstan seed calendar', () => {
  it('seeds the LAW.md holidays, with 7 January not carried over', () => {
    expect(KAZAKHSTAN_FIXED_HOLIDAYS).toHaveLength(14);
    const christmas = KAZAKHSTAN_FIXED_HOLIDAYS.find((h) => h.month === 1 && h.day === 7);
    expect(christmas?.carryOverWhenWeekend).toBe(false);
    expect(KAZAKHSTAN_FIXED_HOLIDAYS.filter((h) => !h.carryOverWhenWeekend)).toHaveLength(1);
    expect(kz.weekend).toEqual([6, 7]);
  });

  it('seeds Kurban Ait 2026 on 27 May, without carry-over, and confirms only years it knows', () => {
    expect(kz.datedHolidays).toEqual([expect.objectContaining({ date: '2026-05-27', carryOverWhenWeekend: false })]);
    expect(dayOffReason(kz, '2026-05-27')).toMatchObject({ kind: 'holiday', name: { ru: 'Курбан айт' }, onWeekend: false });
    expect(isWorkingDay(kz, '2026-05-28')).toBe(true);
    const unknownYear = kazakhstanCalendar([2027]);
    expect(unknownYear.datedHolidays).toEqual([]);
    expect(unknownYear.confirmedYears).toEqual([]);
    expect(kazakhstanCalendar([2026, 2027]).confirmedYears).toEqual([2026]);
  });

  it('gives Tuesday 24 and Wednesday 25 March 2026 off for Nauryz on the weekend', () => {
    expect(daysOff(kz, '2026-03-20', '2026-03-27')).toEqual([
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
    ]);
    expect(dayOffReason(kz, '2026-03-21')).toMatchObject({ kind: 'holiday', onWeekend: true, name: { en: 'Nauryz' } });
    expect(dayOffReason(kz, '2026-03-23')).toMatchObject({ kind: 'holiday', onWeekend: false });
    expect(dayOffReason(kz, '2026-03-24')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-03-21' });
    expect(dayOffReason(kz, '2026-03-25')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-03-22' });
    expect(dayOffReason(kz, '2026-03-26')).toBeNull();
  });

  it('carries the other 2026 weekend holidays to the next working day', () => {
    expect(dayOffReason(kz, '2026-03-09')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-03-08' });
    expect(dayOffReason(kz, '2026-05-11')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-05-09' });
    expect(dayOffReason(kz, '2026-08-31')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-08-30' });
    expect(dayOffReason(kz, '2026-10-26')).toMatchObject({ kind: 'carriedOver', holidayDate: '2026-10-25' });
    expect(isWorkingDay(kz, '2026-05-08')).toBe(true);
    expect(isWorkingDay(kz, '2026-07-06')).toBe(false);
    expect(isWorkingDay(kz, '2026-12-16')).toBe(false);
  });

  it('does not carry over 7 January (Sunday 7 January 2024 leaves Monday 8 a working day)', () => {
    const cal = kazakhstanCalendar([2024]);
    expect(dayOffReason(cal, '2024-01-07')).toMatchObject({ kind: 'holiday', onWeekend: true });
    expect(isWorkingDay(cal, '2024-01-08')).toBe(true);
  });

  it('carries New Year 2027 (Saturday 2 January) to Monday 4 January, and keeps 7 January off', () => {
    expect(daysOff(kz, '2026-12-28', '2027-01-08')).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
      '2027-01-07',
    ]);
    expect(dayOffReason(kz, '2027-01-04')).toMatchObject({ kind: 'carriedOver', holidayDate: '2027-01-02' });
  });

  it('counts working days across the 2026→2027 year end', () => {
    expect(addWorkingDays(kz, '2026-12-28', 3)).toBe('2026-12-31');
    expect(addWorkingDays(kz, '2026-12-28', 4)).toBe('2027-01-05');
    expect(addWorkingDays(kz, '2026-12-28', 5)).toBe('2027-01-06');
    expect(addWorkingDays(kz, '2026-12-28', 6)).toBe('2027-01-08');
    expect(workingDaysBetween(kz, '2026-12-28', '2027-01-08')).toBe(6);
  });

  it('applies a Government transfer: a working Saturday and an extra day off', () => {
    expect(isWorkingDay(kz, '2026-07-04')).toBe(false);
    expect(isWorkingDay(kzWithTransfer, '2026-07-04')).toBe(true);
    expect(dayOffReason(kzWithTransfer, '2026-07-07')).toEqual({ kind: 'extraDayOff', reason: name('moved from Saturday 4 July') });
    // Thu 2 July + 3 working days: Fri 3, Sat 4 (worked), Mon 6 is Capital Day, Tue 7 moved, Wed 8.
    expect(addWorkingDays(kz, '2026-07-02', 3)).toBe('2026-07-08');
    expect(addWorkingDays(kzWithTransfer, '2026-07-02', 3)).toBe('2026-07-08');
    expect(addWorkingDays(kzWithTransfer, '2026-07-02', 2)).toBe('2026-07-04');
  });

  it('lets a decreed working day win even over a holiday', () => {
    const cal: HolidayCalendar = { ...kz, workingDaysOverride: [{ date: '2026-12-16', reason: name('decree') }] };
    expect(isWorkingDay(cal, '2026-12-16')).toBe(true);
  });
});

describe('carry-over mechanics on synthetic calendars', () => {
  const base: HolidayCalendar = {
    id: 't',
    jurisdiction: 'T',
    fixedHolidays: [],
    datedHolidays: [],
    extraDaysOff: [],
    workingDaysOverride: [],
    weekend: [6, 7],
  };

  it('carries a late-December weekend holiday into January', () => {
    const cal: HolidayCalendar = {
      ...base,
      fixedHolidays: [{ month: 12, day: 31, name: name('Eve'), carryOverWhenWeekend: true, basis }],
    };
    // 31 December 2022 was a Saturday.
    expect(dayOffReason(cal, '2023-01-02')).toMatchObject({ kind: 'carriedOver', holidayDate: '2022-12-31' });
    expect(isWorkingDay(cal, '2023-01-03')).toBe(true);
  });

  it('gives one carried day when two carrying holidays share a weekend date', () => {
    const cal: HolidayCalendar = {
      ...base,
      fixedHolidays: [{ month: 5, day: 9, name: name('A'), carryOverWhenWeekend: false, basis }],
      datedHolidays: [{ date: '2026-05-09', name: name('B'), carryOverWhenWeekend: true, basis }],
    };
    expect(dayOffReason(cal, '2026-05-11')).toMatchObject({ kind: 'carriedOver', name: name('B') });
    expect(isWorkingDay(cal, '2026-05-12')).toBe(true);
  });

  it('does not carry a moving holiday declared without carry-over', () => {
    const cal: HolidayCalendar = {
      ...base,
      datedHolidays: [{ date: '2026-06-06', name: name('Lunar'), carryOverWhenWeekend: false, basis }],
    };
    expect(dayOffReason(cal, '2026-06-06')).toMatchObject({ kind: 'holiday', onWeekend: true });
    expect(isWorkingDay(cal, '2026-06-08')).toBe(true);
  });

  it('skips a 29 February holiday in common years', () => {
    const cal: HolidayCalendar = {
      ...base,
      fixedHolidays: [{ month: 2, day: 29, name: name('Leap'), carryOverWhenWeekend: true, basis }],
    };
    expect(isWorkingDay(cal, '2028-02-29')).toBe(false);
    expect(isWorkingDay(cal, '2026-03-02')).toBe(true);
    expect(dayOffReason(cal, '2026-03-01')).toEqual({ kind: 'weekend', weekday: 7 });
  });

  it('refuses a calendar without working days instead of looping', () => {
    const cal: HolidayCalendar = { ...base, weekend: [1, 2, 3, 4, 5, 6, 7] };
    expect(() => addWorkingDays(cal, '2026-01-01', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-01-01', 0)).toThrow(RangeError);
    expect(() => nextWorkingDayOnOrAfter(cal, '2026-01-01')).toThrow(RangeError);
  });
});

describe('working-day arithmetic', () => {
  it('does not count the start day and always lands on a working day', () => {
    expect(addWorkingDays(kz, '2026-03-20', 1)).toBe('2026-03-26');
    expect(addWorkingDays(kz, '2026-03-20', 10)).toBe('2026-04-08');
    expect(addWorkingDays(kz, '2026-03-20', 0)).toBe('2026-03-20');
    expect(addWorkingDays(kz, '2026-03-21', 0)).toBe('2026-03-26');
    expect(() => addWorkingDays(kz, '2026-03-20', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(kz, '2026-03-20', 1.5)).toThrow(RangeError);
  });

  it('reports the days off it skipped, with reasons', () => {
    const walk = walkWorkingDays(kz, '2026-03-20', 1);
    expect(walk.skipped.map((s) => [s.date, s.reason.kind])).toEqual([
      ['2026-03-21', 'holiday'],
      ['2026-03-22', 'holiday'],
      ['2026-03-23', 'holiday'],
      ['2026-03-24', 'carriedOver'],
      ['2026-03-25', 'carriedOver'],
    ]);
    expect(walkWorkingDays(kz, '2026-03-21', 0).skipped).toHaveLength(5);
  });

  it('finds the next working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter(kz, '2026-03-20')).toBe('2026-03-20');
    expect(nextWorkingDayOnOrAfter(kz, '2026-02-28')).toBe('2026-03-02');
  });

  it('counts working days in (from, to], negative when reversed', () => {
    expect(workingDaysBetween(kz, '2026-03-20', '2026-04-08')).toBe(10);
    expect(workingDaysBetween(kz, '2026-04-08', '2026-03-20')).toBe(-10);
    expect(workingDaysBetween(kz, '2026-03-20', '2026-03-20')).toBe(0);
  });

  it('names the years a computation touched that are not confirmed', () => {
    expect(unconfirmedYears(kz, '2026-12-20', '2027-01-10')).toEqual([2027]);
    expect(unconfirmedYears(kz, '2027-01-10', '2026-12-20')).toEqual([2027]);
    expect(unconfirmedYears(kz, '2026-01-10', '2026-12-20')).toEqual([]);
    expect(unconfirmedYears({ ...kz, confirmedYears: undefined }, '2030-01-01', '2031-01-01')).toEqual([]);
  });
});

describe('working-day properties', () => {
  const start = fc.integer({ min: 0, max: 4 * 366 }).map((n) => addDays('2025-01-01', n));
  const transfers = fc.uniqueArray(fc.integer({ min: 0, max: 4 * 366 }), { maxLength: 12 }).map((offsets) => {
    const days = offsets.map((n) => addDays('2025-01-01', n));
    return {
      extraDaysOff: days.filter((d) => weekday(d) < 6).map((date) => ({ date, reason: name('decree') })),
      workingDaysOverride: days.filter((d) => weekday(d) >= 6).map((date) => ({ date, reason: name('decree') })),
    };
  });
  const calendar = transfers.map((t): HolidayCalendar => ({ ...kazakhstanCalendar([2025, 2026, 2027, 2028]), ...t }));

  it('never lands on a day off', () => {
    fc.assert(
      fc.property(calendar, start, fc.integer({ min: 0, max: 60 }), (cal, s, n) => {
        expect(isWorkingDay(cal, addWorkingDays(cal, s, n))).toBe(true);
      }),
    );
  });

  it('is monotonic in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(calendar, start, fc.integer({ min: 0, max: 60 }), (cal, s, n) => {
        const a = addWorkingDays(cal, s, n);
        const b = addWorkingDays(cal, s, n + 1);
        if (n >= 1) expect(isAfter(b, a)).toBe(true);
        else expect(isAfter(a, b)).toBe(false);
      }),
    );
  });

  it('leaves exactly n working days between the start and the result', () => {
    fc.assert(
      fc.property(calendar, start, fc.integer({ min: 1, max: 60 }), (cal, s, n) => {
        const r = addWorkingDays(cal, s, n);
        expect(workingDaysBetween(cal, s, r)).toBe(n);
        expect(workingDaysBetween(cal, s, addDays(r, -1))).toBe(n - 1);
      }),
    );
  });
});
