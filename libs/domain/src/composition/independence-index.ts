import { percent } from '../common/fraction';
import type { IsoDate } from '../dates/iso-date';
import type { Composition } from './composition-types';
import { countedMembers, isCivilSociety, isSupervised } from './members';

export interface IndependenceIndex {
  readonly total: number;
  readonly civilSociety: number;
  readonly stateLinked: number;
  /** Civil-society seats supervised by the host body (the Assembly of People seat). */
  readonly supervised: number;
  readonly stateLinkedPercent: number;
  /** State-linked share when supervised seats are counted as state-linked: the honest figure. */
  readonly stateLinkedWithSupervisedPercent: number;
  /** Share of seats neither state-linked nor supervised by the host body. */
  readonly independentPercent: number;
}

/**
 * How dependent a council is on the body it oversees, for the public page. Without a date it counts
 * the memberships that have not ended.
 */
export function independenceIndex(composition: Composition, onDate?: IsoDate): IndependenceIndex {
  const members =
    onDate === undefined
      ? composition.members.filter((m) => m.role !== 'secretary' && m.isVotingMember && m.end === undefined)
      : countedMembers(composition, onDate);
  const total = members.length;
  const civilSociety = members.filter(isCivilSociety).length;
  const supervised = members.filter(isSupervised).length;
  const stateLinked = total - civilSociety;
  return {
    total,
    civilSociety,
    stateLinked,
    supervised,
    stateLinkedPercent: percent(stateLinked, total),
    stateLinkedWithSupervisedPercent: percent(stateLinked + supervised, total),
    independentPercent: percent(civilSociety - supervised, total),
  };
}
