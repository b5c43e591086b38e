import type { Dictionary } from '@kenes/ui';

/** The "Follow by e-mail" form. */
export const FOLLOW_MESSAGES: Dictionary = {
  'follow.title': { kk: 'Электрондық пошта арқылы бақылау', ru: 'Следить по электронной почте', en: 'Follow by e-mail' },
  'follow.lead': {
    kk: 'Жаңалықтар туралы хат: әр оқиға бойынша немесе аптасына бір рет. Әр хатта бір басумен жазылымнан бас тарту сілтемесі бар.',
    ru: 'Письма о новом: о каждом событии или раз в неделю. В каждом письме есть ссылка, чтобы отписаться одним нажатием.',
    en: 'Letters about what is new: each event, or once a week. Every letter has a link to unsubscribe in one click.',
  },
  'follow.email': { kk: 'Электрондық пошта мекенжайыңыз', ru: 'Ваш адрес электронной почты', en: 'Your e-mail address' },
  'follow.how': { kk: 'Қаншалықты жиі жазу керек', ru: 'Как часто писать', en: 'How often to write' },
  'follow.events': { kk: 'Әр оқиға туралы', ru: 'О каждом событии', en: 'Each event' },
  'follow.eventsHint': { kk: 'бірдеңе болған сайын бір хат', ru: 'письмо, как только что-то произошло', en: 'a letter as soon as something happens' },
  'follow.weekly': { kk: 'Апталық шолу', ru: 'Еженедельная сводка', en: 'Weekly digest' },
  'follow.weeklyHint': { kk: 'аптасына бір хат', ru: 'одно письмо в неделю', en: 'one letter a week' },
  'follow.send': { kk: 'Жазылу', ru: 'Подписаться', en: 'Follow' },
  // The same words as the other citizen forms; the body and recommendation pages do not load those.
  'form.sending': { kk: 'Жіберілуде…', ru: 'Отправляем…', en: 'Sending…' },
  'follow.sent': {
    kk: 'Поштаңызды тексеріңіз: растау үшін біз жіберген сілтемені ашыңыз. Растамайынша ештеңе жіберілмейді.',
    ru: 'Проверьте почту: откройте ссылку из нашего письма, чтобы подтвердить. Пока вы не подтвердите, мы ничего не пришлём.',
    en: 'Check your mail: open the link we sent to confirm. Nothing is sent until you confirm.',
  },
};
