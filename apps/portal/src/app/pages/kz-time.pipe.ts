import { Pipe, type PipeTransform } from '@angular/core';
import type { UiLocale } from '@kenes/ui';

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
const KAZAKHSTAN_UTC_OFFSET_MS = 5 * 3_600_000;

/** Month names (genitive in Russian), written out: browsers with a reduced ICU have no Kazakh. */
const MONTHS: Record<UiLocale, readonly string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A moment as a date (and time) in Kazakhstan, e.g. "10 декабря 2026 г., 10:00". A fixed offset
 * rather than the `Asia/Almaty` zone, whose older data still says UTC+6; and no Intl, so the
 * server's rendering and the browser's agree to the letter.
 */
export function kazakhstanTime(iso: string, locale: UiLocale, withTime = true): string {
  const t = new Date(Date.parse(iso) + KAZAKHSTAN_UTC_OFFSET_MS);
  const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()];
  const month = MONTHS[locale][m];
  const date = locale === 'kk' ? `${y} жылғы ${d} ${month}` : locale === 'ru' ? `${d} ${month} ${y} г.` : `${d} ${month} ${y}`;
  if (!withTime) return date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** `{{ iso | kzTime: locale }}`, or `kzTime: locale : false` for the date alone. */
@Pipe({ name: 'kzTime' })
export class KazakhstanTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, locale: UiLocale, withTime = true): string {
    return iso ? kazakhstanTime(iso, locale, withTime) : '';
  }
}
