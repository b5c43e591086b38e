import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { isAfter } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { delayWorkingDays } from './escalation';

export interface ObligationFact {
  readonly due: IsoDate;
  readonly answeredOn?: IsoDate;
  /** The council's assessment of the answer, when it voted on it. */
  readonly adequate?: boolean;
  /** Clock stopped: neither late nor on time yet. */
  readonly clockStopped?: boolean;
}

export interface CommitmentFact {
  readonly due: IsoDate;
  readonly doneOn?: IsoDate;
}

/** A state body's responsiveness, as the portal states it (the method is part of the result). */
export interface ResponsivenessFigures {
  readonly total: number;
  /** Not answered and not past due (or the clock stopped). */
  readonly open: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Not answered and past due. */
  readonly overdue: number;
  /** Median, over answered obligations, of working days after the due date (0 when on time); null without answers. */
  readonly medianDelayWorkingDays: number | null;
  /** Adequate answers among those the council assessed; null when none was assessed. */
  readonly adequacyRate: number | null;
  readonly assessed: number;
  readonly commitments: number;
  readonly commitmentsExecuted: number;
  /** Not done and past their due date. */
  readonly commitmentsOverdue: number;
  /** Executed / all, null without commitments. */
  readonly executionRate: number | null;
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid]) : ((sorted[mid - 1]) + (sorted[mid])) / 2;
}

export function responsivenessFigures(
  calendar: HolidayCalendar,
  obligations: readonly ObligationFact[],
  commitments: readonly CommitmentFact[],
  today: IsoDate,
): ResponsivenessFigures {
  let open = 0;
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  const delays: number[] = [];
  for (const o of obligations) {
    if (o.answeredOn) {
      const delay = delayWorkingDays(calendar, o.due, o.answeredOn);
      delays.push(delay);
      if (delay === 0) onTime++;
      else late++;
    } else if (!o.clockStopped && isAfter(today, o.due)) overdue++;
    else open++;
  }
  const assessed = obligations.filter((o) => o.adequate !== undefined);
  const executed = commitments.filter((c) => c.doneOn !== undefined).length;
  const commitmentsOverdue = commitments.filter((c) => c.doneOn === undefined && isAfter(today, c.due)).length;
  return {
    total: obligations.length,
    open,
    answeredOnTime: onTime,
    answeredLate: late,
    overdue,
    medianDelayWorkingDays: median(delays),
    adequacyRate: assessed.length ? assessed.filter((o) => o.adequate).length / assessed.length : null,
    assessed: assessed.length,
    commitments: commitments.length,
    commitmentsExecuted: executed,
    commitmentsOverdue,
    executionRate: commitments.length ? executed / commitments.length : null,
  };
}
