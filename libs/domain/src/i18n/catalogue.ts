import type { LegalBasis } from '../common/legal-basis';
import type { Locale, LocalizedText } from '../common/localized-text';
import type { IsoDate } from '../dates/iso-date';
import type { MessageKey, MessageParams } from './message-params';

/** Locale-aware pieces a template may use; keeps number, date and legal-basis rendering in one place. */
export interface Formatter {
  readonly locale: Locale;
  /** part of whole as a percentage, e.g. '43,75%' in Russian. */
  pct(part: number, whole: number): string;
  date(d: IsoDate): string;
  dates(ds: readonly IsoDate[]): string;
  text(t: LocalizedText): string;
  basis(b: LegalBasis): string;
}

export type Template<K extends MessageKey> = (params: MessageParams[K], f: Formatter) => string;

/** One language's wording of every message; the type makes a missing key a compile error. */
export type Catalogue = { readonly [K in MessageKey]: Template<K> };

/** Russian noun form after a number: 1 член, 2 члена, 5 членов, 21 член. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (!Number.isInteger(abs)) return few;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** Genitive after "не более / не менее": 1 члена, 2 членов, 21 члена. */
export function ruGenitive(n: number, one: string, many: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? one : many;
}

export function enPlural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
