import { DEFAULT_LOCALE, isLocale, negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it('defaults to Russian when the caller says nothing', () => {
    expect(DEFAULT_LOCALE).toBe('ru');
    expect(negotiateLocale({})).toBe('ru');
    expect(negotiateLocale({ 'accept-language': '' })).toBe('ru');
  });

  it('prefers the x-kenes-locale header over the cookie and Accept-Language', () => {
    expect(negotiateLocale({ 'x-kenes-locale': 'kk', cookie: 'lang=en', 'accept-language': 'en' })).toBe('kk');
    expect(negotiateLocale({ 'x-kenes-locale': ['en', 'kk'], 'accept-language': 'kk' })).toBe('en');
  });

  it('prefers the lang cookie over Accept-Language', () => {
    expect(negotiateLocale({ cookie: 'theme=dark; lang=kk; other=1', 'accept-language': 'en' })).toBe('kk');
    expect(negotiateLocale({ cookie: 'lang=en' })).toBe('en');
  });

  it('skips an unsupported explicit choice: header falls back to the cookie, the cookie to Accept-Language', () => {
    expect(negotiateLocale({ 'x-kenes-locale': 'de', cookie: 'lang=kk', 'accept-language': 'en' })).toBe('kk');
    expect(negotiateLocale({ 'x-kenes-locale': 'de', cookie: 'lang=fr', 'accept-language': 'en' })).toBe('en');
    expect(negotiateLocale({ cookie: 'lang=de', 'accept-language': 'kk-KZ' })).toBe('kk');
    expect(negotiateLocale({ 'x-kenes-locale': 'de' })).toBe('ru');
  });

  it('ranks Accept-Language by q-value, not by order', () => {
    expect(negotiateLocale({ 'accept-language': 'en;q=0.5, kk;q=0.9, ru;q=0.7' })).toBe('kk');
    expect(negotiateLocale({ 'accept-language': 'ru;q=0.1,en' })).toBe('en');
    expect(negotiateLocale({ 'accept-language': 'kk-KZ,kk;q=0.9,ru-RU;q=0.8' })).toBe('kk');
  });

  it('keeps header order among equal q-values', () => {
    expect(negotiateLocale({ 'accept-language': 'en, ru' })).toBe('en');
    expect(negotiateLocale({ 'accept-language': 'ru, en' })).toBe('ru');
  });

  it('skips unsupported languages in Accept-Language', () => {
    expect(negotiateLocale({ 'accept-language': 'de-DE,de;q=0.9,fr;q=0.8,en;q=0.7,ru;q=0.6' })).toBe('en');
    expect(negotiateLocale({ 'accept-language': 'de, fr;q=0.5' })).toBe('ru');
    expect(negotiateLocale({ 'accept-language': '*' })).toBe('ru');
  });

  it('parses Accept-Language as RFC 9110 writes it: spaces around ";", whole primary subtags, q=0 meaning "not this"', () => {
    expect(negotiateLocale({ 'accept-language': 'en; q=0.1, kk ; q=0.9' })).toBe('kk');
    // Rusyn (rue) and Middle English (enm) are not Russian and English.
    expect(negotiateLocale({ 'accept-language': 'rue, enm;q=0.9, kk;q=0.5' })).toBe('kk');
    expect(negotiateLocale({ 'accept-language': 'en;q=0, kk;q=0.2' })).toBe('kk');
    expect(negotiateLocale({ 'accept-language': 'EN-gb' })).toBe('en');
  });

  it('recognises only kk, ru and en as locales', () => {
    expect(['kk', 'ru', 'en'].every(isLocale)).toBe(true);
    expect(['de', 'KK', '', 'rus'].some(isLocale)).toBe(false);
  });
});
