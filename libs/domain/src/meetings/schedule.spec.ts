import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import { addDays, formatIsoDate } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { formatMessage } from '../i18n/format-message';
import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import type { RuleSet } from '../rules/rule-types';
import { frequencyCheck, noticeCheck, periodOf } from './schedule';

const rs = defaultKazakhstanRuleSet;
const cal = kazakhstanCalendar([2025, 2026, 2027]);
const without = (code: string): RuleSet => ({ ...rs, rules: rs.rules.filter((r) => r.code !== code) });

describe('notice of a meeting', () => {
  it('counts working days between the announcement and the meeting, both excluded', () => {
    // Mon 30 Nov → Fri 4 Dec 2026: Tue, Wed, Thu.
    expect(noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-11-30', meetingOn: '2026-12-04' })).toMatchObject({
      status: 'ok',
      given: 3,
      required: 3,
      unit: 'workingDays',
      ruleCode: 'meetings.notice',
      severity: 'soft',
    });
    // Tue 1 Dec → Fri 4 Dec: Wed, Thu only.
    expect(noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-12-01', meetingOn: '2026-12-04' })).toMatchObject({ status: 'short', given: 2 });
  });

  it('skips holidays: Independence Day (16 December) does not count', () => {
    expect(noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-12-14', meetingOn: '2026-12-18' })).toMatchObject({ status: 'short', given: 2 });
    expect(noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-12-11', meetingOn: '2026-12-18' })).toMatchObject({ status: 'ok', given: 3 });
  });

  it('asks 10 calendar days for a public hearing, a hard rule of the law', () => {
    const ok = noticeCheck(rs, cal, { type: 'publicHearing', announcedOn: '2026-12-01', meetingOn: '2026-12-12' });
    expect(ok).toMatchObject({ status: 'ok', given: 10, unit: 'calendarDays', severity: 'hard', ruleCode: 'publicHearing.notice' });
    expect(ok.basis).toMatchObject({ article: '21' });
    expect(noticeCheck(rs, cal, { type: 'publicHearing', announcedOn: '2026-12-02', meetingOn: '2026-12-12' })).toMatchObject({ status: 'short', given: 9 });
  });

  it('lets an extraordinary meeting be called at short notice', () => {
    expect(noticeCheck(rs, cal, { type: 'extraordinary', announcedOn: '2026-12-03', meetingOn: '2026-12-04' })).toEqual({ status: 'ok', given: 0, required: 0 });
  });

  it('gives no notice for a meeting announced on its own day or later', () => {
    expect(noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-12-04', meetingOn: '2026-12-04' })).toMatchObject({ status: 'short', given: 0 });
    expect(noticeCheck(rs, cal, { type: 'constituent', announcedOn: '2026-12-05', meetingOn: '2026-12-04' })).toMatchObject({ status: 'short', given: 0 });
  });

  it('applies no rule the rule set does not hold', () => {
    expect(noticeCheck(without('meetings.notice'), cal, { type: 'regular', announcedOn: '2026-12-03', meetingOn: '2026-12-04' }).status).toBe('ok');
  });

  it('explains itself in the three languages', () => {
    const r = noticeCheck(rs, cal, { type: 'regular', announcedOn: '2026-12-01', meetingOn: '2026-12-04' });
    expect(formatMessage(r.message!, 'ru')).toMatch(/^Слишком короткое оповещение: до заседания 2 рабочих дня, нужно не менее 3/);
    expect(formatMessage(r.message!, 'kk')).toMatch(/^Хабарлау мерзімі тым қысқа: отырысқа дейін 2 жұмыс күні/);
    expect(formatMessage(r.message!, 'en')).toMatch(/^Notice too short: 2 working days before the meeting, at least 3 required/);
  });

  it('is monotonic: announcing earlier never makes a sufficient notice short', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 20 }), (offset, lead, earlier) => {
        const meetingOn = addDays('2025-01-01', offset);
        const later = noticeCheck(rs, cal, { type: 'regular', announcedOn: addDays(meetingOn, -lead), meetingOn });
        const sooner = noticeCheck(rs, cal, { type: 'regular', announcedOn: addDays(meetingOn, -lead - earlier), meetingOn });
        expect(sooner.given).toBeGreaterThanOrEqual(later.given);
        if (later.status === 'ok') expect(sooner.status).toBe('ok');
      }),
    );
  });
});

describe('minimum frequency of meetings', () => {
  it('finds the quarter or year of a date', () => {
    expect(periodOf('2026-11-28', 'quarter')).toEqual({ start: '2026-10-01', end: '2027-01-01' });
    expect(periodOf('2026-01-01', 'quarter')).toEqual({ start: '2026-01-01', end: '2026-04-01' });
    expect(periodOf('2026-06-30', 'quarter')).toEqual({ start: '2026-04-01', end: '2026-07-01' });
    expect(periodOf('2026-06-30', 'year')).toEqual({ start: '2026-01-01', end: '2027-01-01' });
  });

  it('is ok with a meeting this quarter and last quarter', () => {
    expect(frequencyCheck(rs, ['2026-09-10', '2026-11-20'], '2026-11-28')).toMatchObject({ status: 'ok', count: 1, previousCount: 1, required: 1 });
  });

  it('is due while the quarter still has time and none is held yet', () => {
    const r = frequencyCheck(rs, ['2026-09-30'], '2026-11-28');
    expect(r).toMatchObject({ status: 'due', count: 0, previousCount: 1 });
    expect(formatMessage(r.message!, 'ru')).toMatch(/^В этот квартал заседаний ещё нет: нужно не менее 1 до 31\.12\.2026/);
  });

  it('is behind when the previous quarter ended without a meeting, at its boundaries', () => {
    expect(frequencyCheck(rs, ['2026-06-30', '2026-10-01'], '2026-11-28')).toMatchObject({ status: 'behind', previousCount: 0, count: 1 });
    expect(frequencyCheck(rs, ['2026-07-01'], '2026-10-01').status).toBe('due');
    expect(frequencyCheck(rs, ['2026-06-30'], '2026-10-01').status).toBe('behind');
  });

  it('does not blame a council for a period before it existed', () => {
    expect(frequencyCheck(rs, [], '2026-11-28', '2026-10-15').status).toBe('due');
    expect(frequencyCheck(rs, [], '2026-11-28', '2026-07-01').status).toBe('behind');
  });

  it('holds no requirement the rule set does not hold', () => {
    expect(frequencyCheck(without('meetings.frequency'), [], '2026-11-28')).toMatchObject({ status: 'ok', required: 0 });
  });

  it('counts each date once, in the period it falls in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 729 }), { maxLength: 12 }), fc.integer({ min: 100, max: 729 }), (offsets, todayOffset) => {
        const dates: IsoDate[] = offsets.map((o) => addDays(formatIsoDate(2025, 1, 1), o));
        const today = addDays('2025-01-01', todayOffset);
        const r = frequencyCheck(rs, dates, today);
        expect(r.count).toBe(dates.filter((d) => d >= r.period.start && d < r.period.end).length);
        expect(r.status === 'ok').toBe(r.count >= 1 && r.previousCount >= 1);
      }),
    );
  });
});
