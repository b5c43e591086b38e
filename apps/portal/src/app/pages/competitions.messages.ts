import type { Dictionary } from '@kenes/ui';

/** Words of the competitions page, registered when it loads (kept out of the first load). */
export const COMPETITION_MESSAGES: Dictionary = {
  'portal.competitions': { kk: 'Кеңеске мүшелер конкурстары', ru: 'Конкурсы в члены совета', en: 'Competitions for seats' },
  'portal.backToCouncil': { kk: 'Кеңес бетіне оралу', ru: 'К странице совета', en: 'Back to the council' },
  'portal.competitionFacts': {
    kk: 'Өтінімдер {from} – {to} қабылданды · орын саны: {seats}',
    ru: 'Заявки принимались {from} – {to} · мест: {seats}',
    en: 'Applications {from} – {to} · {seats} seats',
  },
  'portal.criteria': { kk: 'Бағалау өлшемдері', ru: 'Критерии оценки', en: 'Criteria' },
  'portal.rank': { kk: 'Орын', ru: 'Место', en: 'Rank' },
  'portal.candidate': { kk: 'Үміткер', ru: 'Кандидат', en: 'Candidate' },
  'portal.outcome': { kk: 'Нәтиже', ru: 'Итог', en: 'Outcome' },
  'portal.reasons': { kk: 'Неге', ru: 'Почему', en: 'Why' },
  'portal.refusedCount': {
    kk: 'Конкурсқа жіберілмеген өтінімдер: {n} (жеке деректер жарияланбайды).',
    ru: 'Заявок, не допущенных к конкурсу: {n} (персональные данные не публикуются).',
    en: 'Applications not admitted: {n} (personal data is not published).',
  },
  'portal.appointedFromReserve': { kk: 'Кейін кеңеске тағайындалды', ru: 'Позже назначен(а) в совет', en: 'Later appointed to the council' },
  'portal.noCompetitions': { kk: 'Жарияланған конкурс нәтижелері әзірге жоқ.', ru: 'Опубликованных итогов конкурсов пока нет.', en: 'No competition results have been published yet.' },
  'outcome.SELECTED': { kk: 'Іріктелді', ru: 'Отобран(а)', en: 'Selected' },
  'outcome.RESERVE': { kk: 'Резервте', ru: 'В резерве', en: 'On the reserve list' },
  'outcome.NOT_SELECTED': { kk: 'Іріктелмеді', ru: 'Не отобран(а)', en: 'Not selected' },
};
