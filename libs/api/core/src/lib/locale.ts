export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/**
 * Picks the caller's language: an explicit `x-kenes-locale` header or `lang` cookie wins,
 * then the first supported language of Accept-Language, then Russian (the language every
 * council in the country reads).
 */
export function negotiateLocale(headers: Record<string, string | string[] | undefined>): Locale {
  // An unsupported explicit choice is skipped like any other, not allowed to hide the next one.
  for (const explicit of [first(headers['x-kenes-locale']), cookie(first(headers['cookie']), 'lang')]) {
    if (explicit && isLocale(explicit)) return explicit;
  }
  const accept = first(headers['accept-language']);
  if (accept) {
    // RFC 9110: `tag *( OWS ";" OWS param )`; the language is the primary subtag ("kk" of
    // "kk-KZ", not the "ru" of "rue"); q=0 means "not acceptable".
    const ranked = accept
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.split(';').map((p) => p.trim());
        const q = params.find((p) => /^q=/i.test(p));
        const weight = q === undefined ? 1 : Number(q.slice(2));
        return { lang: (tag.split('-')[0] ?? '').toLowerCase(), q: Number.isFinite(weight) ? weight : 0 };
      })
      .filter((r) => r.q > 0)
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
