import fc from 'fast-check';
import { demographicGap, NOTABLE_GAP_POINTS, validatePopulationReference, type PopulationReference } from './demographic-gap';
import { AGE_BANDS, type Demographics } from './demographics';

const ALMATY: PopulationReference = {
  ageBands: [
    { band: '18-34', percent: 37 },
    { band: '35-49', percent: 30 },
    { band: '50-64', percent: 21 },
    { band: '65+', percent: 12 },
  ],
  femalePercent: 53,
  medianAge: 40,
};

function demo(counts: [number, number, number, number], unknownAge = 0, female = 0, male = 0, unknownGender = 0, medianAge: number | null = null): Demographics {
  const total = counts.reduce((s, c) => s + c, 0) + unknownAge;
  return {
    total,
    ageBands: AGE_BANDS.map((b, i) => ({ band: b.code, count: counts[i] ?? 0 })),
    ageUnknown: unknownAge,
    medianAge,
    gender: { female, male, unknown: unknownGender },
  };
}

describe('validatePopulationReference', () => {
  it('accepts a reference whose bands add up to 100 within the tolerance', () => {
    expect(validatePopulationReference(ALMATY)).toEqual([]);
    const rounded = { ...ALMATY, ageBands: ALMATY.ageBands.map((b, i) => (i === 0 ? { ...b, percent: 37.5 } : b)) };
    expect(validatePopulationReference(rounded)).toEqual([]); // 100.5
  });

  it('refuses a sum off by more than the tolerance, and says what the sum is', () => {
    const off = { ...ALMATY, ageBands: ALMATY.ageBands.map((b, i) => (i === 0 ? { ...b, percent: 37.6 } : b)) };
    expect(validatePopulationReference(off)).toEqual([{ path: 'ageBands', problem: 'sumNot100', sum: 100.6 }]);
  });

  it('refuses missing, repeated or unknown bands', () => {
    const first = ALMATY.ageBands[0] ?? { band: '18-34' as const, percent: 0 };
    expect(validatePopulationReference({ ...ALMATY, ageBands: ALMATY.ageBands.slice(1) })).toContainEqual({ path: 'ageBands', problem: 'bandsMismatch' });
    expect(validatePopulationReference({ ...ALMATY, ageBands: [first, ...ALMATY.ageBands.slice(0, 3)] })).toContainEqual({
      path: 'ageBands',
      problem: 'bandsMismatch',
    });
  });

  it('refuses shares outside 0–100 and a median outside adult ages', () => {
    const bad = { ageBands: ALMATY.ageBands.map((b, i) => (i === 3 ? { ...b, percent: -1 } : b)), femalePercent: 101, medianAge: 17 };
    expect(validatePopulationReference(bad)).toEqual([
      { path: 'ageBands.3.percent', problem: 'outOfRange' },
      { path: 'femalePercent', problem: 'outOfRange' },
      { path: 'medianAge', problem: 'outOfRange' },
    ]);
    expect(validatePopulationReference({ ...ALMATY, medianAge: 18 })).toEqual([]);
    expect(validatePopulationReference({ ...ALMATY, medianAge: 100 })).toEqual([]);
    expect(validatePopulationReference({ ...ALMATY, medianAge: null })).toEqual([]);
    expect(validatePopulationReference({ ...ALMATY, femalePercent: Number.NaN })).toEqual([{ path: 'femalePercent', problem: 'outOfRange' }]);
  });
});

describe('demographicGap', () => {
  it('shows an old council against a young city (Almaty: members median 60 against 40)', () => {
    // 30 members: 1 young, 4 middle-aged, 15 aged 50–64, 10 aged 65+; 9 women, 21 men.
    const g = demographicGap(demo([1, 4, 15, 10], 0, 9, 21, 0, 60.5), ALMATY);
    expect(g.ageBands).toEqual([
      { band: '18-34', councilPercent: 3.3, populationPercent: 37, gapPoints: -33.7, notable: true },
      { band: '35-49', councilPercent: 13.3, populationPercent: 30, gapPoints: -16.7, notable: true },
      { band: '50-64', councilPercent: 50, populationPercent: 21, gapPoints: 29, notable: true },
      { band: '65+', councilPercent: 33.3, populationPercent: 12, gapPoints: 21.3, notable: true },
    ]);
    expect(g.largestAgeGap).toEqual({ band: '18-34', gapPoints: -33.7 });
    expect(g.female).toEqual({ councilPercent: 30, populationPercent: 53, gapPoints: -23, notable: true });
    expect(g.medianAge).toEqual({ council: 60.5, population: 40, gapYears: 20.5 });
  });

  it('calls a gap notable from exactly the threshold, not below', () => {
    // 10 members, 5 women = 50 %; population 60 % → −10 points; 59.9 % → −9.9.
    expect(demographicGap(demo([10, 0, 0, 0], 0, 5, 5), { ...ALMATY, femalePercent: 60 }).female.notable).toBe(true);
    expect(demographicGap(demo([10, 0, 0, 0], 0, 5, 5), { ...ALMATY, femalePercent: 59.9 }).female).toMatchObject({ gapPoints: -9.9, notable: false });
    expect(NOTABLE_GAP_POINTS).toBe(10);
  });

  it('leaves unknown members out of the shares and says nothing when nobody is known', () => {
    const g = demographicGap(demo([0, 0, 0, 0], 4, 0, 0, 4), ALMATY);
    expect(g.ageBands.every((b) => b.councilPercent === null && b.gapPoints === null && !b.notable)).toBe(true);
    expect(g.female).toEqual({ councilPercent: null, populationPercent: 53, gapPoints: null, notable: false });
    expect(g.largestAgeGap).toBeNull();
    expect(g.medianAge).toEqual({ council: null, population: 40, gapYears: null });

    const some = demographicGap(demo([2, 0, 0, 0], 8, 1, 1, 8), ALMATY);
    expect(some.ageBands[0]).toMatchObject({ councilPercent: 100 });
    expect(some.female.councilPercent).toBe(50);
  });

  it('has no median gap without the population median', () => {
    expect(demographicGap(demo([1, 1, 1, 1], 0, 2, 2, 0, 50), { ...ALMATY, medianAge: null }).medianAge).toEqual({ council: 50, population: null, gapYears: null });
  });

  it('keeps the first band on a tie for the largest gap', () => {
    const even: PopulationReference = { ...ALMATY, ageBands: AGE_BANDS.map((b) => ({ band: b.code, percent: 25 })) };
    expect(demographicGap(demo([5, 0, 5, 0]), even).largestAgeGap).toEqual({ band: '18-34', gapPoints: 25 });
  });

  it('council shares add up to 100 and the largest gap is never exceeded (property)', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20)), fc.nat(5), (counts, unknown) => {
        const g = demographicGap(demo(counts, unknown), ALMATY);
        const known = counts.reduce((s, c) => s + c, 0);
        if (known === 0) {
          expect(g.largestAgeGap).toBeNull();
          return;
        }
        const sum = g.ageBands.reduce((s, b) => s + (b.councilPercent ?? 0), 0);
        // Each of four shares is rounded to 0.1 point: at most 0.2 apart in all (plus binary floating-point error).
        expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.2 + 1e-9);
        for (const b of g.ageBands) {
          expect(b.notable).toBe(Math.abs(b.gapPoints ?? 0) >= NOTABLE_GAP_POINTS);
          expect(Math.abs(b.gapPoints ?? 0)).toBeLessThanOrEqual(Math.abs(g.largestAgeGap?.gapPoints ?? 0));
        }
      }),
    );
  });
});
