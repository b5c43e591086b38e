import type { AppConfig, AuditService, TransactionalConnection } from '@kenes/api/core';
import type { MailService } from '@kenes/api/identity';
import { FollowService, type PublicEvent } from './follow.service';

const service = new FollowService({} as TransactionalConnection, {} as AuditService, {} as MailService, { publicUrl: 'https://kenes.kz', port: 3000 } as AppConfig);
const event = (patch: Partial<PublicEvent>): PublicEvent => ({
  id: '1',
  action: 'meeting.announced',
  occurredAt: new Date('2026-11-28T05:00:00Z'),
  councilId: 'c',
  slug: 'kokshetau',
  councilName: { ru: 'Общественный совет города Кокшетау', kk: 'Көкшетау қаласының қоғамдық кеңесі' },
  bodyId: null,
  bodyName: null,
  recommendationId: null,
  recommendationNumber: null,
  recommendationTitle: null,
  meetingNumber: null,
  meetingAt: null,
  commitmentTitle: null,
  ...patch,
});

describe('what followers are told', () => {
  it('names a meeting by number and its local date, with its page', () => {
    expect(service.describe(event({ meetingNumber: 6, meetingAt: new Date('2026-12-14T20:00:00Z') }), 'ru')).toEqual({
      text: 'Общественный совет города Кокшетау: Объявлено заседание №6 на 15.12.2026',
      link: 'https://kenes.kz/ru/councils/kokshetau/meetings/6',
    });
  });

  it('names the body and the recommendation, in Kazakh when the follower reads Kazakh', () => {
    const d = service.describe(event({ action: 'obligation.markOverdue', recommendationNumber: 3, bodyName: { ru: 'Отдел', kk: 'Бөлім' } }), 'kk');
    expect(d.text).toBe('Көкшетау қаласының қоғамдық кеңесі: Бөлім №3 ұсынымға жауап беру мерзімін өткізіп алды');
    expect(d.link).toBe('https://kenes.kz/kk/councils/kokshetau/recommendations/3');
  });

  it('links published minutes to the minutes page', () => {
    expect(service.describe(event({ action: 'minutes.published', meetingNumber: 2 }), 'en').link).toBe('https://kenes.kz/en/councils/kokshetau/meetings/2/minutes');
  });
});
