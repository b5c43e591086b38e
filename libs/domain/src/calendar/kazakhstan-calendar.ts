import type { LegalAct, LegalBasis } from '../common/legal-basis';
import type { LocalizedText } from '../common/localized-text';
import type { IsoDate } from '../dates/iso-date';
import type { DatedHoliday, FixedHoliday, HolidayCalendar } from './holiday-calendar';

const LAW_ON_HOLIDAYS: LegalAct = {
  id: 'KZ-267-II',
  short: { kk: '267-II Заң', ru: 'Закон 267-II', en: 'Law 267-II' },
};

export const KZ_LABOUR_CODE: LegalAct = {
  id: 'KZ-LABOUR-CODE',
  short: { kk: 'Еңбек кодексі', ru: 'Трудовой кодекс', en: 'Labour Code' },
};

// LAW.md cites the Law on holidays without an article for these, hence 'S'.
const HOLIDAYS_LAW: LegalBasis = { act: LAW_ON_HOLIDAYS, confidence: 'S' };
const RELIGIOUS_DAY_OFF: LegalBasis = { act: KZ_LABOUR_CODE, article: '84', paragraph: '5', confidence: 'S' };

function fixed(month: number, day: number, name: LocalizedText, carryOverWhenWeekend = true): FixedHoliday {
  return {
    month,
    day,
    name,
    carryOverWhenWeekend,
    basis: carryOverWhenWeekend ? HOLIDAYS_LAW : RELIGIOUS_DAY_OFF,
  };
}

const NEW_YEAR: LocalizedText = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ: LocalizedText = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };

export const KAZAKHSTAN_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  fixed(1, 1, NEW_YEAR),
  fixed(1, 2, NEW_YEAR),
  fixed(1, 7, { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' }, false),
  fixed(3, 8, { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" }),
  fixed(3, 21, NAURYZ),
  fixed(3, 22, NAURYZ),
  fixed(3, 23, NAURYZ),
  fixed(5, 1, {
    kk: 'Қазақстан халқының бірлігі мерекесі',
    ru: 'Праздник единства народа Казахстана',
    en: 'Unity Day of the People of Kazakhstan',
  }),
  fixed(5, 7, { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' }),
  fixed(5, 9, { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' }),
  fixed(7, 6, { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' }),
  fixed(8, 30, { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' }),
  fixed(10, 25, { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' }),
  fixed(12, 16, { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' }),
];

const KURBAN_AIT: LocalizedText = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

/**
 * First day of Kurban Ait by year. Lunar, announced yearly; only dates stated in LAW.md are
 * seeded, the authorized body enters the others.
 */
const KURBAN_AIT_FIRST_DAY: Readonly<Record<number, IsoDate>> = { 2026: '2026-05-27' };

/**
 * The seed calendar of LAW.md "Working days". Government transfers (working Saturdays) cannot be
 * computed and are not seeded; a year counts as confirmed only when its lunar holidays are known.
 */
export function kazakhstanCalendar(years: readonly number[]): HolidayCalendar {
  const datedHolidays: DatedHoliday[] = [];
  const confirmedYears: number[] = [];
  for (const year of years) {
    const kurbanAit = KURBAN_AIT_FIRST_DAY[year];
    if (kurbanAit === undefined) continue;
    datedHolidays.push({ date: kurbanAit, name: KURBAN_AIT, carryOverWhenWeekend: false, basis: RELIGIOUS_DAY_OFF });
    confirmedYears.push(year);
  }
  return {
    id: 'kz-national',
    jurisdiction: 'KZ',
    fixedHolidays: KAZAKHSTAN_FIXED_HOLIDAYS,
    datedHolidays,
    extraDaysOff: [],
    workingDaysOverride: [],
    weekend: [6, 7],
    confirmedYears,
  };
}
