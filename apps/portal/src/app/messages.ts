import type { Dictionary } from '@kenes/ui';

export const PORTAL_MESSAGES: Dictionary = {
  'portal.brand': { kk: 'Kenes — қоғамдық кеңестер', ru: 'Kenes — общественные советы', en: 'Kenes — public councils' },
  'portal.tagline': {
    kk: 'Қоғамдық кеңестер не істейді және мемлекеттік органдар оларға қалай жауап береді',
    ru: 'Что делают общественные советы и как им отвечают государственные органы',
    en: 'What public councils do and how state bodies answer them',
  },
  'portal.councils': { kk: 'Қоғамдық кеңестер', ru: 'Общественные советы', en: 'Public councils' },
  'portal.search': { kk: 'Кеңесті іздеу', ru: 'Поиск совета', en: 'Find a council' },
  'portal.searchRecord': { kk: 'Кеңестердің жұмысынан іздеу', ru: 'Поиск по работе советов', en: 'Search the councils’ work' },
  'portal.searchPlaceholder': { kk: 'Мысалы: жол жүру ақысы', ru: 'Например: тариф на проезд', en: 'E.g. bus fare' },
  'portal.searchButton': { kk: 'Іздеу', ru: 'Найти', en: 'Search' },
  'portal.level': { kk: 'Деңгейі', ru: 'Уровень', en: 'Level' },
  'portal.allLevels': { kk: 'Барлығы', ru: 'Все', en: 'All' },
  'portal.jurisdiction': { kk: 'Аумақ', ru: 'Территория', en: 'Area' },
  'portal.backToIndex': { kk: 'Барлық кеңестер', ru: 'Все советы', en: 'All councils' },
  'portal.notFound': { kk: 'Бет табылмады', ru: 'Страница не найдена', en: 'Page not found' },
  'portal.councilNotFound': { kk: 'Мұндай жарияланған кеңес жоқ.', ru: 'Такого опубликованного совета нет.', en: 'There is no published council with this address.' },
  'portal.about': {
    kk: 'Қоғамдық кеңестер — министрліктер мен әкімдіктер жанындағы азаматтар кеңесі. Олар бюджеттерді, заң жобаларын және басшылардың есептерін қарайды; мемлекеттік органдар олардың ұсынымдарына дәлелді жауап беруге міндетті.',
    ru: 'Общественные советы — советы граждан при министерствах и акиматах. Они рассматривают бюджеты, проекты актов и отчёты руководителей; государственные органы обязаны мотивированно отвечать на их рекомендации.',
    en: 'Public councils are citizens’ councils attached to ministries and akimats. They review budgets, draft acts and officials’ reports; state bodies must give reasoned answers to their recommendations.',
  },
  'portal.competitionsLink': { kk: 'Конкурс нәтижелері және себептері', ru: 'Итоги конкурсов и их причины', en: 'Competition results and the reasons' },
  'portal.footer': {
    kk: 'Деректер ашық: кез келген адам оқи алады.',
    ru: 'Данные открыты: читать может любой.',
    en: 'Open data: anyone may read it.',
  },
};
