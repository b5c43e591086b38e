import type { Fraction } from '../common/fraction';
import type { LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';
import type { IsoDate } from '../dates/iso-date';

export type CouncilLevel = 'republican' | 'local' | 'quasiPublic';
export const COUNCIL_LEVELS: readonly CouncilLevel[] = ['republican', 'local', 'quasiPublic'];

export type Severity = 'hard' | 'soft';
export type Comparison = 'atLeast' | 'atMost';

/** Which side of the civil-society / state-linked divide a share counts. */
export type ShareSubject = 'civilSociety' | 'stateLinked';
/** Whose members the share is measured over. */
export type SharePopulation = 'council' | 'workingGroup';

export interface ShareRuleValue extends Fraction {
  readonly kind: 'share';
  readonly population: SharePopulation;
  readonly subject: ShareSubject;
  readonly comparison: Comparison;
}

export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

export interface SizeRangeRuleValue {
  readonly kind: 'sizeRange';
  /** A level left unset (local councils until the authorized body recommends a size) is not checked. */
  readonly byLevel: { readonly [L in CouncilLevel]?: SizeRange };
}

export interface MaxPerOrganisationRuleValue {
  readonly kind: 'maxPerOrganisation';
  readonly max: number;
  readonly identifiedBy: 'bin';
}

export interface ChairNotCivilServantRuleValue {
  readonly kind: 'chairNotCivilServant';
}

export interface MaxCouncilsPerPersonRuleValue {
  readonly kind: 'maxCouncilsPerPerson';
  /** Only seats on councils of this level count, and only councils of this level are checked. */
  readonly level: CouncilLevel;
  readonly max: number;
}

export interface ConsecutiveTermsRuleValue {
  readonly kind: 'consecutiveTerms';
  readonly max: number;
}

export interface TermLengthRuleValue {
  readonly kind: 'termLength';
  readonly years: number;
}

export interface RenewalLeadRuleValue {
  readonly kind: 'renewalLead';
  readonly months: number;
}

export type DemographicAttribute =
  | { readonly type: 'ageBelow'; readonly years: number }
  | { readonly type: 'gender'; readonly gender: Gender };

export type Gender = 'female' | 'male';

export interface DemographicTargetRuleValue extends Fraction {
  readonly kind: 'demographicTarget';
  readonly attribute: DemographicAttribute;
  readonly comparison: Comparison;
}

export interface QuorumRuleValue extends Fraction {
  readonly kind: 'quorum';
  /** Quorum counts against all members, never against those who happened to register. */
  readonly base: 'allMembers';
  readonly rounding: 'ceil';
}

export type TieBreak = 'chairCasting' | 'fails';

export type MajorityRuleValue =
  | { readonly kind: 'majority'; readonly type: 'ofPresent'; readonly tieBreak: TieBreak }
  | { readonly kind: 'majority'; readonly type: 'ofAll'; readonly tieBreak: TieBreak }
  | {
      readonly kind: 'majority';
      readonly type: 'qualified';
      readonly fraction: Fraction;
      readonly of: 'present' | 'all';
      readonly tieBreak: TieBreak;
    };

export type DeadlineUnit = 'workingDays' | 'calendarDays' | 'months';

export const DEADLINE_DOCUMENT_TYPES = [
  'recommendation',
  'budgetProgramme',
  'publicControlFinalDocument',
  'publicControlAnswer',
  'citizenAppeal',
  'minutesPublication',
] as const;
export type DeadlineDocumentType = (typeof DEADLINE_DOCUMENT_TYPES)[number];

export interface DeadlineRuleValue {
  readonly kind: 'deadline';
  readonly documentType: DeadlineDocumentType;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  /** Upper bound on all extensions together, in working days; absent means the law sets none. */
  readonly maxExtensionWorkingDays?: number;
  readonly signatory?: LocalizedText;
}

export type FrequencyActivity = 'meeting' | 'informPopulation';
export type FrequencyPeriod = 'quarter' | 'year';

export interface FrequencyRuleValue {
  readonly kind: 'frequency';
  readonly activity: FrequencyActivity;
  readonly period: FrequencyPeriod;
  readonly min: number;
}

export type NoticeEvent = 'meeting' | 'publicHearing' | 'publicControlHearing';

export interface NoticePeriodRuleValue {
  readonly kind: 'noticePeriod';
  readonly event: NoticeEvent;
  readonly amount: number;
  readonly unit: Exclude<DeadlineUnit, 'months'>;
}

/** One rung of the escalation ladder of an unanswered obligation. */
export type EscalationStepCode = 'reminder' | 'overdueNotice' | 'headNotice' | 'supervisorNotice' | 'nextAgenda';

export interface EscalationStep {
  readonly code: EscalationStepCode;
  /** Working days from the due date: negative before it (a reminder), positive after it. */
  readonly offsetWorkingDays: number;
}

export interface EscalationLadderRuleValue {
  readonly kind: 'escalationLadder';
  readonly steps: readonly EscalationStep[];
}

/** When the clock of a recommendation's obligations starts. */
export interface ClockStartRuleValue {
  readonly kind: 'clockStart';
  readonly on: 'adoption' | 'minutesPublication';
}

/** Who approves the minutes: the chair alone, or the council by a vote (at its next meeting). */
export interface MinutesApprovalRuleValue {
  readonly kind: 'minutesApproval';
  readonly by: 'chair' | 'vote';
}

export interface AbsenceLimitRuleValue {
  readonly kind: 'absenceLimit';
  /** Exclusion becomes possible when unexcused absences in one year exceed this number. */
  readonly maxUnexcusedPerYear: number;
}

/** What a candidate must satisfy to be admitted to a competition (383-V art. 10). */
export type CandidateEligibilityRuleValue =
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'citizen' }
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'minimumAge'; readonly years: number }
  /** Permanent residence in the council's unit, for councils of these levels only. */
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'localResidency'; readonly levels: readonly CouncilLevel[] }
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'noConviction' }
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'documents' }
  | { readonly kind: 'candidateEligibility'; readonly criterion: 'notWorkingGroupMember' };

export type EligibilityCriterion = CandidateEligibilityRuleValue['criterion'];

export type RuleValue =
  | CandidateEligibilityRuleValue
  | ShareRuleValue
  | SizeRangeRuleValue
  | MaxPerOrganisationRuleValue
  | ChairNotCivilServantRuleValue
  | MaxCouncilsPerPersonRuleValue
  | ConsecutiveTermsRuleValue
  | TermLengthRuleValue
  | RenewalLeadRuleValue
  | DemographicTargetRuleValue
  | QuorumRuleValue
  | MajorityRuleValue
  | DeadlineRuleValue
  | FrequencyRuleValue
  | NoticePeriodRuleValue
  | EscalationLadderRuleValue
  | ClockStartRuleValue
  | MinutesApprovalRuleValue
  | AbsenceLimitRuleValue;

export type RuleKind = RuleValue['kind'];

export interface Rule<V extends RuleValue = RuleValue> {
  /** Stable across versions, e.g. 'composition.civilSocietyShare'. */
  readonly code: string;
  readonly severity: Severity;
  readonly value: V;
  readonly basis: LegalBasis;
  /** Overrides the built-in plain-language name, for rules a jurisdiction adds. */
  readonly title?: LocalizedText;
  readonly effectiveFrom?: IsoDate;
  /** Last day in force (inclusive). */
  readonly effectiveTo?: IsoDate;
}

export interface RuleSet {
  readonly id: string;
  readonly name: LocalizedText;
  readonly jurisdiction: string;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  /** Last day in force (inclusive). */
  readonly effectiveTo?: IsoDate;
  readonly rules: readonly Rule[];
}

/**
 * The value kind each code of the default rule set must carry; lets findRule return a precise type.
 * Evaluators dispatch on the value kind, so a jurisdiction may add rules under codes of its own
 * (several demographic targets, for instance).
 */
export interface KnownRuleValues {
  'composition.civilSocietyShare': ShareRuleValue;
  'composition.size': SizeRangeRuleValue;
  'composition.maxPerOrganisation': MaxPerOrganisationRuleValue;
  'composition.chairNotCivilServant': ChairNotCivilServantRuleValue;
  'composition.oneRepublicanCouncilPerPerson': MaxCouncilsPerPersonRuleValue;
  'composition.consecutiveTerms': ConsecutiveTermsRuleValue;
  'term.years': TermLengthRuleValue;
  'term.renewalLead': RenewalLeadRuleValue;
  'workingGroup.stateShare': ShareRuleValue;
  'meetings.quorum': QuorumRuleValue;
  'meetings.majority': MajorityRuleValue;
  'meetings.frequency': FrequencyRuleValue;
  'meetings.notice': NoticePeriodRuleValue;
  'publicity.informPopulation': FrequencyRuleValue;
  'publicHearing.notice': NoticePeriodRuleValue;
  'publicControl.hearingNotice': NoticePeriodRuleValue;
  'deadline.recommendation': DeadlineRuleValue;
  'deadline.budgetProgramme': DeadlineRuleValue;
  'deadline.publicControlFinalDocument': DeadlineRuleValue;
  'deadline.publicControlAnswer': DeadlineRuleValue;
  'deadline.citizenAppeal': DeadlineRuleValue;
  'deadline.minutesPublication': DeadlineRuleValue;
  'membership.absenceLimit': AbsenceLimitRuleValue;
  'obligations.escalation': EscalationLadderRuleValue;
  'obligations.clockStart': ClockStartRuleValue;
  'minutes.approval': MinutesApprovalRuleValue;
}

export type KnownRuleCode = keyof KnownRuleValues;

export const KNOWN_RULE_KINDS: { readonly [C in KnownRuleCode]: KnownRuleValues[C]['kind'] } = {
  'composition.civilSocietyShare': 'share',
  'composition.size': 'sizeRange',
  'composition.maxPerOrganisation': 'maxPerOrganisation',
  'composition.chairNotCivilServant': 'chairNotCivilServant',
  'composition.oneRepublicanCouncilPerPerson': 'maxCouncilsPerPerson',
  'composition.consecutiveTerms': 'consecutiveTerms',
  'term.years': 'termLength',
  'term.renewalLead': 'renewalLead',
  'workingGroup.stateShare': 'share',
  'meetings.quorum': 'quorum',
  'meetings.majority': 'majority',
  'meetings.frequency': 'frequency',
  'meetings.notice': 'noticePeriod',
  'publicity.informPopulation': 'frequency',
  'publicHearing.notice': 'noticePeriod',
  'publicControl.hearingNotice': 'noticePeriod',
  'deadline.recommendation': 'deadline',
  'deadline.budgetProgramme': 'deadline',
  'deadline.publicControlFinalDocument': 'deadline',
  'deadline.publicControlAnswer': 'deadline',
  'deadline.citizenAppeal': 'deadline',
  'deadline.minutesPublication': 'deadline',
  'membership.absenceLimit': 'absenceLimit',
  'obligations.escalation': 'escalationLadder',
  'obligations.clockStart': 'clockStart',
  'minutes.approval': 'minutesApproval',
};

export function isKnownRuleCode(code: string): code is KnownRuleCode {
  return Object.prototype.hasOwnProperty.call(KNOWN_RULE_KINDS, code);
}
