/** Messages of following councils, bodies and recommendations by e-mail. */
export const FOLLOW_MESSAGES = {
  'follow.tooMany': {
    kk: 'Сіздің мекенжайыңыздан тым көп жазылу сұралды. Ертең қайталаңыз.',
    ru: 'С вашего адреса пришло слишком много запросов на подписку. Попробуйте завтра.',
    en: 'Too many subscription requests from your address. Please try again tomorrow.',
  },
  'follow.confirmed': {
    kk: 'Жазылу расталды. Жаңалықтар электрондық поштаңызға келеді.',
    ru: 'Подписка подтверждена. Новости будут приходить на вашу почту.',
    en: 'Subscription confirmed. The news will come to your e-mail.',
  },
  'follow.unknownLink': {
    kk: 'Сілтеме жарамсыз немесе ескірген.',
    ru: 'Ссылка недействительна или устарела.',
    en: 'The link is not valid or has expired.',
  },
  'follow.unsubscribeAsk': {
    kk: 'Хаттарды алуды тоқтатқыңыз келе ме?',
    ru: 'Прекратить получать письма?',
    en: 'Stop receiving these letters?',
  },
  'follow.unsubscribeButton': { kk: 'Жазылудан бас тарту', ru: 'Отписаться', en: 'Unsubscribe' },
  'follow.unsubscribed': {
    kk: 'Сіз жазылудан бас тарттыңыз. Енді хат келмейді.',
    ru: 'Вы отписались. Письма больше не придут.',
    en: 'You have unsubscribed. No more letters will come.',
  },
} as const;
