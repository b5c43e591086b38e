import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  ageOn,
  compareDates,
  dateParts,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isWithinPeriod,
  maxDate,
  minDate,
  parseIsoDate,
  toDayNumber,
  weekday,
} from './iso-date';
import type { IsoDate } from './iso-date';

const isoDateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

describe('ISO dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-03-20')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-3-20')).toBe(false);
    expect(isIsoDate('2026-03-20T00:00')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(parseIsoDate('2026-04-30')).toBe('2026-04-30');
    expect(() => parseIsoDate('2026-04-31')).toThrow(RangeError);
    expect(() => dateParts('nonsense' as IsoDate)).toThrow(RangeError);
  });

  it('formats and splits dates', () => {
    expect(formatIsoDate(2026, 3, 5)).toBe('2026-03-05');
    expect(formatIsoDate(33, 1, 1)).toBe('0033-01-01');
    expect(() => formatIsoDate(2026, 2, 29)).toThrow(RangeError);
    expect(dateParts('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(toDayNumber('0033-01-01')).toBeLessThan(0);
  });

  it('gives ISO weekdays (1 = Monday … 7 = Sunday)', () => {
    expect(weekday('2026-03-21')).toBe(6);
    expect(weekday('2026-03-22')).toBe(7);
    expect(weekday('2026-03-23')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-29')).toBe(1);
  });

  it('compares dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(isBefore('2026-01-01', '2026-01-02')).toBe(true);
    expect(isAfter('2026-01-01', '2026-01-02')).toBe(false);
    expect(minDate('2026-05-01', '2026-04-01')).toBe('2026-04-01');
    expect(minDate('2026-04-01', '2026-05-01')).toBe('2026-04-01');
    expect(maxDate('2026-05-01', '2026-04-01')).toBe('2026-05-01');
    expect(maxDate('2026-04-01', '2026-05-01')).toBe('2026-05-01');
  });

  it('adds months ending on the same date or the last day of the month', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2026-03-20', 1)).toBe('2026-04-20');
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsClamped('2026-01-31', 13)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-01-15', -1)).toBe('2025-12-15');
    expect(() => addMonthsClamped('2026-01-15', 0.5)).toThrow(RangeError);
  });

  it('computes full years of age', () => {
    expect(ageOn('1991-06-15', '2026-06-14')).toBe(34);
    expect(ageOn('1991-06-15', '2026-06-15')).toBe(35);
    expect(ageOn('1991-06-15', '2026-07-01')).toBe(35);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('treats a period end as the first day outside it', () => {
    expect(isWithinPeriod('2026-01-01', '2026-01-01')).toBe(true);
    expect(isWithinPeriod('2025-12-31', '2026-01-01')).toBe(false);
    expect(isWithinPeriod('2026-06-29', '2026-01-01', '2026-06-30')).toBe(true);
    expect(isWithinPeriod('2026-06-30', '2026-01-01', '2026-06-30')).toBe(false);
  });

  it('round-trips day numbers and agrees with the JavaScript UTC calendar', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
        const moved = addDays(d, n);
        expect(daysBetween(d, moved)).toBe(n);
        const js = new Date(`${d}T00:00:00Z`);
        js.setUTCDate(js.getUTCDate() + n);
        expect(moved).toBe(js.toISOString().slice(0, 10));
        expect(weekday(moved)).toBe(((js.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('never overflows a month when adding months', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -24, max: 24 }), (d, m) => {
        const r = dateParts(addMonthsClamped(d, m));
        const s = dateParts(d);
        expect((r.year - s.year) * 12 + r.month - s.month).toBe(m);
        expect(r.day).toBe(Math.min(s.day, daysInMonth(r.year, r.month)));
      }),
    );
  });
});
