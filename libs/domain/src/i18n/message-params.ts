import type { LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';
import type { DayOffReason } from '../calendar/holiday-calendar';
import type { IsoDate } from '../dates/iso-date';
import type { CheckStatus } from '../composition/composition-types';
import type { MeetingState } from '../meetings/meeting-state';
import type { VoteReason } from '../meetings/tally-vote';
import type { ObligationEventType, ObligationState } from '../obligations/obligation-types';
import type { RuleSetProblemKind } from '../rules/validate-rule-set';
import type {
  Comparison,
  CouncilLevel,
  DeadlineDocumentType,
  DeadlineUnit,
  DemographicAttribute,
  RuleValue,
  ShareSubject,
  SharePopulation,
} from '../rules/rule-types';

/**
 * Every message the domain can produce, with the parameters it needs. Params are plain JSON so a
 * MessageRef can travel from the API to the browser and be rendered there in the reader's language.
 */
export interface MessageParams {
  text: { readonly text: LocalizedText };
  basis: { readonly basis: LegalBasis };
  'rule.name': { readonly code: string; readonly value: RuleValue };
  'check.status': { readonly status: CheckStatus };

  'composition.share': {
    readonly population: SharePopulation;
    readonly subject: ShareSubject;
    readonly comparison: Comparison;
    readonly count: number;
    readonly total: number;
    readonly limit: number;
    readonly numerator: number;
    readonly denominator: number;
    readonly basis: LegalBasis;
  };
  'composition.share.empty': { readonly population: SharePopulation; readonly basis: LegalBasis };
  'composition.share.supervisedNote': {
    readonly supervised: number;
    readonly stateLinkedWithSupervised: number;
    readonly total: number;
  };
  'remedy.share.replace': { readonly good: ShareSubject; readonly replace: number };
  'remedy.share.replaceOrAdd': { readonly good: ShareSubject; readonly replace: number; readonly add: number };

  'composition.size': {
    readonly level: CouncilLevel;
    readonly count: number;
    readonly min: number;
    readonly max: number;
    readonly basis: LegalBasis;
  };
  'composition.size.notConfigured': { readonly level: CouncilLevel; readonly count: number; readonly basis: LegalBasis };
  'remedy.size.add': { readonly add: number };
  'remedy.size.remove': { readonly remove: number };

  'composition.maxPerOrganisation': {
    readonly max: number;
    readonly violations: readonly { readonly bin: string; readonly count: number }[];
    readonly basis: LegalBasis;
  };
  'remedy.maxPerOrganisation': { readonly max: number; readonly replace: number };

  'composition.chair': { readonly state: 'ok' | 'civilServant' | 'none'; readonly basis: LegalBasis };
  'remedy.chair': Record<string, never>;

  'composition.consecutiveTerms': {
    readonly max: number;
    readonly violators: number;
    readonly recorded: number;
    readonly basis: LegalBasis;
  };
  'remedy.consecutiveTerms': { readonly max: number; readonly replace: number };

  'composition.councilsPerPerson': {
    readonly level: CouncilLevel;
    readonly councilLevel: CouncilLevel;
    readonly max: number;
    readonly violators: number;
    readonly basis: LegalBasis;
  };
  'remedy.councilsPerPerson': { readonly replace: number };

  'composition.demographic': {
    readonly attribute: DemographicAttribute;
    readonly comparison: Comparison;
    readonly count: number;
    readonly total: number;
    readonly unknown: number;
    readonly limit: number;
    readonly numerator: number;
    readonly denominator: number;
    readonly basis: LegalBasis;
  };
  'remedy.demographic': { readonly attribute: DemographicAttribute; readonly comparison: Comparison; readonly change: number };

  'meetings.quorum': {
    readonly reached: boolean;
    readonly present: number;
    readonly total: number;
    readonly required: number;
    readonly basis: LegalBasis;
  };
  'meetings.vote': {
    readonly reason: VoteReason;
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
    readonly required: number;
    readonly basis: LegalBasis;
  };
  'meetings.notice': {
    readonly ok: boolean;
    readonly given: number;
    readonly required: number;
    readonly unit: 'calendarDays' | 'workingDays';
    readonly basis: LegalBasis;
  };
  'meetings.frequencyStatus': {
    readonly status: 'ok' | 'due' | 'behind';
    readonly count: number;
    readonly previousCount: number;
    readonly required: number;
    readonly period: 'quarter' | 'year';
    readonly periodEnd: IsoDate;
    readonly basis: LegalBasis;
  };
  'meeting.state': { readonly state: MeetingState };
  'meeting.transitionRefused': {
    readonly from: MeetingState;
    readonly to: MeetingState;
    readonly allowed: readonly MeetingState[];
  };

  dayOff: { readonly reason: DayOffReason };
  'documentType': { readonly documentType: DeadlineDocumentType };
  'deadline.start': { readonly date: IsoDate; readonly documentType: DeadlineDocumentType };
  'deadline.add': { readonly amount: number; readonly unit: DeadlineUnit };
  'deadline.skipped': { readonly dates: readonly IsoDate[]; readonly reason: DayOffReason };
  'deadline.monthTarget': { readonly target: IsoDate; readonly clamped: boolean };
  'deadline.movedToWorkingDay': { readonly from: IsoDate; readonly to: IsoDate; readonly reason: DayOffReason };
  'deadline.due': { readonly date: IsoDate; readonly basis: LegalBasis };
  'deadline.unconfirmedYear': { readonly year: number };
  'deadline.extension': { readonly workingDays: number; readonly from: IsoDate };
  'deadline.clockStopped': { readonly since: IsoDate };
  'deadline.clockResumed': { readonly since: IsoDate; readonly resumedOn: IsoDate };
  'deadline.redirected': { readonly toBodyId: string; readonly date: IsoDate };
  'deadline.reopened': { readonly date: IsoDate };

  'obligation.state': { readonly state: ObligationState };
  'obligation.error.impossibleTransition': {
    readonly from: ObligationState;
    readonly event: ObligationEventType;
    readonly allowed: readonly ObligationEventType[];
  };
  'obligation.error.clockAlreadyStopped': { readonly since: IsoDate };
  'obligation.error.clockNotStopped': Record<string, never>;
  'obligation.error.clockStopped': { readonly since: IsoDate };
  'obligation.error.notYetOverdue': { readonly due: IsoDate };
  'obligation.error.extensionAfterDue': { readonly due: IsoDate };
  'obligation.error.extensionExceedsLimit': { readonly requested: number; readonly remaining: number };
  'obligation.error.dateBeforeLastEvent': { readonly date: IsoDate; readonly last: IsoDate };
  'obligation.error.invalidAmount': { readonly amount: number };
  'obligation.error.sameAddressee': Record<string, never>;

  'ruleSet.problem': { readonly problem: RuleSetProblemKind; readonly ruleCode?: string; readonly field?: string };
}

export type MessageKey = keyof MessageParams;

export type MessageRefOf<K extends MessageKey> = { readonly key: K; readonly params: MessageParams[K] };

/** A message to be rendered later in the reader's language. */
export type MessageRef = { [K in MessageKey]: MessageRefOf<K> }[MessageKey];

export function msg<K extends MessageKey>(key: K, params: MessageParams[K]): MessageRefOf<K> {
  return { key, params };
}
