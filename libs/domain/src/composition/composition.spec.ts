import fc from 'fast-check';
import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import type { CouncilLevel, Rule, RuleSet } from '../rules/rule-types';
import { checkChange } from './check-change';
import type { CheckResult, Composition, MemberCategory, Membership } from './composition-types';
import { evaluateComposition, evaluateWorkingGroup, shareRemedy } from './evaluate-composition';
import { independenceIndex } from './independence-index';

const rs = defaultKazakhstanRuleSet;
const ON = '2026-03-01';

const NGO: MemberCategory = { code: 'ngo', stateLinked: false, supervisedByHost: false };
const AKIMAT: MemberCategory = { code: 'akimat', stateLinked: true, supervisedByHost: false };
const ASSEMBLY: MemberCategory = { code: 'assemblyOfPeople', stateLinked: false, supervisedByHost: true };

let seq = 0;
function member(category: MemberCategory, extra: Partial<Membership> = {}): Membership {
  seq += 1;
  return { personId: `p${seq}`, role: 'member', isVotingMember: true, category, isCivilServant: category.stateLinked, start: '2025-01-01', ...extra };
}

function many(n: number, category: MemberCategory): Membership[] {
  return Array.from({ length: n }, () => member(category));
}

function council(level: CouncilLevel, members: Membership[]): Composition {
  return { council: { level, hostBodyId: 'host' }, members };
}

function compose(level: CouncilLevel, civil: number, state: number, supervised = 0): Composition {
  return council(level, [...many(civil - supervised, NGO), ...many(supervised, ASSEMBLY), ...many(state, AKIMAT)]);
}

function check(c: Composition, code: string, ruleSet: RuleSet = rs): CheckResult {
  const r = evaluateComposition(c, ruleSet, ON).find((x) => x.code === code);
  if (r === undefined) throw new Error(`no result for ${code}`);
  return r;
}

const share = (c: Composition, ruleSet?: RuleSet): CheckResult => check(c, 'composition.civilSocietyShare', ruleSet);
const size = (c: Composition): CheckResult => check(c, 'composition.size');

describe('civil-society share', () => {
  it('passes 10 of 15 exactly at 2/3 and fails 9 of 15', () => {
    const pass = share(compose('republican', 10, 5));
    expect(pass.status).toBe('pass');
    expect(pass.figures).toMatchObject({ total: 15, civilSociety: 10, stateLinked: 5, limit: 10, percent: 66.67, replace: 0 });
    expect(pass.shortfall).toBe(0);
    expect(pass.remedy).toBeUndefined();

    const fail = share(compose('republican', 9, 6));
    expect(fail.status).toBe('fail');
    expect(fail.severity).toBe('hard');
    expect(fail.figures).toMatchObject({ count: 9, limit: 10, percent: 60, replace: 1, add: 3 });
    expect(fail.shortfall).toBe(1);
    expect(fail.message).toEqual({
      key: 'composition.share',
      params: expect.objectContaining({ count: 9, total: 15, limit: 10, numerator: 2, denominator: 3, comparison: 'atLeast' }),
    });
    expect(fail.remedy).toEqual({ key: 'remedy.share.replaceOrAdd', params: { good: 'civilSociety', replace: 1, add: 3 } });
    expect(fail.basis).toMatchObject({ article: '1', paragraph: '7' });
  });

  it('offers adding members only while the council stays within its maximum size', () => {
    const full = share(compose('republican', 19, 11));
    expect(full.figures['add']).toBeUndefined();
    expect(full.remedy).toEqual({ key: 'remedy.share.replace', params: { good: 'civilSociety', replace: 1 } });
  });

  it('flags the Kokshetau composition: 6 of 16 state-linked, 7 with the Assembly of People seat', () => {
    const kokshetau = compose('local', 10, 6, 1);
    const r = share(kokshetau);
    expect(r.status).toBe('fail');
    expect(r.figures).toMatchObject({ total: 16, civilSociety: 10, limit: 11, supervised: 1, stateLinkedWithSupervised: 7, percentWithSupervised: 43.75 });
    expect(r.notes).toEqual([{ key: 'composition.share.supervisedNote', params: { supervised: 1, stateLinkedWithSupervised: 7, total: 16 } }]);
    // The local size is not configured, so adding members is always possible.
    expect(r.remedy).toEqual({ key: 'remedy.share.replaceOrAdd', params: { good: 'civilSociety', replace: 1, add: 2 } });
  });

  it('turns a pass that depends on supervised seats into a warning', () => {
    expect(share(compose('republican', 10, 5, 1)).status).toBe('warning');
    const comfortable = share(compose('republican', 12, 3, 1));
    expect(comfortable.status).toBe('pass');
    expect(comfortable.notes).toHaveLength(1);
  });

  it('counts only voting members active on the date, never the secretary', () => {
    const c = council('republican', [
      ...many(10, NGO),
      ...many(5, AKIMAT),
      member(AKIMAT, { role: 'secretary', isVotingMember: false }),
      member(AKIMAT, { role: 'secretary', isVotingMember: true }),
      member(AKIMAT, { isVotingMember: false }),
      member(AKIMAT, { end: ON }),
      member(AKIMAT, { start: '2026-03-02' }),
    ]);
    expect(share(c).figures).toMatchObject({ total: 15, stateLinked: 5 });
    expect(size(c).figures['count']).toBe(15);
  });

  it('is not applicable to an empty council, and a soft version only warns', () => {
    expect(share(council('republican', [])).status).toBe('notApplicable');
    const soft = { ...rs, rules: rs.rules.map((r) => (r.code === 'composition.civilSocietyShare' ? { ...r, severity: 'soft' as const } : r)) };
    expect(share(compose('republican', 9, 6), soft).status).toBe('warning');
  });

  it('passes iff 3 × civil ≥ 2 × total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (civil, state) => {
        fc.pre(civil + state > 0);
        const r = share(compose('local', civil, state));
        expect(r.status === 'pass').toBe(3 * civil >= 2 * (civil + state));
        expect(r.status === 'fail').toBe(3 * civil < 2 * (civil + state));
      }),
    );
  });

  it('gives a minimal remedy that, applied, makes the rule pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 }), (civil, state) => {
        const r = share(compose('local', civil, state));
        const replace = r.figures['replace'] ?? 0;
        const total = civil + state;
        expect(share(compose('local', civil + replace, state - replace)).status).toBe('pass');
        if (replace > 0) expect(share(compose('local', civil + replace - 1, state - replace + 1)).status).toBe('fail');
        const add = r.figures['add'];
        if (add !== undefined) {
          expect(share(compose('local', civil + add, state)).status).toBe('pass');
          expect(share(compose('local', civil + add - 1, state)).status).toBe('fail');
        } else {
          expect(r.status).toBe('pass');
        }
        expect(total).toBe(r.figures['total']);
      }),
    );
  });

  it('computes minimal replace and add counts for any share', () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
      .map(([d, n, a, b]) => ({ numerator: Math.min(n, d), denominator: d, good: Math.min(a, b), total: Math.max(a, b) }));
    fc.assert(
      fc.property(arb, ({ numerator, denominator, good, total }) => {
        const f = { numerator, denominator };
        const { replace, add } = shareRemedy(good, total, f);
        const ok = (g: number, t: number): boolean => g * denominator >= numerator * t;
        expect(ok(good + replace, total)).toBe(true);
        if (replace > 0) expect(ok(good + replace - 1, total)).toBe(false);
        if (add === undefined) {
          expect(numerator).toBe(denominator);
          expect(ok(good, total)).toBe(false);
        } else {
          expect(ok(good + add, total + add)).toBe(true);
          if (add > 0) expect(ok(good + add - 1, total + add - 1)).toBe(false);
        }
      }),
    );
  });
});

describe('council size', () => {
  it.each([
    ['republican', 14, 'fail'],
    ['republican', 15, 'pass'],
    ['republican', 30, 'pass'],
    ['republican', 31, 'fail'],
    ['quasiPublic', 9, 'fail'],
    ['quasiPublic', 10, 'pass'],
    ['quasiPublic', 15, 'pass'],
    ['quasiPublic', 16, 'fail'],
  ] as const)('%s council of %i: %s', (level, n, status) => {
    expect(size(compose(level, n, 0)).status).toBe(status);
  });

  it('says how many to add or remove', () => {
    expect(size(compose('republican', 14, 0)).remedy).toEqual({ key: 'remedy.size.add', params: { add: 1 } });
    expect(size(compose('republican', 31, 0)).remedy).toEqual({ key: 'remedy.size.remove', params: { remove: 1 } });
    expect(size(compose('republican', 31, 0)).shortfall).toBe(1);
  });

  it('is not applicable to local councils until a size is configured', () => {
    const r = size(compose('local', 16, 0));
    expect(r.status).toBe('notApplicable');
    expect(r.message.key).toBe('composition.size.notConfigured');
  });
});

describe('other composition rules', () => {
  it('allows one member per NGO, comparing BINs by their digits', () => {
    const c = council('republican', [
      ...many(12, NGO),
      member(NGO, { nominatingOrgBin: '123456789012' }),
      member(NGO, { nominatingOrgBin: '123 456 789 012' }),
      member(NGO, { nominatingOrgBin: '999999999999' }),
      member(NGO, { nominatingOrgBin: ' ' }),
    ]);
    const r = check(c, 'composition.maxPerOrganisation');
    expect(r.status).toBe('fail');
    expect(r.figures).toMatchObject({ organisations: 2, organisationsOverLimit: 1, replace: 1 });
    expect(r.message.params).toMatchObject({ violations: [{ bin: '123456789012', count: 2 }] });
    expect(r.remedy).toEqual({ key: 'remedy.maxPerOrganisation', params: { max: 1, replace: 1 } });
    expect(check(compose('republican', 15, 0), 'composition.maxPerOrganisation').status).toBe('pass');
  });

  it('sorts several over-represented organisations by BIN', () => {
    const c = council('republican', [
      ...many(9, NGO),
      ...[1, 2, 3].map(() => member(NGO, { nominatingOrgBin: '222222222222' })),
      ...[1, 2].map(() => member(NGO, { nominatingOrgBin: '111111111111' })),
    ]);
    const r = check(c, 'composition.maxPerOrganisation');
    expect(r.message.params).toMatchObject({ violations: [{ bin: '111111111111' }, { bin: '222222222222' }] });
    expect(r.shortfall).toBe(3);
  });

  it('requires a chair who is not a civil servant', () => {
    const withChair = (isCivilServant: boolean): Composition =>
      council('republican', [...many(14, NGO), member(NGO, { role: 'chair', isCivilServant })]);
    expect(check(withChair(false), 'composition.chairNotCivilServant').status).toBe('pass');
    const bad = check(withChair(true), 'composition.chairNotCivilServant');
    expect(bad.status).toBe('fail');
    expect(bad.remedy).toEqual({ key: 'remedy.chair', params: {} });
    expect(check(compose('republican', 15, 0), 'composition.chairNotCivilServant').status).toBe('notApplicable');
  });

  it('limits consecutive terms when they are recorded', () => {
    expect(check(compose('republican', 15, 0), 'composition.consecutiveTerms').status).toBe('notApplicable');
    const c = council('republican', [...many(13, NGO), member(NGO, { consecutiveTerms: 2 }), member(NGO, { consecutiveTerms: 3 })]);
    const r = check(c, 'composition.consecutiveTerms');
    expect(r.status).toBe('fail');
    expect(r.figures).toMatchObject({ recorded: 2, violators: 1 });
    expect(r.remedy).toEqual({ key: 'remedy.consecutiveTerms', params: { max: 2, replace: 1 } });
    const fine = council('republican', [...many(14, NGO), member(NGO, { consecutiveTerms: 2 })]);
    expect(check(fine, 'composition.consecutiveTerms').status).toBe('pass');
  });

  it('allows one republican council per person, and only checks republican councils', () => {
    const seats = [{ councilId: 'other', level: 'republican' as const }];
    const rep = council('republican', [...many(14, NGO), member(NGO, { concurrentSeats: seats })]);
    const r = check(rep, 'composition.oneRepublicanCouncilPerPerson');
    expect(r.status).toBe('fail');
    expect(r.remedy).toEqual({ key: 'remedy.councilsPerPerson', params: { replace: 1 } });
    const localSeat = council('republican', [...many(14, NGO), member(NGO, { concurrentSeats: [{ councilId: 'x', level: 'local' }] })]);
    expect(check(localSeat, 'composition.oneRepublicanCouncilPerPerson').status).toBe('pass');
    const local = council('local', [...many(14, NGO), member(NGO, { concurrentSeats: seats })]);
    expect(check(local, 'composition.oneRepublicanCouncilPerPerson').status).toBe('notApplicable');
  });

  it('checks optional demographic targets as soft rules', () => {
    const basis = rs.rules[0].basis;
    const under35: Rule = {
      code: 'composition.under35',
      severity: 'soft',
      value: { kind: 'demographicTarget', attribute: { type: 'ageBelow', years: 35 }, comparison: 'atLeast', numerator: 30, denominator: 100 },
      basis,
    };
    const women: Rule = {
      code: 'composition.menAtMost',
      severity: 'soft',
      value: { kind: 'demographicTarget', attribute: { type: 'gender', gender: 'male' }, comparison: 'atMost', numerator: 1, denominator: 2 },
      basis,
    };
    const set: RuleSet = { ...rs, rules: [...rs.rules, under35, women] };
    const c = council('republican', [
      member(NGO, { birthDate: '1995-01-01', gender: 'female' }),
      member(NGO, { birthDate: '1991-03-02', gender: 'male' }), // turns 35 the day after ON
      member(NGO, { birthDate: '1991-03-01', gender: 'male' }), // 35 on ON: not under 35
      ...Array.from({ length: 9 }, () => member(NGO, { birthDate: '1960-01-01', gender: 'male' })),
      ...many(3, NGO),
    ]);
    const age = check(c, 'composition.under35', set);
    expect(age.status).toBe('warning');
    expect(age.figures).toMatchObject({ total: 15, count: 2, unknown: 3, limit: 5 });
    expect(age.remedy).toEqual({ key: 'remedy.demographic', params: { attribute: { type: 'ageBelow', years: 35 }, comparison: 'atLeast', change: 3 } });
    const men = check(c, 'composition.menAtMost', set);
    expect(men.status).toBe('warning');
    expect(men.figures).toMatchObject({ count: 11, limit: 7 });
    expect(men.shortfall).toBe(4);
    const young = council('republican', Array.from({ length: 15 }, () => member(NGO, { birthDate: '2000-01-01', gender: 'female' })));
    expect(check(young, 'composition.under35', set).status).toBe('pass');
    expect(check(council('republican', []), 'composition.under35', set).status).toBe('notApplicable');
  });

  it('skips rules not in force on the date and rules that are not about composition', () => {
    const expired: RuleSet = {
      ...rs,
      rules: rs.rules.map((r) => (r.code === 'composition.size' ? { ...r, effectiveTo: '2025-12-31' } : r)),
    };
    const codes = evaluateComposition(compose('republican', 15, 0), expired, ON).map((r) => r.code);
    expect(codes).not.toContain('composition.size');
    expect(codes).not.toContain('meetings.quorum');
    expect(codes).not.toContain('workingGroup.stateShare');
    expect(codes).toEqual([
      'composition.civilSocietyShare',
      'composition.maxPerOrganisation',
      'composition.oneRepublicanCouncilPerPerson',
      'composition.chairNotCivilServant',
      'composition.consecutiveTerms',
    ]);
  });

  it('names each result in plain words through its rule', () => {
    const [first] = evaluateComposition(compose('republican', 15, 0), rs, ON);
    expect(first?.name).toMatchObject({ key: 'rule.name', params: { code: 'composition.civilSocietyShare' } });
  });
});

describe('working group', () => {
  const group = (civil: number, state: number): { category: MemberCategory }[] => [
    ...Array.from({ length: civil }, () => ({ category: NGO })),
    ...Array.from({ length: state }, () => ({ category: AKIMAT })),
  ];

  it('allows at most 1/3 state members', () => {
    const [ok] = evaluateWorkingGroup(group(4, 2), rs, ON);
    expect(ok?.status).toBe('pass');
    expect(ok?.figures).toMatchObject({ count: 2, limit: 2 });
    const [bad] = evaluateWorkingGroup(group(3, 3), rs, ON);
    expect(bad?.status).toBe('fail');
    expect(bad?.remedy).toEqual({ key: 'remedy.share.replaceOrAdd', params: { good: 'civilSociety', replace: 1, add: 3 } });
    expect(bad?.notes).toEqual([]);
    expect(evaluateWorkingGroup(group(0, 0), rs, ON)[0]?.status).toBe('notApplicable');
  });
});

describe('independence index', () => {
  it('reports state-linked and supervised shares (Kokshetau: 37.5% and 43.75%)', () => {
    expect(independenceIndex(compose('local', 10, 6, 1), ON)).toEqual({
      total: 16,
      civilSociety: 10,
      stateLinked: 6,
      supervised: 1,
      stateLinkedPercent: 37.5,
      stateLinkedWithSupervisedPercent: 43.75,
      independentPercent: 56.25,
    });
  });

  it('without a date counts memberships that have not ended', () => {
    const c = council('local', [...many(3, NGO), member(AKIMAT, { end: '2025-06-01' }), member(NGO, { role: 'secretary' })]);
    expect(independenceIndex(c)).toMatchObject({ total: 3, stateLinked: 0, stateLinkedPercent: 0 });
    expect(independenceIndex(council('local', []))).toMatchObject({ total: 0, stateLinkedPercent: 0 });
  });
});

describe('checking a change', () => {
  it('refuses an appointment that breaks the civil-society share', () => {
    const before = compose('republican', 10, 5);
    const after = council('republican', [...before.members.slice(1), member(AKIMAT)]);
    const result = checkChange(before, after, rs, ON);
    expect(result.allowed).toBe(false);
    expect(result.violations).toEqual([
      expect.objectContaining({ change: 'introduced', result: expect.objectContaining({ code: 'composition.civilSocietyShare', status: 'fail' }) }),
    ]);
    expect(result.violations[0]?.before?.status).toBe('pass');
  });

  it('allows changes that do not worsen an existing failure, and refuses ones that do', () => {
    const before = compose('republican', 9, 6);
    expect(checkChange(before, council('republican', [...before.members, member(NGO)]), rs, ON).allowed).toBe(true);
    const worse = checkChange(before, council('republican', [...before.members, member(AKIMAT)]), rs, ON);
    expect(worse.allowed).toBe(false);
    expect(worse.violations.map((v) => [v.change, v.result.code, v.before?.shortfall, v.result.shortfall])).toEqual([
      ['worsened', 'composition.civilSocietyShare', 1, 2],
    ]);
  });

  it('refuses a change that moves a failing share further from the law even when the seats to change stay the same', () => {
    // 5 civil-society members of 8 and 5 of 9 both lack one seat; the ninth, state-linked, is still a step away.
    const before = compose('local', 5, 3);
    const worse = checkChange(before, council('local', [...before.members, member(AKIMAT)]), rs, ON);
    expect(worse.violations.map((v) => [v.change, v.result.code, v.before?.shortfall, v.result.shortfall])).toEqual([
      ['worsened', 'composition.civilSocietyShare', 1, 1],
    ]);
    // 4 of 7 → 5 of 8 also lacks one seat, but moves towards the law: allowed.
    const nearer = compose('local', 4, 3);
    expect(checkChange(nearer, council('local', [...nearer.members, member(NGO)]), rs, ON).allowed).toBe(true);
    // an "at most" share (the working group's state share) moving up while failing is worse too
    const wg: RuleSet = { ...rs, rules: rs.rules.map((r) => (r.code === 'composition.civilSocietyShare' ? { ...r, value: { ...r.value, subject: 'stateLinked' as const, comparison: 'atMost' as const, numerator: 1, denominator: 3 } } : r)) };
    const over = compose('local', 5, 3);
    expect(checkChange(over, council('local', [...over.members, member(AKIMAT)]), wg, ON).allowed).toBe(false);
    expect(checkChange(over, council('local', [...over.members, member(NGO)]), wg, ON).allowed).toBe(true);
  });

  it('refuses electing a civil servant as chair', () => {
    const before = compose('republican', 11, 4);
    const after = council('republican', [{ ...before.members[0], role: 'chair', isCivilServant: true }, ...before.members.slice(1)]);
    const result = checkChange(before, after, rs, ON);
    expect(result.violations.map((v) => [v.change, v.result.code])).toEqual([['introduced', 'composition.chairNotCivilServant']]);
  });

  it('treats a rule that was not applicable before and fails after as introduced', () => {
    const before = compose('republican', 15, 0);
    const after = council('republican', [...before.members.slice(1), member(NGO, { consecutiveTerms: 4 })]);
    const result = checkChange(before, after, rs, ON);
    expect(result.violations.map((v) => [v.change, v.before?.status])).toEqual([['introduced', 'notApplicable']]);
  });

  it('never blocks on soft rules', () => {
    const soft: RuleSet = { ...rs, rules: rs.rules.map((r) => ({ ...r, severity: 'soft' as const })) };
    expect(checkChange(compose('republican', 10, 5), compose('republican', 5, 10), soft, ON).allowed).toBe(true);
  });
});
