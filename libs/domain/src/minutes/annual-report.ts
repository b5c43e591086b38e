import type { HolidayCalendar } from '../calendar/holiday-calendar';
import type { IsoDate } from '../dates/iso-date';
import { responsivenessFigures, type CommitmentFact, type ObligationFact, type ResponsivenessFigures } from '../obligations/figures';
import type { FrequencyRuleValue } from '../rules/rule-types';

/** What a council did in a year, as the annual report (383-V art. 7 p. 2 sp. 4) states it. */
export interface AnnualReportInput {
  readonly year: number;
  readonly frequency: FrequencyRuleValue | null;
  /** Meetings held (not drafts, not cancelled) with their dates. */
  readonly meetings: ReadonlyArray<{ readonly id: string; readonly date: IsoDate }>;
  /** Members seated at each meeting and how they attended. */
  readonly attendance: ReadonlyArray<{ readonly meetingId: string; readonly personId: string; readonly name: string; readonly present: boolean }>;
  readonly items: ReadonlyArray<{ readonly category: string; readonly source: string }>;
  readonly recommendations: number;
  readonly obligations: ReadonlyArray<ObligationFact & { readonly bodyId: string; readonly bodyName: string }>;
  readonly commitments: readonly CommitmentFact[];
  readonly compositionChanges: ReadonlyArray<{ readonly name: string; readonly change: 'joined' | 'left'; readonly on: IsoDate; readonly reason: string | null }>;
}

export interface AnnualReportFigures {
  readonly year: number;
  readonly meetingsHeld: number;
  readonly meetingsRequired: number | null;
  readonly meetingsMinimumMet: boolean | null;
  readonly attendance: ReadonlyArray<{ readonly personId: string; readonly name: string; readonly attended: number; readonly of: number; readonly rate: number }>;
  readonly itemsByCategory: ReadonlyArray<{ readonly key: string; readonly count: number }>;
  readonly itemsBySource: ReadonlyArray<{ readonly key: string; readonly count: number }>;
  readonly items: number;
  readonly recommendations: number;
  readonly bodies: ReadonlyArray<{ readonly bodyId: string; readonly name: string; readonly total: number; readonly answeredOnTime: number; readonly onTimeRate: number | null }>;
  readonly onTimeRate: number | null;
  readonly commitments: number;
  readonly commitmentsExecuted: number;
  readonly executionRate: number | null;
  readonly compositionChanges: AnnualReportInput['compositionChanges'];
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function countBy(values: readonly string[]): Array<{ key: string; count: number }> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The figures of the annual report. The on-time rate counts answered-on-time among obligations
 * whose outcome is known (answered, or overdue): open clocks are neither; it uses the same
 * `responsivenessFigures` as the public body pages, so the two never disagree.
 */
export function annualReportFigures(input: AnnualReportInput, calendar: HolidayCalendar, asOf: IsoDate): AnnualReportFigures {
  const f = input.frequency;
  const periods = f ? (f.period === 'quarter' ? 4 : 1) : 0;
  const meetingsRequired = f && f.activity === 'meeting' ? f.min * periods : null;
  const perPerson = new Map<string, { personId: string; name: string; attended: number; of: number }>();
  for (const a of input.attendance) {
    const p = perPerson.get(a.personId) ?? { personId: a.personId, name: a.name, attended: 0, of: 0 };
    p.of += 1;
    if (a.present) p.attended += 1;
    perPerson.set(a.personId, p);
  }
  const byBody = new Map<string, { name: string; facts: ObligationFact[] }>();
  for (const o of input.obligations) {
    const b = byBody.get(o.bodyId) ?? { name: o.bodyName, facts: [] };
    b.facts.push(o);
    byBody.set(o.bodyId, b);
  }
  const known = (r: ResponsivenessFigures) => r.answeredOnTime + r.answeredLate + r.overdue;
  const all = responsivenessFigures(calendar, input.obligations, input.commitments, asOf);
  return {
    year: input.year,
    meetingsHeld: input.meetings.length,
    meetingsRequired,
    meetingsMinimumMet: meetingsRequired === null ? null : input.meetings.length >= meetingsRequired,
    attendance: [...perPerson.values()]
      .map((p) => ({ ...p, rate: rate(p.attended, p.of) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    items: input.items.length,
    itemsByCategory: countBy(input.items.map((i) => i.category)),
    itemsBySource: countBy(input.items.map((i) => i.source)),
    recommendations: input.recommendations,
    bodies: [...byBody.entries()]
      .map(([bodyId, b]) => {
        const r = responsivenessFigures(calendar, b.facts, [], asOf);
        return { bodyId, name: b.name, total: r.total, answeredOnTime: r.answeredOnTime, onTimeRate: rate(r.answeredOnTime, known(r)) };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    onTimeRate: rate(all.answeredOnTime, known(all)),
    commitments: all.commitments,
    commitmentsExecuted: all.commitmentsExecuted,
    executionRate: all.executionRate,
    compositionChanges: [...input.compositionChanges].sort((a, b) => a.on.localeCompare(b.on) || a.name.localeCompare(b.name)),
  };
}
