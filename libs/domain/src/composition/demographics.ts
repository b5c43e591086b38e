import { ageOn, type IsoDate } from '../dates/iso-date';
import type { Composition } from './composition-types';
import { countedMembers } from './members';

/** Age bands used to compare a council with the population it serves. */
export const AGE_BANDS = [
  { code: '18-34', from: 18, to: 34 },
  { code: '35-49', from: 35, to: 49 },
  { code: '50-64', from: 50, to: 64 },
  { code: '65+', from: 65, to: Number.POSITIVE_INFINITY },
] as const;
export type AgeBandCode = (typeof AGE_BANDS)[number]['code'];

export interface Demographics {
  /** Voting members counted (the secretary never is). */
  total: number;
  ageBands: Array<{ band: AgeBandCode; count: number }>;
  ageUnknown: number;
  /** Median age of members with a known birth date; null when none is known. */
  medianAge: number | null;
  gender: { female: number; male: number; unknown: number };
}

/**
 * Who sits on the council by age and gender on a date: the source found councils of
 * 60-year-olds in cities of young people. Members without the data are counted as unknown,
 * never guessed.
 */
export function demographics(composition: Composition, onDate: IsoDate): Demographics {
  const members = countedMembers(composition, onDate);
  const ages = members.filter((m) => m.birthDate).map((m) => ageOn(m.birthDate as IsoDate, onDate)).sort((a, b) => a - b);
  const mid = ages.length / 2;
  const medianAge = ages.length === 0 ? null : ages.length % 2 ? (ages[Math.floor(mid)]) : ((ages[mid - 1]) + (ages[mid])) / 2;
  return {
    total: members.length,
    ageBands: AGE_BANDS.map((b) => ({ band: b.code, count: ages.filter((a) => a >= b.from && a <= b.to).length })),
    ageUnknown: members.length - ages.length,
    medianAge,
    gender: {
      female: members.filter((m) => m.gender === 'female').length,
      male: members.filter((m) => m.gender === 'male').length,
      unknown: members.filter((m) => m.gender !== 'female' && m.gender !== 'male').length,
    },
  };
}
