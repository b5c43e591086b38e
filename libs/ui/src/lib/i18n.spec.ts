import { TestBed } from '@angular/core/testing';
import { I18n, isUiLocale, pickLocalized, pluralForm } from './i18n';
import { LocalizedTextComponent } from './localized-text.component';
import { COMMON_MESSAGES } from './common-messages';

describe('pickLocalized', () => {
  it('returns the wanted language when present', () => {
    expect(pickLocalized({ kk: 'Кеңес', ru: 'Совет', en: 'Council' }, 'kk')).toEqual({ text: 'Кеңес', lang: 'kk', fallback: false });
  });

  it('falls back to Russian and says so', () => {
    expect(pickLocalized({ kk: null, ru: 'Совет', en: null }, 'kk')).toEqual({ text: 'Совет', lang: 'ru', fallback: true });
    expect(pickLocalized({ ru: 'Совет' }, 'en')).toEqual({ text: 'Совет', lang: 'ru', fallback: true });
  });

  it('falls back from an empty Russian text to Kazakh', () => {
    expect(pickLocalized({ kk: 'Кеңес', ru: '' }, 'ru')).toEqual({ text: 'Кеңес', lang: 'kk', fallback: true });
  });
});

describe('I18n', () => {
  it('translates with parameters and follows the locale', () => {
    const i18n = new I18n();
    i18n.register(COMMON_MESSAGES);
    i18n.locale.set('ru');
    expect(i18n.t('council.count', { n: 5 })).toBe('Советов: 5');
    i18n.locale.set('kk');
    expect(i18n.t('council.count', { n: 5 })).toBe('Кеңестер саны: 5');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('has every common message in all three languages', () => {
    for (const [key, entry] of Object.entries(COMMON_MESSAGES)) {
      for (const l of ['kk', 'ru', 'en'] as const) expect([key, l, entry[l].length > 0]).toEqual([key, l, true]);
    }
  });

  it('knows its locales', () => {
    expect(isUiLocale('kk')).toBe(true);
    expect(isUiLocale('de')).toBe(false);
  });
});

describe('LocalizedTextComponent', () => {
  it('marks a fallback visibly with the language it is in', () => {
    TestBed.configureTestingModule({ imports: [LocalizedTextComponent] });
    const i18n = TestBed.inject(I18n);
    i18n.register(COMMON_MESSAGES);
    i18n.locale.set('kk');
    const fixture = TestBed.createComponent(LocalizedTextComponent);
    fixture.componentRef.setInput('value', { ru: 'Совет', kk: null });
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('span[lang="ru"]')?.textContent).toBe('Совет');
    expect(el.querySelector('.k-fallback')?.textContent).toContain('Русский');
    fixture.componentRef.setInput('value', { ru: 'Совет', kk: 'Кеңес' });
    fixture.detectChanges();
    expect(el.querySelector('.k-fallback')).toBeNull();
  });
});

describe('plural forms', () => {
  const ru = ['заседание', 'заседания', 'заседаний'];
  it('Russian: one, few, many (11–14 take many, 21 takes one)', () => {
    const cases: Array<[number, string]> = [[1, 'заседание'], [2, 'заседания'], [4, 'заседания'], [5, 'заседаний'], [0, 'заседаний'], [11, 'заседаний'], [12, 'заседаний'], [14, 'заседаний'], [21, 'заседание'], [22, 'заседания'], [25, 'заседаний'], [101, 'заседание'], [111, 'заседаний']];
    for (const [n, form] of cases) expect([n, pluralForm('ru', n, ru)]).toEqual([n, form]);
  });

  it('English: one and other; Kazakh: the one form it is given', () => {
    expect(['1', '0', '2', '21'].map((n) => pluralForm('en', Number(n), ['meeting', 'meetings']))).toEqual(['meeting', 'meetings', 'meetings', 'meetings']);
    expect([1, 2, 5].map((n) => pluralForm('kk', n, ['отырыс']))).toEqual(['отырыс', 'отырыс', 'отырыс']);
  });

  it('a missing or non-numeric count takes the last form instead of failing', () => {
    expect(pluralForm('ru', Number.NaN, ru)).toBe('заседаний');
    expect(pluralForm('en', 1, ['meetings'])).toBe('meetings');
  });

  it('in a message: the number and its word agree in each language', () => {
    const i18n = new I18n();
    i18n.register({ held: { kk: '{n} отырыс өткізді', ru: 'провёл {n} {n|заседание|заседания|заседаний}', en: 'held {n} {n|meeting|meetings}' } });
    i18n.locale.set('ru');
    expect([1, 3, 5].map((n) => i18n.t('held', { n }))).toEqual(['провёл 1 заседание', 'провёл 3 заседания', 'провёл 5 заседаний']);
    i18n.locale.set('en');
    expect([1, 3].map((n) => i18n.t('held', { n }))).toEqual(['held 1 meeting', 'held 3 meetings']);
    i18n.locale.set('kk');
    expect(i18n.t('held', { n: 3 })).toBe('3 отырыс өткізді');
  });
});
