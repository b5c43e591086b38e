import type { Dictionary } from '@kenes/ui';

/** The words of the national index of councils (the home page). */
export const INDEX_MESSAGES: Dictionary = {
  'index.name': { kk: 'Кеңестің атауы', ru: 'Название совета', en: 'Council name' },
  'index.nameHint': { kk: 'мысалы: Көкшетау', ru: 'например: Кокшетау', en: 'e.g. Kokshetau' },
  'index.allJurisdictions': { kk: 'Бүкіл Қазақстан', ru: 'Весь Казахстан', en: 'All of Kazakhstan' },
  'index.body': { kk: 'Мемлекеттік орган', ru: 'Государственный орган', en: 'State body' },
  'index.allBodies': { kk: 'Барлық органдар', ru: 'Все органы', en: 'All bodies' },
  'index.show': { kk: 'Көрсету', ru: 'Показать', en: 'Show' },
  'index.showAll': { kk: 'Барлық кеңестерді көрсету', ru: 'Показать все советы', en: 'Show all councils' },
  'index.count': { kk: '{n} кеңес', ru: '{n} {n|совет|совета|советов}', en: '{n} {n|council|councils}' },
  'index.none': {
    kk: 'Мұндай кеңестер жоқ. Шарттарды өзгертіңіз немесе барлық кеңестерді көрсетіңіз.',
    ru: 'Таких советов нет. Измените условия или покажите все советы.',
    en: 'No council matches. Change the choices or show all councils.',
  },
  'index.noSuchPage': { kk: 'Мұндай бет жоқ.', ru: 'Такой страницы нет.', en: 'There is no such page.' },
  'index.firstPage': { kk: 'Бірінші бетке', ru: 'На первую страницу', en: 'To the first page' },
  'index.continued': { kk: 'жалғасы', ru: 'продолжение', en: 'continued' },
  'index.pages': { kk: 'Тізім беттері', ru: 'Страницы списка', en: 'Pages of the list' },
  'index.page': { kk: '{n}-бет', ru: 'Страница {n}', en: 'Page {n}' },
  'index.pageOf': { kk: '{n}-бет, барлығы {total}', ru: 'Страница {n} из {total}', en: 'Page {n} of {total}' },
  'index.previous': { kk: '← Алдыңғы бет', ru: '← Предыдущая страница', en: '← Previous page' },
  'index.next': { kk: 'Келесі бет →', ru: 'Следующая страница →', en: 'Next page →' },
};
