import type { LegalBasis } from '../common/legal-basis';
import type { DayOffReason, HolidayCalendar } from '../calendar/holiday-calendar';
import { dayOffReason, unconfirmedYears, walkWorkingDays } from '../calendar/working-days';
import type { SkippedDay } from '../calendar/working-days';
import { addDays, addMonthsClamped, dateParts } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { MissingRuleError, findDeadlineRule } from '../rules/find-rule';
import type { DeadlineDocumentType, DeadlineRuleValue, Rule, RuleSet } from '../rules/rule-types';

export interface DueDate {
  readonly due: IsoDate;
  /** Each step of the computation, in order, for display next to the deadline. */
  readonly explanation: readonly MessageRef[];
  readonly basis: LegalBasis;
  readonly rule: Rule<DeadlineRuleValue>;
}

function reasonKey(r: DayOffReason): string {
  switch (r.kind) {
    case 'weekend':
      return 'weekend';
    case 'holiday':
      return `holiday|${r.name.en}|${String(r.onWeekend)}`;
    case 'carriedOver':
      return `carriedOver|${r.name.en}`;
    case 'extraDayOff':
      return `extra|${r.reason.en}`;
  }
}

/** Skipped days grouped by reason, in order of first appearance, so a long list reads as a few lines. */
export function skippedSteps(skipped: readonly SkippedDay[]): MessageRef[] {
  const groups = new Map<string, { reason: DayOffReason; dates: IsoDate[] }>();
  for (const s of skipped) {
    const key = reasonKey(s.reason);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { reason: s.reason, dates: [s.date] });
    else group.dates.push(s.date);
  }
  return [...groups.values()].map((g) => msg('deadline.skipped', { dates: g.dates, reason: g.reason }));
}

function warnings(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): MessageRef[] {
  return unconfirmedYears(calendar, from, to).map((year) => msg('deadline.unconfirmedYear', { year }));
}

/** A calendar-day or month deadline that ends on a day off ends on the next working day instead. */
function moveToWorkingDay(calendar: HolidayCalendar, date: IsoDate): { due: IsoDate; steps: MessageRef[] } {
  const reason = dayOffReason(calendar, date);
  if (reason === null) return { due: date, steps: [] };
  const due = walkWorkingDays(calendar, date, 0).result;
  return { due, steps: [msg('deadline.movedToWorkingDay', { from: date, to: due, reason })] };
}

/** Adds a deadline rule's term to a start date, the start day itself not counting. */
export function applyDeadline(
  calendar: HolidayCalendar,
  value: Pick<DeadlineRuleValue, 'amount' | 'unit'>,
  start: IsoDate,
): { readonly due: IsoDate; readonly steps: MessageRef[] } {
  const steps: MessageRef[] = [msg('deadline.add', { amount: value.amount, unit: value.unit })];
  switch (value.unit) {
    case 'workingDays': {
      const walk = walkWorkingDays(calendar, start, value.amount);
      return { due: walk.result, steps: [...steps, ...skippedSteps(walk.skipped)] };
    }
    case 'calendarDays': {
      const moved = moveToWorkingDay(calendar, addDays(start, value.amount));
      return { due: moved.due, steps: [...steps, ...moved.steps] };
    }
    case 'months': {
      const target = addMonthsClamped(start, value.amount);
      const clamped = dateParts(target).day !== dateParts(start).day;
      const moved = moveToWorkingDay(calendar, target);
      return { due: moved.due, steps: [...steps, msg('deadline.monthTarget', { target, clamped }), ...moved.steps] };
    }
  }
}

export function computeDueDate(
  ruleSet: RuleSet,
  calendar: HolidayCalendar,
  documentType: DeadlineDocumentType,
  startDate: IsoDate,
): DueDate {
  const rule = findDeadlineRule(ruleSet, documentType, startDate);
  if (rule === undefined) throw new MissingRuleError(ruleSet.id, `deadline.${documentType}`);
  const { due, steps } = applyDeadline(calendar, rule.value, startDate);
  return {
    due,
    basis: rule.basis,
    rule,
    explanation: [
      msg('deadline.start', { date: startDate, documentType }),
      ...steps,
      ...warnings(calendar, startDate, due),
      msg('deadline.due', { date: due, basis: rule.basis }),
    ],
  };
}

/** An extension adds working days counted from the current due date, not from the request. */
export function extendDueDate(
  calendar: HolidayCalendar,
  currentDue: IsoDate,
  workingDays: number,
  basis: LegalBasis,
): { readonly due: IsoDate; readonly explanation: readonly MessageRef[] } {
  const walk = walkWorkingDays(calendar, currentDue, workingDays);
  return {
    due: walk.result,
    explanation: [
      msg('deadline.extension', { workingDays, from: currentDue }),
      ...skippedSteps(walk.skipped),
      ...warnings(calendar, currentDue, walk.result),
      msg('deadline.due', { date: walk.result, basis }),
    ],
  };
}
