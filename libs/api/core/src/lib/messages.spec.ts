import { LOCALES } from './locale';
import { API_MESSAGES, type ApiMessageKey, isApiMessageKey, translate } from './messages';

const KEYS = Object.keys(API_MESSAGES) as ApiMessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('API_MESSAGES', () => {
  it('has messages to check', () => {
    expect(KEYS.length).toBeGreaterThan(10);
  });

  it.each(KEYS)('%s has a non-empty kk, ru and en text and nothing else', (key) => {
    const entry: Record<string, string> = API_MESSAGES[key];
    expect(Object.keys(entry).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(entry[locale]?.trim()).toBeTruthy();
  });

  it.each(KEYS)('%s uses the same placeholders in every language', (key) => {
    const entry = API_MESSAGES[key];
    expect(placeholders(entry.kk)).toEqual(placeholders(entry.ru));
    expect(placeholders(entry.en)).toEqual(placeholders(entry.ru));
  });
});

describe('translate', () => {
  it('fills the placeholders in the caller’s language', () => {
    expect(translate('validation.maxLength', { max: 500 }, 'ru')).toBe('Не более 500 символов.');
    expect(translate('validation.maxLength', { max: '80' }, 'kk')).toBe('Ең көбі 80 таңба.');
    expect(translate('error.queryTooComplex', { cost: 120, max: 100 }, 'en')).toBe('The query is too complex (120 > 100).');
  });

  it('translates a parameter that is itself a message key', () => {
    expect(translate('error.notFound', { entity: 'entity.council' }, 'ru')).toBe('Общественный совет: запись не найдена.');
    expect(translate('error.notFound', { entity: 'entity.stateBody' }, 'kk')).toBe('Мемлекеттік орган табылмады.');
    expect(translate('error.notFound', { entity: 'entity.jurisdiction' }, 'en')).toBe('Jurisdiction not found.');
  });

  it('uses a parameter that is not a key as is', () => {
    expect(translate('error.duplicate', { field: 'slug' }, 'en')).toBe('The value of slug is already in use.');
    expect(translate('error.duplicate', { field: 'entity.unknown' }, 'ru')).toBe('Значение поля «entity.unknown» уже используется.');
  });

  it('leaves a missing parameter visible rather than inventing a value', () => {
    expect(translate('error.notFound', undefined, 'en')).toBe('{entity} not found.');
    expect(translate('error.queryTooDeep', { depth: 9 }, 'en')).toBe('The query is too deep (9 > {max}).');
  });

  it('returns the plain text of a message without placeholders', () => {
    expect(translate('error.unauthenticated', undefined, 'kk')).toBe('Жүйеге кіріңіз.');
  });

  it('recognises only its own keys', () => {
    expect(isApiMessageKey('error.internal')).toBe(true);
    expect(isApiMessageKey('toString')).toBe(false);
    expect(isApiMessageKey('__proto__')).toBe(false);
    expect(isApiMessageKey('error.nope')).toBe(false);
  });
});
