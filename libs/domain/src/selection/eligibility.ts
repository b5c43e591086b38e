import type { LegalBasis } from '../common/legal-basis';
import { ageOn } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { findRule, rulesOfKind } from '../rules/find-rule';
import type { MessageRef } from '../i18n/message-params';
import { ruleName } from '../rules/rule-name';
import type { CouncilLevel, EligibilityCriterion, RuleSet } from '../rules/rule-types';

/** The grounds on which an application may be refused (383-V art. 10 p. 3). */
export type RefusalGround = 'eligibilityNotMet' | 'documentsMissing' | 'falseInformation';
export const REFUSAL_GROUNDS: readonly RefusalGround[] = ['eligibilityNotMet', 'documentsMissing', 'falseInformation'];

/** What a candidate declared and attached, as the secretary entered it. */
export interface CandidateFacts {
  readonly citizen: boolean;
  readonly birthDate: IsoDate;
  readonly residesInJurisdiction: boolean;
  readonly convictionDeclared: boolean;
  readonly mentalHealthCertificate: boolean;
  readonly criminalRecordCertificate: boolean;
  readonly nominatingOrgBin?: string;
  readonly isWorkingGroupMember: boolean;
}

export interface CompetitionFacts {
  readonly level: CouncilLevel;
  /** Age is counted on the day applications close. */
  readonly closesOn: IsoDate;
  /** BINs that already hold a running seat on the council, or were already selected in this competition. */
  readonly takenBins: readonly string[];
}

/** One reason a candidate cannot be admitted: the rule, the ground of art. 10 p. 3, and the rule's legal basis. */
export interface EligibilityRefusal {
  readonly ruleCode: string;
  readonly criterion: EligibilityCriterion | 'organisationLimit';
  readonly ground: RefusalGround;
  readonly basis: LegalBasis;
  /** The rule's plain-language name (its own title when the jurisdiction gave one). */
  readonly name: MessageRef;
}

export interface EligibilityResult {
  readonly eligible: boolean;
  readonly refusals: readonly EligibilityRefusal[];
}

function fails(criterion: EligibilityCriterion, c: CandidateFacts, comp: CompetitionFacts, rule: { value: unknown }): boolean {
  const v = rule.value as { criterion: EligibilityCriterion; years?: number; levels?: readonly CouncilLevel[] };
  switch (criterion) {
    case 'citizen':
      return !c.citizen;
    case 'minimumAge':
      return ageOn(c.birthDate, comp.closesOn) < (v.years ?? 0);
    case 'localResidency':
      return (v.levels ?? []).includes(comp.level) && !c.residesInJurisdiction;
    case 'noConviction':
      return c.convictionDeclared;
    case 'documents':
      return !c.mentalHealthCertificate || !c.criminalRecordCertificate;
    case 'notWorkingGroupMember':
      return c.isWorkingGroupMember;
  }
}

/**
 * Whether a candidate may be admitted to a competition, by the eligibility rules the rule set
 * declares (383-V art. 10) and its limit of members per organisation (art. 9 p. 4). Every failed
 * rule is reported with its legal basis; a rule the set lacks is not checked.
 */
export function evaluateEligibility(candidate: CandidateFacts, competition: CompetitionFacts, ruleSet: RuleSet, onDate?: IsoDate): EligibilityResult {
  const refusals: EligibilityRefusal[] = [];
  for (const rule of rulesOfKind(ruleSet, 'candidateEligibility', onDate)) {
    const criterion = rule.value.criterion;
    if (!fails(criterion, candidate, competition, rule)) continue;
    refusals.push({
      ruleCode: rule.code,
      criterion,
      ground: criterion === 'documents' ? 'documentsMissing' : 'eligibilityNotMet',
      basis: rule.basis,
      name: ruleName(rule),
    });
  }
  const perOrg = findRule(ruleSet, 'composition.maxPerOrganisation', onDate);
  const bin = candidate.nominatingOrgBin;
  if (perOrg && bin && competition.takenBins.filter((b) => b === bin).length >= perOrg.value.max) {
    refusals.push({ ruleCode: perOrg.code, criterion: 'organisationLimit', ground: 'eligibilityNotMet', basis: perOrg.basis, name: ruleName(perOrg) });
  }
  return { eligible: refusals.length === 0, refusals };
}
