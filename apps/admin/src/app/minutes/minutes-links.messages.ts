import type { Dictionary } from '@kenes/ui';

/** The words of the links to the minutes and the annual report, shown on screens in the initial bundle. */
export const MINUTES_ENTRY_MESSAGES: Dictionary = {
  'min.link': { kk: 'Хаттама', ru: 'Протокол', en: 'Minutes' },
  'rep.link': { kk: 'Жылдық есеп', ru: 'Годовой отчёт', en: 'Annual report' },
};
