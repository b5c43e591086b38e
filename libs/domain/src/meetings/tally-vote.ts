import { minCountForShare } from '../common/fraction';
import type { LegalBasis } from '../common/legal-basis';
import type { IsoDate } from '../dates/iso-date';
import { msg } from '../i18n/message-params';
import type { MessageRef } from '../i18n/message-params';
import { requireRule } from '../rules/find-rule';
import type { MajorityRuleValue, RuleSet } from '../rules/rule-types';
import { quorum } from './quorum';
import type { QuorumResult } from './quorum';

export type Ballot = 'for' | 'against' | 'abstain' | 'recused';

export interface VoteInput {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Present but not voting because of a declared conflict of interest. */
  readonly recused: number;
  readonly present: number;
  readonly totalMembers: number;
  /** How the chair voted, needed only to break a tie; absent when the chair did not vote. */
  readonly chairVote?: Ballot;
}

export type VoteReason =
  | 'adopted'
  | 'notAdopted'
  | 'tieChairFor'
  | 'tieChairAgainst'
  | 'tieNoChairVote'
  | 'tieFails'
  | 'noQuorum'
  | 'invalidCounts';

export interface VoteResult {
  readonly adopted: boolean;
  readonly reason: VoteReason;
  /** Votes "for" needed, before any tie-break. */
  readonly required: number;
  readonly tieBrokenByChair: boolean;
  readonly quorum?: QuorumResult;
  readonly basis: LegalBasis;
  readonly message: MessageRef;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function countsAreConsistent(v: VoteInput): boolean {
  const counts = [v.for, v.against, v.abstain, v.recused, v.present, v.totalMembers];
  if (!counts.every(isCount)) return false;
  if (v.for + v.against + v.abstain + v.recused > v.present || v.present > v.totalMembers) return false;
  return v.chairVote === undefined || v[v.chairVote] > 0;
}

/**
 * Votes "for" needed. Recused members are present but outside the vote, so they leave the base of
 * a majority of those present; a majority of all members keeps counting everyone.
 */
function requiredFor(rule: MajorityRuleValue, v: VoteInput): number {
  const presentVoters = v.present - v.recused;
  switch (rule.type) {
    case 'ofPresent':
      return Math.floor(presentVoters / 2) + 1;
    case 'ofAll':
      return Math.floor(v.totalMembers / 2) + 1;
    case 'qualified':
      return Math.max(1, minCountForShare(rule.fraction, rule.of === 'present' ? presentVoters : v.totalMembers));
  }
}

export function tallyVote(ruleSet: RuleSet, v: VoteInput, onDate?: IsoDate): VoteResult {
  const rule = requireRule(ruleSet, 'meetings.majority', onDate);
  const basis = rule.basis;
  const outcome = (
    adopted: boolean,
    reason: VoteReason,
    required: number,
    tieBrokenByChair: boolean,
    q?: QuorumResult,
  ): VoteResult => ({
    adopted,
    reason,
    required,
    tieBrokenByChair,
    basis,
    ...(q === undefined ? {} : { quorum: q }),
    message: msg('meetings.vote', { reason, for: v.for, against: v.against, abstain: v.abstain, required, basis }),
  });

  if (!countsAreConsistent(v)) return outcome(false, 'invalidCounts', 0, false);
  const q = quorum(ruleSet, { totalMembers: v.totalMembers, present: v.present }, onDate);
  const required = requiredFor(rule.value, v);
  if (!q.reached) return outcome(false, 'noQuorum', required, false, q);
  if (v.for >= required) return outcome(true, 'adopted', required, false, q);

  // The casting vote settles an even split under a simple majority of those present; a majority
  // of all members or a qualified majority must be reached by votes alone.
  const tie = v.for === v.against && v.for > 0;
  if (!tie) return outcome(false, 'notAdopted', required, false, q);
  if (rule.value.tieBreak !== 'chairCasting' || rule.value.type !== 'ofPresent') {
    return outcome(false, 'tieFails', required, false, q);
  }
  if (v.chairVote === 'for') return outcome(true, 'tieChairFor', required, true, q);
  if (v.chairVote === 'against') return outcome(false, 'tieChairAgainst', required, true, q);
  return outcome(false, 'tieNoChairVote', required, false, q);
}
