import type { AuditService, TransactionalConnection } from '@kenes/api/core';
import type { WorkingCalendarService } from '@kenes/api/composition';
import { MotionEvents } from '@kenes/api/meetings';
import { openObligation, defaultKazakhstanRuleSet, kazakhstanCalendar } from '@kenes/domain';
import { ObligationsService } from './obligations.service';

// The calendar itself (the years the authorized body entered) is tested with WorkingCalendarService in libs/api/composition.
describe('obligations', () => {
  it('round-trips an obligation between the database row and the domain', () => {
    const s = new ObligationsService({} as TransactionalConnection, {} as WorkingCalendarService, {} as AuditService, new MotionEvents());
    const o = openObligation({ ruleSet: defaultKazakhstanRuleSet, calendar: kazakhstanCalendar([2026, 2027]) }, { documentType: 'recommendation', addresseeBodyId: 'b', dispatchedOn: '2026-11-28' });
    const cols = (s as unknown as { columns(o: unknown): Record<string, unknown> }).columns(o);
    const back = s.domain({ ...cols, documentType: 'recommendation', answeredOn: null, clockStoppedOn: null } as never);
    expect(back).toEqual(o);
  });
});
