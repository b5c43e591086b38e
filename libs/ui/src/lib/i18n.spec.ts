import { TestBed } from '@angular/core/testing';
import { I18n, isUiLocale, pickLocalized } from './i18n';
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
