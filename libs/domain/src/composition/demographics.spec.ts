import fc from 'fast-check';
import type { Composition, Membership } from './composition-types';
import { AGE_BANDS, demographics } from './demographics';

const ON = '2026-11-28';
let n = 0;
function member(extra: Partial<Membership> = {}): Membership {
  n += 1;
  return { personId: `p${n}`, role: 'member', isVotingMember: true, category: { code: 'ngo', stateLinked: false, supervisedByHost: false }, isCivilServant: false, start: '2024-01-15', ...extra };
}
const council = (members: Membership[]): Composition => ({ council: { level: 'local', hostBodyId: 'b' }, members });

describe('demographics', () => {
  it('bands ages on the date, at the band edges', () => {
    const d = demographics(
      council([
        member({ birthDate: '2008-11-28' }), // 18 today
        member({ birthDate: '1991-11-29' }), // 34
        member({ birthDate: '1991-11-28' }), // 35
        member({ birthDate: '1962-11-28' }), // 64
        member({ birthDate: '1961-11-28' }), // 65
      ]),
      ON,
    );
    expect(d.ageBands).toEqual([
      { band: '18-34', count: 2 },
      { band: '35-49', count: 1 },
      { band: '50-64', count: 1 },
      { band: '65+', count: 1 },
    ]);
    expect(d.medianAge).toBe(35);
  });

  it('takes the mean of the two middle ages for an even count, and counts unknowns apart', () => {
    const d = demographics(council([member({ birthDate: '1966-01-01' }), member({ birthDate: '1970-01-01' }), member({})]), ON);
    expect(d.medianAge).toBe(58); // 56 and 60
    expect(d.ageUnknown).toBe(1);
    expect(d.total).toBe(3);
  });

  it('never counts the secretary or members who have left, and counts gender without guessing', () => {
    const d = demographics(
      council([
        member({ gender: 'female' }),
        member({ gender: 'male' }),
        member({}),
        member({ role: 'secretary', isVotingMember: false, gender: 'female' }),
        member({ gender: 'female', end: '2026-01-01' }),
      ]),
      ON,
    );
    expect(d.total).toBe(3);
    expect(d.gender).toEqual({ female: 1, male: 1, unknown: 1 });
    expect(d.medianAge).toBeNull();
  });

  it('accounts for every member exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 18, max: 95 }), { nil: undefined }), { maxLength: 40 }), (ages) => {
        const members = ages.map((a) => member(a === undefined ? {} : { birthDate: `${2026 - a}-01-01` }));
        const d = demographics(council(members), ON);
        const banded = d.ageBands.reduce((s, b) => s + b.count, 0);
        expect(banded + d.ageUnknown).toBe(d.total);
        expect(d.gender.female + d.gender.male + d.gender.unknown).toBe(d.total);
        expect(d.ageBands.map((b) => b.band)).toEqual(AGE_BANDS.map((b) => b.code));
      }),
    );
  });
});
