import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../calendar/working-days';
import { addDays, isAfter, isBefore } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { findRule } from '../rules/find-rule';
import type { EscalationStepCode, RuleSet } from '../rules/rule-types';
import type { ResponseObligation } from './obligation-types';

export interface ScheduledStep {
  readonly code: EscalationStepCode;
  /** The working day the step is taken on. */
  readonly on: IsoDate;
  readonly offsetWorkingDays: number;
}

/** n working days before `date` (n ≥ 1): the working day that has n working days up to `date`. */
export function subtractWorkingDays(cal: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a non-negative integer: ${n}`);
  let d = date;
  let counted = 0;
  while (counted < n) {
    d = addDays(d, -1);
    if (isWorkingDay(cal, d)) counted++;
  }
  return d;
}

/**
 * The dated steps of the escalation ladder for an obligation as it stands: a reminder some working
 * days before the due date, then notices after it. Nothing is scheduled for an answered or closed
 * obligation, nor while its clock is stopped.
 */
export function escalationSchedule(ruleSet: RuleSet, calendar: HolidayCalendar, o: ResponseObligation): ScheduledStep[] {
  if (o.state === 'answered' || o.state === 'closed' || o.clockStoppedOn !== undefined) return [];
  const rule = findRule(ruleSet, 'obligations.escalation', o.clockStart);
  if (!rule) return [];
  return rule.value.steps
    .map((s) => ({
      code: s.code,
      offsetWorkingDays: s.offsetWorkingDays,
      on: s.offsetWorkingDays < 0 ? subtractWorkingDays(calendar, o.due, -s.offsetWorkingDays) : addWorkingDays(calendar, o.due, s.offsetWorkingDays),
    }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.offsetWorkingDays - b.offsetWorkingDays));
}

/**
 * Steps whose day has come and that were not taken yet. A reminder whose due date has already
 * passed is skipped (the overdue notice says more); a step is never taken before its day, and a
 * reminder never before the clock started.
 */
export function stepsDue(schedule: readonly ScheduledStep[], today: IsoDate, taken: ReadonlySet<EscalationStepCode>, o: ResponseObligation): ScheduledStep[] {
  return schedule.filter((s) => {
    if (taken.has(s.code) || isAfter(s.on, today)) return false;
    if (s.code === 'reminder') return !isAfter(today, o.due) && !isBefore(today, o.clockStart);
    return true;
  });
}

/** Working days an answer came after the due date (0 when on time or early). */
export function delayWorkingDays(calendar: HolidayCalendar, due: IsoDate, answeredOn: IsoDate): number {
  return Math.max(0, workingDaysBetween(calendar, due, answeredOn));
}
