export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/**
 * Picks the caller's language: an explicit `x-kenes-locale` header or `lang` cookie wins,
 * then the first supported language of Accept-Language, then Russian (the language every
 * council in the country reads).
 */
export function negotiateLocale(headers: Record<string, string | string[] | undefined>): Locale {
  const explicit = first(headers['x-kenes-locale']) ?? cookie(first(headers['cookie']), 'lang');
  if (explicit && isLocale(explicit)) return explicit;
  const accept = first(headers['accept-language']);
  if (accept) {
    const ranked = accept
      .split(',')
      .map((part) => {
        const [tag, q] = part.trim().split(';q=');
        return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { lang } of ranked) if (isLocale(lang)) return lang;
  }
  return DEFAULT_LOCALE;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
