import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import { isWorkingDay } from '../calendar/working-days';
import { addDays, isAfter } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { formatMessage } from '../i18n/format-message';
import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import { MissingRuleError } from '../rules/find-rule';
import type { DeadlineRuleValue, Rule, RuleSet } from '../rules/rule-types';
import { computeDueDate, extendDueDate } from './due-date';
import { acceptedObligationEvents, applyObligationEvent, canApplyObligationEvent, isOverdueOn, openObligation } from './obligation-machine';
import type { ObligationContext } from './obligation-machine';
import { OBLIGATION_EVENT_TYPES, OBLIGATION_STATES } from './obligation-types';
import type { ObligationError, ObligationEvent, ResponseObligation } from './obligation-types';

const rs = defaultKazakhstanRuleSet;
const kz = kazakhstanCalendar([2026]);
const ctx: ObligationContext = { ruleSet: rs, calendar: kz };

function withDeadline(code: string, patch: Partial<DeadlineRuleValue>): RuleSet {
  return {
    ...rs,
    rules: rs.rules.map((r): Rule => (r.code === code && r.value.kind === 'deadline' ? { ...r, value: { ...r.value, ...patch } } : r)),
  };
}

describe('computing a due date', () => {
  it('counts 10 working days over Nauryz 2026 and explains every skipped day', () => {
    const d = computeDueDate(rs, kz, 'budgetProgramme', '2026-03-20');
    expect(d.due).toBe('2026-04-08');
    expect(d.basis).toMatchObject({ article: '5', paragraph: '2' });
    expect(d.explanation.map((m) => m.key)).toEqual([
      'deadline.start',
      'deadline.add',
      'deadline.skipped',
      'deadline.skipped',
      'deadline.skipped',
      'deadline.skipped',
      'deadline.due',
    ]);
    expect(d.explanation.flatMap((m) => (m.key === 'deadline.skipped' ? [m.params.dates] : []))).toEqual([
      ['2026-03-21', '2026-03-22'],
      ['2026-03-23'],
      ['2026-03-24', '2026-03-25'],
      ['2026-03-28', '2026-03-29', '2026-04-04', '2026-04-05'],
    ]);
    expect(d.explanation.map((m) => formatMessage(m, 'ru'))).toEqual([
      'Начало отсчёта: 20.03.2026 (рекомендация по проекту бюджетной программы, стратегического плана или программы); сам этот день не считается',
      '+10 рабочих дней',
      'Пропущено: 21.03.2026, 22.03.2026 — праздник «Наурыз мейрамы», выпавший на выходной',
      'Пропущено: 23.03.2026 — праздник «Наурыз мейрамы»',
      'Пропущено: 24.03.2026, 25.03.2026 — выходной, перенесённый за праздник «Наурыз мейрамы» (21.03.2026)',
      'Пропущено: 28.03.2026, 29.03.2026, 04.04.2026, 05.04.2026 — выходной день',
      'Срок: 08.04.2026 — Закон 383-V ст. 5 п. 2',
    ]);
  });

  it('ends a one-month deadline from 31 January on 28 February, then moves it to Monday 2 March', () => {
    const d = computeDueDate(rs, kz, 'recommendation', '2026-01-31');
    expect(d.due).toBe('2026-03-02');
    expect(d.explanation).toEqual([
      { key: 'deadline.start', params: { date: '2026-01-31', documentType: 'recommendation' } },
      { key: 'deadline.add', params: { amount: 1, unit: 'months' } },
      { key: 'deadline.monthTarget', params: { target: '2026-02-28', clamped: true } },
      { key: 'deadline.movedToWorkingDay', params: { from: '2026-02-28', to: '2026-03-02', reason: { kind: 'weekend', weekday: 6 } } },
      { key: 'deadline.due', params: { date: '2026-03-02', basis: d.basis } },
    ]);
  });

  it('keeps a one-month deadline on the same date when it is a working day', () => {
    const d = computeDueDate(rs, kz, 'recommendation', '2026-03-20');
    expect(d.due).toBe('2026-04-20');
    expect(d.explanation.map((m) => m.key)).toEqual(['deadline.start', 'deadline.add', 'deadline.monthTarget', 'deadline.due']);
  });

  it('moves a one-month deadline off carried-over Nauryz days and Kurban Ait', () => {
    expect(computeDueDate(rs, kz, 'recommendation', '2026-02-24').due).toBe('2026-03-26');
    // 27 May 2026 is Kurban Ait.
    expect(computeDueDate(rs, kz, 'recommendation', '2026-04-27').due).toBe('2026-05-28');
  });

  it('handles calendar-day deadlines, moving them off a holiday', () => {
    const set = withDeadline('deadline.citizenAppeal', { amount: 30, unit: 'calendarDays' });
    const d = computeDueDate(set, kz, 'citizenAppeal', '2026-02-06');
    expect(d.due).toBe('2026-03-10');
    expect(d.explanation[2]).toMatchObject({ key: 'deadline.movedToWorkingDay', params: { from: '2026-03-08', to: '2026-03-10', reason: { kind: 'holiday' } } });
    expect(computeDueDate(set, kz, 'citizenAppeal', '2026-02-02').due).toBe('2026-03-04');
  });

  it('counts the other statutory deadlines', () => {
    expect(computeDueDate(rs, kz, 'publicControlFinalDocument', '2026-03-20').due).toBe('2026-04-03');
    // Skips Kurban Ait on Wednesday 27 May.
    expect(computeDueDate(rs, kz, 'publicControlAnswer', '2026-05-20').due).toBe('2026-06-04');
    // Skips 1, 7 and 9 May and Monday 11 May, carried over from Victory Day.
    expect(computeDueDate(rs, kz, 'citizenAppeal', '2026-05-01').due).toBe('2026-05-26');
    expect(computeDueDate(rs, kz, 'minutesPublication', '2026-05-06').due).toBe('2026-05-15');
  });

  it('warns when a deadline reaches a year whose calendar is not confirmed', () => {
    const d = computeDueDate(rs, kz, 'budgetProgramme', '2026-12-28');
    // 1, 2 (carried to Monday 4) and 7 January 2027 are off.
    expect(d.due).toBe('2027-01-14');
    expect(d.explanation).toContainEqual({ key: 'deadline.unconfirmedYear', params: { year: 2027 } });
  });

  it('explains a day off moved by Government decree', () => {
    const cal = { ...kz, extraDaysOff: [{ date: '2026-04-03' as IsoDate, reason: { kk: 'қаулы', ru: 'постановление', en: 'decree' } }] };
    const d = computeDueDate(rs, cal, 'publicControlFinalDocument', '2026-03-20');
    expect(d.due).toBe('2026-04-06');
    expect(d.explanation).toContainEqual({ key: 'deadline.skipped', params: { dates: ['2026-04-03'], reason: { kind: 'extraDayOff', reason: cal.extraDaysOff[0].reason } } });
  });

  it('refuses a document type the rule set has no deadline for', () => {
    const set: RuleSet = { ...rs, rules: rs.rules.filter((r) => r.code !== 'deadline.citizenAppeal') };
    expect(() => computeDueDate(set, kz, 'citizenAppeal', '2026-03-20')).toThrow(MissingRuleError);
  });

  it('extends by working days from the current due date', () => {
    const basis = rs.rules[0].basis;
    const e = extendDueDate(kz, '2026-04-08', 5, basis);
    expect(e.due).toBe('2026-04-15');
    expect(e.explanation[0]).toEqual({ key: 'deadline.extension', params: { workingDays: 5, from: '2026-04-08' } });
  });
});

describe('response obligation lifecycle', () => {
  const open = (documentType: 'budgetProgramme' | 'recommendation' = 'budgetProgramme', c: ObligationContext = ctx): ResponseObligation =>
    openObligation(c, { documentType, addresseeBodyId: 'akimat', dispatchedOn: '2026-03-20' });

  function step(o: ResponseObligation, event: ObligationEvent, c: ObligationContext = ctx): ResponseObligation {
    const r = applyObligationEvent(c, o, event);
    if (!r.ok) throw new Error(`refused: ${r.error.kind}`);
    return r.value;
  }

  function refusal(o: ResponseObligation, event: ObligationEvent, c: ObligationContext = ctx): ObligationError {
    const r = applyObligationEvent(c, o, event);
    if (r.ok) throw new Error('accepted');
    return r.error;
  }

  it('opens with a computed due date and its explanation', () => {
    const o = open();
    expect(o).toMatchObject({ state: 'dispatched', due: '2026-04-08', clockStart: '2026-03-20', escalationLevel: 0, extendedWorkingDays: 0 });
    expect(o.explanation.at(-1)).toMatchObject({ key: 'deadline.due' });
  });

  it('goes dispatched → received → answered → closed', () => {
    let o = step(open(), { type: 'receive', date: '2026-03-23' });
    expect(o.state).toBe('received');
    o = step(o, { type: 'answer', date: '2026-04-01' });
    expect(o).toMatchObject({ state: 'answered', answeredOn: '2026-04-01' });
    o = step(o, { type: 'assess', date: '2026-04-10', adequate: true });
    expect(o.state).toBe('closed');
    const e = refusal(o, { type: 'answer', date: '2026-04-11' });
    expect(e).toMatchObject({ kind: 'impossibleTransition', state: 'closed', event: 'answer' });
    expect(e.message).toEqual({ key: 'obligation.error.impossibleTransition', params: { from: 'closed', event: 'answer', allowed: [] } });
  });

  it('becomes overdue only after the due date, then escalates and can still be answered', () => {
    const o = step(open(), { type: 'receive', date: '2026-03-23' });
    expect(refusal(o, { type: 'markOverdue', date: '2026-04-08' })).toMatchObject({ kind: 'notYetOverdue' });
    let late = step(o, { type: 'markOverdue', date: '2026-04-09' });
    expect(late.state).toBe('overdue');
    expect(refusal(late, { type: 'receive', date: '2026-04-09' }).kind).toBe('impossibleTransition');
    late = step(late, { type: 'escalate', date: '2026-04-10', toBodyId: 'akim' });
    late = step(late, { type: 'escalate', date: '2026-04-20', toBodyId: 'oblast-akimat' });
    expect(late).toMatchObject({ state: 'escalated', escalationLevel: 2 });
    expect(step(late, { type: 'answer', date: '2026-04-21' }).state).toBe('answered');
  });

  it('reopens an answer the council finds inadequate, with a new clock', () => {
    let o = step(open(), { type: 'answer', date: '2026-04-01' });
    o = step(o, { type: 'assess', date: '2026-04-10', adequate: false });
    expect(o.state).toBe('reopened');
    expect(o.answeredOn).toBeUndefined();
    expect(o).toMatchObject({ clockStart: '2026-04-10', due: '2026-04-24' });
    expect(o.explanation).toContainEqual({ key: 'deadline.reopened', params: { date: '2026-04-10' } });
    expect(step(o, { type: 'answer', date: '2026-04-20' }).state).toBe('answered');
  });

  it('stops and resumes the clock, moving the due date by the working days it stood still', () => {
    let o = step(open(), { type: 'stopClock', date: '2026-03-30', grounds: 'materials requested' });
    expect(o.clockStoppedOn).toBe('2026-03-30');
    expect(refusal(o, { type: 'stopClock', date: '2026-03-31', grounds: 'again' })).toMatchObject({ kind: 'clockAlreadyStopped' });
    expect(refusal(o, { type: 'markOverdue', date: '2026-04-20' })).toMatchObject({ kind: 'clockStopped' });
    expect(isOverdueOn(o, '2026-04-20')).toBe(false);
    o = step(o, { type: 'resumeClock', date: '2026-04-06' });
    expect(o.clockStoppedOn).toBeUndefined();
    expect(o.due).toBe('2026-04-15');
    expect(o.explanation.slice(-3).map((m) => m.key)).toEqual(['deadline.clockStopped', 'deadline.clockResumed', 'deadline.due']);
    expect(refusal(o, { type: 'resumeClock', date: '2026-04-07' })).toMatchObject({ kind: 'clockNotStopped' });
  });

  it('fails loudly if the rule set loses the deadline rule while a clock runs', () => {
    const o = step(open(), { type: 'stopClock', date: '2026-03-30', grounds: 'g' });
    const without: ObligationContext = { ruleSet: { ...rs, rules: rs.rules.filter((r) => r.code !== 'deadline.budgetProgramme') }, calendar: kz };
    expect(() => applyObligationEvent(without, o, { type: 'resumeClock', date: '2026-04-06' })).toThrow(MissingRuleError);
  });

  it('moves a month deadline by the calendar days the clock stood still', () => {
    let o = open('recommendation');
    expect(o.due).toBe('2026-04-20');
    o = step(o, { type: 'stopClock', date: '2026-03-26', grounds: 'g' });
    o = step(o, { type: 'resumeClock', date: '2026-04-02' });
    expect(o.due).toBe('2026-04-27');
  });

  it('clears a stopped clock when the answer comes', () => {
    let o = step(open(), { type: 'stopClock', date: '2026-03-30', grounds: 'g' });
    o = step(o, { type: 'answer', date: '2026-04-01' });
    expect(o.clockStoppedOn).toBeUndefined();
  });

  it('redirects to the competent body, restarting the clock there', () => {
    let o = step(open(), { type: 'receive', date: '2026-03-23' });
    o = step(o, { type: 'stopClock', date: '2026-03-26', grounds: 'g' });
    o = step(o, { type: 'redirect', date: '2026-03-26', toBodyId: 'health-department', grounds: 'not our competence' });
    expect(o).toMatchObject({ state: 'dispatched', addresseeBodyId: 'health-department', clockStart: '2026-03-26', due: '2026-04-09' });
    expect(o.clockStoppedOn).toBeUndefined();
    expect(o.explanation).toContainEqual({ key: 'deadline.redirected', params: { toBodyId: 'health-department', date: '2026-03-26' } });
    expect(refusal(o, { type: 'redirect', date: '2026-03-27', toBodyId: 'health-department', grounds: 'g' })).toMatchObject({ kind: 'sameAddressee' });
  });

  it('extends before the due date, within the rule’s limit', () => {
    const limited: ObligationContext = { ruleSet: withDeadline('deadline.budgetProgramme', { maxExtensionWorkingDays: 10 }), calendar: kz };
    let o = open('budgetProgramme', limited);
    expect(refusal(o, { type: 'extend', date: '2026-03-25', workingDays: 0, grounds: 'g' }, limited)).toMatchObject({ kind: 'invalidAmount' });
    expect(refusal(o, { type: 'extend', date: '2026-03-25', workingDays: 1.5, grounds: 'g' }, limited)).toMatchObject({ kind: 'invalidAmount' });
    o = step(o, { type: 'extend', date: '2026-04-01', workingDays: 6, grounds: 'g' }, limited);
    expect(o).toMatchObject({ due: '2026-04-16', extendedWorkingDays: 6 });
    const e = refusal(o, { type: 'extend', date: '2026-04-02', workingDays: 5, grounds: 'g' }, limited);
    expect(e).toMatchObject({ kind: 'extensionExceedsLimit' });
    expect(e.message).toEqual({ key: 'obligation.error.extensionExceedsLimit', params: { requested: 5, remaining: 4 } });
    expect(refusal(o, { type: 'extend', date: '2026-04-17', workingDays: 1, grounds: 'g' }, limited)).toMatchObject({ kind: 'extensionAfterDue' });
    expect(step(open(), { type: 'extend', date: '2026-04-08', workingDays: 30, grounds: 'g' }).extendedWorkingDays).toBe(30);
  });

  it('refuses events dated before the last one', () => {
    const o = step(open(), { type: 'receive', date: '2026-03-25' });
    expect(refusal(o, { type: 'answer', date: '2026-03-24' })).toMatchObject({
      kind: 'dateBeforeLastEvent',
      message: { key: 'obligation.error.dateBeforeLastEvent', params: { date: '2026-03-24', last: '2026-03-25' } },
    });
  });

  it('tells whether an obligation is overdue on a date', () => {
    const o = open();
    expect(isOverdueOn(o, '2026-04-08')).toBe(false);
    expect(isOverdueOn(o, '2026-04-09')).toBe(true);
    expect(isOverdueOn(step(o, { type: 'markOverdue', date: '2026-04-09' }), '2026-04-09')).toBe(true);
    expect(isOverdueOn(step(o, { type: 'answer', date: '2026-04-20' }), '2026-04-21')).toBe(false);
  });

  it('exposes which events a state accepts', () => {
    expect(acceptedObligationEvents('answered')).toEqual(['assess']);
    expect(canApplyObligationEvent('dispatched', 'receive')).toBe(true);
    expect(canApplyObligationEvent('received', 'receive')).toBe(false);
  });

  it('keeps its invariants under any sequence of events', () => {
    const eventArb = fc.record({
      type: fc.constantFrom(...OBLIGATION_EVENT_TYPES),
      gap: fc.integer({ min: 0, max: 20 }),
      flag: fc.boolean(),
      n: fc.integer({ min: -1, max: 15 }),
    });
    fc.assert(
      fc.property(fc.constantFrom('budgetProgramme' as const, 'recommendation' as const), fc.array(eventArb, { maxLength: 25 }), (documentType, events) => {
        let o = open(documentType);
        let date: IsoDate = o.dispatchedOn;
        for (const e of events) {
          date = addDays(date, e.gap);
          const event: ObligationEvent =
            e.type === 'assess'
              ? { type: 'assess', date, adequate: e.flag }
              : e.type === 'extend'
                ? { type: 'extend', date, workingDays: e.n, grounds: 'g' }
                : e.type === 'redirect'
                  ? { type: 'redirect', date, toBodyId: e.flag ? 'a' : 'b', grounds: 'g' }
                  : e.type === 'stopClock'
                    ? { type: 'stopClock', date, grounds: 'g' }
                    : { type: e.type, date };
          const r = applyObligationEvent(ctx, o, event);
          if (!canApplyObligationEvent(o.state, e.type)) expect(r.ok).toBe(false);
          if (!r.ok) continue;
          o = r.value;
          expect(OBLIGATION_STATES).toContain(o.state);
          expect(isWorkingDay(kz, o.due) || isAfter(o.due, '2026-12-31')).toBe(true);
          expect(o.answeredOn !== undefined).toBe(o.state === 'answered' || o.state === 'closed');
          if (o.clockStoppedOn !== undefined) expect(['dispatched', 'received', 'reopened']).toContain(o.state);
          if (o.state === 'overdue') expect(isAfter(o.lastEventOn, o.due)).toBe(true);
        }
      }),
    );
  });
});
