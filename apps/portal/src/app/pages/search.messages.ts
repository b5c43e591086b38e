import type { Dictionary } from '@kenes/ui';

export const SEARCH_MESSAGES: Dictionary = {
  'search.title': { kk: 'Іздеу', ru: 'Поиск', en: 'Search' },
  'search.lead': {
    kk: 'Кеңестердің күн тәртібіндегі мәселелерден, шешімдерінен және ұсынымдарынан іздеу.',
    ru: 'Поиск по вопросам повесток, решениям и рекомендациям общественных советов.',
    en: 'Search the agenda items, decisions and recommendations of public councils.',
  },
  'search.query': { kk: 'Не іздейсіз?', ru: 'Что вы ищете?', en: 'What are you looking for?' },
  'search.queryHint': {
    kk: 'Бірнеше сөз, "нақты тіркес", -алып тастау немесе OR.',
    ru: 'Несколько слов, "точная фраза", -исключить или OR.',
    en: 'A few words, "an exact phrase", -to exclude, or OR.',
  },
  'search.filters': { kk: 'Іздеуді нақтылау', ru: 'Уточнить поиск', en: 'Narrow the search' },
  'search.council': { kk: 'Кеңес', ru: 'Совет', en: 'Council' },
  'search.allCouncils': { kk: 'Барлық кеңестер', ru: 'Все советы', en: 'All councils' },
  'search.from': { kk: 'Қай күннен', ru: 'С даты', en: 'From' },
  'search.to': { kk: 'Қай күнге дейін', ru: 'По дату', en: 'To' },
  'search.kind': { kk: 'Не іздеу керек', ru: 'Что искать', en: 'Kind' },
  'search.allKinds': { kk: 'Барлығы', ru: 'Всё', en: 'Everything' },
  'search.kind.AGENDA_ITEM': { kk: 'Күн тәртібінің мәселесі', ru: 'Вопрос повестки', en: 'Agenda item' },
  'search.kind.DECISION': { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
  'search.kind.RECOMMENDATION': { kk: 'Ұсыным', ru: 'Рекомендация', en: 'Recommendation' },
  'search.submit': { kk: 'Іздеу', ru: 'Найти', en: 'Search' },
  'search.count': { kk: 'Табылды: {n}', ru: 'Найдено: {n}', en: '{n} found' },
  'search.none': {
    kk: 'Ештеңе табылмады. Басқа сөздерді көріңіз немесе сүзгілерді алып тастаңыз.',
    ru: 'Ничего не найдено. Попробуйте другие слова или уберите фильтры.',
    en: 'Nothing found. Try other words or remove the filters.',
  },
  'search.empty': {
    kk: 'Сөзді жазып, «Іздеу» батырмасын басыңыз. Мысалы: жол жүру ақысы.',
    ru: 'Введите слова и нажмите «Найти». Например: тариф на проезд.',
    en: 'Type some words and press “Search”. For example: bus fare.',
  },
  'search.results': { kk: 'Іздеу нәтижелері', ru: 'Результаты поиска', en: 'Search results' },
  'search.previous': { kk: '← Алдыңғы', ru: '← Предыдущие', en: '← Previous' },
  'search.next': { kk: 'Келесі →', ru: 'Следующие →', en: 'Next →' },
  'search.pages': { kk: 'Нәтижелер беттері', ru: 'Страницы результатов', en: 'Result pages' },
  'search.range': { kk: '{from}–{to}, барлығы {total}', ru: '{from}–{to} из {total}', en: '{from}–{to} of {total}' },
};
