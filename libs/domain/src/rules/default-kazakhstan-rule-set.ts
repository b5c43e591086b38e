import type { Confidence, LegalAct, LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';
import type { Rule, RuleSet, RuleValue, Severity } from './rule-types';

export const KZ_LAW_ON_PUBLIC_COUNCILS: LegalAct = {
  id: 'KZ-383-V',
  short: { kk: '383-V Заң', ru: 'Закон 383-V', en: 'Law 383-V' },
};

export const KZ_MODEL_REGULATION: LegalAct = {
  id: 'KZ-MODEL-REGULATION-69',
  short: { kk: 'Үлгілік ереже (№ 69 бұйрық)', ru: 'Типовое положение (приказ № 69)', en: 'Model Regulation (order No. 69)' },
};

export const KZ_LAW_ON_PUBLIC_CONTROL: LegalAct = {
  id: 'KZ-30-VIII',
  short: { kk: '30-VIII Заң', ru: 'Закон 30-VIII', en: 'Law 30-VIII' },
};

export const KZ_ADMINISTRATIVE_PROCEDURAL_CODE: LegalAct = {
  id: 'KZ-APPC',
  short: { kk: 'Әкімшілік рәсімдік-процестік кодекс', ru: 'АППК', en: 'Administrative Procedural Code' },
};

/** Figures the law does not set; the product's own defaults must never pass for law. */
export const KENES_PRODUCT_DEFAULT: LegalAct = {
  id: 'KENES-DEFAULT',
  short: {
    kk: 'жүйенің әдепкі баптауы (Үкімет ережелеріне ұқсас)',
    ru: 'настройка системы по умолчанию (по аналогии с правилами Правительства)',
    en: 'product default (by analogy with Government rules)',
  },
};

function basis(act: LegalAct, article: string | undefined, paragraph: string | undefined, confidence: Confidence, subparagraph?: string): LegalBasis {
  return {
    act,
    confidence,
    ...(article === undefined ? {} : { article }),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
  };
}

function rule(code: string, severity: Severity, value: RuleValue, b: LegalBasis): Rule {
  return { code, severity, value, basis: b };
}

const L383 = KZ_LAW_ON_PUBLIC_COUNCILS;
const L30 = KZ_LAW_ON_PUBLIC_CONTROL;

/**
 * The defaults of LAW.md, one rule per row, each with the row's basis and confidence. The authorized
 * body edits a copy; nothing in the engine reads these figures except through a rule set.
 */
export const defaultKazakhstanRuleSet: RuleSet = {
  id: 'kz-public-councils-default',
  name: {
    kk: 'Қоғамдық кеңестер: заң бойынша әдепкі ережелер',
    ru: 'Общественные советы: правила по закону (по умолчанию)',
    en: 'Public councils: statutory defaults',
  },
  jurisdiction: 'KZ',
  version: 3,
  // The latest act drawn on (Law 30-VIII) is of 2 October 2023.
  effectiveFrom: '2023-10-02',
  rules: [
    rule(
      'composition.civilSocietyShare',
      'hard',
      { kind: 'share', population: 'council', subject: 'civilSociety', comparison: 'atLeast', numerator: 2, denominator: 3 },
      basis(L383, '1', '7', 'C'),
    ),
    rule(
      'composition.size',
      'hard',
      { kind: 'sizeRange', byLevel: { republican: { min: 15, max: 30 }, quasiPublic: { min: 10, max: 15 } } },
      basis(L383, '9', '3', 'C'),
    ),
    rule('composition.maxPerOrganisation', 'hard', { kind: 'maxPerOrganisation', max: 1, identifiedBy: 'bin' }, basis(L383, '9', '4', 'C')),
    rule(
      'composition.oneRepublicanCouncilPerPerson',
      'hard',
      { kind: 'maxCouncilsPerPerson', level: 'republican', max: 1 },
      basis(L383, '9', '4', 'C'),
    ),
    rule('composition.chairNotCivilServant', 'hard', { kind: 'chairNotCivilServant' }, basis(L383, '13', '1', 'C')),
    rule('composition.consecutiveTerms', 'hard', { kind: 'consecutiveTerms', max: 2 }, basis(L383, '9', '5', 'C')),
    rule('term.years', 'hard', { kind: 'termLength', years: 3 }, basis(L383, '9', '8', 'C')),
    rule('term.renewalLead', 'hard', { kind: 'renewalLead', months: 2 }, basis(L383, '9', '2', 'C')),
    rule(
      'workingGroup.stateShare',
      'hard',
      { kind: 'share', population: 'workingGroup', subject: 'stateLinked', comparison: 'atMost', numerator: 1, denominator: 3 },
      basis(L383, '8', '1–3', 'C'),
    ),
    rule(
      'meetings.quorum',
      'hard',
      { kind: 'quorum', numerator: 2, denominator: 3, base: 'allMembers', rounding: 'ceil' },
      basis(L383, '13', '2', 'C'),
    ),
    rule(
      'meetings.majority',
      'hard',
      { kind: 'majority', type: 'ofPresent', tieBreak: 'chairCasting' },
      basis(KZ_MODEL_REGULATION, undefined, undefined, 'R'),
    ),
    rule(
      'meetings.frequency',
      'soft',
      { kind: 'frequency', activity: 'meeting', period: 'quarter', min: 1 },
      basis(KZ_MODEL_REGULATION, undefined, undefined, 'R'),
    ),
    rule(
      'meetings.notice',
      'soft',
      { kind: 'noticePeriod', event: 'meeting', amount: 3, unit: 'workingDays' },
      basis(KENES_PRODUCT_DEFAULT, undefined, undefined, 'R'),
    ),
    rule(
      'publicity.informPopulation',
      'hard',
      { kind: 'frequency', activity: 'informPopulation', period: 'year', min: 2 },
      basis(L383, '7', '2', 'C', '3'),
    ),
    rule(
      'publicHearing.notice',
      'hard',
      { kind: 'noticePeriod', event: 'publicHearing', amount: 10, unit: 'calendarDays' },
      basis(L383, '21', undefined, 'C'),
    ),
    rule(
      'publicControl.hearingNotice',
      'hard',
      { kind: 'noticePeriod', event: 'publicControlHearing', amount: 3, unit: 'workingDays' },
      basis(L30, '13', undefined, 'C'),
    ),
    rule(
      'deadline.recommendation',
      'hard',
      {
        kind: 'deadline',
        documentType: 'recommendation',
        amount: 1,
        unit: 'months',
        signatory: {
          kk: 'органның бірінші басшысы немесе оның міндетін атқарушы',
          ru: 'первый руководитель органа или лицо, исполняющее его обязанности',
          en: 'the first head of the body or the person acting for them',
        },
      },
      basis(L383, '5', '2', 'C'),
    ),
    rule(
      'deadline.budgetProgramme',
      'hard',
      { kind: 'deadline', documentType: 'budgetProgramme', amount: 10, unit: 'workingDays' },
      basis(L383, '5', '2', 'C'),
    ),
    rule(
      'deadline.publicControlFinalDocument',
      'hard',
      { kind: 'deadline', documentType: 'publicControlFinalDocument', amount: 7, unit: 'workingDays' },
      basis(L30, '13', undefined, 'C'),
    ),
    rule(
      'deadline.publicControlAnswer',
      'hard',
      { kind: 'deadline', documentType: 'publicControlAnswer', amount: 10, unit: 'workingDays' },
      basis(L30, '13', undefined, 'C'),
    ),
    rule(
      'deadline.citizenAppeal',
      'hard',
      { kind: 'deadline', documentType: 'citizenAppeal', amount: 15, unit: 'workingDays' },
      basis(KZ_ADMINISTRATIVE_PROCEDURAL_CODE, undefined, undefined, 'R'),
    ),
    rule(
      'deadline.minutesPublication',
      'soft',
      { kind: 'deadline', documentType: 'minutesPublication', amount: 5, unit: 'workingDays' },
      basis(KENES_PRODUCT_DEFAULT, undefined, undefined, 'R'),
    ),
    rule(
      'obligations.clockStart',
      'hard',
      { kind: 'clockStart', on: 'adoption' },
      basis(KENES_PRODUCT_DEFAULT, undefined, undefined, 'R'),
    ),
    rule(
      'obligations.escalation',
      'soft',
      {
        kind: 'escalationLadder',
        steps: [
          { code: 'reminder', offsetWorkingDays: -3 },
          { code: 'overdueNotice', offsetWorkingDays: 1 },
          { code: 'headNotice', offsetWorkingDays: 3 },
          { code: 'supervisorNotice', offsetWorkingDays: 10 },
          { code: 'nextAgenda', offsetWorkingDays: 10 },
        ],
      },
      basis(KENES_PRODUCT_DEFAULT, undefined, undefined, 'R'),
    ),
    rule('minutes.approval', 'soft', { kind: 'minutesApproval', by: 'chair' }, basis(KENES_PRODUCT_DEFAULT, undefined, undefined, 'R')),
    rule('membership.absenceLimit', 'soft', { kind: 'absenceLimit', maxUnexcusedPerYear: 3 }, basis(L383, '15', undefined, 'C')),
  ],
};

function candidateRule(code: string, severity: Severity, value: RuleValue, b: LegalBasis, title: LocalizedText): Rule {
  return { ...rule(code, severity, value, b), title };
}

/**
 * Candidate eligibility (383-V art. 10 p. 1–2), one rule per criterion with its basis and its own title. Kept beside
 * the statutory set rather than inside it so that the stored national version 1 (seeded from that
 * set) stays as it was; `withDefaultCandidateRules` supplies them to a rule set that declares none,
 * and a jurisdiction that declares its own candidate rules is read as it stands.
 */
export const DEFAULT_CANDIDATE_RULES: readonly Rule[] = [
  candidateRule('candidate.citizenship', 'hard', { kind: 'candidateEligibility', criterion: 'citizen' }, basis(L383, '10', '1', 'C'), {
    kk: 'Үміткер — Қазақстан Республикасының азаматы',
    ru: 'Кандидат — гражданин Республики Казахстан',
    en: 'Candidate is a citizen of Kazakhstan',
  }),
  candidateRule(
    'candidate.minimumAge',
    'hard',
    { kind: 'candidateEligibility', criterion: 'minimumAge', years: 18 },
    basis(L383, '10', '1', 'C'),
    { kk: 'Үміткердің ең төменгі жасы', ru: 'Минимальный возраст кандидата', en: 'Minimum age of a candidate' },
  ),
  candidateRule(
    'candidate.localResidency',
    'hard',
    { kind: 'candidateEligibility', criterion: 'localResidency', levels: ['local'] },
    basis(L383, '10', '1', 'C'),
    {
      kk: 'Үміткер бірлік аумағында тұрақты тұрады',
      ru: 'Кандидат постоянно проживает на территории единицы',
      en: 'Candidate permanently resides in the unit',
    },
  ),
  candidateRule(
    'candidate.noConviction',
    'hard',
    { kind: 'candidateEligibility', criterion: 'noConviction' },
    basis(L383, '10', '1', 'C'),
    { kk: 'Өтелмеген сотталғандығының болмауы', ru: 'Отсутствие непогашенной судимости', en: 'No unexpunged conviction' },
  ),
  candidateRule('candidate.documents', 'hard', { kind: 'candidateEligibility', criterion: 'documents' }, basis(L383, '10', '2', 'C'), {
    kk: 'Үміткердің құжаттары (анықтамалар)',
    ru: 'Документы кандидата (справки)',
    en: 'Documents of a candidate (certificates)',
  }),
  candidateRule(
    'candidate.notWorkingGroupMember',
    'hard',
    { kind: 'candidateEligibility', criterion: 'notWorkingGroupMember' },
    basis(L383, '10', '2', 'C'),
    {
      kk: 'Жұмыс тобының мүшелері үміткер бола алмайды',
      ru: 'Члены рабочей группы не могут быть кандидатами',
      en: 'Working-group members may not apply',
    },
  ),
];

/** The rule set, with the default candidate-eligibility rules when it declares none of its own. */
export function withDefaultCandidateRules(ruleSet: RuleSet): RuleSet {
  if (ruleSet.rules.some((r) => r.value.kind === 'candidateEligibility')) return ruleSet;
  return { ...ruleSet, rules: [...ruleSet.rules, ...DEFAULT_CANDIDATE_RULES] };
}
