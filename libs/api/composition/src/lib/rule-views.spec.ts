import { DomainError, ErrorCode } from '@kenes/api/core';
import { checkChange, defaultKazakhstanRuleSet, type Composition, type Membership } from '@kenes/domain';
import { kazakhstanToday } from './kazakhstan-today';
import { ruleSetShapeProblems } from './rule-set-shape';
import { openIssues, ruleCheckView, ruleViolationError, ruleView } from './rule-views';

const civil = { code: 'ngo', stateLinked: false, supervisedByHost: false };
const state = { code: 'akimat', stateLinked: true, supervisedByHost: false };
const seat = (i: number, category = civil): Membership => ({ personId: `p${i}`, role: 'member', isVotingMember: true, category, isCivilServant: false, start: '2025-01-01' });
const compose = (civilCount: number, stateCount: number): Composition => ({
  council: { level: 'local', hostBodyId: 'h' },
  members: [...Array.from({ length: civilCount }, (_, i) => seat(i)), ...Array.from({ length: stateCount }, (_, i) => seat(100 + i, state))],
});

describe('rule views', () => {
  it('renders a check in the caller’s language with its figures and legal basis', () => {
    const [violation] = checkChange(compose(6, 3), compose(6, 4), defaultKazakhstanRuleSet, '2026-03-01').violations;
    if (!violation) throw new Error('expected a violation');
    const en = ruleCheckView(violation.result, 'en');
    expect(en).toMatchObject({
      code: 'composition.civilSocietyShare',
      status: 'fail',
      severity: 'hard',
      name: 'Civil-society share',
      basis: { text: 'Law 383-V art. 1 p. 7', actId: 'KZ-383-V', article: '1', paragraph: '7', subparagraph: null, confidence: 'C' },
    });
    expect(en.figures).toEqual(expect.arrayContaining([{ name: 'civilSociety', value: 6 }, { name: 'total', value: 10 }]));
    expect(ruleCheckView(violation.result, 'kk').basis.text).toBe('383-V Заң, 1-бап, 7-тармақ');
    expect(openIssues([violation.result], 'ru')).toHaveLength(1);
  });

  it('turns violations into one CONFLICT naming the first rule, with every violation in the details', () => {
    const { violations } = checkChange(compose(6, 3), compose(6, 4), defaultKazakhstanRuleSet, '2026-03-01');
    const error = ruleViolationError(violations, 'ru');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: ErrorCode.CONFLICT,
      messageKey: 'composition.ruleViolated',
      params: { rule: 'Доля представителей гражданского общества' },
      details: { ruleCode: 'composition.civilSocietyShare', basis: 'Закон 383-V ст. 1 п. 7', violations: [expect.objectContaining({ change: 'introduced' })] },
    });
    expect(() => ruleViolationError([], 'ru')).toThrow();
  });

  it('describes a stored rule with its value and rendered name', () => {
    const quorum = defaultKazakhstanRuleSet.rules.find((r) => r.code === 'meetings.quorum');
    if (!quorum) throw new Error('no quorum rule');
    expect(ruleView(quorum, 'ru')).toMatchObject({ code: 'meetings.quorum', kind: 'quorum', name: 'Кворум', value: quorum.value, basis: { text: 'Закон 383-V ст. 13 п. 2' } });
  });
});

describe('ruleSetShapeProblems', () => {
  it('accepts the statutory defaults', () => {
    expect(ruleSetShapeProblems(JSON.parse(JSON.stringify(defaultKazakhstanRuleSet.rules)))).toEqual([]);
  });

  it('names what is missing or malformed, by index and field', () => {
    expect(ruleSetShapeProblems('rules')).toEqual(['']);
    expect(
      ruleSetShapeProblems([
        null,
        { code: 'a b', severity: 'medium', value: { kind: 'share', numerator: Infinity, nested: { x: NaN } }, basis: { act: { id: 'x', short: { ru: 'x' } }, confidence: 'Z', article: 7 }, title: 'x', effectiveFrom: '1 May' },
      ]),
    ).toEqual(['0', '1.code', '1.severity', '1.value.numerator', '1.value.nested.x', '1.basis.act', '1.basis.confidence', '1.basis.article', '1.title', '1.effectiveFrom']);
  });
});

describe('kazakhstanToday', () => {
  it('is the date in Kazakhstan (UTC+5), not in UTC', () => {
    expect(kazakhstanToday(new Date('2026-11-28T18:59:00Z'))).toBe('2026-11-28');
    expect(kazakhstanToday(new Date('2026-11-28T19:00:00Z'))).toBe('2026-11-29');
  });
});
