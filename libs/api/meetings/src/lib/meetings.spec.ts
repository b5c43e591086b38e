import { RequestContext, type TransactionalConnection } from '@kenes/api/core';
import { defaultKazakhstanRuleSet } from '@kenes/domain';
import { MemoryTransport, channelIterator, type LiveBus } from './live-bus';
import { MeetingLive, reviveDates, type LivePayload } from './meeting-live';
import { localDate } from './meetings.repository';
import { MeetingView, quorumView, resultView } from './meetings.view';

describe('the meeting’s local date', () => {
  it('is the date in Kazakhstan (UTC+5), not in UTC', () => {
    expect(localDate(new Date('2026-12-07T19:00:00Z'))).toBe('2026-12-08');
    expect(localDate(new Date('2026-12-07T18:59:59Z'))).toBe('2026-12-07');
  });
});

describe('quorum and result views', () => {
  it('explain the quorum with its legal basis in each language', () => {
    expect(quorumView(defaultKazakhstanRuleSet, { present: 11, totalMembers: 16 }, 'ru')).toMatchObject({ required: 11, reached: true });
    expect(quorumView(defaultKazakhstanRuleSet, { present: 10, totalMembers: 16 }, 'ru').explanation).toMatch(/^Кворума нет: присутствуют 10 из 16, требуется не менее 11 — .*13/);
    expect(quorumView(defaultKazakhstanRuleSet, { present: 10, totalMembers: 16 }, 'kk').explanation).toMatch(/^Кворум жоқ: 16 мүшеден 10 қатысуда/);
  });

  it('never counts more present than members', () => {
    expect(quorumView(defaultKazakhstanRuleSet, { present: 20, totalMembers: 16 }, 'en').present).toBe(16);
  });

  it('put the verdict in words', () => {
    const r = { for: 7, against: 5, abstain: 0, recused: 0, present: 12, totalMembers: 16, required: 7, adopted: true, reason: 'adopted' as const, tieBrokenByChair: false };
    expect(resultView(defaultKazakhstanRuleSet, r, 1, 'en')).toMatchObject({ adopted: true, corrections: 1, explanation: expect.stringMatching(/^Adopted/) });
  });
});

describe('live events', () => {
  it('bring dates back as dates, wherever they are, and leave other strings alone', () => {
    const revived = reviveDates({ startsAt: '2026-12-08T05:00:00.000Z', items: [{ conflicts: [{ declaredAt: '2026-12-08T06:00:00.000Z', reason: '2026' }] }], text: '2026-12-08T05:00:00.000Z' }) as {
      startsAt: Date;
      items: Array<{ conflicts: Array<{ declaredAt: Date; reason: string }> }>;
      text: string;
    };
    expect(revived.startsAt).toBeInstanceOf(Date);
    expect(revived.items[0].conflicts[0].declaredAt.toISOString()).toBe('2026-12-08T06:00:00.000Z');
    expect(revived.items[0].conflicts[0].reason).toBe('2026');
    expect(revived.text).toBe('2026-12-08T05:00:00.000Z');
  });

  it('are delivered in order to each subscriber, and a subscriber that leaves is unsubscribed', async () => {
    const t = new MemoryTransport();
    const a = channelIterator(t, 'm', Number);
    const b = channelIterator(t, 'm', Number);
    await t.publish('m', '1');
    await t.publish('m', '2');
    await t.publish('other', '9');
    expect([(await a.next()).value, (await a.next()).value, (await b.next()).value]).toEqual([1, 2, 1]);
    await a.return?.();
    expect(await a.next()).toEqual({ value: undefined, done: true });
    await t.publish('m', '3');
    expect((await b.next()).value).toBe(2);
    expect((await b.next()).value).toBe(3);
    await b.return?.();
  });

  it('fold a burst of changes into a few builds, ending on the latest state', async () => {
    let builds = 0;
    const published: LivePayload[] = [];
    const meeting = { id: 'm1', councilId: 'c1' };
    const connection = {
      getRepository: () => ({ findOneBy: () => Promise.resolve(meeting), findOneByOrFail: () => Promise.resolve({ id: 'c1' }) }),
    } as unknown as TransactionalConnection;
    const view = {
      buildAll: async () => {
        builds++;
        await new Promise((r) => setTimeout(r, 20));
        return { kk: { n: builds }, ru: { n: builds }, en: { n: builds } };
      },
    } as unknown as MeetingView;
    const bus = { publish: (_c: string, p: LivePayload) => Promise.resolve(void published.push(p)) } as unknown as LiveBus;
    const live = new MeetingLive(connection, view, bus);
    for (let i = 0; i < 200; i++) live.changed(RequestContext.system(), 'm1', i === 199 ? 'voteClosed' : 'vote');
    await live.idle();
    expect(builds).toBeLessThanOrEqual(3);
    expect(published.at(-1)?.kind).toBe('voteClosed');
    expect(published.at(-1)?.meetingId).toBe('m1');
  });
});
