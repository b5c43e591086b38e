import type { Dictionary } from '@kenes/ui';

export const ADMIN_MESSAGES: Dictionary = {
  'admin.brand': { kk: 'Kenes — жұмыс кабинеті', ru: 'Kenes — рабочий кабинет', en: 'Kenes — workspace' },
  'admin.councils': { kk: 'Қоғамдық кеңестер', ru: 'Общественные советы', en: 'Public councils' },
  'admin.name': { kk: 'Атауы', ru: 'Название', en: 'Name' },
  'admin.area': { kk: 'Аумақ', ru: 'Территория', en: 'Area' },
  'admin.status': { kk: 'Күйі', ru: 'Статус', en: 'Status' },
  'admin.published': { kk: 'Жарияланған', ru: 'Опубликован', en: 'Published' },
  'admin.draft': { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  'admin.signInNeeded': { kk: 'Жалғастыру үшін жүйеге кіріңіз.', ru: 'Чтобы продолжить, войдите в систему.', en: 'Please sign in to continue.' },
  'admin.openPortal': { kk: 'Ашық порталды ашу', ru: 'Открыть публичный портал', en: 'Open the public portal' },
};
