import { isWithinPeriod } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import type { Composition, Membership } from './composition-types';

/**
 * The members who count for quotas and quorum on a date. The secretary is staff, not a member
 * (383-V art. 12 p. 2), so the seat is never counted.
 */
export function countedMembers(composition: Composition, onDate: IsoDate): Membership[] {
  return composition.members.filter(
    (m) => m.role !== 'secretary' && m.isVotingMember && isWithinPeriod(onDate, m.start, m.end),
  );
}

export function isCivilSociety(m: Pick<Membership, 'category'>): boolean {
  return !m.category.stateLinked;
}

export function isSupervised(m: Pick<Membership, 'category'>): boolean {
  return !m.category.stateLinked && m.category.supervisedByHost;
}
