import type { Dictionary } from '@kenes/ui';

/** The "Follow and download" block: what each feed or file is, in plain words. */
export const FEEDS_MESSAGES: Dictionary = {
  'feeds.title': { kk: 'Жазылу және жүктеп алу', ru: 'Следить и скачать', en: 'Follow and download' },
  'feeds.lead': {
    kk: 'Бұл мекенжайлар тұрақты: оларды күнтізбеге, жаңалықтар оқырманына немесе кестеге бір рет қосыңыз — жаңа деректер өздігінен келеді.',
    ru: 'Эти адреса постоянные: добавьте их один раз в календарь, программу для чтения новостей или таблицу — новое будет приходить само.',
    en: 'These addresses do not change: add them once to your calendar, news reader or spreadsheet and new records arrive by themselves.',
  },
  'feeds.follow': { kk: 'Жаңалықтарды бақылау', ru: 'Следить за новым', en: 'Follow' },
  'feeds.download': { kk: 'Деректерді жүктеп алу', ru: 'Скачать данные', en: 'Download the data' },
  'feeds.meetings': { kk: 'Отырыстар күнтізбесі (.ics)', ru: 'Календарь заседаний (.ics)', en: 'Calendar of meetings (.ics)' },
  'feeds.meetingsHint': {
    kk: 'Телефонның немесе компьютердің күнтізбесіне қосыңыз (Google, Outlook, Apple: «URL арқылы жазылу»): отырыстар, олардың өзгерістері мен күшін жоюы өздігінен көрінеді.',
    ru: 'Добавьте в календарь телефона или компьютера (Google, Outlook, Apple: «подписаться по URL»): заседания, их переносы и отмены появятся сами.',
    en: 'Add it to your phone or computer calendar (Google, Outlook, Apple: “subscribe by URL”): meetings, changes and cancellations appear by themselves.',
  },
  'feeds.decisions': { kk: 'Шешімдер мен ұсынымдар: Atom', ru: 'Решения и рекомендации: Atom', en: 'Decisions and recommendations: Atom' },
  'feeds.decisionsRss': { kk: 'немесе RSS', ru: 'или RSS', en: 'or RSS' },
  'feeds.decisionsHint': {
    kk: 'Жаңалықтар оқырманына (мысалы, Feedly немесе Thunderbird) қосыңыз: кеңестің әр жаңа шешімі жеке жазба болып келеді.',
    ru: 'Добавьте в программу для чтения новостей (например, Feedly или Thunderbird): каждое новое решение совета придёт отдельной записью.',
    en: 'Add it to a news reader (Feedly or Thunderbird, for example): each new decision of the council arrives as an entry.',
  },
  'feeds.votes': { kk: 'Дауыс беру нәтижелері (CSV)', ru: 'Результаты голосований (CSV)', en: 'Roll-call votes (CSV)' },
  'feeds.votesHint': {
    kk: 'Әр мүшенің әр дауысы: Excel, LibreOffice немесе Google Sheets ашады.',
    ru: 'Каждый голос каждого члена совета: открывается в Excel, LibreOffice или Google Таблицах.',
    en: 'Every vote of every member: opens in Excel, LibreOffice or Google Sheets.',
  },
  'feeds.obligations': {
    kk: 'Мемлекеттік органдардың міндеттемелері (CSV)',
    ru: 'Обязательства государственных органов (CSV)',
    en: 'Obligations of state bodies (CSV)',
  },
  'feeds.obligationsHint': {
    kk: 'Әр ұсыным бойынша кім жауап беруге тиіс, қай күнге дейін және уақытында жауап бергені.',
    ru: 'Кто должен ответить на каждую рекомендацию, к какому сроку и ответил ли вовремя.',
    en: 'Who must answer each recommendation, by when, and whether they answered on time.',
  },
  'feeds.popolo': {
    kk: 'Кеңестің барлық деректері (Popolo JSON)',
    ru: 'Все данные совета (Popolo JSON)',
    en: 'All of the council’s data (Popolo JSON)',
  },
  'feeds.popoloHint': {
    kk: 'Бағдарламашылар мен журналистерге: құрамы, отырыстары, дауыс берулері, ұсынымдары және жауаптары халықаралық Popolo пішімінде.',
    ru: 'Для программистов и журналистов: состав, заседания, голосования, рекомендации и ответы в международном формате Popolo.',
    en: 'For developers and journalists: members, meetings, votes, recommendations and answers in the international Popolo format.',
  },
  'feeds.deadlines': {
    kk: 'Жауап беру мерзімдерінің күнтізбесі (.ics)',
    ru: 'Календарь сроков ответа (.ics)',
    en: 'Calendar of answer deadlines (.ics)',
  },
  'feeds.deadlinesHint': {
    kk: 'Бұл орган кеңестердің ұсынымдарына жауап беруге тиіс күндер. Күнтізбеге қосыңыз («URL арқылы жазылу»).',
    ru: 'Дни, к которым этот орган обязан ответить на рекомендации советов. Добавьте в календарь («подписаться по URL»).',
    en: 'The days by which this body must answer the councils’ recommendations. Add it to your calendar (“subscribe by URL”).',
  },
  'feeds.atomTitle': { kk: '{name}: шешімдер', ru: '{name}: решения', en: '{name}: decisions' },
};
