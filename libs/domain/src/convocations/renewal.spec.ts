import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import type { RuleSet } from '../rules/rule-types';
import { renewalStatus } from './renewal';

describe('renewalStatus', () => {
  const rs = defaultKazakhstanRuleSet;

  it('starts formation two months before the term ends (art. 9 p. 2)', () => {
    const s = renewalStatus(rs, '2027-01-15', '2026-11-14');
    expect(s).toMatchObject({ startsOn: '2026-11-15', due: false, daysUntilStart: 1 });
    expect(s?.basis).toMatchObject({ article: '9', paragraph: '2' });
  });

  it('is due from the first day of the lead until the term ends', () => {
    expect(renewalStatus(rs, '2027-01-15', '2026-11-15')).toMatchObject({ due: true, daysUntilStart: 0 });
    expect(renewalStatus(rs, '2027-01-15', '2027-01-14')).toMatchObject({ due: true });
    expect(renewalStatus(rs, '2027-01-15', '2027-01-15')).toMatchObject({ due: false });
  });

  it('clamps to the end of a shorter month', () => {
    expect(renewalStatus(rs, '2027-04-30', '2027-01-01')?.startsOn).toBe('2027-02-28');
  });

  it('follows the rule set, not a literal', () => {
    const oneMonth: RuleSet = {
      ...rs,
      rules: rs.rules.map((r) => (r.code === 'term.renewalLead' ? { ...r, value: { kind: 'renewalLead', months: 1 } } : r)),
    };
    expect(renewalStatus(oneMonth, '2027-01-15', '2026-12-01')?.startsOn).toBe('2026-12-15');
    const none: RuleSet = { ...rs, rules: rs.rules.filter((r) => r.code !== 'term.renewalLead') };
    expect(renewalStatus(none, '2027-01-15', '2026-12-01')).toBeUndefined();
  });
});
