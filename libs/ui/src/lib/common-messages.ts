import type { Dictionary } from './i18n';

/** Words both apps use. */
export const COMMON_MESSAGES: Dictionary = {
  'ui.language': { kk: 'Тіл', ru: 'Язык', en: 'Language' },
  'ui.translationMissing': { kk: 'Бұл тілге аударма жоқ', ru: 'Перевода на этот язык нет', en: 'No translation in this language' },
  'ui.skipToContent': { kk: 'Негізгі мазмұнға өту', ru: 'Перейти к содержанию', en: 'Skip to content' },
  'ui.loading': { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' },
  'ui.error': { kk: 'Деректерді жүктеу мүмкін болмады.', ru: 'Не удалось загрузить данные.', en: 'The data could not be loaded.' },
  'ui.retry': { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' },
  'level.republican': { kk: 'Республикалық', ru: 'Республиканский', en: 'Republican' },
  'level.local': { kk: 'Жергілікті', ru: 'Местный', en: 'Local' },
  'level.quasi_public': { kk: 'Квазимемлекеттік', ru: 'Квазигосударственный', en: 'Quasi-public' },
  'council.count': { kk: 'Кеңестер саны: {n}', ru: 'Советов: {n}', en: '{n} councils' },
  'council.host': { kk: 'Жанынан құрылған орган', ru: 'При органе', en: 'Host body' },
};
