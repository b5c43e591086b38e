import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import { isWorkingDay, workingDaysBetween } from '../calendar/working-days';
import { addDays } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import type { RuleSet } from '../rules/rule-types';
import { validateRuleSet } from '../rules/validate-rule-set';
import { delayWorkingDays, escalationSchedule, stepsDue, subtractWorkingDays } from './escalation';
import { responsivenessFigures, type CommitmentFact } from './figures';
import { applyObligationEvent, openObligation } from './obligation-machine';

const rs = defaultKazakhstanRuleSet;
const kz = kazakhstanCalendar([2025, 2026, 2027]);
const ctx = { ruleSet: rs, calendar: kz };
const open = (on: IsoDate = '2026-03-20', documentType: 'budgetProgramme' | 'recommendation' = 'budgetProgramme') =>
  openObligation(ctx, { documentType, addresseeBodyId: 'b', dispatchedOn: on });

describe('counting working days back', () => {
  it('steps over weekends and holidays', () => {
    // Due Wed 8 Apr 2026; three working days before: Fri 3 Apr (Mon 6, Tue 7 and Fri 3 count).
    expect(subtractWorkingDays(kz, '2026-04-08', 3)).toBe('2026-04-03');
    // Before 25 March 2026 (Wednesday after Nauryz 21–24 + carry-over): Friday 20 March.
    expect(subtractWorkingDays(kz, '2026-03-25', 1)).toBe('2026-03-20');
    expect(subtractWorkingDays(kz, '2026-03-25', 0)).toBe('2026-03-25');
  });

  it('always lands on a working day with exactly n working days up to the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 15 }), (offset, n) => {
        const date = addDays('2025-03-01', offset);
        const back = subtractWorkingDays(kz, date, n);
        expect(isWorkingDay(kz, back)).toBe(true);
        // `back` itself is not counted by workingDaysBetween, `date` is when it is a working day.
        expect(workingDaysBetween(kz, back, date)).toBe(isWorkingDay(kz, date) ? n : n - 1);
      }),
    );
  });
});

describe('the escalation ladder', () => {
  it('dates each step from the due date in working days', () => {
    const o = open();
    expect(o.due).toBe('2026-04-08');
    expect(escalationSchedule(rs, kz, o)).toEqual([
      { code: 'reminder', on: '2026-04-03', offsetWorkingDays: -3 },
      { code: 'overdueNotice', on: '2026-04-09', offsetWorkingDays: 1 },
      { code: 'headNotice', on: '2026-04-13', offsetWorkingDays: 3 },
      { code: 'supervisorNotice', on: '2026-04-22', offsetWorkingDays: 10 },
      { code: 'nextAgenda', on: '2026-04-22', offsetWorkingDays: 10 },
    ]);
  });

  it('schedules nothing for an answered obligation or while the clock is stopped', () => {
    const o = open();
    const answered = applyObligationEvent(ctx, o, { type: 'answer', date: '2026-03-25' });
    expect(answered.ok && escalationSchedule(rs, kz, answered.value)).toEqual([]);
    const stopped = applyObligationEvent(ctx, o, { type: 'stopClock', date: '2026-03-25', grounds: 'clarification' });
    expect(stopped.ok && escalationSchedule(rs, kz, stopped.value)).toEqual([]);
  });

  it('takes steps on their day, once, and skips a reminder whose due date has passed', () => {
    const o = open();
    const schedule = escalationSchedule(rs, kz, o);
    const codes = (today: IsoDate, taken: string[] = []) => stepsDue(schedule, today, new Set(taken as never[]), o).map((s) => s.code);
    expect(codes('2026-04-02')).toEqual([]);
    expect(codes('2026-04-03')).toEqual(['reminder']);
    expect(codes('2026-04-03', ['reminder'])).toEqual([]);
    expect(codes('2026-04-09')).toEqual(['overdueNotice']);
    expect(codes('2026-04-22', ['overdueNotice'])).toEqual(['headNotice', 'supervisorNotice', 'nextAgenda']);
  });

  it('follows the rule set: a jurisdiction may use its own ladder, and a broken one is refused', () => {
    const ladder: RuleSet = {
      ...rs,
      rules: rs.rules.map((r) => (r.code === 'obligations.escalation' ? { ...r, value: { kind: 'escalationLadder', steps: [{ code: 'headNotice', offsetWorkingDays: 0 }] } } : r)),
    };
    expect(escalationSchedule(ladder, kz, open()).map((s) => [s.code, s.on])).toEqual([['headNotice', '2026-04-08']]);
    const broken: RuleSet = {
      ...rs,
      rules: rs.rules.map((r) => (r.code === 'obligations.escalation' ? { ...r, value: { kind: 'escalationLadder', steps: [] } } : r)),
    };
    expect(validateRuleSet(broken).map((p) => p.ruleCode)).toContain('obligations.escalation');
    expect(validateRuleSet(rs)).toEqual([]);
  });

  it('never schedules a step on a day off, and keeps steps in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (offset) => {
        const o = open(addDays('2025-01-10', offset), 'recommendation');
        const s = escalationSchedule(rs, kz, o);
        for (const step of s) expect(isWorkingDay(kz, step.on)).toBe(true);
        for (let i = 1; i < s.length; i++) expect(s[i - 1].on <= s[i].on).toBe(true);
      }),
    );
  });
});

describe('responsiveness figures', () => {
  it('count on time, late, overdue and open, the median delay, adequacy and execution', () => {
    const f = responsivenessFigures(
      kz,
      [
        { due: '2026-04-08', answeredOn: '2026-04-08', adequate: true },
        { due: '2026-04-08', answeredOn: '2026-04-13', adequate: false },
        { due: '2026-04-08', answeredOn: '2026-04-10' },
        { due: '2026-04-08' },
        { due: '2026-12-08' },
        { due: '2026-04-08', clockStopped: true },
      ],
      [{ due: '2026-06-01', doneOn: '2026-05-20' }, { due: '2026-06-01' }, { due: '2026-12-31' }],
      '2026-11-28',
    );
    expect(f).toEqual({
      total: 6,
      open: 2,
      answeredOnTime: 1,
      answeredLate: 2,
      overdue: 1,
      medianDelayWorkingDays: 2,
      adequacyRate: 0.5,
      assessed: 2,
      commitments: 3,
      commitmentsExecuted: 1,
      commitmentsOverdue: 1,
      executionRate: 1 / 3,
    });
    expect(delayWorkingDays(kz, '2026-04-08', '2026-04-13')).toBe(3);
  });

  it('reproduce the akim’s 11 of 18 measures executed', () => {
    const measures: CommitmentFact[] = Array.from({ length: 18 }, (_, i) => (i < 11 ? { due: '2022-12-31', doneOn: '2022-11-01' } : { due: '2022-12-31' }));
    const f = responsivenessFigures(kz, [], measures, '2026-11-28');
    expect([f.commitmentsExecuted, f.commitments, Math.round((f.executionRate ?? 0) * 100)]).toEqual([11, 18, 61]);
    expect(f.medianDelayWorkingDays).toBeNull();
    expect(f.adequacyRate).toBeNull();
  });

  it('classify every obligation exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ due: fc.integer({ min: 0, max: 400 }), answered: fc.option(fc.integer({ min: 0, max: 60 })), stopped: fc.boolean() }), { maxLength: 30 }),
        (rows) => {
          const facts = rows.map((r) => ({
            due: addDays('2025-06-01', r.due),
            ...(r.answered !== null ? { answeredOn: addDays('2025-06-01', r.due + r.answered - 20) } : {}),
            clockStopped: r.stopped,
          }));
          const f = responsivenessFigures(kz, facts, [], '2026-01-01');
          expect(f.open + f.answeredOnTime + f.answeredLate + f.overdue).toBe(f.total);
        },
      ),
    );
  });
});

