/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
const KAZAKHSTAN_UTC_OFFSET_HOURS = 5;

/**
 * Today's calendar date in Kazakhstan, for form defaults only. Legal dates the API checks
 * come from the server (its "today" may be pinned by KENES_TODAY).
 */
export function todayInKazakhstan(now: number = Date.now()): string {
  return new Date(now + KAZAKHSTAN_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}
