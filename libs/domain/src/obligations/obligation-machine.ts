import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween } from '../calendar/working-days';
import { err, ok } from '../common/result';
import type { Result } from '../common/result';
import { addDays, daysBetween, isAfter, isBefore } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { MissingRuleError, findDeadlineRule } from '../rules/find-rule';
import type { DeadlineDocumentType, DeadlineRuleValue, Rule, RuleSet } from '../rules/rule-types';
import { computeDueDate, extendDueDate } from './due-date';
import type {
  ObligationError,
  ObligationErrorKind,
  ObligationEvent,
  ObligationEventType,
  ObligationState,
  ResponseObligation,
} from './obligation-types';

export interface ObligationContext {
  readonly ruleSet: RuleSet;
  readonly calendar: HolidayCalendar;
}

/** Which events each state accepts; everything else is refused with a reason. */
const ACCEPTS: { readonly [S in ObligationState]: readonly ObligationEventType[] } = {
  dispatched: ['receive', 'answer', 'markOverdue', 'stopClock', 'resumeClock', 'redirect', 'extend'],
  received: ['answer', 'markOverdue', 'stopClock', 'resumeClock', 'redirect', 'extend'],
  // A late answer is still an answer: overdue and escalated obligations can be answered.
  overdue: ['answer', 'escalate'],
  escalated: ['answer', 'escalate'],
  answered: ['assess'],
  reopened: ['answer', 'markOverdue', 'stopClock', 'resumeClock', 'extend'],
  closed: [],
};

export function acceptedObligationEvents(state: ObligationState): readonly ObligationEventType[] {
  return ACCEPTS[state];
}

export function canApplyObligationEvent(state: ObligationState, event: ObligationEventType): boolean {
  return ACCEPTS[state].includes(event);
}

function deadlineRule(ctx: ObligationContext, documentType: DeadlineDocumentType, date: IsoDate): Rule<DeadlineRuleValue> {
  const rule = findDeadlineRule(ctx.ruleSet, documentType, date);
  if (rule === undefined) throw new MissingRuleError(ctx.ruleSet.id, `deadline.${documentType}`);
  return rule;
}

export interface OpenObligationInput {
  readonly documentType: DeadlineDocumentType;
  readonly addresseeBodyId: string;
  readonly dispatchedOn: IsoDate;
}

export function openObligation(ctx: ObligationContext, input: OpenObligationInput): ResponseObligation {
  const computed = computeDueDate(ctx.ruleSet, ctx.calendar, input.documentType, input.dispatchedOn);
  return {
    documentType: input.documentType,
    addresseeBodyId: input.addresseeBodyId,
    state: 'dispatched',
    dispatchedOn: input.dispatchedOn,
    clockStart: input.dispatchedOn,
    due: computed.due,
    escalationLevel: 0,
    extendedWorkingDays: 0,
    lastEventOn: input.dispatchedOn,
    explanation: computed.explanation,
  };
}

/** Overdue on a date: past due, not answered, and the clock not stopped. */
export function isOverdueOn(o: ResponseObligation, date: IsoDate): boolean {
  if (o.state === 'overdue' || o.state === 'escalated') return true;
  if (o.state === 'answered' || o.state === 'closed' || o.clockStoppedOn !== undefined) return false;
  return isAfter(date, o.due);
}

/** Optional fields that stop applying after an event are removed, not set to undefined. */
function without(o: ResponseObligation, ...keys: readonly ('clockStoppedOn' | 'answeredOn')[]): ResponseObligation {
  const copy: { -readonly [K in keyof ResponseObligation]: ResponseObligation[K] } = { ...o };
  for (const k of keys) delete copy[k];
  return copy;
}

function refuse(
  kind: ObligationErrorKind,
  o: ResponseObligation,
  event: ObligationEvent,
  message: MessageRef,
): Result<ResponseObligation, ObligationError> {
  return err({ kind, state: o.state, event: event.type, message });
}

/**
 * Moves a stopped clock's due date by the time it stood still: remaining working days for
 * working-day terms, elapsed calendar days otherwise.
 */
function resumedDue(ctx: ObligationContext, o: ResponseObligation, stoppedOn: IsoDate, resumedOn: IsoDate): IsoDate {
  const rule = deadlineRule(ctx, o.documentType, o.clockStart);
  if (rule.value.unit === 'workingDays') {
    const remaining = Math.max(0, workingDaysBetween(ctx.calendar, stoppedOn, o.due));
    return addWorkingDays(ctx.calendar, resumedOn, remaining);
  }
  return nextWorkingDayOnOrAfter(ctx.calendar, addDays(o.due, daysBetween(stoppedOn, resumedOn)));
}

/** Restarts the clock from a date under the same deadline rule (redirect, reopening). */
function restartClock(ctx: ObligationContext, o: ResponseObligation, date: IsoDate, step: MessageRef): Partial<ResponseObligation> {
  const computed = computeDueDate(ctx.ruleSet, ctx.calendar, o.documentType, date);
  return { clockStart: date, due: computed.due, explanation: [...o.explanation, step, ...computed.explanation] };
}

export function applyObligationEvent(
  ctx: ObligationContext,
  o: ResponseObligation,
  event: ObligationEvent,
): Result<ResponseObligation, ObligationError> {
  if (!canApplyObligationEvent(o.state, event.type)) {
    return refuse('impossibleTransition', o, event, msg('obligation.error.impossibleTransition', { from: o.state, event: event.type, allowed: ACCEPTS[o.state] }));
  }
  if (isBefore(event.date, o.lastEventOn)) {
    return refuse('dateBeforeLastEvent', o, event, msg('obligation.error.dateBeforeLastEvent', { date: event.date, last: o.lastEventOn }));
  }
  const next = (changes: Partial<ResponseObligation>): Result<ResponseObligation, ObligationError> =>
    ok({ ...o, ...changes, lastEventOn: event.date });

  switch (event.type) {
    case 'receive':
      return next({ state: 'received' });
    case 'answer':
      return ok({ ...without(o, 'clockStoppedOn'), state: 'answered', answeredOn: event.date, lastEventOn: event.date });
    case 'markOverdue':
      if (o.clockStoppedOn !== undefined) {
        return refuse('clockStopped', o, event, msg('obligation.error.clockStopped', { since: o.clockStoppedOn }));
      }
      if (!isAfter(event.date, o.due)) {
        return refuse('notYetOverdue', o, event, msg('obligation.error.notYetOverdue', { due: o.due }));
      }
      return next({ state: 'overdue' });
    case 'escalate':
      return next({ state: 'escalated', escalationLevel: o.escalationLevel + 1 });
    case 'assess': {
      if (event.adequate) return next({ state: 'closed' });
      const restarted = restartClock(ctx, o, event.date, msg('deadline.reopened', { date: event.date }));
      return ok({ ...without(o, 'answeredOn'), ...restarted, state: 'reopened', lastEventOn: event.date });
    }
    case 'stopClock':
      if (o.clockStoppedOn !== undefined) {
        return refuse('clockAlreadyStopped', o, event, msg('obligation.error.clockAlreadyStopped', { since: o.clockStoppedOn }));
      }
      return next({
        clockStoppedOn: event.date,
        explanation: [...o.explanation, msg('deadline.clockStopped', { since: event.date })],
      });
    case 'resumeClock': {
      if (o.clockStoppedOn === undefined) {
        return refuse('clockNotStopped', o, event, msg('obligation.error.clockNotStopped', {}));
      }
      const due = resumedDue(ctx, o, o.clockStoppedOn, event.date);
      const rule = deadlineRule(ctx, o.documentType, o.clockStart);
      return ok({
        ...without(o, 'clockStoppedOn'),
        due,
        lastEventOn: event.date,
        explanation: [
          ...o.explanation,
          msg('deadline.clockResumed', { since: o.clockStoppedOn, resumedOn: event.date }),
          msg('deadline.due', { date: due, basis: rule.basis }),
        ],
      });
    }
    case 'redirect': {
      if (event.toBodyId === o.addresseeBodyId) {
        return refuse('sameAddressee', o, event, msg('obligation.error.sameAddressee', {}));
      }
      // The clock moves with the obligation to the competent body instead of ending it.
      const restarted = restartClock(ctx, o, event.date, msg('deadline.redirected', { toBodyId: event.toBodyId, date: event.date }));
      return ok({ ...without(o, 'clockStoppedOn'), ...restarted, state: 'dispatched', addresseeBodyId: event.toBodyId, lastEventOn: event.date });
    }
    case 'extend': {
      if (!Number.isInteger(event.workingDays) || event.workingDays <= 0) {
        return refuse('invalidAmount', o, event, msg('obligation.error.invalidAmount', { amount: event.workingDays }));
      }
      if (isAfter(event.date, o.due)) {
        return refuse('extensionAfterDue', o, event, msg('obligation.error.extensionAfterDue', { due: o.due }));
      }
      const rule = deadlineRule(ctx, o.documentType, o.clockStart);
      const max = rule.value.maxExtensionWorkingDays;
      if (max !== undefined && o.extendedWorkingDays + event.workingDays > max) {
        return refuse(
          'extensionExceedsLimit',
          o,
          event,
          msg('obligation.error.extensionExceedsLimit', { requested: event.workingDays, remaining: max - o.extendedWorkingDays }),
        );
      }
      const extended = extendDueDate(ctx.calendar, o.due, event.workingDays, rule.basis);
      return next({
        due: extended.due,
        extendedWorkingDays: o.extendedWorkingDays + event.workingDays,
        explanation: [...o.explanation, ...extended.explanation],
      });
    }
  }
}
