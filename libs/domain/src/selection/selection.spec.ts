import { DEFAULT_CANDIDATE_RULES, defaultKazakhstanRuleSet, withDefaultCandidateRules } from '../rules/default-kazakhstan-rule-set';
import type { RuleSet } from '../rules/rule-types';
import { validateRuleSet } from '../rules/validate-rule-set';
import { evaluateEligibility, type CandidateFacts, type CompetitionFacts } from './eligibility';
import { rankApplications } from './ranking';

const rs = withDefaultCandidateRules(defaultKazakhstanRuleSet);
const ok: CandidateFacts = {
  citizen: true,
  birthDate: '1990-05-01',
  residesInJurisdiction: true,
  convictionDeclared: false,
  mentalHealthCertificate: true,
  criminalRecordCertificate: true,
  nominatingOrgBin: '123456789012',
  isWorkingGroupMember: false,
};
const local: CompetitionFacts = { level: 'local', closesOn: '2026-03-01', takenBins: [] };

function refusals(c: Partial<CandidateFacts>, comp: Partial<CompetitionFacts> = {}, ruleSet: RuleSet = rs) {
  return evaluateEligibility({ ...ok, ...c }, { ...local, ...comp }, ruleSet).refusals;
}

describe('evaluateEligibility (383-V art. 10)', () => {
  it('admits a candidate who meets every rule', () => {
    expect(evaluateEligibility(ok, local, rs)).toEqual({ eligible: true, refusals: [] });
  });

  it('keeps the default rule set valid, with the candidate rules added only where a set declares none', () => {
    expect(validateRuleSet(rs)).toEqual([]);
    expect(rs.rules.filter((r) => r.code.startsWith('candidate.'))).toEqual(DEFAULT_CANDIDATE_RULES);
    expect(withDefaultCandidateRules(rs)).toBe(rs);
    const own: RuleSet = { ...defaultKazakhstanRuleSet, rules: [...defaultKazakhstanRuleSet.rules, DEFAULT_CANDIDATE_RULES[0]] };
    expect(withDefaultCandidateRules(own).rules.filter((r) => r.code.startsWith('candidate.')).map((r) => r.code)).toEqual(['candidate.citizenship']);
  });

  it.each([
    [{ citizen: false }, 'candidate.citizenship', 'citizen', 'eligibilityNotMet', '10', '1'],
    [{ birthDate: '2008-03-02' as const }, 'candidate.minimumAge', 'minimumAge', 'eligibilityNotMet', '10', '1'],
    [{ residesInJurisdiction: false }, 'candidate.localResidency', 'localResidency', 'eligibilityNotMet', '10', '1'],
    [{ convictionDeclared: true }, 'candidate.noConviction', 'noConviction', 'eligibilityNotMet', '10', '1'],
    [{ mentalHealthCertificate: false }, 'candidate.documents', 'documents', 'documentsMissing', '10', '2'],
    [{ criminalRecordCertificate: false }, 'candidate.documents', 'documents', 'documentsMissing', '10', '2'],
    [{ isWorkingGroupMember: true }, 'candidate.notWorkingGroupMember', 'notWorkingGroupMember', 'eligibilityNotMet', '10', '2'],
  ])('refuses %j under %s with its legal basis', (facts, ruleCode, criterion, ground, article, paragraph) => {
    const [only, ...rest] = refusals(facts);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ ruleCode, criterion, ground, basis: { act: { id: 'KZ-383-V' }, article, paragraph } });
  });

  it('counts age on the closing date: 18 on that day is enough, a day short is not', () => {
    expect(refusals({ birthDate: '2008-03-01' })).toEqual([]);
    expect(refusals({ birthDate: '2008-03-02' })).toHaveLength(1);
  });

  it('asks for residency only where the rule says so (local councils by default)', () => {
    expect(refusals({ residesInJurisdiction: false }, { level: 'republican' })).toEqual([]);
    expect(refusals({ residesInJurisdiction: false }, { level: 'quasiPublic' })).toEqual([]);
  });

  it('refuses a second candidate of an organisation already seated or selected (art. 9 p. 4)', () => {
    const [r] = refusals({}, { takenBins: ['123456789012'] });
    expect(r).toMatchObject({ ruleCode: 'composition.maxPerOrganisation', criterion: 'organisationLimit', basis: { article: '9', paragraph: '4' } });
    expect(refusals({}, { takenBins: ['999999999999'] })).toEqual([]);
    expect(refusals({ nominatingOrgBin: undefined }, { takenBins: ['123456789012'] })).toEqual([]);
  });

  it('reports every failed rule at once', () => {
    const all = refusals({ citizen: false, convictionDeclared: true, mentalHealthCertificate: false, isWorkingGroupMember: true });
    expect(all.map((r) => r.ruleCode)).toEqual(['candidate.citizenship', 'candidate.noConviction', 'candidate.documents', 'candidate.notWorkingGroupMember']);
  });

  it('reads the figures and the basis from the rule set, not from code', () => {
    const edited: RuleSet = {
      ...rs,
      rules: rs.rules
        .filter((r) => r.code !== 'candidate.localResidency')
        .map((r) => (r.code === 'candidate.minimumAge' ? { ...r, value: { kind: 'candidateEligibility', criterion: 'minimumAge', years: 21 } as const } : r)),
    };
    expect(refusals({ birthDate: '2006-01-01', residesInJurisdiction: false }, {}, edited).map((r) => r.ruleCode)).toEqual(['candidate.minimumAge']);
    expect(refusals({ citizen: false }, {}, { ...rs, rules: [] })).toEqual([]);
  });

  it('validates the minimum age of an edited rule set', () => {
    const bad: RuleSet = {
      ...rs,
      rules: rs.rules.map((r) => (r.code === 'candidate.minimumAge' ? { ...r, value: { kind: 'candidateEligibility', criterion: 'minimumAge', years: 0 } as const } : r)),
    };
    expect(validateRuleSet(bad).map((p) => p.problem)).toEqual(['invalidAmount']);
  });
});

describe('rankApplications (383-V art. 9 p. 7, 9)', () => {
  it('selects the seats by average score and lists the next ones on the reserve in order', () => {
    const ranked = rankApplications(
      [
        { id: 'a', scores: [5, 7], submittedOrder: 1 },
        { id: 'b', scores: [9, 9], submittedOrder: 2 },
        { id: 'c', scores: [8], submittedOrder: 3 },
        { id: 'd', scores: [], submittedOrder: 4 },
        { id: 'e', scores: [6, 7], submittedOrder: 5 },
      ],
      2,
    );
    expect(ranked.map((r) => [r.id, r.outcome, r.reservePosition, r.average])).toEqual([
      ['b', 'selected', null, 9],
      ['c', 'selected', null, 8],
      ['e', 'reserve', 1, 6.5],
      ['a', 'reserve', 2, 6],
      ['d', 'notSelected', null, null],
    ]);
  });

  it('breaks ties by more scores, then by earlier submission', () => {
    const ranked = rankApplications(
      [
        { id: 'late', scores: [8, 8], submittedOrder: 2 },
        { id: 'early', scores: [8, 8], submittedOrder: 1 },
        { id: 'fewer', scores: [8], submittedOrder: 0 },
      ],
      1,
    );
    expect(ranked.map((r) => r.id)).toEqual(['early', 'late', 'fewer']);
  });

  it('limits the reserve list when asked', () => {
    const ranked = rankApplications(
      [1, 2, 3, 4].map((n) => ({ id: `x${n}`, scores: [n], submittedOrder: n })),
      1,
      2,
    );
    expect(ranked.map((r) => r.outcome)).toEqual(['selected', 'reserve', 'reserve', 'notSelected']);
  });
});
