import type { Dictionary } from '@kenes/ui';

/**
 * Words used outside the recommendation screens (navigation, the home card, links from the
 * council's pages): part of the app's dictionary from the start.
 */
export const OBLIGATION_ENTRY_MESSAGES: Dictionary = {
  'obl.nav': { kk: 'Жауап беруіміз керек', ru: 'Мы должны ответить', en: 'Answers we owe' },
  'obl.homeCard': { kk: 'Жауап беруіңіз керек: {n}, мерзімі өткені: {m}', ru: 'Вы должны ответить: {n}, из них просрочено: {m}', en: 'Answers you owe: {n}, overdue: {m}' },
  'obl.homeGo': { kk: 'Тізімді ашу', ru: 'Открыть список', en: 'Open the list' },
  'rec.title': { kk: 'Ұсынымдар', ru: 'Рекомендации', en: 'Recommendations' },
  'rec.link': { kk: 'Ұсынымдар және жауаптар', ru: 'Рекомендации и ответы', en: 'Recommendations and answers' },
};
