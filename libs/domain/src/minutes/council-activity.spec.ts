import { kazakhstanCalendar } from '../calendar/kazakhstan-calendar';
import { addDays, type IsoDate } from '../dates/iso-date';
import type { FrequencyRuleValue } from '../rules/rule-types';
import { councilActivity, type CouncilActivityInput } from './council-activity';

const calendar = kazakhstanCalendar([2025, 2026, 2027]);
const quarterly: FrequencyRuleValue = { kind: 'frequency', activity: 'meeting', period: 'quarter', min: 1 };

const meeting = (number: number, date: IsoDate, held = true, items = 2, minutesPublished = held) => ({ number, date, held, items, minutesPublished });

function input(over: Partial<CouncilActivityInput> = {}): CouncilActivityInput {
  return { year: 2026, frequency: quarterly, meetings: [], recommendations: [], ...over };
}

describe('councilActivity: meetings and the legal minimum', () => {
  const meetings = [meeting(1, '2026-02-10'), meeting(2, '2026-05-12', true, 3, false), meeting(3, '2026-09-14'), meeting(4, '2026-12-10', false, 4, false)];

  it('counts held meetings, scheduled ones apart, questions and published minutes of held meetings only', () => {
    const a = councilActivity(input({ meetings }), calendar, '2026-11-28');
    expect(a).toMatchObject({ year: 2026, meetingsHeld: 3, meetingsScheduled: 1, questions: 7, minutesPublished: 2 });
  });

  it('checks each quarter: met, under way with too few (open), not begun (future)', () => {
    const a = councilActivity(input({ meetings }), calendar, '2026-11-28');
    expect(a.frequency).toEqual({
      period: 'quarter',
      min: 1,
      missed: 0,
      periods: [
        { index: 1, start: '2026-01-01', last: '2026-03-31', held: 1, status: 'met' },
        { index: 2, start: '2026-04-01', last: '2026-06-30', held: 1, status: 'met' },
        { index: 3, start: '2026-07-01', last: '2026-09-30', held: 1, status: 'met' },
        // The December meeting is only announced: it does not count until it is held.
        { index: 4, start: '2026-10-01', last: '2026-12-31', held: 0, status: 'open' },
      ],
    });
    const earlier = councilActivity(input({ meetings: meetings.slice(0, 1) }), calendar, '2026-03-01');
    expect(earlier.frequency?.periods.map((p) => p.status)).toEqual(['met', 'future', 'future', 'future']);
  });

  it('a quarter that ended without a meeting is missed, on its last day it is still open', () => {
    const noQ2 = [meeting(1, '2026-02-10'), meeting(2, '2026-08-01')];
    expect(councilActivity(input({ meetings: noQ2 }), calendar, '2026-06-30').frequency?.periods[1]?.status).toBe('open');
    const a = councilActivity(input({ meetings: noQ2 }), calendar, '2026-07-01');
    expect(a.frequency?.periods.map((p) => p.status)).toEqual(['met', 'missed', 'met', 'future']);
    expect(a.frequency?.missed).toBe(1);
    // Looked at after the year: the empty fourth quarter is missed too.
    expect(councilActivity(input({ meetings: noQ2 }), calendar, '2027-02-01').frequency?.missed).toBe(2);
  });

  it('a meeting on the first day of a quarter counts for that quarter, on the last day for the one ending', () => {
    const a = councilActivity(input({ meetings: [meeting(1, '2026-03-31'), meeting(2, '2026-04-01')] }), calendar, '2026-12-31');
    expect(a.frequency?.periods.map((p) => p.held)).toEqual([1, 1, 0, 0]);
  });

  it('a yearly rule has one period for the whole year, and counts its minimum', () => {
    const yearly: FrequencyRuleValue = { ...quarterly, period: 'year', min: 4 };
    const a = councilActivity(input({ frequency: yearly, meetings }), calendar, '2026-11-28');
    expect(a.frequency?.periods).toEqual([{ index: 1, start: '2026-01-01', last: '2026-12-31', held: 3, status: 'open' }]);
    expect(councilActivity(input({ frequency: yearly, meetings }), calendar, '2027-01-01').frequency?.periods[0]?.status).toBe('missed');
    expect(councilActivity(input({ frequency: { ...yearly, min: 3 }, meetings }), calendar, '2026-11-28').frequency?.periods[0]?.status).toBe('met');
  });

  it('no minimum is stated without a meetings rule (none, or a rule about informing the population)', () => {
    expect(councilActivity(input({ frequency: null, meetings }), calendar, '2026-11-28').frequency).toBeNull();
    expect(councilActivity(input({ frequency: { ...quarterly, activity: 'informPopulation' }, meetings }), calendar, '2026-11-28').frequency).toBeNull();
  });

  it('the periods cover the year without a gap or an overlap, in a leap year too', () => {
    for (const year of [2024, 2026]) {
      for (const period of ['quarter', 'year'] as const) {
        const p = councilActivity(input({ year, frequency: { ...quarterly, period } }), kazakhstanCalendar([year]), `${year}-06-01` as IsoDate).frequency?.periods ?? [];
        expect(p[0]?.start).toBe(`${year}-01-01`);
        expect(p[p.length - 1]?.last).toBe(`${year}-12-31`);
        for (let k = 1; k < p.length; k++) expect(p[k]?.start).toBe(addDays(p[k - 1].last, 1));
      }
    }
  });

  it('an empty year is all zeros, not an error', () => {
    const a = councilActivity(input(), calendar, '2026-11-28');
    expect(a).toMatchObject({
      meetingsHeld: 0,
      meetingsScheduled: 0,
      questions: 0,
      minutesPublished: 0,
      recommendations: [],
      answers: { total: 0, onTime: 0, late: 0, overdue: 0, open: 0 },
      commitments: { total: 0, executed: 0, overdue: 0 },
    });
    expect(a.frequency?.periods.map((p) => p.status)).toEqual(['missed', 'missed', 'missed', 'open']);
  });
});

describe('councilActivity: recommendations, answers and promises', () => {
  // 2026-11-02 is a Monday; the week after has no holiday.
  const recs: CouncilActivityInput['recommendations'] = [
    { number: 3, obligations: [{ due: '2026-11-02', answeredOn: '2026-11-05' }], commitments: [] },
    { number: 1, obligations: [{ due: '2026-11-02', answeredOn: '2026-11-02' }, { due: '2026-11-03', answeredOn: '2026-10-30' }], commitments: [{ due: '2026-11-20', doneOn: '2026-11-18' }, { due: '2026-11-20' }, { due: '2027-03-01' }] },
    { number: 2, obligations: [{ due: '2026-11-16', answeredOn: '2026-11-10' }, { due: '2026-11-20' }], commitments: [] },
    { number: 4, obligations: [{ due: '2026-12-10' }, { due: '2026-12-01' }, { due: '2026-11-30', clockStopped: true }], commitments: [] },
    { number: 5, obligations: [], commitments: [] },
    { number: 6, obligations: [{ due: '2026-12-10' }], commitments: [] },
  ];
  const a = councilActivity(input({ recommendations: recs }), calendar, '2026-11-28');

  it('lists them by number with where each stands, the worst state of its addressees first', () => {
    expect(a.recommendations.map((r) => [r.number, r.progress])).toEqual([
      [1, 'answeredOnTime'],
      [2, 'overdue'],
      [3, 'answeredLate'],
      [4, 'waiting'],
      [5, 'noAddressee'],
      [6, 'waiting'],
    ]);
  });

  it('counts addressees and answers, and gives the earliest due date of a clock that still runs (a stopped clock is not counted)', () => {
    const [one, two, , four, five] = a.recommendations;
    expect(one).toMatchObject({ addressees: 2, answered: 2, nextDue: null, commitments: 3, commitmentsExecuted: 1 });
    expect(two).toMatchObject({ addressees: 2, answered: 1, nextDue: '2026-11-20' });
    expect(four).toMatchObject({ addressees: 3, answered: 0, nextDue: '2026-12-01' });
    expect(five).toMatchObject({ addressees: 0, answered: 0, nextDue: null, commitments: 0 });
  });

  it('sums the answers (on time, late, overdue, still open) and the promises (done, overdue) over the year', () => {
    expect(a.answers).toEqual({ total: 9, onTime: 3, late: 1, overdue: 1, open: 4 });
    expect(a.commitments).toEqual({ total: 3, executed: 1, overdue: 1 });
  });

  it('a clock is judged on the day asked: an answer still awaited becomes overdue after its due date', () => {
    const later = councilActivity(input({ recommendations: recs }), calendar, '2026-12-11');
    expect(later.recommendations.find((r) => r.number === 6)?.progress).toBe('overdue');
    expect(later.answers).toMatchObject({ overdue: 4, open: 1 });
  });
});
