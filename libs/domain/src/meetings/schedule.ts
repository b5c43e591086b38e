import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { workingDaysBetween } from '../calendar/working-days';
import type { LegalBasis } from '../common/legal-basis';
import { addDays, dateParts, daysBetween, formatIsoDate, isBefore } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { findRule } from '../rules/find-rule';
import type { RuleSet, Severity } from '../rules/rule-types';

export const MEETING_TYPES = ['regular', 'extraordinary', 'publicHearing', 'constituent'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export type NoticeStatus = 'ok' | 'short';

export interface NoticeCheck {
  readonly status: NoticeStatus;
  /** The rule that applies; absent when none does (extraordinary meetings are called at short notice). */
  readonly ruleCode?: 'meetings.notice' | 'publicHearing.notice';
  readonly severity?: Severity;
  /** The notice given: calendar or working days, as the rule counts them. */
  readonly given: number;
  readonly required: number;
  readonly unit?: 'calendarDays' | 'workingDays';
  readonly basis?: LegalBasis;
  readonly message?: MessageRef;
}

/** Which notice rule a meeting type follows. An extraordinary meeting may be called at short notice. */
function noticeRuleCode(type: MeetingType): 'meetings.notice' | 'publicHearing.notice' | undefined {
  if (type === 'extraordinary') return undefined;
  return type === 'publicHearing' ? 'publicHearing.notice' : 'meetings.notice';
}

/**
 * Whether announcing on `announcedOn` gives the notice the rule set asks for a meeting on
 * `meetingOn`. Days are counted after the announcement up to and including the meeting day's eve:
 * a meeting on Friday announced on Monday has 3 working days' notice (Tue, Wed, Thu).
 */
export function noticeCheck(
  ruleSet: RuleSet,
  calendar: HolidayCalendar,
  input: { readonly type: MeetingType; readonly announcedOn: IsoDate; readonly meetingOn: IsoDate },
): NoticeCheck {
  const code = noticeRuleCode(input.type);
  const rule = code ? findRule(ruleSet, code, input.announcedOn) : undefined;
  if (!code || !rule) return { status: 'ok', given: Math.max(0, daysBetween(input.announcedOn, input.meetingOn) - 1), required: 0 };
  const { amount, unit } = rule.value;
  const eve = addDays(input.meetingOn, -1);
  const given = isBefore(eve, input.announcedOn)
    ? 0
    : unit === 'workingDays'
      ? workingDaysBetween(calendar, input.announcedOn, eve)
      : daysBetween(input.announcedOn, eve);
  const status: NoticeStatus = given >= amount ? 'ok' : 'short';
  return {
    status,
    ruleCode: code,
    severity: rule.severity,
    given,
    required: amount,
    unit,
    basis: rule.basis,
    message: msg('meetings.notice', { ok: status === 'ok', given, required: amount, unit, basis: rule.basis }),
  };
}

export type FrequencyStatus = 'ok' | 'due' | 'behind';

export interface FrequencyCheck {
  readonly status: FrequencyStatus;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  /** Meetings held or scheduled in the current period. */
  readonly count: number;
  /** Meetings in the period before, which has ended. */
  readonly previousCount: number;
  readonly required: number;
  readonly basis?: LegalBasis;
  readonly message?: MessageRef;
}

/** The calendar quarter or year containing `date`: first day and the first day after it. */
export function periodOf(date: IsoDate, period: 'quarter' | 'year'): { start: IsoDate; end: IsoDate } {
  const { year, month } = dateParts(date);
  if (period === 'year') return { start: formatIsoDate(year, 1, 1), end: formatIsoDate(year + 1, 1, 1) };
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const next = first + 3;
  return { start: formatIsoDate(year, first, 1), end: next > 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, next, 1) };
}

/**
 * Is the council keeping the minimum frequency of meetings? `behind` when the period that just
 * ended had fewer meetings than the rule asks; `due` when the current one has too few so far (a
 * warning while there is still time); `ok` otherwise. `meetingDates` are the dates of meetings
 * held or announced (not cancelled, not drafts).
 */
export function frequencyCheck(ruleSet: RuleSet, meetingDates: readonly IsoDate[], today: IsoDate, councilSince?: IsoDate): FrequencyCheck {
  const rule = findRule(ruleSet, 'meetings.frequency', today);
  const period = periodOf(today, rule?.value.period ?? 'quarter');
  const previous = periodOf(addDays(period.start, -1), rule?.value.period ?? 'quarter');
  const inPeriod = (p: { start: IsoDate; end: IsoDate }) => meetingDates.filter((d) => !isBefore(d, p.start) && isBefore(d, p.end)).length;
  const count = inPeriod(period);
  const previousCount = inPeriod(previous);
  if (!rule) return { status: 'ok', period, count, previousCount, required: 0 };
  const required = rule.value.min;
  // A council that did not exist for the whole previous period cannot have fallen behind in it.
  const previousApplies = !councilSince || !isBefore(previous.start, councilSince);
  const status: FrequencyStatus = previousApplies && previousCount < required ? 'behind' : count < required ? 'due' : 'ok';
  return {
    status,
    period,
    count,
    previousCount,
    required,
    basis: rule.basis,
    message: msg('meetings.frequencyStatus', {
      status,
      count,
      previousCount,
      required,
      period: rule.value.period,
      periodEnd: addDays(period.end, -1),
      basis: rule.basis,
    }),
  };
}
