import { defaultKazakhstanRuleSet } from './default-kazakhstan-rule-set';
import { MissingRuleError, findDeadlineRule, findRule, isRuleInForce, requireRule, rulesOfKind, selectRuleSet } from './find-rule';
import { ruleName } from './rule-name';
import { DEADLINE_DOCUMENT_TYPES, KNOWN_RULE_KINDS, isKnownRuleCode } from './rule-types';
import type { Rule, RuleSet } from './rule-types';
import { validateRuleSet } from './validate-rule-set';

const rs = defaultKazakhstanRuleSet;

function withRules(rules: readonly Rule[], extra: Partial<RuleSet> = {}): RuleSet {
  return { ...rs, ...extra, rules };
}

function replaceRule(code: string, patch: (r: Rule) => Rule): RuleSet {
  return withRules(rs.rules.map((r) => (r.code === code ? patch(r) : r)));
}

describe('default Kazakhstan rule set', () => {
  it('is valid and has every known code with a basis', () => {
    expect(validateRuleSet(rs)).toEqual([]);
    for (const code of Object.keys(KNOWN_RULE_KINDS)) {
      expect(rs.rules.some((r) => r.code === code)).toBe(true);
    }
    for (const r of rs.rules) expect(r.basis.act.short.ru.length).toBeGreaterThan(0);
  });

  it('encodes the LAW.md figures with their basis', () => {
    expect(findRule(rs, 'composition.civilSocietyShare')?.value).toMatchObject({ numerator: 2, denominator: 3, comparison: 'atLeast' });
    expect(findRule(rs, 'composition.civilSocietyShare')?.basis).toMatchObject({ act: { id: 'KZ-383-V' }, article: '1', paragraph: '7', confidence: 'C' });
    const size = findRule(rs, 'composition.size')?.value;
    expect(size?.byLevel.republican).toEqual({ min: 15, max: 30 });
    expect(size?.byLevel.quasiPublic).toEqual({ min: 10, max: 15 });
    expect(size?.byLevel.local).toBeUndefined();
    expect(findRule(rs, 'meetings.quorum')?.value).toMatchObject({ numerator: 2, denominator: 3 });
    expect(findRule(rs, 'meetings.quorum')?.basis).toMatchObject({ article: '13', paragraph: '2' });
    expect(findRule(rs, 'meetings.majority')?.basis.confidence).toBe('R');
    expect(findRule(rs, 'composition.consecutiveTerms')?.value.max).toBe(2);
    expect(findRule(rs, 'term.years')?.value.years).toBe(3);
    expect(findRule(rs, 'term.renewalLead')?.value.months).toBe(2);
    expect(findRule(rs, 'workingGroup.stateShare')?.value).toMatchObject({ numerator: 1, denominator: 3, comparison: 'atMost', subject: 'stateLinked' });
    expect(findRule(rs, 'membership.absenceLimit')?.value.maxUnexcusedPerYear).toBe(3);
    expect(findRule(rs, 'deadline.minutesPublication')?.value).toMatchObject({ amount: 5, unit: 'workingDays' });
  });

  it('has a deadline rule for every document type', () => {
    const expected = {
      recommendation: [1, 'months'],
      budgetProgramme: [10, 'workingDays'],
      publicControlFinalDocument: [7, 'workingDays'],
      publicControlAnswer: [10, 'workingDays'],
      citizenAppeal: [15, 'workingDays'],
      minutesPublication: [5, 'workingDays'],
    } as const;
    for (const t of DEADLINE_DOCUMENT_TYPES) {
      const r = findDeadlineRule(rs, t);
      expect([r?.value.amount, r?.value.unit]).toEqual(expected[t]);
    }
  });
});

describe('finding rules', () => {
  it('returns undefined for absent codes and for a known code carrying the wrong kind', () => {
    expect(findRule(rs, 'no.such.rule')).toBeUndefined();
    const broken = replaceRule('meetings.quorum', (r) => ({ ...r, value: { kind: 'termLength', years: 3 } }));
    expect(findRule(broken, 'meetings.quorum')).toBeUndefined();
    expect(() => requireRule(broken, 'meetings.quorum')).toThrow(MissingRuleError);
    expect(() => requireRule(broken, 'meetings.quorum')).toThrow('no rule meetings.quorum');
    expect(requireRule(rs, 'meetings.quorum').code).toBe('meetings.quorum');
  });

  it('finds custom codes untyped and lists rules by kind', () => {
    const custom: Rule = {
      code: 'composition.under35',
      severity: 'soft',
      value: { kind: 'demographicTarget', attribute: { type: 'ageBelow', years: 35 }, comparison: 'atLeast', numerator: 30, denominator: 100 },
      basis: rs.rules[0].basis,
    };
    const set = withRules([...rs.rules, custom]);
    expect(findRule(set, 'composition.under35')).toBe(custom);
    expect(rulesOfKind(set, 'demographicTarget')).toEqual([custom]);
    expect(isKnownRuleCode('composition.under35')).toBe(false);
    expect(isKnownRuleCode('meetings.quorum')).toBe(true);
  });

  it('respects rule effective dates (effectiveTo is the last day in force)', () => {
    const old: Rule = { ...requireRule(rs, 'meetings.quorum'), effectiveTo: '2026-06-30' };
    const next: Rule = {
      ...old,
      value: { kind: 'quorum', numerator: 1, denominator: 2, base: 'allMembers', rounding: 'ceil' },
      effectiveFrom: '2026-07-01',
      effectiveTo: undefined,
    };
    const set = withRules([...rs.rules.filter((r) => r.code !== 'meetings.quorum'), old, next]);
    expect(findRule(set, 'meetings.quorum', '2026-06-30')?.value.numerator).toBe(2);
    expect(findRule(set, 'meetings.quorum', '2026-07-01')?.value.numerator).toBe(1);
    expect(isRuleInForce(next, '2026-06-30')).toBe(false);
    expect(validateRuleSet(set)).toEqual([]);
  });

  it('selects the newest version of a jurisdiction in force on a date', () => {
    const v1: RuleSet = { ...rs, version: 1, effectiveFrom: '2023-10-02', effectiveTo: '2026-12-31' };
    const v2: RuleSet = { ...rs, version: 2, effectiveFrom: '2027-01-01' };
    const other: RuleSet = { ...rs, jurisdiction: 'RU', version: 9 };
    expect(selectRuleSet([v1, v2, other], 'KZ', '2026-12-31')).toBe(v1);
    expect(selectRuleSet([v2, v1, other], 'KZ', '2027-01-01')).toBe(v2);
    expect(selectRuleSet([v1, v2], 'KZ', '2020-01-01')).toBeUndefined();
    expect(selectRuleSet([v1, { ...v1, version: 3, effectiveTo: undefined }], 'KZ', '2025-01-01')?.version).toBe(3);
  });

  it('names rules in plain words, preferring a title the jurisdiction gave', () => {
    const quorum = requireRule(rs, 'meetings.quorum');
    expect(ruleName(quorum)).toEqual({ key: 'rule.name', params: { code: 'meetings.quorum', value: quorum.value } });
    const titled: Rule = { ...quorum, title: { kk: 'К', ru: 'К', en: 'Q' } };
    expect(ruleName(titled)).toEqual({ key: 'text', params: { text: titled.title } });
  });
});

describe('validating rule sets', () => {
  const problems = (set: RuleSet): string[] => validateRuleSet(set).map((p) => `${p.problem}:${p.ruleCode ?? ''}:${p.field ?? ''}`);

  it('reports fractions out of range', () => {
    expect(problems(replaceRule('composition.civilSocietyShare', (r) => ({ ...r, value: { ...r.value, numerator: 4, denominator: 3 } } as Rule)))).toEqual([
      'invalidFraction:composition.civilSocietyShare:value',
    ]);
    expect(problems(replaceRule('composition.civilSocietyShare', (r) => ({ ...r, value: { ...r.value, denominator: 0 } } as Rule)))).toHaveLength(1);
    expect(problems(replaceRule('composition.civilSocietyShare', (r) => ({ ...r, value: { ...r.value, numerator: -1 } } as Rule)))).toHaveLength(1);
    expect(problems(replaceRule('composition.civilSocietyShare', (r) => ({ ...r, value: { ...r.value, numerator: 0.5 } } as Rule)))).toHaveLength(1);
    expect(problems(replaceRule('meetings.quorum', (r) => ({ ...r, value: { ...r.value, numerator: 0 } } as Rule)))).toEqual([
      'invalidFraction:meetings.quorum:value',
    ]);
    expect(problems(replaceRule('meetings.quorum', (r) => ({ ...r, value: { ...r.value, numerator: 5 } } as Rule)))).toHaveLength(1);
  });

  it('reports size ranges with min above max or non-positive sizes', () => {
    const bad = replaceRule('composition.size', (r) => ({
      ...r,
      value: { kind: 'sizeRange', byLevel: { republican: { min: 31, max: 30 }, local: { min: 0, max: 10 }, quasiPublic: undefined } },
    }));
    expect(problems(bad)).toEqual(['sizeMinAboveMax:composition.size:byLevel.republican', 'invalidSize:composition.size:byLevel.local']);
  });

  it('reports bad amounts, qualified majorities at or below one half, and bad periods', () => {
    const set = withRules(
      rs.rules.map((r): Rule => {
        switch (r.code) {
          case 'meetings.majority':
            return { ...r, value: { kind: 'majority', type: 'qualified', of: 'all', fraction: { numerator: 1, denominator: 2 }, tieBreak: 'fails' } };
          case 'deadline.recommendation':
            return { ...r, value: { kind: 'deadline', documentType: 'recommendation', amount: 0, unit: 'months', maxExtensionWorkingDays: -1 } };
          case 'term.years':
            return { ...r, value: { kind: 'termLength', years: 2.5 }, effectiveFrom: '2026-02-01', effectiveTo: '2026-01-01' };
          case 'composition.consecutiveTerms':
            return { ...r, value: { kind: 'consecutiveTerms', max: 0 }, effectiveFrom: '2026-02-30' };
          case 'meetings.frequency':
            return { ...r, value: { kind: 'frequency', activity: 'meeting', period: 'quarter', min: 0 } };
          case 'publicHearing.notice':
            return { ...r, value: { kind: 'noticePeriod', event: 'publicHearing', amount: -1, unit: 'calendarDays' } };
          case 'membership.absenceLimit':
            return { ...r, value: { kind: 'absenceLimit', maxUnexcusedPerYear: 1.5 } };
          case 'term.renewalLead':
            return { ...r, value: { kind: 'renewalLead', months: -2 } };
          case 'composition.maxPerOrganisation':
            return { ...r, value: { kind: 'maxPerOrganisation', max: 0, identifiedBy: 'bin' } };
          default:
            return r;
        }
      }),
      { effectiveTo: '2020-01-01' },
    );
    expect(problems(set).sort()).toEqual(
      [
        'invalidPeriod::effectiveTo',
        'invalidAmount:composition.maxPerOrganisation:max',
        'invalidDate:composition.consecutiveTerms:effectiveFrom',
        'invalidAmount:composition.consecutiveTerms:max',
        'invalidPeriod:term.years:effectiveTo',
        'invalidAmount:term.years:years',
        'invalidAmount:term.renewalLead:months',
        'qualifiedNotAboveHalf:meetings.majority:fraction',
        'invalidAmount:meetings.frequency:min',
        'invalidAmount:publicHearing.notice:amount',
        'invalidAmount:deadline.recommendation:amount',
        'invalidAmount:deadline.recommendation:maxExtensionWorkingDays',
        'invalidAmount:membership.absenceLimit:maxUnexcusedPerYear',
      ].sort(),
    );
  });

  it('accepts a proper qualified majority and reports an invalid one', () => {
    const q = (numerator: number, denominator: number): RuleSet =>
      replaceRule('meetings.majority', (r) => ({
        ...r,
        value: { kind: 'majority', type: 'qualified', of: 'present', fraction: { numerator, denominator }, tieBreak: 'fails' },
      }));
    expect(problems(q(2, 3))).toEqual([]);
    expect(problems(q(3, 2))).toEqual(['invalidFraction:meetings.majority:fraction']);
  });

  it('reports duplicates, kind mismatches, bad dates and missing required rules', () => {
    const quorum = requireRule(rs, 'meetings.quorum');
    const set = withRules(
      [
        ...rs.rules.filter((r) => r.code !== 'meetings.majority'),
        quorum,
        { ...quorum, code: 'composition.size' },
        { ...quorum, code: 'custom.one', effectiveTo: 'soon' as never },
      ],
      { effectiveFrom: 'yesterday' as never },
    );
    expect(problems(set).sort()).toEqual(
      [
        'invalidDate::effectiveFrom',
        'duplicateCode:meetings.quorum:code',
        'duplicateCode:composition.size:code',
        'kindMismatch:composition.size:value.kind',
        'invalidDate:custom.one:effectiveTo',
        'missingRequired:meetings.majority:rules',
      ].sort(),
    );
    expect(validateRuleSet(withRules([]), []).length).toBe(0);
  });

  it('attaches a message to each problem', () => {
    const [p] = validateRuleSet(withRules([]));
    expect(p?.message).toEqual({ key: 'ruleSet.problem', params: { problem: 'missingRequired', ruleCode: 'meetings.quorum', field: 'rules' } });
  });
});
