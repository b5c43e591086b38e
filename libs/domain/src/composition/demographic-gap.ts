import { AGE_BANDS, type AgeBandCode, type Demographics } from './demographics';

/**
 * The adult population a council serves, by the same age bands, as the authorized body entered
 * it (from the statistics bureau). Percentages of residents aged 18 and over: only adults can
 * sit on a council (383-V art. 10 p. 1), so children would only blur the comparison.
 */
export interface PopulationReference {
  readonly ageBands: ReadonlyArray<{ readonly band: AgeBandCode; readonly percent: number }>;
  /** Share of women among adult residents, in percent. */
  readonly femalePercent: number;
  /** Median age of adult residents, when the source gives it. */
  readonly medianAge: number | null;
}

/** Bands whose share differs by at least this many percentage points are called out. */
export const NOTABLE_GAP_POINTS = 10;

/** How far the sum of the bands may stray from 100 % (rounding in published tables). */
export const REFERENCE_SUM_TOLERANCE = 0.5;

export interface ShareGap {
  /** Share on the council among members whose data is known; null when nobody's is known. */
  readonly councilPercent: number | null;
  readonly populationPercent: number;
  /** councilPercent − populationPercent, in percentage points; positive means over-represented. */
  readonly gapPoints: number | null;
  readonly notable: boolean;
}

export interface DemographicGap {
  readonly ageBands: ReadonlyArray<ShareGap & { readonly band: AgeBandCode }>;
  readonly female: ShareGap;
  readonly medianAge: { readonly council: number | null; readonly population: number | null; readonly gapYears: number | null };
  /** The band furthest from the population in either direction (the first on a tie); null when nothing is known. */
  readonly largestAgeGap: { readonly band: AgeBandCode; readonly gapPoints: number } | null;
}

export type PopulationReferenceProblem =
  | { readonly path: string; readonly problem: 'outOfRange' }
  | { readonly path: 'ageBands'; readonly problem: 'bandsMismatch' }
  | { readonly path: 'ageBands'; readonly problem: 'sumNot100'; readonly sum: number };

const round1 = (n: number): number => Math.round(n * 10) / 10;
const inPercentRange = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 100;

/** Every problem of a reference as entered; an empty list means it can be stored. */
export function validatePopulationReference(ref: PopulationReference): PopulationReferenceProblem[] {
  const problems: PopulationReferenceProblem[] = [];
  const codes = ref.ageBands.map((b) => b.band);
  const expected = AGE_BANDS.map((b) => b.code);
  if (codes.length !== expected.length || expected.some((c) => codes.filter((x) => x === c).length !== 1)) {
    problems.push({ path: 'ageBands', problem: 'bandsMismatch' });
  }
  ref.ageBands.forEach((b, i) => {
    if (!inPercentRange(b.percent)) problems.push({ path: `ageBands.${i}.percent`, problem: 'outOfRange' });
  });
  const sum = round1(ref.ageBands.reduce((s, b) => s + b.percent, 0));
  if (ref.ageBands.every((b) => inPercentRange(b.percent)) && Math.abs(sum - 100) > REFERENCE_SUM_TOLERANCE) {
    problems.push({ path: 'ageBands', problem: 'sumNot100', sum });
  }
  if (!inPercentRange(ref.femalePercent)) problems.push({ path: 'femalePercent', problem: 'outOfRange' });
  if (ref.medianAge !== null && !(Number.isFinite(ref.medianAge) && ref.medianAge >= 18 && ref.medianAge <= 100)) {
    problems.push({ path: 'medianAge', problem: 'outOfRange' });
  }
  return problems;
}

function gap(part: number, known: number, populationPercent: number): ShareGap {
  if (known === 0) return { councilPercent: null, populationPercent, gapPoints: null, notable: false };
  const councilPercent = round1((part * 100) / known);
  const gapPoints = round1(councilPercent - populationPercent);
  return { councilPercent, populationPercent, gapPoints, notable: Math.abs(gapPoints) >= NOTABLE_GAP_POINTS };
}

/**
 * The council against the population it serves: each age band's share and the share of women,
 * in percentage points. Members without a birth date or gender are left out of the shares
 * (they are reported as unknown by `demographics`), never guessed.
 */
export function demographicGap(d: Demographics, ref: PopulationReference): DemographicGap {
  const knownAge = d.ageBands.reduce((s, b) => s + b.count, 0);
  const ageBands = AGE_BANDS.map((b) => ({
    band: b.code,
    ...gap(d.ageBands.find((x) => x.band === b.code)?.count ?? 0, knownAge, ref.ageBands.find((x) => x.band === b.code)?.percent ?? 0),
  }));
  let largestAgeGap: DemographicGap['largestAgeGap'] = null;
  for (const b of ageBands) {
    if (b.gapPoints === null) continue;
    if (!largestAgeGap || Math.abs(b.gapPoints) > Math.abs(largestAgeGap.gapPoints)) largestAgeGap = { band: b.band, gapPoints: b.gapPoints };
  }
  const knownGender = d.gender.female + d.gender.male;
  return {
    ageBands,
    female: gap(d.gender.female, knownGender, ref.femalePercent),
    medianAge: {
      council: d.medianAge,
      population: ref.medianAge,
      gapYears: d.medianAge === null || ref.medianAge === null ? null : round1(d.medianAge - ref.medianAge),
    },
    largestAgeGap,
  };
}
