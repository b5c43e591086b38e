import { Injectable, Pipe, type PipeTransform, inject, signal } from '@angular/core';

export const UI_LOCALES = ['kk', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type Dictionary = Record<string, Record<UiLocale, string>>;

export const LOCALE_NAMES: Record<UiLocale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Content in three languages, as the API returns it. */
export interface Localized {
  kk?: string | null;
  ru: string;
  en?: string | null;
}

/**
 * Picks the text in the wanted language; when it is missing, falls back (kk → ru, en → ru,
 * ru → kk) and says so, so the page can mark the fallback visibly.
 */
export function pickLocalized(value: Localized, locale: UiLocale): { text: string; lang: UiLocale; fallback: boolean } {
  const order: UiLocale[] = locale === 'ru' ? ['ru', 'kk', 'en'] : [locale, 'ru', locale === 'kk' ? 'en' : 'kk'];
  for (const lang of order) {
    const text = value[lang];
    if (text) return { text, lang, fallback: lang !== locale };
  }
  return { text: '', lang: locale, fallback: true };
}

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralRules = new Map<UiLocale, { rules: Intl.PluralRules; categories: string[] }>();

/** The form of a word that agrees with `n` in `locale`, from forms in CLDR order of the language's categories. */
export function pluralForm(locale: UiLocale, n: number, forms: readonly string[]): string {
  let p = pluralRules.get(locale);
  if (!p) {
    const rules = new Intl.PluralRules(locale);
    p = { rules, categories: CLDR_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c as Intl.LDMLPluralRule)) };
    pluralRules.set(locale, p);
  }
  const index = Number.isFinite(n) ? p.categories.indexOf(p.rules.select(n)) : -1;
  return forms[Math.min(index < 0 ? forms.length - 1 : index, forms.length - 1)] ?? '';
}

/** The interface language of the page, and the dictionary of its words. */
@Injectable({ providedIn: 'root' })
export class I18n {
  readonly locale = signal<UiLocale>('kk');
  private readonly dict: Dictionary = {};

  register(dictionary: Dictionary): void {
    Object.assign(this.dict, dictionary);
  }

  /**
   * The words of `key` in the page's language. `{name}` takes a parameter; `{name|form|form…}`
   * takes the word that agrees with the number `name`, forms in CLDR order (one, few, many,
   * other, those the language has): ru `{n|заседание|заседания|заседаний}`, en
   * `{n|meeting|meetings}`; Kazakh puts no plural after a number and needs one form.
   */
  t(key: string, params?: Record<string, string | number>): string {
    const entry = this.dict[key];
    const template = entry ? entry[this.locale()] || entry.ru : key;
    if (!params) return template;
    return template
      .replace(/\{(\w+)\|([^{}]*)\}/g, (_, n: string, forms: string) => pluralForm(this.locale(), Number(params[n]), forms.split('|')))
      .replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? `{${n}}`));
  }

  text(value: Localized | null | undefined): string {
    return value ? pickLocalized(value, this.locale()).text : '';
  }
}

/** `{{ 'key' | t }}`: impure so the view follows a language switch without a reload. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }
}
