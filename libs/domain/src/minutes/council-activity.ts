import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { addDays, formatIsoDate, isAfter, isBefore, type IsoDate } from '../dates/iso-date';
import { periodOf } from '../meetings/schedule';
import { responsivenessFigures, type CommitmentFact, type ObligationFact } from '../obligations/figures';
import type { FrequencyRuleValue } from '../rules/rule-types';

/**
 * What a council did in a year, for anyone to read in plain words: the record (meetings,
 * questions, recommendations, answers, promises) counted from published facts only, with the
 * legal minimum of meetings checked period by period. The page turns each part into a sentence
 * and links it to the records behind it.
 */
export interface CouncilActivityInput {
  readonly year: number;
  /** The rule in force for the year (`meetings.frequency`), if any. */
  readonly frequency: FrequencyRuleValue | null;
  /** Meetings of the year that are public: held (closed or later) or scheduled (announced, in session). */
  readonly meetings: ReadonlyArray<{ readonly number: number; readonly date: IsoDate; readonly held: boolean; readonly items: number; readonly minutesPublished: boolean }>;
  /** Recommendations adopted in the year, with their addressees' clocks and the commitments made. */
  readonly recommendations: ReadonlyArray<{ readonly number: number; readonly obligations: readonly ObligationFact[]; readonly commitments: readonly CommitmentFact[] }>;
}

/** met: enough meetings; missed: the period ended with too few; open: still under way with too few; future: not begun. */
export type PeriodStatus = 'met' | 'missed' | 'open' | 'future';

/** Where a recommendation stands, from its addressees' side, the worst first. */
export type RecommendationProgress = 'overdue' | 'waiting' | 'answeredLate' | 'answeredOnTime' | 'noAddressee';

export interface CouncilActivity {
  readonly year: number;
  readonly meetingsHeld: number;
  /** Announced or in session, not yet held. */
  readonly meetingsScheduled: number;
  /** Questions on the agenda of the meetings held. */
  readonly questions: number;
  /** Meetings held whose minutes are published. */
  readonly minutesPublished: number;
  readonly frequency: {
    readonly period: FrequencyRuleValue['period'];
    readonly min: number;
    readonly periods: ReadonlyArray<{ readonly index: number; readonly start: IsoDate; readonly last: IsoDate; readonly held: number; readonly status: PeriodStatus }>;
    /** Periods that ended with fewer meetings than the law asks. */
    readonly missed: number;
  } | null;
  readonly recommendations: ReadonlyArray<{
    readonly number: number;
    readonly progress: RecommendationProgress;
    readonly addressees: number;
    readonly answered: number;
    /** The earliest due date among unanswered clocks that still run. */
    readonly nextDue: IsoDate | null;
    readonly commitments: number;
    readonly commitmentsExecuted: number;
  }>;
  readonly answers: { readonly total: number; readonly onTime: number; readonly late: number; readonly overdue: number; readonly open: number };
  readonly commitments: { readonly total: number; readonly executed: number; readonly overdue: number };
}

function progressOf(f: ReturnType<typeof responsivenessFigures>): RecommendationProgress {
  if (f.total === 0) return 'noAddressee';
  if (f.overdue > 0) return 'overdue';
  if (f.open > 0) return 'waiting';
  return f.answeredLate > 0 ? 'answeredLate' : 'answeredOnTime';
}

/** The periods of the year the frequency rule counts in (four quarters, or the year), each checked on `asOf`. */
function periodsOf(year: number, frequency: FrequencyRuleValue, heldDates: readonly IsoDate[], asOf: IsoDate): CouncilActivity['frequency'] {
  const periods: Array<{ index: number; start: IsoDate; last: IsoDate; held: number; status: PeriodStatus }> = [];
  let start = formatIsoDate(year, 1, 1);
  for (let index = 1; start.startsWith(`${year}-`); index++) {
    const { end } = periodOf(start, frequency.period);
    const last = addDays(end, -1);
    const held = heldDates.filter((d) => !isBefore(d, start) && isBefore(d, end)).length;
    const status: PeriodStatus = held >= frequency.min ? 'met' : isAfter(asOf, last) ? 'missed' : isBefore(asOf, start) ? 'future' : 'open';
    periods.push({ index, start, last, held, status });
    start = end;
  }
  return { period: frequency.period, min: frequency.min, periods, missed: periods.filter((p) => p.status === 'missed').length };
}

export function councilActivity(input: CouncilActivityInput, calendar: HolidayCalendar, asOf: IsoDate): CouncilActivity {
  const held = input.meetings.filter((m) => m.held);
  const frequency = input.frequency?.activity === 'meeting' ? periodsOf(input.year, input.frequency, held.map((m) => m.date), asOf) : null;
  // A recommendation's clocks run on past the year it was adopted in: answers and promises are judged on asOf.
  const allObligations = input.recommendations.flatMap((r) => r.obligations);
  const allCommitments = input.recommendations.flatMap((r) => r.commitments);
  const all = responsivenessFigures(calendar, allObligations, allCommitments, asOf);
  return {
    year: input.year,
    meetingsHeld: held.length,
    meetingsScheduled: input.meetings.length - held.length,
    questions: held.reduce((n, m) => n + m.items, 0),
    minutesPublished: held.filter((m) => m.minutesPublished).length,
    frequency,
    recommendations: [...input.recommendations]
      .sort((a, b) => a.number - b.number)
      .map((r) => {
        const f = responsivenessFigures(calendar, r.obligations, r.commitments, asOf);
        const running = r.obligations.filter((o) => !o.answeredOn && !o.clockStopped).map((o) => o.due).sort();
        return {
          number: r.number,
          progress: progressOf(f),
          addressees: f.total,
          answered: f.answeredOnTime + f.answeredLate,
          nextDue: running[0] ?? null,
          commitments: f.commitments,
          commitmentsExecuted: f.commitmentsExecuted,
        };
      }),
    answers: { total: all.total, onTime: all.answeredOnTime, late: all.answeredLate, overdue: all.overdue, open: all.open },
    commitments: { total: all.commitments, executed: all.commitmentsExecuted, overdue: all.commitmentsOverdue },
  };
}
