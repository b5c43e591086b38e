export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text entered as data (holiday names, act titles, reasons), always in all three languages. */
export type LocalizedText = { readonly [L in Locale]: string };
