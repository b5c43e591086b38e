import type { LegalBasis } from '../common/legal-basis';
import type { IsoDate } from '../dates/iso-date';
import type { MessageRef } from '../i18n/message-params';
import type { CouncilLevel, Gender, RuleKind, Severity } from '../rules/rule-types';

export type MemberRole = 'chair' | 'deputyChair' | 'member' | 'secretary';

/**
 * An affiliation category (maslikhat deputy, NGO, Assembly of People, …). Whether it is state-linked
 * is data because the same category can be classified differently by another jurisdiction.
 */
export interface MemberCategory {
  readonly code: string;
  readonly stateLinked: boolean;
  /** Nominally civil society but supervised by the host body (the Assembly of People seat). */
  readonly supervisedByHost: boolean;
}

export interface ConcurrentSeat {
  readonly councilId: string;
  readonly level: CouncilLevel;
}

export interface Membership {
  readonly personId: string;
  readonly role: MemberRole;
  readonly isVotingMember: boolean;
  readonly category: MemberCategory;
  /** BIN of the nominating legal entity, when an organisation nominated the member. */
  readonly nominatingOrgBin?: string;
  readonly isCivilServant: boolean;
  readonly birthDate?: IsoDate;
  readonly gender?: Gender;
  readonly start: IsoDate;
  /** First day no longer a member; absent while the membership runs. */
  readonly end?: IsoDate;
  /** Consecutive terms on this council including the current one, when known. */
  readonly consecutiveTerms?: number;
  /** Seats the same person holds on other councils, when known. */
  readonly concurrentSeats?: readonly ConcurrentSeat[];
}

export interface CouncilInfo {
  readonly id?: string;
  readonly level: CouncilLevel;
  readonly hostBodyId: string;
}

export interface Composition {
  readonly council: CouncilInfo;
  readonly members: readonly Membership[];
}

export type CheckStatus = 'pass' | 'fail' | 'warning' | 'notApplicable';

export interface CheckResult {
  readonly code: string;
  readonly kind: RuleKind;
  readonly status: CheckStatus;
  readonly severity: Severity;
  /** The numbers behind the verdict, for tables and charts. */
  readonly figures: Readonly<Record<string, number>>;
  /** How many members would have to change for the rule to pass; 0 when it passes. */
  readonly shortfall: number;
  readonly name: MessageRef;
  readonly message: MessageRef;
  readonly basis: LegalBasis;
  readonly remedy?: MessageRef;
  readonly notes: readonly MessageRef[];
}
