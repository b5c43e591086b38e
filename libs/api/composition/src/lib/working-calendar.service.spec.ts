import type { TransactionalConnection } from '@kenes/api/core';
import { RequestContext } from '@kenes/api/core';
import { addWorkingDays, isWorkingDay, kazakhstanCalendar } from '@kenes/domain';
import type { RuleSetService } from './rule-set.service';
import type { HolidayYearEntity } from './working-calendar.entities';
import { WorkingCalendarService } from './working-calendar.service';

function serviceWith(rows: Partial<HolidayYearEntity>[]): WorkingCalendarService {
  const qb = { where: () => qb, getMany: () => Promise.resolve(rows) };
  const connection = {
    manager: () => ({ query: () => Promise.resolve([{ id: 'kok' }, { id: 'akm' }]) }),
    getRepository: () => ({ createQueryBuilder: () => qb }),
  } as unknown as TransactionalConnection;
  return new WorkingCalendarService(connection, {} as RuleSetService);
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
});
