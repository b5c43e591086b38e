import type { AuditService, TransactionalConnection } from '@kenes/api/core';
import { RequestContext } from '@kenes/api/core';
import type { RuleSetService } from '@kenes/api/composition';
import { MotionEvents } from '@kenes/api/meetings';
import { addWorkingDays, isWorkingDay, openObligation, defaultKazakhstanRuleSet, kazakhstanCalendar } from '@kenes/domain';
import type { HolidayYearEntity } from './obligations.entities';
import { ObligationsService } from './obligations.service';

function serviceWith(rows: Partial<HolidayYearEntity>[]): ObligationsService {
  const qb = { where: () => qb, getMany: () => Promise.resolve(rows) };
  const connection = {
    manager: () => ({ query: () => Promise.resolve([{ id: 'kok' }, { id: 'akm' }]) }),
    getRepository: () => ({ createQueryBuilder: () => qb }),
  } as unknown as TransactionalConnection;
  return new ObligationsService(connection, {} as RuleSetService, {} as AuditService, new MotionEvents());
}

describe('the working-day calendar as entered by the authorized body', () => {
  it('adds decreed days off and working Saturdays to the statutory seed, and confirms the year', async () => {
    const s = serviceWith([
      {
        year: 2027,
        confirmed: true,
        datedHolidays: [{ date: '2027-05-16', name: { ru: 'Курбан айт' }, carryOverWhenWeekend: false }],
        extraDaysOff: [{ date: '2027-01-08', reason: { ru: 'Перенос с субботы 16 января' } }],
        workingDays: [{ date: '2027-01-16', reason: { ru: 'Рабочая суббота' } }],
      },
    ]);
    const cal = await s.calendarFor(RequestContext.system(), 'kok', [2027]);
    expect(isWorkingDay(kazakhstanCalendar([2027]), '2027-01-08')).toBe(true);
    expect(isWorkingDay(cal, '2027-01-08')).toBe(false);
    expect(isWorkingDay(cal, '2027-01-16')).toBe(true);
    expect(isWorkingDay(cal, '2027-05-17')).toBe(true);
    expect(cal.confirmedYears).toContain(2027);
    // A due date counted across the transfer moves with it.
    expect(addWorkingDays(kazakhstanCalendar([2027]), '2027-01-05', 2)).toBe('2027-01-08');
    expect(addWorkingDays(cal, '2027-01-05', 2)).toBe('2027-01-11');
  });

  it('round-trips an obligation between the database row and the domain', () => {
    const s = serviceWith([]);
    const o = openObligation({ ruleSet: defaultKazakhstanRuleSet, calendar: kazakhstanCalendar([2026, 2027]) }, { documentType: 'recommendation', addresseeBodyId: 'b', dispatchedOn: '2026-11-28' });
    const cols = (s as unknown as { columns(o: unknown): Record<string, unknown> }).columns(o);
    const back = s.domain({ ...cols, documentType: 'recommendation', answeredOn: null, clockStoppedOn: null } as never);
    expect(back).toEqual(o);
  });
});
