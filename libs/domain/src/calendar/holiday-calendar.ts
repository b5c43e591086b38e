import type { LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';
import type { IsoDate, IsoWeekday } from '../dates/iso-date';

export interface FixedHoliday {
  readonly month: number;
  readonly day: number;
  readonly name: LocalizedText;
  /** Whether falling on a weekend gives the next working day off (false for 7 January). */
  readonly carryOverWhenWeekend: boolean;
  readonly basis: LegalBasis;
}

/** A holiday whose date moves every year (lunar), entered per year. */
export interface DatedHoliday {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly carryOverWhenWeekend: boolean;
  readonly basis: LegalBasis;
}

/** A day made a day off or a working day by a Government decree (transfers cannot be computed). */
export interface DecreedDay {
  readonly date: IsoDate;
  readonly reason: LocalizedText;
}

/**
 * A working-day calendar is data that the authorized body edits year by year; the engine only
 * applies it.
 */
export interface HolidayCalendar {
  readonly id: string;
  readonly jurisdiction: string;
  readonly fixedHolidays: readonly FixedHoliday[];
  readonly datedHolidays: readonly DatedHoliday[];
  readonly extraDaysOff: readonly DecreedDay[];
  /** Working days that would otherwise be off (working Saturdays); they win over everything else. */
  readonly workingDaysOverride: readonly DecreedDay[];
  readonly weekend: readonly IsoWeekday[];
  /**
   * Years whose moving holidays and decreed transfers have been entered in full. Undefined means
   * the calendar makes no claim; a deadline reaching a year not listed carries a warning.
   */
  readonly confirmedYears?: readonly number[];
}

export type DayOffReason =
  | { readonly kind: 'weekend'; readonly weekday: IsoWeekday }
  | {
      readonly kind: 'holiday';
      readonly name: LocalizedText;
      readonly basis: LegalBasis;
      readonly onWeekend: boolean;
    }
  | {
      readonly kind: 'carriedOver';
      readonly name: LocalizedText;
      readonly holidayDate: IsoDate;
      readonly basis: LegalBasis;
    }
  | { readonly kind: 'extraDayOff'; readonly reason: LocalizedText };
