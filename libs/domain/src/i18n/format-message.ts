import { percent } from '../common/fraction';
import type { LegalBasis } from '../common/legal-basis';
import type { Locale } from '../common/localized-text';
import { dateParts } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import type { Catalogue, Formatter } from './catalogue';
import { en } from './catalogue-en';
import { kk } from './catalogue-kk';
import { ru } from './catalogue-ru';
import { msg } from './message-params';
import type { MessageParams, MessageRef } from './message-params';

export const CATALOGUES: { readonly [L in Locale]: Catalogue } = { kk, ru, en };

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function formatNumber(n: number, locale: Locale): string {
  const rounded = Math.round(n * 100) / 100;
  const text = String(rounded);
  // Kazakh and Russian write a decimal comma.
  return locale === 'en' ? text : text.replace('.', ',');
}

/** A legal date as official letters write it: 28.12.2026 in Kazakh and Russian, 28 December 2026 in English. */
export function formatDate(d: IsoDate, locale: Locale): string {
  const { year, month, day } = dateParts(d);
  if (locale === 'en') return `${day} ${EN_MONTHS[month - 1] ?? ''} ${year}`;
  // The numeric form is what official letters in Kazakhstan use in both languages.
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

function formatter(locale: Locale): Formatter {
  return {
    locale,
    pct: (part, whole) => `${formatNumber(percent(part, whole), locale)}%`,
    date: (d) => formatDate(d, locale),
    dates: (ds) => ds.map((d) => formatDate(d, locale)).join(', '),
    text: (t) => t[locale],
    basis: (b) => formatMessage(msg('basis', { basis: b }), locale),
  };
}

/** Renders a message in a language; the API sends MessageRefs and each reader sees their own. */
export function formatMessage(ref: MessageRef, locale: Locale): string {
  // The catalogue type ties each key to its params; TypeScript cannot follow that through a union.
  const template = CATALOGUES[locale][ref.key] as (params: MessageParams[typeof ref.key], f: Formatter) => string;
  return template(ref.params, formatter(locale));
}

export function formatBasis(basis: LegalBasis, locale: Locale): string {
  return formatMessage(msg('basis', { basis }), locale);
}
