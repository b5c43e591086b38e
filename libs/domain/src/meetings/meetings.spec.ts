import fc from 'fast-check';
import { defaultKazakhstanRuleSet } from '../rules/default-kazakhstan-rule-set';
import type { MajorityRuleValue, QuorumRuleValue, RuleSet } from '../rules/rule-types';
import { MEETING_STATES, allowedMeetingTransitions, canTransitionMeeting, transitionMeeting } from './meeting-state';
import type { MeetingState } from './meeting-state';
import { quorum } from './quorum';
import { tallyVote } from './tally-vote';
import type { VoteInput } from './tally-vote';

const rs = defaultKazakhstanRuleSet;

function withMajority(value: MajorityRuleValue): RuleSet {
  return { ...rs, rules: rs.rules.map((r) => (r.code === 'meetings.majority' ? { ...r, value } : r)) };
}

function withQuorum(numerator: number, denominator: number): RuleSet {
  const value: QuorumRuleValue = { kind: 'quorum', numerator, denominator, base: 'allMembers', rounding: 'ceil' };
  return { ...rs, rules: rs.rules.map((r) => (r.code === 'meetings.quorum' ? { ...r, value } : r)) };
}

describe('quorum', () => {
  it.each([
    [15, 10],
    [16, 11],
    [17, 12],
    [30, 20],
    [10, 7],
    [1, 1],
    [0, 0],
  ])('of %i members needs %i present', (total, required) => {
    expect(quorum(rs, { totalMembers: total, present: 0 }).required).toBe(required);
  });

  it('is reached at the required number and not one below', () => {
    expect(quorum(rs, { totalMembers: 16, present: 11 }).reached).toBe(true);
    const below = quorum(rs, { totalMembers: 15, present: 9 });
    expect(below).toMatchObject({ reached: false, required: 10, present: 9, totalMembers: 15 });
    expect(below.basis).toMatchObject({ article: '13', paragraph: '2' });
    expect(below.message).toEqual({ key: 'meetings.quorum', params: { reached: false, present: 9, total: 15, required: 10, basis: below.basis } });
  });

  it('is never reached by a council without members', () => {
    expect(quorum(rs, { totalMembers: 0, present: 0 }).reached).toBe(false);
  });

  it('refuses impossible counts', () => {
    expect(() => quorum(rs, { totalMembers: 15, present: 16 })).toThrow(RangeError);
    expect(() => quorum(rs, { totalMembers: -1, present: 0 })).toThrow(RangeError);
    expect(() => quorum(rs, { totalMembers: 15, present: 2.5 })).toThrow(RangeError);
  });

  it('requires the minimal number of members for any fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 500 }), (a, b, total) => {
        const [n, d] = [Math.min(a, b), Math.max(a, b)];
        const { required } = quorum(withQuorum(n, d), { totalMembers: total, present: 0 });
        expect(required * d >= n * total).toBe(true);
        expect((required - 1) * d < n * total).toBe(true);
        expect(quorum(withQuorum(n, d), { totalMembers: total, present: required }).reached).toBe(true);
        expect(quorum(withQuorum(n, d), { totalMembers: total, present: required - 1 }).reached).toBe(false);
      }),
    );
  });
});

describe('tallying a vote', () => {
  const vote = (v: Partial<VoteInput>, ruleSet: RuleSet = rs): ReturnType<typeof tallyVote> =>
    tallyVote(ruleSet, { for: 0, against: 0, abstain: 0, recused: 0, present: 12, totalMembers: 15, ...v });

  it('adopts with a simple majority of those present', () => {
    expect(vote({ for: 7, against: 5 })).toMatchObject({ adopted: true, reason: 'adopted', required: 7, tieBrokenByChair: false });
    expect(vote({ for: 6, against: 4, abstain: 2 })).toMatchObject({ adopted: false, reason: 'notAdopted', required: 7 });
    expect(vote({ for: 6, against: 4, abstain: 2 }).quorum?.reached).toBe(true);
  });

  it('leaves recused members out of the base of a majority of those present', () => {
    expect(vote({ for: 6, against: 4, recused: 2 })).toMatchObject({ adopted: true, required: 6 });
  });

  it('breaks a tie with the chair’s casting vote', () => {
    expect(vote({ for: 6, against: 6, chairVote: 'for' })).toMatchObject({ adopted: true, reason: 'tieChairFor', tieBrokenByChair: true });
    expect(vote({ for: 6, against: 6, chairVote: 'against' })).toMatchObject({ adopted: false, reason: 'tieChairAgainst', tieBrokenByChair: true });
    expect(vote({ for: 5, against: 5, abstain: 2, chairVote: 'abstain' })).toMatchObject({ adopted: false, reason: 'tieNoChairVote', tieBrokenByChair: false });
    expect(vote({ for: 6, against: 6 })).toMatchObject({ adopted: false, reason: 'tieNoChairVote' });
  });

  it('lets a tie fail when the rule says so', () => {
    const fails = withMajority({ kind: 'majority', type: 'ofPresent', tieBreak: 'fails' });
    expect(vote({ for: 6, against: 6, chairVote: 'for' }, fails)).toMatchObject({ adopted: false, reason: 'tieFails', tieBrokenByChair: false });
  });

  it('needs a majority of all members when the rule says so, with no casting vote', () => {
    const ofAll = withMajority({ kind: 'majority', type: 'ofAll', tieBreak: 'chairCasting' });
    expect(vote({ for: 7, against: 5 }, ofAll)).toMatchObject({ adopted: false, reason: 'notAdopted', required: 8 });
    expect(vote({ for: 8, against: 4 }, ofAll)).toMatchObject({ adopted: true, required: 8 });
    expect(vote({ for: 6, against: 6, chairVote: 'for' }, ofAll)).toMatchObject({ adopted: false, reason: 'tieFails' });
  });

  it('applies a qualified majority of those present or of all', () => {
    const present = withMajority({ kind: 'majority', type: 'qualified', of: 'present', fraction: { numerator: 2, denominator: 3 }, tieBreak: 'fails' });
    expect(vote({ for: 8, against: 4 }, present)).toMatchObject({ adopted: true, required: 8 });
    expect(vote({ for: 7, against: 5 }, present)).toMatchObject({ adopted: false, required: 8 });
    const all = withMajority({ kind: 'majority', type: 'qualified', of: 'all', fraction: { numerator: 2, denominator: 3 }, tieBreak: 'fails' });
    expect(vote({ for: 10, against: 2 }, all)).toMatchObject({ adopted: true, required: 10 });
    expect(vote({ for: 9, against: 3 }, all)).toMatchObject({ adopted: false, required: 10 });
  });

  it('adopts nothing without a quorum', () => {
    expect(vote({ for: 9, present: 9 })).toMatchObject({ adopted: false, reason: 'noQuorum' });
    expect(vote({ for: 9, present: 9 }).quorum?.required).toBe(10);
  });

  it('refuses inconsistent counts with a reason instead of a verdict', () => {
    expect(vote({ for: 10, against: 3 }).reason).toBe('invalidCounts');
    expect(vote({ present: 16 }).reason).toBe('invalidCounts');
    expect(vote({ for: -1 }).reason).toBe('invalidCounts');
    expect(vote({ for: 6, against: 6, chairVote: 'recused' }).reason).toBe('invalidCounts');
    expect(vote({ for: 10, against: 3 }).message).toMatchObject({ key: 'meetings.vote', params: { reason: 'invalidCounts' } });
  });

  it('never adopts without more votes for than against, unless the chair breaks a tie', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(40),
        fc.nat(40),
        fc.nat(40),
        fc.nat(40),
        fc.constantFrom<VoteInput['chairVote']>('for', 'against', 'abstain', undefined),
        (total, a, b, c, d, chairVote) => {
          const v: VoteInput = { totalMembers: total, present: Math.min(total, a + b + c + d), for: a, against: b, abstain: c, recused: d, ...(chairVote ? { chairVote } : {}) };
          const r = tallyVote(rs, v);
          if (r.adopted && !r.tieBrokenByChair) expect(v.for).toBeGreaterThan(v.against);
          if (r.adopted) expect(r.quorum?.reached).toBe(true);
        },
      ),
    );
  });
});

describe('meeting state machine', () => {
  it('runs draft → announced → in session → closed → minutes approved → published', () => {
    const path: MeetingState[] = ['draft', 'announced', 'inSession', 'closed', 'minutesApproved', 'published'];
    for (let i = 0; i + 1 < path.length; i++) {
      expect(transitionMeeting(path[i], path[i + 1])).toEqual({ ok: true, value: path[i + 1] });
    }
  });

  it('cancels only from draft or announced', () => {
    const cancellable = MEETING_STATES.filter((s) => canTransitionMeeting(s, 'cancelled'));
    expect(cancellable).toEqual(['draft', 'announced']);
  });

  it('refuses impossible transitions with a typed error', () => {
    const r = transitionMeeting('draft', 'published');
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'impossibleTransition',
        from: 'draft',
        to: 'published',
        allowed: ['announced', 'cancelled'],
        message: { key: 'meeting.transitionRefused', params: { from: 'draft', to: 'published', allowed: ['announced', 'cancelled'] } },
      },
    });
    expect(transitionMeeting('published', 'draft').ok).toBe(false);
    expect(allowedMeetingTransitions('cancelled')).toEqual([]);
    expect(canTransitionMeeting('inSession', 'cancelled')).toBe(false);
  });

  it('never goes back to an earlier state', () => {
    for (const from of MEETING_STATES) {
      for (const to of allowedMeetingTransitions(from)) {
        expect(MEETING_STATES.indexOf(to)).toBeGreaterThan(MEETING_STATES.indexOf(from));
      }
    }
  });
});
