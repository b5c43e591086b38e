import type { Dictionary } from './i18n';

/** Words of the demographic gap; registered by the pages that show it (kept out of the first load). */
export const GAP_MESSAGES: Dictionary = {
  'gap.title': { kk: 'Кеңес пен тұрғындар', ru: 'Совет и жители', en: 'The council and the people it serves' },
  'gap.median': {
    kk: 'Мүшелердің медианалық жасы — {council}, ересек тұрғындардікі — {population}.',
    ru: 'Медианный возраст членов совета — {council}, взрослых жителей — {population}.',
    en: 'Members’ median age is {council}; adult residents’ is {population}.',
  },
  'gap.band': { kk: 'Топ', ru: 'Группа', en: 'Group' },
  'gap.council': { kk: 'Кеңесте', ru: 'В совете', en: 'On the council' },
  'gap.population': { kk: 'Тұрғындар арасында', ru: 'Среди жителей', en: 'Among residents' },
  'gap.difference': { kk: 'Айырмашылық', ru: 'Разница', en: 'Difference' },
  'gap.women': { kk: 'Әйелдер', ru: 'Женщины', en: 'Women' },
  'gap.more': { kk: '{n} пайыздық тармаққа көп', ru: 'больше на {n} п. п.', en: '{n} points more' },
  'gap.fewer': { kk: '{n} пайыздық тармаққа аз', ru: 'меньше на {n} п. п.', en: '{n} points fewer' },
  'gap.same': { kk: 'шамамен бірдей', ru: 'примерно так же', en: 'about the same' },
  'gap.unknown': { kk: 'деректер жоқ', ru: 'нет данных', en: 'no data' },
  'gap.source': { kk: 'Тұрғындар туралы деректер: {source}, {date}.', ru: 'Данные о населении: {source}, на {date}.', en: 'Population figures: {source}, as of {date}.' },
  'gap.none': {
    kk: 'Бұл аумақ үшін тұрғындар туралы деректер әлі енгізілмеген.',
    ru: 'Данные о населении этой территории ещё не внесены.',
    en: 'No population figures have been entered for this area yet.',
  },
};
