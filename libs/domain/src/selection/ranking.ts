/** Where an application ends after the decision. */
export type SelectionOutcome = 'selected' | 'reserve' | 'notSelected';

export interface RankingEntry {
  readonly id: string;
  readonly scores: readonly number[];
  /** Earlier submissions win ties of the average and of the number of scores. */
  readonly submittedOrder: number;
}

export interface RankedEntry {
  readonly id: string;
  readonly rank: number;
  readonly average: number | null;
  readonly scoreCount: number;
  readonly outcome: SelectionOutcome;
  /** Position on the reserve list, from 1; null unless on it. */
  readonly reservePosition: number | null;
}

/**
 * Ranks shortlisted applications by their average score (highest first; ties by more scores, then
 * by earlier submission), selects the first `seats`, and puts the next `reserveSize` (all the rest
 * when unset) on the reserve list in order (383-V art. 9 p. 7, 9). An application nobody scored is
 * never selected nor put on the reserve.
 */
export function rankApplications(entries: readonly RankingEntry[], seats: number, reserveSize?: number): RankedEntry[] {
  const scored = entries.map((e) => ({
    e,
    average: e.scores.length ? e.scores.reduce((a, b) => a + b, 0) / e.scores.length : null,
  }));
  scored.sort(
    (a, b) =>
      (b.average ?? -1) - (a.average ?? -1) || b.e.scores.length - a.e.scores.length || a.e.submittedOrder - b.e.submittedOrder,
  );
  let reserve = 0;
  return scored.map(({ e, average }, i) => {
    let outcome: SelectionOutcome = 'notSelected';
    let reservePosition: number | null = null;
    if (average !== null && i < seats) outcome = 'selected';
    else if (average !== null && (reserveSize === undefined || reserve < reserveSize)) {
      outcome = 'reserve';
      reservePosition = ++reserve;
    }
    return { id: e.id, rank: i + 1, average: average === null ? null : Math.round(average * 100) / 100, scoreCount: e.scores.length, outcome, reservePosition };
  });
}
